// The system-call fuzzer's deterministic slice: a few fixed seeds of guest/bin/sysfuzz
// (x86-64) and guest/bin/sysfuzz32 (i386) run under sysgate and compared call by call
// with their native runs, recorded on Linux by `node scripts/fuzz-syscalls.mjs --record`
// (test/expected/sysfuzz/). Fails on a host exception, a kernel crash, a run that does
// not finish, or any difference not listed in test/fuzz/sysfuzz-known.json. The budgeted
// fuzzing with fresh seeds and live native runs is scripts/fuzz-syscalls.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostMachine } from '../../src/api/host.js';
import { REPO, FUZZ_BINS, compareRuns, formatMismatch, loadKnown, type FuzzAbi } from './sysfuzz-lib.js';

interface SeedRun {
  abi: FuzzAbi;
  seed: number;
  count: number;
}

const EXPECTED = join(REPO, 'test/expected/sysfuzz');
const seeds = JSON.parse(readFileSync(join(REPO, 'test/fuzz/sysfuzz-seeds.json'), 'utf8')) as SeedRun[];
const known = loadKnown();

test('the recordings belong to the committed fuzzer binaries', () => {
  const recorded = JSON.parse(readFileSync(join(EXPECTED, 'binaries.json'), 'utf8')) as Record<string, string>;
  for (const [abi, path] of Object.entries(FUZZ_BINS)) {
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    assert.equal(sha, recorded[abi], `${path} changed since the recording: run node scripts/fuzz-syscalls.mjs --record`);
  }
});

for (const { abi, seed, count } of seeds) {
  test(`sysfuzz ${abi} seed ${seed} (${count} calls) matches Linux`, () => {
    const native = readFileSync(join(EXPECTED, `${abi}-${seed}-${count}.txt`), 'latin1');
    const bin = FUZZ_BINS[abi];
    const m = hostMachine({ hostStdio: false, cwd: '/', seed: 1 });
    m.load(bin, [bin, String(seed), String(count)], {});
    const r = m.run({ instructionLimit: 2_000_000_000 });
    const out = Buffer.from(r.stdout).toString('latin1');
    const finished = r.code === 0 && r.signal === 0 && out.endsWith('done\n');
    const cmp = compareRuns(abi, native, out, known, finished ? 'stopped' : r.diagnostic ?? `status ${r.code}, signal ${r.signal}`);
    const fresh = cmp.mismatches.filter((x) => !x.known).map(formatMismatch);
    assert.deepEqual(fresh, [], 'differences from Linux not listed in test/fuzz/sysfuzz-known.json');
    assert.ok(finished, `the run did not finish: ${r.diagnostic ?? `status ${r.code}, signal ${r.signal}`}`);
    assert.equal(cmp.compared, count, 'every call compared');
  });
}
