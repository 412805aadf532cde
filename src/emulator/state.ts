/** Everything a request handler may touch, assembled once per emulator by emulator.ts. */
import type { EmulatedBand } from './firmware-shapes';
import type { ExtraFields } from './extra-fields';
import type { TwinView } from './twin/view';
import type { KindDef, KindName } from '../model';
import type { Faults } from './faults';
import type { AnswerHold } from './latency';
import type { SessionStore } from './sessions';
import type { ConfigState } from './store';
import type { Transactions } from './transactions';
import type { EndpointTree } from './tree';
import type { EmulatorStats, EmulatorSwitches } from './types';

export interface EmulatorState {
  readonly kinds: readonly KindDef[];
  readonly kindsByName: ReadonlyMap<KindName, KindDef>;
  readonly tree: EndpointTree;
  readonly sessions: SessionStore;
  readonly txns: Transactions;
  readonly faults: Faults;
  readonly switches: EmulatorSwitches;
  readonly stats: EmulatorStats;
  /** Configuration writes being answered now (the concurrentWrites switch, peakConcurrentWrites). */
  readonly writesInProgress: { count: number };
  /** GETs per configuration path (how often a client reads each object). */
  readonly reads: Map<string, number>;
  readonly credentials: { readonly username: string; readonly password: string };
  /** Read-only accounts: user name → password. */
  readonly readOnlyUsers: ReadonlyMap<string, string>;
  /** Paths every session is refused (403), with everything under them. */
  readonly deniedPaths: readonly string[];
  readonly node: { readonly id: string; readonly peerId: string; readonly firmwareVersion: string };
  /** The shapes the emulated firmware answers with (from node.firmwareVersion). */
  readonly band: EmulatedBand;
  /** Saves a committed state; throws EmulatorPersistError. Undefined when not persisting. */
  readonly persist: ((state: ConfigState) => void) | undefined;
  /** Fields outside the model: the invented table, or a twin's captured ones. */
  readonly extras: ExtraFields;
  /** Set when serving a snapshot (`--from`): its /api/info, refusals and verbs. */
  readonly twin?: TwinView;
  /** Holds answers for the injected latency; released by close(). */
  readonly answers: AnswerHold;
  hrefOf(target: KindName, key: string): string;
}
