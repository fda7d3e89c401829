// A read-modify-write instruction on a read-only page faults with the write bit in the
// #PF error code and leaves every register and flag as it was (so a restarted adc/sbb
// computes the same result).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode, DATA } from './harness.js';
import { PTE_R, PTE_U } from '../../src/mem/memory.js';

const cases: Array<[string, number[]]> = [
  ['add %eax,(%rbx)', [0x01, 0x03]],
  ['adcl $1,(%rbx)', [0x83, 0x13, 0x01]],
  ['incl (%rbx)', [0xff, 0x03]],
  ['negl (%rbx)', [0xf7, 0x1b]],
  ['notl (%rbx)', [0xf7, 0x13]],
];

for (const [name, code] of cases) {
  test(`${name} on a read-only page: #PF(write) before any state changes`, () => {
    const r = runCode(code, (c) => {
      c.mem.protect(DATA / 4096, 1, PTE_R | PTE_U);
      c.setReg64Num(3, DATA);
      c.setReg(0, 4, 5);
      c.setRflags(0x8d5, 0x8d5); // every arithmetic flag set
    });
    assert.match(r.fault ?? '', /^vector 14:/);
    assert.equal(r.cpu.lastFault?.errorCode, 7, 'present | write | user');
    assert.equal(r.cpu.getRflags() & 0x8d5, 0x8d5, 'flags unchanged');
    assert.equal(r.cpu.rip, 0x400000, 'RIP still at the instruction');
  });
}

test('lock is #UD on a register destination and on non-lockable instructions; allowed on memory RMW', () => {
  assert.match(runCode([0xf0, 0x01, 0xc3]).fault ?? '', /^vector 6:.*lock/); // lock add %eax,%ebx
  assert.match(runCode([0xf0, 0x8b, 0x03], (c) => c.setReg64Num(3, DATA)).fault ?? '', /^vector 6:/); // lock mov (%rbx),%eax
  const ok = runCode([0xf0, 0x0f, 0xc1, 0x03], (c) => {
    c.setReg64Num(3, DATA);
    c.setReg(0, 4, 2);
  }); // lock xadd %eax,(%rbx)
  assert.equal(ok.fault, null);
});
