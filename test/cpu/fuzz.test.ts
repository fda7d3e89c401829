// Random bytes executed as code, in 64-bit and 32-bit mode: every outcome is an
// architectural one (an exception the kernel turns into a signal, or normal execution),
// never a host exception.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode } from './harness.js';

test('8,000 random instruction streams raise no host exception', () => {
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) & 0xff;
  };
  const failures: string[] = [];
  for (let t = 0; t < 4000; t++) {
    const code = Array.from({ length: 24 }, rnd);
    for (const mode64 of [true, false]) {
      try {
        runCode(code, (c) => {
          for (let r = 0; r < 16; r++) if (r !== 4) c.setReg64Num(r, 0x600000 + r * 8);
        }, { mode64, max: 50 });
      } catch (e) {
        failures.push(`${mode64 ? '64' : '32'}-bit ${code.map((b) => b.toString(16).padStart(2, '0')).join(' ')}: ${String(e)}`);
      }
    }
  }
  assert.deepEqual(failures.slice(0, 5), []);
});
