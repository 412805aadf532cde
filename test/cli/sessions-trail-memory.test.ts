/**
 * A 200 MB audit trail downloads with flat memory: `sps sessions trail` streams it to disk, so what the
 * process holds does not grow with the trail (emulator and CLI share this process, and both stream).
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { trailDigest } from '../../src/emulator/session-db';
import { startHarness, type Harness } from './helpers';
import { sessionControl, type SessionControl } from '../emulator/session-control';

const SIZE = 200 * 1024 * 1024;
const MB = 1024 * 1024;
let h: Harness;
let s: SessionControl;
beforeAll(async () => {
  h = await startHarness();
  s = sessionControl(h.emu);
  await s.createConnectionPolicy('ssh', { name: 'big', active: true });
});
afterAll(async () => {
  await s.close();
  await h.close();
});

test('200 MB: the file is whole and the memory used stays within a few MB of where it started', async () => {
  const t = await s.start({ policy: 'big', start: Date.now() - 60_000, end: Date.now(), trailBytes: SIZE });
  global.gc?.();
  const before = process.memoryUsage();
  let peak = { rss: before.rss, held: before.heapUsed + before.arrayBuffers };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, m.rss), held: Math.max(peak.held, m.heapUsed + m.arrayBuffers) };
  }, 10);
  const r = await h.cli(['sessions', 'trail', t.key, '-o', 'big.zat']);
  clearInterval(sampler);
  expect(r.code).toBe(0);
  const file = join(h.dir, 'big.zat');
  expect(statSync(file).size).toBe(SIZE);
  const held = (peak.held - (before.heapUsed + before.arrayBuffers)) / MB;
  const rss = (peak.rss - before.rss) / MB;
  process.stdout.write(
    `200 MB trail: peak heap+buffers +${held.toFixed(1)} MB, peak RSS +${rss.toFixed(1)} MB\n`,
  );
  expect(held).toBeLessThan(64); // a trail held whole would be 200
  expect(rss).toBeLessThan(96);
  const digest = createHash('sha256');
  for await (const chunk of createReadStream(file)) digest.update(chunk as Buffer);
  expect(digest.digest('hex')).toBe(trailDigest(t.key, SIZE));
}, 120_000);
