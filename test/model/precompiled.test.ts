/**
 * The build-time validators (src/model/precompiled) stand for the model's schemas exactly: one for
 * every schema that is validated in every process, current with the model (else the model changed
 * and `npm run validators:generate` is due), and answering as a validator compiled now does.
 */
import { KINDS, compileValidator, kindOf } from '../../src/model';
import { schemasToPrecompile } from '../../src/model/precompile-list';
import { precompiledValidator, validatorName } from '../../src/model/precompiled';
import { makeAjv } from '../../src/model/validate';
import { desiredDocumentSchema } from '../../src/model/desired-schema';
import { INVALID_CORPUS } from '../cli/invalid-corpus';
import { guideSamples } from '../fixtures/guide-samples';

const errorsOf = (fn: { (v: unknown): boolean; errors?: unknown }, value: unknown) => {
  fn(structuredClone(value));
  return (
    fn.errors as { keyword: string; instancePath: string; schemaPath: string; params: unknown }[] | null
  )?.map((e) => ({
    keyword: e.keyword,
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    params: e.params,
  }));
};

test('every schema the model validates has a current build-time validator (else run npm run validators:generate)', () => {
  const stale = Object.entries(schemasToPrecompile()).flatMap(([mode, schemas]) =>
    schemas
      .filter((s) => !precompiledValidator(mode as 'checks' | 'defaults', s))
      .map((s) => `${mode}: ${String(s.title ?? validatorName(mode as 'checks' | 'defaults', s))}`),
  );
  expect(stale).toEqual([]);
});

test('a build-time validator reports what one compiled now reports, for every invalid document of the corpus', () => {
  const now = makeAjv('checks').compile(desiredDocumentSchema());
  const built = precompiledValidator('checks', desiredDocumentSchema())!;
  let invalid = 0;
  for (const c of INVALID_CORPUS) {
    const expected = errorsOf(now, c.doc);
    if (expected) invalid += 1;
    expect({ title: c.title, errors: errorsOf(built, c.doc) }).toEqual({ title: c.title, errors: expected });
  }
  expect(invalid).toBeGreaterThan(10); // the corpus reaches the schema, not only the later checks
});

test('build-time defaults fill what run-time defaults fill, for every kind and the guide samples', () => {
  const guide = guideSamples({
    x509: 'x-1',
    trustedCaList: 'ca-1',
    privateKey: 'pk-1',
    backupPolicy: 'bp-1',
  });
  for (const kind of KINDS) {
    const now = makeAjv('defaults').compile(kind.schema);
    const built = precompiledValidator('defaults', kind.schema)!;
    const samples = guide.filter((s) => s.kind === kind.name).map((s) => s.body);
    for (const body of [{}, ...samples]) {
      const [a, b] = [structuredClone(body), structuredClone(body)];
      now(a);
      built(b);
      expect({ kind: kind.name, body: b }).toEqual({ kind: kind.name, body: a });
    }
  }
});

test('a schema without a build-time validator is compiled at run time: a changed model is never checked by a stale one', () => {
  const changed = { ...kindOf('audit_policies').schema, title: 'changed' };
  expect(precompiledValidator('checks', changed)).toBeUndefined();
  expect(compileValidator(changed)({ name: 'a', bogus: 1 })).toEqual([
    expect.objectContaining({ path: '/bogus', message: expect.stringMatching(/^unknown field/) }),
  ]);
});
