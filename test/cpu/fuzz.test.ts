// Random bytes executed as code, in 64-bit and 32-bit mode: every outcome is an
// architectural one (an exception the kernel turns into a signal, or normal execution),
// never a host exception. And a recorded slice of the instruction fuzzer (scripts/
// fuzz-insn.mjs): cases the host CPU ran under ptrace (guest/tools/runstream.c), whose
// final state — registers, flags, segments, x87/SSE state, memory, signal — sysgate
// must reproduce field by field, but for the known, justified differences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCode, makeAddressSpace } from './harness.js';
import { REPO } from '../e2e/fixtures-lib.js';
import { parseRecorded, fuzzBatch, newStats, summary } from './insnfuzz/driver.js';
import { runEmu } from './insnfuzz/emu.js';
import { verdict } from './insnfuzz/compare.js';

test('8,000 random instruction streams raise no host exception', () => {
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) & 0xff;
  };
  const failures: string[] = [];
  const mem = makeAddressSpace(1); // one for all: a fresh one per stream costs most of the time
  for (let t = 0; t < 4000; t++) {
    const code = Array.from({ length: 24 }, rnd);
    for (const mode64 of [true, false]) {
      try {
        runCode(code, (c) => {
          for (let r = 0; r < 16; r++) if (r !== 4) c.setReg64Num(r, 0x600000 + r * 8);
        }, { mode64, max: 50, mem });
      } catch (e) {
        failures.push(`${mode64 ? '64' : '32'}-bit ${code.map((b) => b.toString(16).padStart(2, '0')).join(' ')}: ${String(e)}`);
      }
    }
  }
  assert.deepEqual(failures.slice(0, 5), []);
});

const recorded = (mode64: boolean) => parseRecorded(readFileSync(join(REPO, 'test', 'expected', 'insnfuzz', `${mode64 ? 64 : 32}.txt`), 'utf8'), mode64);

for (const mode64 of [true, false]) {
  test(`recorded instruction fuzzing, ${mode64 ? 64 : 32}-bit: sysgate's final state is the host CPU's`, () => {
    const r = recorded(mode64);
    const s = newStats();
    fuzzBatch(r.cases, r.natives, r.vendor, s);
    assert.equal(s.hostExceptions.length, 0, summary(s));
    assert.equal(s.mismatches.length, 0, summary(s));
    // most cases are compared (a skip rule that swallowed everything would pass vacuously)
    assert.ok(s.equal > r.cases.length * 0.75, `only ${s.equal} of ${r.cases.length} cases compared equal\n${summary(s)}`);
  });
}

test('the comparison catches a difference: a recorded result with one bit changed is a mismatch', () => {
  const r = recorded(true);
  const k = r.natives.findIndex((n) => n.status === 'end');
  const changed = { ...r.natives[k], regs: r.natives[k].regs.map((v, n) => (n === 3 ? v ^ 1n : v)) };
  const v = verdict(r.cases[k], runEmu(r.cases[k], r.vendor, changed), changed);
  assert.equal(v.kind, 'mismatch');
  assert.match(v.kind === 'mismatch' ? v.diffs.join('\n') : '', /^r3: /m);
});
