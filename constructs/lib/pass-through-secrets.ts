/**
 * SpsSecrets inside a pass-through body. The body is a JSON string of the `sps_configuration`
 * resource (or a part of `sps_document`'s document), which Terraform keeps in its state, and
 * Terraform takes an ephemeral value only in a
 * write-only argument: so a secret is never written into the body. At its place the body holds the
 * placeholder `${env:NAME}` — escaped (`$${env:NAME}` in the synthesized JSON, cdktf's
 * `Fn.rawString`) so that Terraform passes it on as text instead of reading it as an interpolation —
 * and the secret goes into the resource's write-only `secrets` map under NAME, from which the
 * provider (and the sps CLI, reading synth output) fills the placeholder.
 *
 * Decision: a secret must stand at one of the object's `sensitivePaths`. Those are the paths the
 * engine masks, fingerprints and fills placeholders at; anywhere else the placeholder would be
 * written to the appliance as the text `${env:NAME}`. And a sensitive path holds an SpsSecret or
 * nothing: a plain value there would be kept in the state (the provider refuses it too).
 */
import { createHash } from 'node:crypto';
import { valuesAtPaths } from '../gen/model';
import { Fn } from './cdktf';
import { SpsSecret } from './secret';
import { RawJson } from './terraform-json';

/** One secret of a body: the placeholder NAME it goes by, where it stands, the secret itself. */
export interface BodySecret {
  readonly name: string;
  readonly pointer: string;
  readonly secret: SpsSecret;
}

/**
 * The body with each SpsSecret replaced by its escaped placeholder, and the secrets found.
 * `identity` names the object for the placeholder names (endpoint and object name).
 */
export function withPlaceholders(
  body: Record<string, unknown>,
  identity: readonly string[],
): { body: Record<string, unknown>; secrets: BodySecret[] } {
  const secrets: BodySecret[] = [];
  const walk = (v: unknown, pointer: string): unknown => {
    if (SpsSecret.isSpsSecret(v)) {
      const name = placeholderName(identity, pointer);
      secrets.push({ name, pointer, secret: v });
      return Fn.rawString(`\${env:${name}}`);
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${pointer}/${i}`));
    if (isPlainObject(v))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, pointer + escaped(k))]));
    return v; // scalars, tokens and other resolvables, as given
  };
  return { body: walk(body, '') as Record<string, unknown>, secrets };
}

/**
 * Why the secrets of `body` (the body as given) are not where `sensitivePaths` say, if they are not:
 * one problem per misplaced SpsSecret and per plain value at a sensitive path.
 */
export function secretPlacementProblems(
  body: Record<string, unknown>,
  secrets: readonly BodySecret[],
  sensitivePaths: readonly string[],
): string[] {
  const problems: string[] = [];
  const sensitive = valuesAtPaths(body, sensitivePaths);
  const atSensitivePath = new Set(sensitive.map((m) => m.pointer));
  for (const s of secrets)
    if (!atSensitivePath.has(s.pointer))
      problems.push(
        `body${s.pointer}: an SpsSecret must be at one of sensitivePaths (add "${s.pointer}", with "*" for any list item): only there is it masked, fingerprinted and filled in on the appliance`,
      );
  for (const m of sensitive)
    if (m.value !== undefined && m.value !== null && !SpsSecret.isSpsSecret(m.value))
      problems.push(
        `body${m.pointer}: is a sensitive path, so it must hold an SpsSecret (SpsSecret.fromEnv or fromVariable): a value written here would be kept in Terraform's state`,
      );
  return problems;
}

/**
 * The placeholder of secret NAME as JSON text, escaped for Terraform (`"$${env:NAME}"`): what a body
 * or a document Terraform keeps holds in the secret's place.
 */
export function placeholderJson(name: string): RawJson {
  return new RawJson(`"$\${env:${name}}"`);
}

/**
 * The placeholder NAME of a secret: readable (the object and the field, as an environment variable
 * name) and unique (a digest of the exact endpoint, object name and pointer, which the readable part
 * may have folded together), and stable from one synth to the next.
 */
export function placeholderName(identity: readonly string[], pointer: string): string {
  const readable = [...identity, pointer]
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64)
    .replace(/_+$/, '');
  const digest = createHash('sha256')
    .update(JSON.stringify([...identity, pointer]))
    .digest('hex')
    .slice(0, 8)
    .toUpperCase();
  return `SPS_${readable}_${digest}`;
}

const escaped = (key: string): string => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
