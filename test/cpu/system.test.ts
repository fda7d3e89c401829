// syscall/sysret, sysenter/sysexit, swapgs and MSR access as the Intel SDM and AMD APM
// specify them, including their faults and the vendor differences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode, makeCpu, CODE, tables } from './harness.js';
import { EFER_SCE, RCX, R11, MSR_STAR } from '../../src/cpu/index.js';
import type { CPU } from '../../src/cpu/index.js';

const SYSCALL = [0x0f, 0x05];
const SYSRETQ = [0x48, 0x0f, 0x07];
const WRMSR = [0x0f, 0x30];
const RDMSR = [0x0f, 0x32];
const SWAPGS = [0x0f, 0x01, 0xf8];
const SYSENTER = [0x0f, 0x34];
const SYSEXIT = [0x0f, 0x35];

function star(cpu: CPU): void {
  cpu.starHi = (0x23 << 16) | 0x10;
  cpu.efer |= EFER_SCE;
}

function kernelMode(cpu: CPU): void {
  cpu.cpl = 0;
  cpu.mem.user = false;
}

test('syscall is #UD when EFER.SCE is clear', () => {
  const r = runCode(SYSCALL, (c) => (c.efer &= ~EFER_SCE));
  assert.match(r.fault ?? '', /^vector 6:/);
});

test('syscall: RCX/R11, CS/SS from STAR, RIP from LSTAR, RFLAGS masked, CPL 0', () => {
  const r = runCode(SYSCALL, (c) => {
    star(c);
    c.lstar = CODE + 2; // land at the end of the code so the harness stops there
    c.fmask = 0x47fd5;
    c.setRflags(0x2c3); // CF ZF SF IF
  });
  assert.equal(r.fault, null);
  const c = r.cpu;
  assert.equal(c.reg64(RCX), CODE + 2);
  assert.equal(c.regs[R11 * 2], 0x2c3);
  assert.equal(c.sel[1], 0x10);
  assert.equal(c.sel[2], 0x18);
  assert.equal(c.cpl, 0);
  assert.equal(c.getRflags() & 0x47fd5, 0, 'masked flags cleared');
});

test('syscall from compatibility mode: #UD on Intel, MSR_CSTAR on AMD', () => {
  const intel = runCode(SYSCALL, (c) => star(c), { mode64: false });
  assert.match(intel.fault ?? '', /^vector 6:/);
  const amd = runCode(SYSCALL, (c) => {
    star(c);
    c.vendor = 'amd';
    c.cstar = CODE + 2;
  }, { mode64: false });
  assert.equal(amd.fault, null);
  assert.equal(amd.cpu.mode64, true, 'the kernel runs in 64-bit mode');
  assert.equal(amd.cpu.cpl, 0);
});

test('sysretq: #GP at CPL 3; returns to CS = STAR[63:48]+16|3 from CPL 0', () => {
  assert.match(runCode(SYSRETQ, (c) => star(c)).fault ?? '', /^vector 13:/);
  const r = runCode(SYSRETQ, (c) => {
    star(c);
    kernelMode(c);
    c.setReg64Num(RCX, CODE + 3);
    c.regs[R11 * 2] = 0x10246; // RF set in r11: cleared by sysret
  });
  assert.equal(r.fault, null);
  assert.equal(r.cpu.cpl, 3);
  assert.equal(r.cpu.sel[1], 0x33);
  assert.equal(r.cpu.sel[2], 0x2b);
  assert.equal(r.cpu.getRflags(), 0x246);
});

test('sysretq to a non-canonical RCX: #GP in ring 0 on Intel, loaded on AMD', () => {
  const setup = (vendor: 'intel' | 'amd') => (c: CPU) => {
    star(c);
    kernelMode(c);
    c.vendor = vendor;
    c.regs[RCX * 2] = 0;
    c.regs[RCX * 2 + 1] = 0x00008000; // 0x0000800000000000: non-canonical
  };
  const intel = runCode(SYSRETQ, setup('intel'));
  assert.match(intel.fault ?? '', /^vector 13:.*non-canonical RCX/);
  assert.equal(intel.cpu.cpl, 0, 'Intel faults before leaving ring 0');
  const amd = runCode(SYSRETQ, setup('amd'));
  assert.equal(amd.cpu.cpl, 3, 'AMD returns to ring 3 and faults on the fetch');
  assert.match(amd.fault ?? '', /^vector 13:/);
});

test('wrmsr/rdmsr are privileged; STAR round-trips', () => {
  assert.match(runCode(WRMSR, (c) => c.setReg(RCX, 4, MSR_STAR)).fault ?? '', /^vector 13:/);
  assert.match(runCode(RDMSR, (c) => c.setReg(RCX, 4, MSR_STAR)).fault ?? '', /^vector 13:/);
  const r = runCode([...WRMSR, ...RDMSR], (c) => {
    kernelMode(c);
    c.setReg(RCX, 4, MSR_STAR);
    c.setReg(0, 4, 0);
    c.setReg(2, 4, 0x00230010);
  });
  assert.equal(r.fault, null);
  assert.equal(r.cpu.starHi, 0x00230010);
  assert.equal(r.cpu.regs[2 * 2], 0x00230010, 'rdmsr put STAR[63:32] in edx');
  assert.match(runCode(RDMSR, (c) => { kernelMode(c); c.setReg(RCX, 4, 0x12345); }).fault ?? '', /^vector 13:.*unknown MSR/);
});

test('swapgs: #GP at CPL 3; exchanges GS base and KERNEL_GS_BASE at CPL 0', () => {
  assert.match(runCode(SWAPGS).fault ?? '', /^vector 13:/);
  const r = runCode(SWAPGS, (c) => {
    kernelMode(c);
    c.gsBase = 0x1000;
    c.kernelGsBase = -0x7e000000;
  });
  assert.equal(r.cpu.gsBase, -0x7e000000);
  assert.equal(r.cpu.kernelGsBase, 0x1000);
});

test('sysenter: #UD in long mode on AMD; on Intel loads CS/SS/RSP/RIP from the SYSENTER MSRs', () => {
  const setup = (vendor: 'intel' | 'amd') => (c: CPU) => {
    c.vendor = vendor;
    c.sysenterCs = 0x10;
    c.sysenterEsp = -0x7dfd0000;
    c.sysenterEip = CODE + 2;
  };
  assert.match(runCode(SYSENTER, setup('amd'), { mode64: false }).fault ?? '', /^vector 6:/);
  const r = runCode(SYSENTER, setup('intel'), { mode64: false });
  assert.equal(r.fault, null);
  assert.equal(r.cpu.cpl, 0);
  assert.equal(r.cpu.sel[1], 0x10);
  assert.equal(r.cpu.sel[2], 0x18);
  assert.equal(r.cpu.reg64(4), -0x7dfd0000);
  assert.match(runCode(SYSENTER, (c) => (c.sysenterCs = 0), { mode64: false }).fault ?? '', /^vector 13:/);
});

test('sysexit: CPL 0 only; EIP from EDX, ESP from ECX, CS = SYSENTER_CS+16|3, SS = +24|3', () => {
  const cpu = makeCpu(SYSEXIT);
  void cpu;
  assert.match(runCode(SYSEXIT, (c) => (c.sysenterCs = 0x10)).fault ?? '', /^vector 13:/);
  // AMD: #UD in long mode, but at CPL 3 the privilege check comes first (the host: SIGSEGV)
  assert.match(runCode(SYSEXIT, (c) => (c.vendor = 'amd')).fault ?? '', /^vector 13:/);
  assert.match(runCode(SYSEXIT, (c) => (c.vendor = 'amd'), { mode64: false }).fault ?? '', /^vector 13:/);
  const r = runCode(SYSEXIT, (c) => {
    kernelMode(c);
    c.sysenterCs = 0x10;
    c.setReg(2, 4, CODE + 2); // edx
    c.setReg(RCX, 4, 0x7ff000);
  });
  assert.equal(r.fault, null);
  assert.equal(r.cpu.cpl, 3);
  assert.equal(r.cpu.mode64, false);
  assert.equal(r.cpu.sel[1], 0x23);
  assert.equal(r.cpu.sel[2], 0x2b);
  assert.equal(r.cpu.regs[4 * 2], 0x7ff000);
});

// ---- privileged instructions at CPL 3 (what the host reports for the same bytes) ----

test('mov to/from CR: a control register that does not exist is #UD, before the privilege check (#GP)', () => {
  const v = (code: number[], mode64 = true) => runCode(code, undefined, { mode64 }).cpu.lastFault?.vector;
  assert.equal(v([0x0f, 0x20, 0xc8]), 6, 'mov %cr1,%rax');
  assert.equal(v([0x0f, 0x20, 0xf8]), 6, 'mov %cr7,%rax');
  assert.equal(v([0x0f, 0x22, 0xc8]), 6, 'mov %rax,%cr1');
  assert.equal(v([0x0f, 0x20, 0xc0]), 13, 'mov %cr0,%rax');
  assert.equal(v([0x0f, 0x20, 0xc8], false), 6, '32-bit too');
});

test('debug registers: DR8–DR15 do not exist (#UD); DR0–DR7 are #GP at CPL 3', () => {
  const v = (code: number[]) => runCode(code).cpu.lastFault?.vector;
  assert.equal(v([0x0f, 0x21, 0xc0]), 13, 'mov %dr0,%rax');
  assert.equal(v([0x0f, 0x23, 0xe8]), 13, 'mov %rax,%dr5');
  assert.equal(v([0x45, 0x0f, 0x23, 0xc7]), 6, 'mov %r15,%dr8');
});

test('clts, invd, wbinvd and invlpg are #GP at CPL 3; clts clears CR0.TS at CPL 0', () => {
  for (const code of [[0x0f, 0x06], [0x0f, 0x08], [0x0f, 0x09], [0x0f, 0x01, 0x38]]) {
    assert.equal(runCode(code).cpu.lastFault?.vector, 13, code.map((b) => b.toString(16)).join(' '));
  }
  const r = runCode([0x0f, 0x06], (c) => {
    kernelMode(c);
    c.cr0 |= 8;
  });
  assert.equal(r.fault, null);
  assert.equal(r.cpu.cr0 & 8, 0);
});

test('sysret at CPL 3 from compatibility mode: #GP on AMD (which has it there), #UD on Intel', () => {
  const run = (vendor: 'intel' | 'amd') =>
    runCode([0x0f, 0x07], (c) => {
      c.vendor = vendor;
      c.efer |= EFER_SCE;
    }, { mode64: false }).cpu.lastFault?.vector;
  assert.equal(run('amd'), 13);
  assert.equal(run('intel'), 6);
});

test('verr/verw set ZF for a readable/writable segment at CPL 3; lldt and lmsw are #GP', () => {
  // the host, selector in AX: verr 0x2b 0x23 0x33 0x7b 0x28 → ZF; 0x18 0x10 0x63 0 8 0x2f 0xffff → no ZF;
  // verw only 0x2b and 0x28
  const zf = (code: number[], sel: number) =>
    runCode(code, (c) => {
      tables(c);
      c.setReg(0, 4, sel);
    }).cpu.getRflags() & 0x40;
  for (const sel of [0x2b, 0x23, 0x33, 0x7b, 0x28]) assert.equal(zf([0x0f, 0x00, 0xe0], sel), 0x40, `verr ${sel.toString(16)}`);
  for (const sel of [0x18, 0x10, 0x63, 0, 8, 0x2f, 0xffff]) assert.equal(zf([0x0f, 0x00, 0xe0], sel), 0, `verr ${sel.toString(16)}`);
  for (const sel of [0x2b, 0x28]) assert.equal(zf([0x0f, 0x00, 0xe8], sel), 0x40, `verw ${sel.toString(16)}`);
  for (const sel of [0x23, 0x33, 0x7b, 0x18, 0]) assert.equal(zf([0x0f, 0x00, 0xe8], sel), 0, `verw ${sel.toString(16)}`);
  assert.equal(runCode([0x0f, 0x00, 0xd0]).cpu.lastFault?.vector, 13, 'lldt');
  assert.equal(runCode([0x0f, 0x01, 0xf0]).cpu.lastFault?.vector, 13, 'lmsw');
});
