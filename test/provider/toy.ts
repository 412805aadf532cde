/** Paths and values shared by the tests that drive the toy provider. */
import * as path from 'node:path';

export const TOY_EXECUTABLE = path.join(__dirname, 'fixtures', 'terraform-provider-toy');

/** A full toy_note object: every attribute present, as Terraform sends it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function noteConfig(overrides: Record<string, unknown> = {}): { [k: string]: any } {
  return {
    id: null,
    title: 'hello',
    body: null,
    secret: 's3cret',
    folder: null,
    entries: { a: { value: 'one', revision: null } },
    ...overrides,
  };
}
