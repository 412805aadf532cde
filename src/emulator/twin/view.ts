/**
 * What a twin adds to the emulator's request handling: the captured `/api/info`, the refusals the
 * appliance gave (a path that answered 403 or 404 answers so again, for every verb), and the verbs
 * the appliance allowed on endpoints the model has no kind for.
 */
import type { JsonObject } from '../../model';
import type { Method } from '../context';
import type { ConfigState } from '../store';

export interface Refusal {
  readonly status: number;
  readonly type: string;
  readonly message: string;
}

export interface TwinView {
  /** The captured `GET /api/info` body (authenticated view). */
  readonly info: JsonObject;
  /** The state the twin started with: `config_hash` stays the captured one until a commit changes it. */
  readonly initial: ConfigState;
  refusal(path: string): Refusal | undefined;
  /** The captured `Allow` of a path, when the twin must not accept more than the appliance did. */
  allow(path: string): readonly Method[] | undefined;
  /** Whether the captured list at this endpoint carried its objects' bodies (8.0 LTS lists do). */
  listsBodies(endpoint: string): boolean;
}
