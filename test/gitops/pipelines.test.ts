/**
 * examples/gitops: the pipelines' script steps, run as the forges run them (sh, the same
 * arguments, the environment a job gets) against the emulator, so the examples cannot rot:
 * validate + plan on a pull request, apply of the reviewed plan on merge (refused once stale), the
 * nightly drift check, promotion of the examples/environments stacks dev → staging → prod.
 * The workflow files are read too: every script they call exists and is exercised here.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { kindOf, type JsonObject } from '../../src/model';
import { committedNames, startHarness, type Harness } from '../cli/helpers';
import { applianceVariablesEnv } from '../examples/appliance-variables';

const ROOT = join(__dirname, '..', '..');
const GITOPS = join(ROOT, 'examples', 'gitops');
const SCRIPTS = join(GITOPS, 'scripts');
const SPS = join(ROOT, 'bin', 'sps');
const SPS_EMULATOR = join(ROOT, 'bin', 'sps-emulator');

interface Step {
  code: number;
  out: string;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function step(script: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = h.dir): Promise<Step> {
  try {
    const r = await promisify(execFile)('sh', [join(SCRIPTS, script), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SPS, CHECKPOINT_DISABLE: '1', ...h.env, ...env },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Changes an object the way the web UI would: another session, its own transaction. */
async function outOfBand(kind: string, name: string, edit: (body: JsonObject) => void): Promise<void> {
  const client = h.client();
  const def = kindOf(kind as never);
  await client.withTransaction(async (tx) => {
    const obj = (await tx.readAll(def)).find((o) => o.body.name === name)!;
    const body = def.writtenForm(obj.body);
    edit(body);
    await tx.replace(def, obj.key, body);
  });
}

const document = (days: number) => ({
  archive_cleanup_policies: {
    'trail-archive': {
      target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.5' }, path: '/exports/archive' },
      retention_days: days,
    },
  },
  content_policies: {
    'dangerous-commands': {
      rules: [{ actions: { log: true }, event: { selection: 'command', match: ['rm -rf /'] } }],
    },
  },
});

describe('the workflow files', () => {
  it('call only scripts that exist, and every script is called', () => {
    const called = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string')
        for (const m of v.matchAll(/examples\/gitops\/scripts\/([\w-]+\.sh)/g)) called.add(m[1]);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const f of ['github/sps.yml', 'github/promote.yml', 'gitlab-ci.yml'])
      collect(parse(readFileSync(join(GITOPS, f), 'utf8')));
    expect([...called].sort()).toEqual([
      'apply.sh',
      'drift.sh',
      'plan.sh',
      'promote.sh',
      'snapshot.sh',
      'synth.sh',
      'twin-plan.sh',
    ]);
    for (const s of called) expect(existsSync(join(SCRIPTS, s))).toBe(true);
  });
});

describe('pull request → merge → nightly', () => {
  it('plan on the pull request: the comment and the reviewed plan, annotations for a bad document', async () => {
    h.write('sps/prod.yaml', document(30));
    const r = await step('plan.sh', ['sps/prod.yaml', 'sps-plan']);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('sps/prod.yaml is valid: 2 objects');
    expect(r.out).toContain('Changes planned; the comment is sps-plan/plan.md');
    const comment = readFileSync(join(h.dir, 'sps-plan', 'plan.md'), 'utf8');
    expect(comment).toContain('**2** to create');
    expect(comment).toContain('| archive_cleanup_policies | trail-archive | create |');
    expect(existsSync(join(h.dir, 'sps-plan', 'plan.json'))).toBe(true);

    h.write('sps/bad.yaml', 'content_policies:\n  x:\n    rulez: []\n');
    const bad = await step('plan.sh', ['sps/bad.yaml', 'sps-bad'], { GITHUB_ACTIONS: 'true' });
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(
      /^::error file=sps\/bad\.yaml,line=3,col=\d+,title=SPS_INVALID_DESIRED_STATE::unknown field/m,
    );
    expect(bad.out).toContain('::error title=sps::sps/bad.yaml is invalid; see the findings above');
    expect(existsSync(join(h.dir, 'sps-bad', 'plan.json'))).toBe(false); // nothing was planned
  });

  it('apply on merge: exactly the reviewed plan, then the same plan is empty', async () => {
    const r = await step('apply.sh', ['sps-plan/plan.json']);
    expect(r.code).toBe(0);
    expect(committedNames(h.emu, 'archive_cleanup_policies')).toContain('trail-archive');
    expect(committedNames(h.emu, 'content_policies')).toContain('dangerous-commands');
    const again = await step('plan.sh', ['sps/prod.yaml', 'sps-plan']);
    expect(again.out).toContain('No changes: the appliance already matches sps/prod.yaml.');
  });

  it('a reviewed plan the appliance no longer matches is refused, and nothing is written', async () => {
    h.write('sps/prod.yaml', document(60));
    expect((await step('plan.sh', ['sps/prod.yaml', 'sps-plan'])).code).toBe(0);
    await outOfBand('archive_cleanup_policies', 'trail-archive', (b) => {
      b.retention_days = 45;
    });
    const commits = h.emu.stats().commits;
    const r = await step('apply.sh', ['sps-plan/plan.json']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/changed since the plan/i);
    expect(r.out).toContain('the reviewed plan was not applied (exit 1); plan again and review the new plan');
    expect(h.emu.stats().commits).toBe(commits);
  });

  it('nightly drift check: fails the job and says what drifted', async () => {
    h.write('sps/prod.yaml', document(45)); // what the appliance now has
    const clean = await step('drift.sh', ['sps/prod.yaml', 'sps-drift']);
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.out).toContain('No drift');
    await outOfBand('archive_cleanup_policies', 'trail-archive', (b) => {
      b.retention_days = 5;
    });
    const drifted = await step('drift.sh', ['sps/prod.yaml', 'sps-drift'], { GITHUB_ACTIONS: 'true' });
    expect(drifted.code).toBe(1);
    expect(drifted.out).toContain('/retention_days');
    expect(drifted.out).toContain(
      '::error title=sps::the appliance drifted from sps/prod.yaml; see sps-drift/drift.md',
    );
    expect(readFileSync(join(h.dir, 'sps-drift', 'drift.md'), 'utf8')).toContain('trail-archive');
  });
});

describe('a pull request from a fork: planned against a twin of the appliance', () => {
  it('the nightly snapshot, then a plan with no credentials that is the real plan', async () => {
    h.write('sps/prod.yaml', document(75));
    const snap = await step('snapshot.sh', ['sps/appliance.snapshot.json']);
    expect(snap).toMatchObject({
      code: 0,
      out: expect.stringContaining('Wrote sps/appliance.snapshot.json'),
    });
    expect(statSync(join(h.dir, 'sps/appliance.snapshot.json')).mode & 0o777).toBe(0o600);
    const real = await step('plan.sh', ['sps/prod.yaml', 'sps-real']);
    expect(real.code).toBe(0);

    // the fork's job: no SPS_* at all, only the checkout (the snapshot and the document)
    const requests = h.emu.stats().requests;
    const twin = await step('twin-plan.sh', ['sps/appliance.snapshot.json', 'sps/prod.yaml', 'sps-twin'], {
      SPS_URL: '',
      SPS_USERNAME: '',
      SPS_PASSWORD: '',
      SPS_CA_FILE: '',
      SPS_EMULATOR,
    });
    expect(twin.code).toBe(0);
    expect(h.emu.stats().requests).toBe(requests); // the appliance was not asked anything
    expect(twin.out).toContain('Changes planned; the comment is sps-twin/plan.md');
    const url = /at (https:\/\/127\.0\.0\.1:\d+)/.exec(twin.out)![1];
    const comment = readFileSync(join(h.dir, 'sps-twin', 'plan.md'), 'utf8');
    expect(comment).toMatch(
      /^> Planned against a \*\*twin\*\* of the appliance: the snapshot `sps\/appliance\.snapshot\.json` \(taken 20\d\d-/,
    );
    const realComment = readFileSync(join(h.dir, 'sps-real', 'plan.md'), 'utf8');
    const body = (text: string, at: string) => text.split(at).join('APPLIANCE');
    expect(body(comment.slice(comment.indexOf('\n\n') + 2), url)).toBe(body(realComment, h.emu.url));
    expect(comment).toMatch(/\| archive_cleanup_policies \| trail-archive \| (create|update) \|/);
    // the twin stopped with the job: nothing listens on its port any more
    const port = Number(new URL(url).port);
    await expect(
      new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket.destroy()));
        socket.once('error', reject);
      }),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('promotion through examples/environments', () => {
  it('synthesizes the stacks and promotes dev, staging, prod, each to its own appliance', async () => {
    const synth = mkdtempSync(join(tmpdir(), 'sps-gitops-synth-'));
    const work = mkdtempSync(join(tmpdir(), 'sps-gitops-work-'));
    const appliances = [await startHarness(), await startHarness(), await startHarness()];
    try {
      const s = await step('synth.sh', [join(ROOT, 'examples', 'environments'), synth], {}, work);
      expect(s.code).toBe(0);
      for (const [i, env] of ['dev', 'staging', 'prod'].entries()) {
        const target = appliances[i];
        // each environment's job gets its appliance's own trusted CA list name, as the workflows do
        const r = await step(
          'promote.sh',
          [env, synth],
          { ...target.env, ...applianceVariablesEnv(target.emu) },
          work,
        );
        expect(r).toMatchObject({ code: 0 });
        expect(r.out).toContain(`Promoted to ${env}.`);
        expect(committedNames(target.emu, 'audit_policies')).toContain(`${env}-audit`);
        const archive = Object.values(target.emu.committed().archive_cleanup_policies ?? {})[0];
        expect(archive?.retention_days).toBe([7, 30, 90][i]);
      }
      // promoting again changes nothing
      const again = await step(
        'promote.sh',
        ['prod', synth],
        { ...appliances[2].env, ...applianceVariablesEnv(appliances[2].emu) },
        work,
      );
      expect(again.out).toContain('No changes');
    } finally {
      await Promise.all(appliances.map((a) => a.close()));
      rmSync(synth, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  });
});
