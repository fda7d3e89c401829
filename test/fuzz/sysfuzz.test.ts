// The system-call fuzzer's deterministic slice: a few fixed seeds of guest/bin/sysfuzz
// (x86-64) and guest/bin/sysfuzz32 (i386) run under sysgate and compared call by call
// with their native runs, recorded on Linux by `node scripts/fuzz-syscalls.mjs --record`
// (test/expected/sysfuzz/). Fails on a host exception, a kernel crash, a run that does
// not finish (each runs in a worker thread, ended after RUN_TIMEOUT_MS), or any
// difference not listed in test/fuzz/sysfuzz-known.json. The budgeted fuzzing with fresh
// seeds and live native runs is scripts/fuzz-syscalls.mjs.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { REPO, FUZZ_BINS, compareRuns, formatMismatch, loadKnown, type FuzzAbi, type SysgateRun } from './sysfuzz-lib.js';

interface SeedRun {
  abi: FuzzAbi;
  seed: number;
  count: number;
}

/** Far above a run's cost (about a second): only a hang reaches it. */
const RUN_TIMEOUT_MS = 120_000;
const EXPECTED = join(REPO, 'test/expected/sysfuzz');
const seeds = JSON.parse(readFileSync(join(REPO, 'test/fuzz/sysfuzz-seeds.json'), 'utf8')) as SeedRun[];
const known = loadKnown();

/** One run in a worker thread: its result, a host exception, or a hang. */
function runInWorker(job: SeedRun): Promise<SysgateRun | { exception: string }> {
  return new Promise((resolve) => {
    const w = new Worker(new URL('./sysfuzz-worker.js', import.meta.url), { workerData: { sysfuzz: job } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ exception: `no end after ${RUN_TIMEOUT_MS} ms (a hang)` });
    }, RUN_TIMEOUT_MS);
    w.once('message', (m: SysgateRun | { exception: string }) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      resolve({ exception: e.stack ?? String(e) });
    });
  });
}

test('the recordings belong to the committed fuzzer binaries', () => {
  const recorded = JSON.parse(readFileSync(join(EXPECTED, 'binaries.json'), 'utf8')) as Record<string, string>;
  for (const [abi, path] of Object.entries(FUZZ_BINS)) {
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    assert.equal(sha, recorded[abi], `${path} changed since the recording: run node scripts/fuzz-syscalls.mjs --record`);
  }
});

describe('recorded seeds (two at a time)', { concurrency: 2 }, () => {
  for (const job of seeds) {
    const { abi, seed, count } = job;
    test(`sysfuzz ${abi} seed ${seed} (${count} calls) matches Linux`, async () => {
      const native = readFileSync(join(EXPECTED, `${abi}-${seed}-${count}.txt`), 'latin1');
      const r = await runInWorker(job);
      if ('exception' in r) assert.fail(`host exception or hang: ${r.exception}`);
      const cmp = compareRuns(abi, native, r.out, known, r.why);
      const fresh = cmp.mismatches.filter((x) => !x.known).map(formatMismatch);
      assert.deepEqual(fresh, [], 'differences from Linux not listed in test/fuzz/sysfuzz-known.json');
      assert.ok(r.finished, `the run did not finish: ${r.why}`);
      assert.equal(cmp.compared, count, 'every call compared');
    });
  }
});
