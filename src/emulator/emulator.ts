/**
 * Assembly: options → initial state (persisted file, else seed) → certificate → HTTPS server.
 * Parametrized by the kinds and the seed so the core can be tested with a tiny kind of its own;
 * index.ts wires in the real model.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { validateBody, type KindDef, type KindName } from '../model';
import { createSelfSignedCertificate } from '../tls/self-signed';
import { withApplianceFields, withoutApplianceFields } from './appliance-fields';
import { controlHandler } from './control';
import { EmulatorPersistError, EmulatorOptionError } from './errors';
import { Faults } from './faults';
import { AnswerHold } from './latency';
import { resolveOptions } from './options';
import { loadPersisted, savePersisted } from './persist';
import type { SeedObject } from './seed';
import { requestHandler } from './server';
import { SessionStore } from './sessions';
import type { EmulatorState } from './state';
import { emptyState, fromSnapshot, toSnapshot, type ConfigState } from './store';
import { Transactions } from './transactions';
import { DEFAULT_FIRMWARE_VERSION, emulatedBand } from './firmware-shapes';
import { EndpointTree } from './tree';
import { INVENTED_FIELDS, type ExtraFields } from './extra-fields';
import type { TwinView } from './twin/view';
import type { EmulatorOptions, RunningEmulator } from './types';

const FIXED_LEAVES = [
  '/api/authentication',
  '/api/info',
  '/api/transaction',
  '/api/cluster/nodes',
  '/api/cluster/status',
  '/api/user/info',
];

/**
 * What an emulator serves, apart from its options: the kinds, where the committed state starts, the
 * fields outside the model, the directories' order, and — for a twin — the captured appliance's view.
 */
export interface EmulatorProfile {
  readonly kinds: readonly KindDef[];
  /** The committed state when no persisted file exists; `extras`: the unmodelled-fields switch is on. */
  initial(extras: boolean): ConfigState;
  readonly extras: ExtraFields;
  /** Check the starting state against the model (a seed must fit it; a captured appliance need not). */
  readonly checkAgainstModel: boolean;
  /** Paths of the navigable tree besides the fixed ones.  @default - every kind's endpoint */
  readonly leaves?: readonly string[];
  readonly order?: ReadonlyMap<string, readonly string[]>;
  readonly nodeId?: string;
  readonly firmwareVersion?: string;
  twin?(initial: ConfigState): TwinView;
}

export function startEmulatorWith(
  kinds: readonly KindDef[],
  seed: readonly SeedObject[],
  opts: EmulatorOptions = {},
): Promise<RunningEmulator> {
  return startProfile(
    {
      kinds,
      initial: (extras) => seeded(kinds, seed, extras),
      extras: INVENTED_FIELDS,
      checkAgainstModel: true,
    },
    opts,
  );
}

export async function startProfile(
  profile: EmulatorProfile,
  opts: EmulatorOptions = {},
): Promise<RunningEmulator> {
  const { kinds } = profile;
  const o = resolveOptions(opts);
  const persisted = o.persistFile ? loadPersisted(o.persistFile) : undefined;
  const nodeId = persisted?.nodeId ?? profile.nodeId ?? randomUUID();
  const firmwareVersion = opts.firmwareVersion ?? profile.firmwareVersion ?? DEFAULT_FIRMWARE_VERSION;
  const initial = persisted
    ? fromSnapshot(kinds, persisted.objects)
    : o.seedDefaults
      ? profile.initial(o.switches.unmodelledFields === 'on')
      : emptyState(kinds);
  if (profile.checkAgainstModel) checkInitialState(kinds, initial, o.persistFile);

  const kindsByName = new Map<KindName, KindDef>(kinds.map((k) => [k.name, k]));
  const switches = o.switches;
  const txns = new Transactions(initial, () => switches.lockStatus);
  // An expired session's transaction is rolled back, which releases the lock.
  const sessions = new SessionStore(o.sessionTimeoutSeconds * 1000, (s) => txns.rollback(s.id));
  const state: EmulatorState = {
    kinds,
    kindsByName,
    tree: new EndpointTree(
      [...FIXED_LEAVES, ...(profile.leaves ?? kinds.map((k) => k.endpoint))],
      profile.order,
    ),
    sessions,
    txns,
    faults: new Faults(o.latency),
    switches,
    stats: {
      requests: 0,
      byMethod: {},
      logins: 0,
      transactionsOpened: 0,
      commits: 0,
      rollbacks: 0,
      writes: 0,
      peakConcurrentWrites: 0,
    },
    writesInProgress: { count: 0 },
    reads: new Map(),
    credentials: { username: o.username, password: o.password },
    readOnlyUsers: o.readOnlyUsers,
    deniedPaths: o.deniedPaths,
    node: { id: nodeId, peerId: randomUUID(), firmwareVersion },
    band: emulatedBand(firmwareVersion),
    persist: o.persistFile
      ? (s: ConfigState) => savePersisted(o.persistFile!, nodeId, toSnapshot(s))
      : undefined,
    answers: new AnswerHold(),
    extras: profile.extras,
    ...(profile.twin ? { twin: profile.twin(initial) } : {}),
    hrefOf: (target, key) => `${kindsByName.get(target)?.endpoint ?? `/api/configuration/${target}`}/${key}`,
  };

  const cert = await createSelfSignedCertificate({
    ...(o.certificateHosts
      ? {
          commonName: o.certificateHosts[0] ?? 'sps-emulator',
          dnsNames: o.certificateHosts,
          onlyGivenNames: true,
        }
      : { commonName: 'sps-emulator', ipAddresses: isLoopbackIp(o.host) ? [o.host] : [] }),
    // valid for one day, thirty days ago: expired 29 days ago
    ...(opts.certificateExpired ? { validFrom: new Date(Date.now() - 30 * 86_400_000), days: 1 } : {}),
  });
  const controlToken = randomBytes(24).toString('base64url');
  const server = createServer(
    { cert: cert.certPem, key: cert.keyPem },
    requestHandler(state, controlHandler(state, controlToken)),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  return {
    url: `https://${host}:${address.port}`,
    caPem: cert.certPem,
    writeCaFile: (path) => writeFileSync(path, cert.certPem),
    username: o.username,
    password: o.password,
    controlToken,
    switches,
    faults: state.faults,
    stats: () => structuredClone(state.stats),
    readsByPath: () => Object.fromEntries(state.reads),
    committed: () => toSnapshot(state.txns.committed),
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        state.answers.releaseAll();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      })),
  };
}

function seeded(kinds: readonly KindDef[], seed: readonly SeedObject[], extras: boolean): ConfigState {
  const state = emptyState(kinds);
  const byName = new Map(kinds.map((k) => [k.name, k]));
  for (const s of seed) {
    const kind = byName.get(s.kind);
    if (!kind) continue;
    const body = kind.canonicalize(s.body);
    state.get(kind.name)!.set(s.key, extras ? withApplianceFields(kind.name, body, s.body) : body);
  }
  return state;
}

/** A seed that drifted from the model, or a persisted file from an incompatible model, fails loudly here. */
function checkInitialState(kinds: readonly KindDef[], state: ConfigState, file: string | undefined): void {
  for (const kind of kinds) {
    for (const [key, body] of state.get(kind.name) ?? []) {
      const split = withoutApplianceFields(kind.name, body);
      const issue = [...split.issues, ...validateBody(kind, split.body)][0];
      if (!issue) continue;
      const what = `${kind.name}/${key} ${issue.path || '(body)'}: ${issue.message}`;
      if (file) throw new EmulatorPersistError(file, `saved object does not match the model: ${what}`);
      throw new EmulatorOptionError(`seed object does not match the model: ${what}`);
    }
  }
}

function isLoopbackIp(host: string): boolean {
  return /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
}
