// Runaway guests are stopped with a clear diagnostic, never a host crash or hang.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../src/api/machine.js';
import { REPO } from '../e2e/fixtures-lib.js';

const bin = (n: string) => readFileSync(join(REPO, 'guest', 'bin', n));

for (const mib of [1, 4]) {
  test(`a guest that exhausts a ${mib} MiB memory limit is OOM-killed (SIGKILL) with a diagnostic`, () => {
    const m = new Machine({ seed: 1, memoryLimit: mib << 20 });
    m.load(bin('malloc_stress'), ['malloc_stress', '4000'], {});
    const r = m.run({ instructionLimit: 1_000_000_000 });
    assert.equal(r.signal, 9);
    assert.match(r.diagnostic ?? '', /out of memory: the guest memory limit/);
  });
}

test('the instruction limit stops an endless program', () => {
  const m = new Machine({ seed: 1 });
  m.load(bin('bench_cpu'), ['bench_cpu', '1000000000'], {});
  const r = m.run({ instructionLimit: 200_000 });
  assert.equal(r.limitReached, true);
  assert.ok(r.instructions >= 200_000 && r.instructions < 200_100);
  assert.match(r.diagnostic ?? '', /instruction limit/);
});
