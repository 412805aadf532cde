/**
 * Injects a SEA blob into a copy of the Node binary with postject (Node 20 has no `--build-sea`).
 *
 * postject rewrites the ELF with LIEF, whose builder logs one "Can't find string offset for section
 * name '.note…'" per note section it writes back (nine for Node 20's binary): the sections keep no
 * name in the section-name table, which nothing at run time reads — the loader works from program
 * headers and Node finds its blob by the note itself (nodejs/postject#83, lief-project/LIEF#816; the
 * release test runs the executable). Those lines are known and dropped; any other warning is shown.
 */
const KNOWN_LIEF_WARNING = /^warning: Can't find string offset for section name '\.note(\.\d+)?'\s*$/;

/** Node's fuse for SEA blobs (the same string for every Node version that supports SEA). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export async function injectSeaBlob(executable: string, blob: Buffer): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a dev dependency, loaded only here
  const { inject } = require('postject') as {
    inject(file: string, resource: string, data: Buffer, o: { sentinelFuse: string }): Promise<void>;
  };
  // postject's WebAssembly module binds console.warn for its stderr when inject() instantiates it
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(args.length === 1 && KNOWN_LIEF_WARNING.test(String(args[0])))) warn(...args);
  };
  try {
    await inject(executable, 'NODE_SEA_BLOB', blob, { sentinelFuse: SEA_FUSE });
  } finally {
    console.warn = warn;
  }
}
