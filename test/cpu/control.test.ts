// Near control transfers where the vendors differ, as the instruction fuzzer found them
// against the host CPU (AMD EPYC, Zen 4): in 64-bit mode AMD honours a 66h prefix on near
// branches (a 16-bit operand size: rel16, the target truncated to 16 bits, 2-byte return
// addresses; AMD APM vol. 3), where Intel ignores it; and on AMD a REP prefix picks the
// condition of loope/loopne.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode, reg, STACK_TOP, CODE } from './harness.js';
import type { Vendor } from '../../src/cpu/index.js';

const RCX = 1, RSP = 4;

const vendorRun = (vendor: Vendor, code: number[], flags = 0x202, rcx = 5) =>
  runCode(code, (c) => {
    c.vendor = vendor;
    c.setRflags(flags);
    c.setReg64Num(RCX, rcx);
  }, { max: 1 });

test('66h jcc/jmp in 64-bit mode: AMD truncates the target to 16 bits, Intel ignores the prefix', () => {
  // 66 71 4a: jno +0x4a from 0x400000 (length 3): AMD → 0x004d, Intel → 0x40004d
  assert.equal(vendorRun('amd', [0x66, 0x71, 0x4a]).cpu.rip, 0x4d);
  assert.equal(vendorRun('intel', [0x66, 0x71, 0x4a]).cpu.rip, 0x40004d);
  assert.equal(vendorRun('amd', [0x66, 0x48, 0xeb, 0x10]).cpu.rip, 0x400014, 'REX.W wins over 66h');
});

test('66h call in 64-bit mode: AMD takes rel16 and pushes a 2-byte return address', () => {
  // 66 e8 00 8f: call rel16 0x8f00 from 0x400000 (length 4) → 0x8f04; on Intel the same
  // bytes start a rel32 (66 e8 00 8f 7d a4 …) — the host pushed 2 bytes (RSP − 2)
  const code = [0x66, 0xe8, 0x00, 0x8f, 0x7d, 0xa4];
  const amd = vendorRun('amd', code);
  assert.equal(amd.cpu.rip, 0x8f04);
  assert.equal(reg(amd.cpu, RSP), BigInt(STACK_TOP - 64 - 2));
  assert.equal(amd.cpu.mem.read16(STACK_TOP - 64 - 2), (CODE + 4) & 0xffff);
  const intel = vendorRun('intel', code);
  assert.equal(reg(intel.cpu, RSP), BigInt(STACK_TOP - 64 - 8));
  assert.equal(intel.cpu.rip, CODE + 6 + (0xa47d8f00 | 0));
});

test('AMD: F3 makes loopne/loope loop while ZF = 1 and F2 while ZF = 0; Intel keeps the opcode', () => {
  // the host, every combination of E0/E1 with F2/F3 (the last prefix counts) and ZF
  const taken = (vendor: Vendor, code: number[], zf: boolean) => vendorRun(vendor, code, zf ? 0x242 : 0x202).cpu.rip !== CODE + code.length;
  for (const zf of [false, true]) {
    assert.equal(taken('amd', [0xf3, 0xe0, 0x10], zf), zf, `rep loopne, ZF=${zf}`);
    assert.equal(taken('amd', [0xf2, 0xe1, 0x10], zf), !zf, `repne loope, ZF=${zf}`);
    assert.equal(taken('amd', [0xf2, 0xf3, 0xe0, 0x10], zf), zf, `F2 F3 loopne, ZF=${zf}`);
    assert.equal(taken('amd', [0xe0, 0x10], zf), !zf, `loopne, ZF=${zf}`);
    assert.equal(taken('intel', [0xf3, 0xe0, 0x10], zf), !zf, `Intel rep loopne, ZF=${zf}`);
  }
});

test('call through memory: AMD checks the return-address slot before the target, Intel the target first', () => {
  // call *%rax with RAX non-canonical and RSP = 0x8000 (unmapped below): the host faults on
  // the push (#PF at 0x7ff8); with a good stack it is #GP with RSP unchanged
  const call = (vendor: Vendor, rsp: number) =>
    runCode([0xff, 0xd0], (c) => {
      c.vendor = vendor;
      c.setReg64Num(RSP, rsp);
      c.regs[1] = 0x80000000 | 0; // RAX = 0x8000000000000000
    });
  const amd = call('amd', 0x8000);
  assert.equal(amd.cpu.lastFault?.vector, 14);
  assert.equal(amd.cpu.cr2, 0x7ff8);
  assert.equal(call('intel', 0x8000).cpu.lastFault?.vector, 13);
  const good = call('amd', STACK_TOP - 64);
  assert.equal(good.cpu.lastFault?.vector, 13);
  assert.equal(reg(good.cpu, RSP), BigInt(STACK_TOP - 64));
});
