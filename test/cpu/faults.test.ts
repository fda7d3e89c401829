// Which exception an access raises, in which order, and what it leaves behind — the
// differences the instruction fuzzer (scripts/fuzz-insn.mjs) found between sysgate and
// the host CPU (AMD EPYC, Zen 4, under Linux; each expectation here is what the host
// reported for the same bytes and registers through guest/bin/runstream64/32):
// non-canonical and beyond-4-GiB addresses, stack references, faults that must leave
// RSP/RBP untouched, CR2 of a page-crossing write, alignment checking, CS overrides.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode, DATA, STACK_TOP, CODE, setReg, reg, tables, gate, KSTACK_TOP } from './harness.js';
import type { CPU } from '../../src/cpu/index.js';

const RAX = 0, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
const NONCANON = 0x8000000000000000n;
const compat = { mode64: false };

const vector = (fault: string | null) => Number(/^vector (\d+):/.exec(fault ?? '')?.[1] ?? -1);

// ---- non-canonical addresses: #GP(0), or #SS(0) for stack references (SDM vol. 3 §6.15) ----

test('a non-canonical data address is #GP(0): moffs, xlat, a GS-overridden rBP operand', () => {
  const moffs = runCode([0xa0, 0, 0, 0, 0, 0, 0, 0, 0x80]); // movabs 0x8000000000000000, %al
  assert.equal(vector(moffs.fault), 13);
  const xlat = runCode([0xd7], (c) => setReg(c, RBX, NONCANON));
  assert.equal(vector(xlat.fault), 13);
  const gsRbp = runCode([0x65, 0x8b, 0x45, 0x00], (c) => setReg(c, RBP, NONCANON)); // mov %gs:0(%rbp),%eax
  assert.equal(vector(gsRbp.fault), 13, 'an FS/GS override makes it a data reference');
});

test('a non-canonical stack reference is #SS(0) and changes nothing: mov (%rbp), push, leave', () => {
  const rbp = runCode([0x8b, 0x45, 0x00], (c) => setReg(c, RBP, NONCANON)); // mov 0(%rbp),%eax
  assert.equal(vector(rbp.fault), 12);
  const push = runCode([0x50], (c) => setReg(c, RSP, NONCANON));
  assert.equal(vector(push.fault), 12);
  assert.equal(reg(push.cpu, RSP), NONCANON);
  const leave = runCode([0xc9], (c) => setReg(c, RBP, NONCANON));
  assert.equal(vector(leave.fault), 12);
  assert.equal(reg(leave.cpu, RSP), BigInt(STACK_TOP - 64), 'RSP not yet replaced by RBP');
});

// ---- faults leave the stack registers as they were (restartable, SDM vol. 3 §6.5) ----

test('leave, ret, pop m and enter that fault leave RSP and RBP unchanged', () => {
  const sp = BigInt(STACK_TOP - 64);
  const leave = runCode([0xc9], (c) => c.setReg64Num(RBP, 0x13)); // [rbp] unmapped
  assert.equal(vector(leave.fault), 14);
  assert.equal(reg(leave.cpu, RSP), sp);
  assert.equal(reg(leave.cpu, RBP), 0x13n);
  const ret = runCode([0xc3], (c) => c.mem.write64(STACK_TOP - 64, 0, 0x80000000 | 0)); // return to a non-canonical address
  assert.equal(vector(ret.fault), 13);
  assert.equal(reg(ret.cpu, RSP), sp);
  const pop = runCode([0x8f, 0x03], (c) => c.setReg64Num(RBX, 0x10)); // pop (%rbx), unmapped
  assert.equal(vector(pop.fault), 14);
  assert.equal(reg(pop.cpu, RSP), sp);
  // enter $0x8f64, $0: the final stack pointer is write-checked (the host faults there)
  const enter = runCode([0xc8, 0x64, 0x8f, 0x00], (c) => c.setReg64Num(RBP, 0x1234));
  assert.equal(vector(enter.fault), 14);
  assert.equal(enter.cpu.cr2, STACK_TOP - 64 - 8 - 0x8f64);
  assert.equal(reg(enter.cpu, RSP), sp);
  assert.equal(reg(enter.cpu, RBP), 0x1234n);
});

test('enter with a nesting level reads the old frame pointers: a fault there leaves RSP/RBP as they were', () => {
  // enter $0x10, $3 with RBP = 0x20: the copies read [0x18] (unmapped) after pushing RBP
  const r = runCode([0xc8, 0x10, 0x00, 0x03], (c) => c.setReg64Num(RBP, 0x20));
  assert.equal(vector(r.fault), 14);
  assert.equal(r.cpu.cr2, 0x18);
  assert.equal(reg(r.cpu, RSP), BigInt(STACK_TOP - 64));
  assert.equal(reg(r.cpu, RBP), 0x20n);
});

test('pusha/popa (32-bit) that fault change no register', () => {
  // pusha with ESP 16 bytes above the stack's lowest page: the fifth slot faults first
  const low = STACK_TOP - 0x4000;
  const pusha = runCode([0x60], (c) => {
    c.setReg(RSP, 4, low + 16);
    c.setReg(RAX, 4, 0x1111);
  }, compat);
  assert.equal(vector(pusha.fault), 14);
  assert.equal(pusha.cpu.cr2, low - 4);
  assert.equal(pusha.cpu.regs[RSP * 2] >>> 0, low + 16);
  assert.notEqual(pusha.cpu.mem.read32(low + 12), 0x1111, 'nothing was pushed');
  const popa = runCode([0x61], (c) => {
    c.setReg(RSP, 4, STACK_TOP - 16); // 16 of the 32 bytes are mapped
    c.setReg(RDI, 4, 0x7777);
  }, compat);
  assert.equal(vector(popa.fault), 14);
  assert.equal(popa.cpu.regs[RDI * 2], 0x7777);
  assert.equal(popa.cpu.regs[RSP * 2] >>> 0, STACK_TOP - 16);
});

test('the exception frame holds a non-canonical RSP exactly', () => {
  // pop %rsp loads 0xe1c2afb9e83d6044 (beyond a double's precision); ud2 then faults
  const code = [0x5c, 0x0f, 0x0b];
  const r = runCode(code, (c) => {
    tables(c);
    gate(c, 6, CODE + code.length, 0); // the handler is the end of the code: the harness stops
    c.mem.write64(STACK_TOP - 64, 0xe83d6044 | 0, 0xe1c2afb9 | 0);
  });
  assert.equal(vector(r.fault), 6);
  const slot = KSTACK_TOP - 5 * 8 + 3 * 8; // rip cs rflags [rsp] ss
  const lo = r.cpu.mem.read64(slot) >>> 0;
  assert.equal((BigInt(r.cpu.mem.hi >>> 0) << 32n) | BigInt(lo), 0xe1c2afb9e83d6044n);
});

// ---- page-crossing writes ----

test('a write that crosses into an unmapped page faults at its first byte and writes nothing', () => {
  const end = DATA + 0x4000; // the data area's last page ends here
  const r = runCode([0x89, 0x03], (c) => {
    c.setReg64Num(RBX, end - 2);
    c.setReg(RAX, 4, 0x11223344);
    c.mem.write16(end - 2, 0xbeef);
  });
  assert.equal(vector(r.fault), 14);
  assert.equal(r.cpu.cr2, end, 'CR2 is the first byte of the page that faults');
  assert.equal(r.cpu.mem.read16(end - 2), 0xbeef);
  const stos = runCode([0xf3, 0xab], (c) => {
    c.setReg64Num(RDI, end - 2);
    c.setReg64Num(1, 4);
  });
  assert.equal(stos.cpu.cr2, end, 'rep stos too');
});

// ---- outside 64-bit mode: the 4 GiB segment limit ----

test('32-bit: an access past 4 GiB is #GP(0), or #SS(0) through EBP/ESP, before paging', () => {
  const data = runCode([0x8b, 0x03], (c) => c.setReg(RBX, 4, 0xfffffffe), compat); // mov (%ebx),%eax
  assert.equal(vector(data.fault), 13);
  const stack = runCode([0x8b, 0x45, 0x00], (c) => c.setReg(RBP, 4, 0xfffffffe), compat); // mov 0(%ebp),%eax
  assert.equal(vector(stack.fault), 12);
  const push = runCode([0x50], (c) => c.setReg(RSP, 4, 2), compat);
  assert.equal(vector(push.fault), 12);
  const stos = runCode([0xab], (c) => c.setReg(RDI, 4, 0xffffffff), compat);
  assert.equal(vector(stos.fault), 13);
  const ssOverride = runCode([0x36, 0x8b, 0x03], (c) => c.setReg(RBX, 4, 0xfffffffe), compat); // mov %ss:(%ebx),%eax
  assert.equal(vector(ssOverride.fault), 12, 'an SS override makes it a stack reference');
  const dsOverride = runCode([0x3e, 0x8b, 0x45, 0x00], (c) => c.setReg(RBP, 4, 0xfffffffe), compat); // mov %ds:0(%ebp),%eax
  assert.equal(vector(dsOverride.fault), 13, 'a DS override makes an EBP operand a data reference');
  const inside = runCode([0x8b, 0x45, 0xf8], (c) => c.setReg(RBP, 4, 4), compat); // -8(%ebp) wraps to 0xfffffffc: 4 bytes fit
  assert.equal(vector(inside.fault), 14);
  assert.equal(inside.cpu.cr2, 0xfffffffc);
});

// ---- alignment checking ----

function withAc(c: CPU): void {
  c.setRflags(0x40202, 0x40000); // RFLAGS.AC (CR0.AM is set, as Linux sets it)
}

test('#AC(0): a misaligned access at CPL 3 with RFLAGS.AC and CR0.AM, before paging', () => {
  const r = runCode([0x8b, 0x03], (c) => {
    withAc(c);
    c.setReg64Num(RBX, DATA + 1);
  });
  assert.equal(vector(r.fault), 17);
  const unmapped = runCode([0x8b, 0x03], (c) => {
    withAc(c);
    c.setReg64Num(RBX, 1);
  });
  assert.equal(vector(unmapped.fault), 17, '#AC before #PF');
  const aligned = runCode([0x8b, 0x03], (c) => {
    withAc(c);
    c.setReg64Num(RBX, DATA + 4);
  });
  assert.equal(aligned.fault, null);
  const off = runCode([0x8b, 0x03], (c) => c.setReg64Num(RBX, DATA + 1));
  assert.equal(off.fault, null, 'no alignment checking without RFLAGS.AC');
  // x87 stores check alignment to their operand size first: fstl to a 4-byte-aligned, unmapped address
  const fstl = runCode([0xdd, 0x17], (c) => {
    withAc(c);
    c.setReg64Num(RDI, 0x1c);
  });
  assert.equal(vector(fstl.fault), 17);
  // so do the unaligned 16-byte SSE moves: movups %xmm6,(%rdi) with RDI = 0x7fff (unmapped)
  const movups = runCode([0x0f, 0x11, 0x37], (c) => {
    withAc(c);
    c.setReg64Num(RDI, 0x7fff);
  });
  assert.equal(vector(movups.fault), 17);
  // enter's write check of the final stack pointer is an access too: misaligned, it is #AC
  const enter = runCode([0xc8, 0xb1, 0x95, 0x00], withAc);
  assert.equal(vector(enter.fault), 17);
  const limit = runCode([0x3b, 0x2e], (c) => {
    withAc(c);
    c.setReg(RSI, 4, 0xffffffff);
  }, compat); // cmp (%esi),%ebp
  assert.equal(vector(limit.fault), 13, 'the segment limit before #AC');
});

// ---- CS overrides outside 64-bit mode ----

test('32-bit: a write through a CS override is #GP(0) and changes nothing; reads are fine; 64-bit ignores it', () => {
  const setup = (c: CPU) => {
    c.setReg(RBX, 4, DATA);
    c.setRflags(0x8d5, 0x8d5);
  };
  for (const [name, code] of [
    ['mov %eax,%cs:(%ebx)', [0x2e, 0x89, 0x03]],
    ['add %eax,%cs:(%ebx)', [0x2e, 0x01, 0x03]],
    ['bts %eax,%cs:(%ebx)', [0x2e, 0x0f, 0xab, 0x03]],
    ['xadd %eax,%cs:(%ebx)', [0x2e, 0x0f, 0xc1, 0x03]],
    ['rolb %cl,%cs:(%ebx)', [0x2e, 0xd2, 0x03]],
    ['movhps %xmm0,%cs:(%ebx)', [0x2e, 0x0f, 0x17, 0x03]],
    ['fnstsw %cs:(%ebx)', [0x2e, 0xdd, 0x3b]],
    ['cmpxchg8b %cs:(%ebx)', [0x2e, 0x0f, 0xc7, 0x0b]],
  ] as const) {
    const r = runCode(code, setup, compat);
    assert.equal(vector(r.fault), 13, name);
    assert.equal(r.cpu.getRflags() & 0x8d5, 0x8d5, `${name}: flags unchanged`);
  }
  assert.equal(runCode([0x2e, 0x8b, 0x03], setup, compat).fault, null, 'a read through CS');
  assert.equal(runCode([0x2e, 0x89, 0x03], (c) => c.setReg64Num(RBX, DATA)).fault, null, '64-bit mode ignores CS');
});

// ---- addressing ----

test('67h RIP-relative in 64-bit mode is EIP + disp32', () => {
  // mov disp32(%eip),%eax at CODE (7 bytes) reading DATA + 0x10
  const disp = DATA + 0x10 - (CODE + 7);
  const r = runCode([0x67, 0x8b, 0x05, disp & 0xff, (disp >> 8) & 0xff, (disp >> 16) & 0xff, (disp >>> 24) & 0xff], (c) => c.mem.write32(DATA + 0x10, 0x5a5a));
  assert.equal(r.fault, null);
  assert.equal(r.cpu.regs[RAX * 2], 0x5a5a);
});
