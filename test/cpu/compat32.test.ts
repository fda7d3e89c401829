// 32-bit (compatibility-mode) execution: the decoding and operand/address-size rules that
// differ from 64-bit mode, segment loads through the GDT (the TLS selectors), software
// interrupts from compatibility mode into the long-mode IDT (the DPL check, the 64-bit
// frame), iretq back to a 32-bit code segment, and the instructions that exist only
// outside 64-bit mode.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode, makeCpu, CODE, DATA, STACK_TOP, reg, setReg, tables as linuxTables, gate, w64, GDT, KSTACK_TOP } from './harness.js';
import { fillLdt, type UserDesc } from '../../src/kernel/tls.js';
import type { CPU } from '../../src/cpu/index.js';

const EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5;

const r32 = (cpu: CPU, n: number) => cpu.regs[n * 2] >>> 0;
const compat = { mode64: false };

// ---- descriptor tables: Linux's (harness.ts), plus TLS entry 12 with base DATA ----

const tlsDesc = (base: number): UserDesc => ({
  entryNumber: 12, baseAddr: base, limit: 0xfffff, seg32bit: 1, contents: 0, readExecOnly: 0, limitInPages: 1, segNotPresent: 0, useable: 1, lm: 0,
});

function tables(cpu: CPU): void {
  linuxTables(cpu);
  w64(cpu, GDT + 12 * 8, fillLdt(tlsDesc(DATA))); // 0x63
}

// ---- decoding and sizes ----

test('40–4F are inc/dec in 32-bit mode (REX prefixes in 64-bit mode)', () => {
  const r = runCode([0x40, 0x4b, 0x4b], (c) => {
    c.setReg(EAX, 4, 41);
    c.setReg(EBX, 4, 10);
  }, compat);
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, EAX), 42);
  assert.equal(r32(r.cpu, EBX), 8);
  // the same bytes in 64-bit mode: 40 is a REX prefix of the following dec
  const r64 = runCode([0x40, 0x4b, 0x90], (c) => c.setReg(EBX, 4, 10));
  assert.equal(r32(r64.cpu, EBX), 10, '4b is REX.WXB in 64-bit mode, then nop');
});

test('push/pop/call/ret move the stack by 4 bytes; 66h makes a 2-byte push', () => {
  // push $-1; pop %ecx; call +0; pop %edx; 66 6a 05 (pushw $5)
  const code = [0x6a, 0xff, 0x59, 0xe8, 0, 0, 0, 0, 0x5a, 0x66, 0x6a, 0x05];
  const r = runCode(code, undefined, compat);
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, ECX), 0xffffffff, 'push imm8 sign-extends to 32 bits');
  assert.equal(r32(r.cpu, EDX), CODE + 8, 'call pushed a 4-byte return address');
  assert.equal(r32(r.cpu, ESP), STACK_TOP - 64 - 2);
  assert.equal(r.cpu.mem.read16(STACK_TOP - 64 - 2), 5);
});

test('ModRM mod=00 rm=101 is an absolute disp32 (RIP-relative only in 64-bit mode)', () => {
  // mov 0x600010, %eax
  const r = runCode([0x8b, 0x05, 0x10, 0x00, 0x60, 0x00], (c) => c.mem.write32(DATA + 0x10, 0x1234abcd), compat);
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, EAX), 0x1234abcd);
});

test('moffs operands are 4 bytes wide (a1/a3)', () => {
  // mov 0x600020, %eax ; mov %eax, 0x600024
  const r = runCode([0xa1, 0x20, 0x00, 0x60, 0x00, 0xa3, 0x24, 0x00, 0x60, 0x00], (c) => c.mem.write32(DATA + 0x20, 0xcafe), compat);
  assert.equal(r.fault, null);
  assert.equal(r.cpu.mem.read32(DATA + 0x24), 0xcafe);
});

test('effective addresses wrap at 4 GiB', () => {
  // lea 0x10(%eax), %ebx ; mov 0x700000(%ecx), %edx
  const r = runCode([0x8d, 0x58, 0x10, 0x8b, 0x91, 0x00, 0x00, 0x70, 0x00], (c) => {
    c.setReg(EAX, 4, 0xfffffff8);
    c.setReg(ECX, 4, 0xfff00000); // + 0x700000 = 0x1_0060_0000 → 0x600000
    c.mem.write32(DATA, 0x600d);
  }, compat);
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, EBX), 8);
  assert.equal(r32(r.cpu, EDX), 0x600d);
});

test('loop and jecxz count with ECX, not RCX', () => {
  // mov $1, %ecx ; loop +1 (would skip the inc if taken) ; inc %eax
  const r = runCode([0xb9, 1, 0, 0, 0, 0xe2, 0x01, 0x40], (c) => c.setReg(EAX, 4, 0), compat);
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, EAX), 1, 'ECX reached 0: not taken');
  // jecxz with ECX = 0 but bits set above bit 31 of RCX
  const j = runCode([0xe3, 0x01, 0x40], (c) => {
    setReg(c, ECX, 0x500000000n);
    c.setReg(EAX, 4, 0);
  }, compat);
  assert.equal(r32(j.cpu, EAX), 0, 'taken: the inc is skipped');
});

test('82 /r (alias of 80) is valid in 32-bit mode and #UD in 64-bit mode', () => {
  const r = runCode([0x82, 0xc0, 0x05], (c) => c.setReg(EAX, 4, 1), compat); // add $5, %al
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, EAX), 6);
  assert.match(runCode([0x82, 0xc0, 0x05]).fault ?? '', /^vector 6:/);
});

test('cmpxchg8b compares EDX:EAX and stores ECX:EBX', () => {
  // lock cmpxchg8b 0x600000
  const code = [0xf0, 0x0f, 0xc7, 0x0d, 0x00, 0x00, 0x60, 0x00];
  const r = runCode(code, (c) => {
    c.mem.write32(DATA, 0x11111111);
    c.mem.write32(DATA + 4, 0x22222222);
    c.setReg(EAX, 4, 0x11111111);
    c.setReg(EDX, 4, 0x22222222);
    c.setReg(EBX, 4, 0x33333333);
    c.setReg(ECX, 4, 0x44444444);
  }, compat);
  assert.equal(r.fault, null);
  assert.equal(r.cpu.mem.read32(DATA) >>> 0, 0x33333333);
  assert.equal(r.cpu.mem.read32(DATA + 4) >>> 0, 0x44444444);
  assert.ok(r.cpu.flags.zf());
});

test('32-bit-only instructions: daa, das, aaa, aas, aam, aad, salc; #UD in 64-bit mode', () => {
  // mov $0x79, %al ; add $0x35, %al ; daa  → 0x14, CF
  let r = runCode([0xb0, 0x79, 0x04, 0x35, 0x27], undefined, compat);
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, EAX) & 0xff, 0x14);
  assert.ok(r.cpu.flags.cf());
  // mov $0x35, %al ; sub $0x47, %al ; das → 0x88, CF
  r = runCode([0xb0, 0x35, 0x2c, 0x47, 0x2f], undefined, compat);
  assert.equal(r32(r.cpu, EAX) & 0xff, 0x88);
  assert.ok(r.cpu.flags.cf());
  // mov $0x0008, %ax ; add $0x07, %al ; aaa → AX = 0x0105
  r = runCode([0x66, 0xb8, 0x08, 0x00, 0x04, 0x07, 0x37], undefined, compat);
  assert.equal(r32(r.cpu, EAX) & 0xffff, 0x0105);
  // mov $0x0512, %ax ; sub $0x0f, %al ; aas → AX = 0x030d (AX-6 borrows from AH, then AH-1)
  r = runCode([0x66, 0xb8, 0x12, 0x05, 0x2c, 0x0f, 0x3f], undefined, compat);
  assert.equal(r32(r.cpu, EAX) & 0xffff, 0x030d);
  // mov $79, %al ; aam → AH=7 AL=9 ; aad → AL=79 AH=0
  r = runCode([0xb0, 79, 0xd4, 0x0a], undefined, compat);
  assert.equal(r32(r.cpu, EAX) & 0xffff, 0x0709);
  r = runCode([0x66, 0xb8, 0x09, 0x07, 0xd5, 0x0a], undefined, compat);
  assert.equal(r32(r.cpu, EAX) & 0xffff, 79);
  assert.match(runCode([0xb0, 1, 0xd4, 0x00], undefined, compat).fault ?? '', /^vector 0:/, 'aam 0 is #DE');
  // stc ; salc → AL = 0xff
  r = runCode([0xf9, 0xd6], undefined, compat);
  assert.equal(r32(r.cpu, EAX) & 0xff, 0xff);
  for (const op of [0x27, 0x2f, 0x37, 0x3f, 0xd6]) assert.match(runCode([op]).fault ?? '', /^vector 6:/, `${op.toString(16)} in 64-bit mode`);
});

test('bound raises #BR outside the bounds', () => {
  // bound %eax, 0x600000
  const code = [0x62, 0x05, 0x00, 0x00, 0x60, 0x00];
  const setup = (v: number) => (c: CPU) => {
    c.mem.write32(DATA, -5);
    c.mem.write32(DATA + 4, 10);
    c.setReg(EAX, 4, v);
  };
  assert.equal(runCode(code, setup(-5), compat).fault, null);
  assert.equal(runCode(code, setup(10), compat).fault, null);
  assert.match(runCode(code, setup(11), compat).fault ?? '', /^vector 5:/);
  assert.match(runCode(code, setup(-6), compat).fault ?? '', /^vector 5:/);
});

// ---- segments through the GDT ----

test('mov to %gs loads the TLS descriptor base from the GDT; %gs: operands use it', () => {
  // mov $0x63, %eax ; mov %eax, %gs ; mov %gs:4, %ebx
  const code = [0xb8, 0x63, 0, 0, 0, 0x8e, 0xe8, 0x65, 0x8b, 0x1d, 0x04, 0, 0, 0];
  const r = runCode(code, (c) => {
    tables(c);
    c.mem.write32(DATA + 4, 0x7e57);
  }, compat);
  assert.equal(r.fault, null);
  assert.equal(r.cpu.sel[5], 0x63);
  assert.equal(r.cpu.gsBase, DATA);
  assert.equal(r32(r.cpu, EBX), 0x7e57);
});

// An empty GDT slot is not a data segment: #GP(selector), which the type check raises
// before the presence check could give #NP (SDM vol. 2, MOV). The host CPU agrees:
// `mov $0x6b, %eax; mov %eax, %gs` natively ends in SIGSEGV/SI_KERNEL (#GP), not SIGBUS (#NP).
test('segment loads: null selector gives base 0; an empty TLS slot is #GP; a DPL-0 descriptor is #GP', () => {
  const load = (sel: number) => runCode([0xb8, sel, 0, 0, 0, 0x8e, 0xe8], (c) => {
    tables(c);
    c.gsBase = 0x1234;
  }, compat);
  const nul = load(0);
  assert.equal(nul.fault, null);
  assert.equal(nul.cpu.gsBase, 0, 'in 32-bit mode a null selector clears the base');
  assert.match(load(0x6b).fault ?? '', /^vector 13:/, 'GDT entry 13 is empty: not a data segment');
  assert.equal(load(0x6b).cpu.lastFault?.errorCode, 0x68, 'the error code is the selector');
  assert.match(load(0x18).fault ?? '', /^vector 13:/, '__KERNEL_DS is DPL 0');
  assert.equal(load(0x2b).fault, null, '__USER_DS loads');
});

test('segment loads check the descriptor type: SS only a writable data segment; DS/ES/FS/GS data or readable code', () => {
  // the host: gs ← 0x33 and 0x23 (readable code) and 0x7b (CPUNODE, read-only data) load;
  // ss ← 0x33, 0x23 and 0x7b are #GP(selector)
  const load = (seg: number, sel: number) => runCode([0xb8, sel, 0, 0, 0, 0x8e, 0xc0 | (seg << 3)], (c) => tables(c), compat);
  for (const sel of [0x33, 0x23, 0x7b]) assert.equal(load(5, sel).fault, null, `gs ← ${sel.toString(16)}`);
  for (const sel of [0x33, 0x23, 0x7b]) {
    const r = load(2, sel);
    assert.match(r.fault ?? '', /^vector 13:/, `ss ← ${sel.toString(16)}`);
    assert.equal(r.cpu.lastFault?.errorCode, sel & 0xfffc);
  }
  assert.equal(load(2, 0x2b).fault, null, 'ss ← __USER_DS');
});

test('xlat with 67h: BX + AL wraps at 64 KiB', () => {
  const r = runCode([0x67, 0xd7], (c) => {
    c.setReg(EBX, 4, 0x1234fff0);
    c.setReg(EAX, 4, 0x20);
  }, compat);
  assert.match(r.fault ?? '', /^vector 14:/);
  assert.equal(r.cpu.cr2, 0x10, '(0xfff0 + 0x20) mod 64 KiB');
});

test('iret at CPL 3 to the same level pops EIP, CS and EFLAGS; AMD reads EFLAGS first', () => {
  // the frame is built by hand: EIP = the end of the code, then CS and EFLAGS
  const code = [0xcf];
  const iret = (cs: number, eflags: number) =>
    runCode(code, (c) => {
      tables(c);
      [CODE + 1, cs, eflags].forEach((v, k) => c.mem.write32(STACK_TOP - 64 + 4 * k, v));
    }, compat);
  const r = iret(0x23, 0x8d7);
  assert.equal(r.fault, null);
  assert.equal(r32(r.cpu, ESP), STACK_TOP - 64 + 12);
  assert.equal(r.cpu.getRflags() & 0x8d5, 0x8d5);
  // CS = 0x0b (__KERNEL32_CS with RPL 3): a non-conforming segment whose DPL is not the RPL
  const dpl = iret(0x0b, 0x202);
  assert.match(dpl.fault ?? '', /^vector 13:/);
  assert.equal(dpl.cpu.lastFault?.errorCode, 0x08);
  // the host, ESP = DATA − 8 (EIP and CS slots unmapped, EFLAGS mapped): the fault is at CS
  const amd = runCode(code, (c) => {
    tables(c);
    c.vendor = 'amd';
    c.setReg(ESP, 4, DATA - 8);
  }, compat);
  assert.equal(amd.cpu.cr2, DATA - 4, 'EFLAGS, then (SS, ESP,) CS: the CS slot faults before EIP');
});

// ---- int n from compatibility mode, iretq back ----

test('int $0x80 from compatibility mode: DPL-3 gate, TSS stack, 64-bit frame, CPL 0 in 64-bit mode', () => {
  const code = [0xcd, 0x80];
  const r = runCode(code, (c) => {
    tables(c);
    gate(c, 0x80, CODE + code.length, 3); // the handler is the end of the code: the harness stops
    c.setRflags(0x203);
  }, compat);
  assert.equal(r.fault, null);
  const c = r.cpu;
  assert.equal(c.cpl, 0);
  assert.equal(c.mode64, true);
  assert.equal(c.sel[1], 0x10);
  const rsp = c.reg64(ESP);
  assert.equal(rsp, KSTACK_TOP - 5 * 8, 'five 8-byte slots below rsp0');
  const q = (k: number) => (c.mem.read64(rsp + k * 8) >>> 0) + c.mem.hi * 2 ** 32;
  assert.equal(q(0), CODE + 2, 'rip: the next instruction');
  assert.equal(q(1), 0x23, 'cs: __USER32_CS');
  assert.equal(q(2) & 0x203, 0x203, 'rflags');
  assert.equal(q(3), STACK_TOP - 64, 'rsp: the user stack');
  assert.equal(q(4), 0, 'ss as it was (the harness leaves it null)');
  assert.equal(c.getRflags() & 0x200, 0, 'an interrupt gate clears IF');
});

test('int $0x81: a gate with DPL 0 is #GP(0x81*8+2) from CPL 3; a missing DPL-3 gate is #NP', () => {
  const r = runCode([0xcd, 0x81], (c) => {
    tables(c);
    gate(c, 0x81, CODE, 0);
  }, compat);
  assert.match(r.fault ?? '', /^vector 13:.*DPL 0 < CPL 3/);
  assert.equal(r.cpu.lastFault?.errorCode, 0x81 * 8 + 2);
  assert.equal(r.cpu.cpl, 3, 'nothing was delivered through the gate');
  const np = runCode([0xcd, 0x82], (c) => {
    tables(c);
    gate(c, 0x82, CODE, 3, false);
  }, compat);
  assert.match(np.fault ?? '', /^vector 11:/);
  assert.equal(np.cpu.lastFault?.errorCode, 0x82 * 8 + 2);
});

test('iretq from CPL 0 to __USER32_CS enters compatibility mode at CPL 3', () => {
  const code = [0x48, 0xcf]; // iretq
  const target = CODE + code.length;
  const cpu = makeCpu(code, true);
  tables(cpu);
  cpu.cpl = 0;
  cpu.mem.user = false;
  cpu.sel[1] = 0x10;
  const frame = [target, 0x23, 0x202, 0x7ff000, 0x2b];
  const sp = KSTACK_TOP - 5 * 8;
  frame.forEach((v, k) => w64(cpu, sp + k * 8, BigInt(v)));
  cpu.setReg64Num(ESP, sp);
  cpu.run(1);
  assert.equal(cpu.lastFault, null, cpu.lastFault?.detail);
  assert.equal(cpu.rip, target);
  assert.equal(cpu.cpl, 3);
  assert.equal(cpu.mode64, false);
  assert.equal(cpu.sel[1], 0x23);
  assert.equal(cpu.sel[2], 0x2b);
  assert.equal(r32(cpu, ESP), 0x7ff000);
  assert.equal(reg(cpu, EBP), 0n);
});

// ---- arpl and the far-pointer loads (the host runs them; sysgate answered #UD) ----

test('arpl raises the destination RPL to the source RPL and sets ZF; else clears ZF', () => {
  // arpl %cx,%ax with AX = 0x28, CX = 3: the host gives AX = 0x2b, ZF = 1
  const up = runCode([0x63, 0xc8], (c) => {
    c.setReg(EAX, 4, 0x28);
    c.setReg(ECX, 4, 3);
  }, compat);
  assert.equal(r32(up.cpu, EAX), 0x2b);
  assert.equal(up.cpu.getRflags() & 0x40, 0x40);
  const same = runCode([0x63, 0xc8], (c) => {
    c.setReg(EAX, 4, 0x2b);
    c.setReg(ECX, 4, 1);
    c.setRflags(0x242);
  }, compat);
  assert.equal(r32(same.cpu, EAX), 0x2b);
  assert.equal(same.cpu.getRflags() & 0x40, 0);
});

test('arpl through a CS override is #GP only when it writes (raises the RPL)', () => {
  // the host: arpl %cx,%cs:(%eax) with CX's RPL 3 over a selector of RPL 0 → SIGSEGV
  // (SI_KERNEL); with CX's RPL 0 → nothing written, no fault
  const arpl = (cx: number) =>
    runCode([0x2e, 0x63, 0x08], (c) => {
      c.setReg(EAX, 4, DATA);
      c.setReg(ECX, 4, cx);
      c.mem.write16(DATA, 0x28);
      c.setRflags(0x8d5, 0x8d5);
    }, compat);
  const raise = arpl(3);
  assert.match(raise.fault ?? '', /^vector 13:/);
  assert.equal(raise.cpu.getRflags() & 0x8d5, 0x8d5, 'flags unchanged');
  assert.equal(raise.cpu.mem.read16(DATA), 0x28);
  const keep = arpl(0);
  assert.equal(keep.fault, null);
  assert.equal(keep.cpu.getRflags() & 0x40, 0);
});

test('les/lds load a far pointer: the selector (checked) into the segment register, the offset into the register', () => {
  // les (%ebx),%eax over m16:32 = 0x11223344:0x002b (the host: EAX = 0x11223344, ES = 0x2b)
  const les = runCode([0xc4, 0x03], (c) => {
    tables(c);
    c.setReg(EBX, 4, DATA);
    c.mem.write32(DATA, 0x11223344);
    c.mem.write16(DATA + 4, 0x2b);
    c.sel[0] = 0;
  }, compat);
  assert.equal(les.fault, null);
  assert.equal(r32(les.cpu, EAX), 0x11223344);
  assert.equal(les.cpu.sel[0], 0x2b);
  const bad = runCode([0xc5, 0x03], (c) => {
    tables(c);
    c.setReg(EBX, 4, DATA);
    c.setReg(EAX, 4, 7);
    c.mem.write16(DATA + 4, 0x18); // __KERNEL_DS: DPL 0
  }, compat);
  assert.match(bad.fault ?? '', /^vector 13:/);
  assert.equal(r32(bad.cpu, EAX), 7, 'the register is unchanged');
});

test('lfs with REX.W: a 64-bit offset on Intel, 32 bits on AMD (the host reads the selector at +4)', () => {
  const lfs = (vendor: 'intel' | 'amd') =>
    runCode([0x48, 0x0f, 0xb4, 0x03], (c) => {
      tables(c);
      c.vendor = vendor;
      c.setReg64Num(EBX, DATA);
      c.mem.write64(DATA, 0x55667788, 0x11223344);
      c.mem.write16(DATA + 8, 0x2b);
    });
  assert.equal(lfs('intel').fault, null);
  assert.equal(reg(lfs('intel').cpu, EAX), 0x1122334455667788n);
  assert.match(lfs('amd').fault ?? '', /^vector 13:/, 'selector 0x3344 from offset +4');
});
