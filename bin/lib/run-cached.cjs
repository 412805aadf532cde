'use strict';
/**
 * Runs a single-file CommonJS bundle with V8's code cache: compiling the provider's 5.7 MB bundle is
 * a quarter of its start-up, and Terraform starts the provider three times a plan (Node 20 has no
 * module.enableCompileCache). Usage: node run-cached.cjs CACHE_FILE BUNDLE [args...]; the bundle
 * sees `node BUNDLE args...` as its argv.
 *
 * The cache is V8's own, checked by V8 against the source it was made from (and rejected, then made
 * again, by another Node or V8 version); its header also names the bundle's size and modification
 * time, since V8 checks the source's length only and a rebuilt bundle must never run on old code. It
 * is written once per bundle, after start-up (so it holds the functions start-up compiled), beside
 * itself under another name and renamed into place; a cache that cannot be read or written is only a
 * slower start.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const [cacheFile, bundleArg] = process.argv.splice(2, 2);
const bundle = path.resolve(bundleArg);
process.argv[1] = bundle;

// size and time of the very file read (a rebuild renames a new one into place meanwhile)
const fd = fs.openSync(bundle, 'r');
const stat = fs.fstatSync(fd);
const source = fs.readFileSync(fd, 'utf8');
fs.closeSync(fd);
const header = Buffer.from(JSON.stringify([stat.size, stat.mtimeMs, process.version]) + '\n');

function readCache() {
  try {
    const data = fs.readFileSync(cacheFile);
    return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
// a shebang line (the package's bundles have one) is a comment to Node's own loader
const code = source.startsWith('#!') ? '//' + source.slice(2) : source;
const script = new vm.Script(Module.wrap(code), { filename: bundle, cachedData });

if (cachedData === undefined || script.cachedDataRejected) {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([header, script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    } catch {
      // a read-only installation: every start compiles, as without a cache
    }
  };
  // after start-up, or at exit for a process that ends sooner (--print-schema, install)
  setTimeout(write, 500).unref();
  process.once('exit', write);
}

const mod = new Module(bundle, null);
mod.filename = bundle;
mod.paths = Module._nodeModulePaths(path.dirname(bundle));
script.runInThisContext()(mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
