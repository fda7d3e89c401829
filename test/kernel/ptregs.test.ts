// Stops at the service routine and checks the pt_regs frame on the kernel stack,
// byte for byte, against the registers the program had at its `syscall` instruction.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../src/api/machine.js';
import { PT_REGS_FIELDS, PT_REGS_SIZE } from '../../src/kernel/ptregs.js';
import { REPO } from '../e2e/fixtures-lib.js';
import type { CPU } from '../../src/cpu/cpu.js';
import type { Insn } from '../../src/cpu/decode.js';

const REG_ORDER = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];

function u64(cpu: CPU, n: number): bigint {
  return cpu.reg64Big(n);
}

function capture(forceIret: boolean) {
  const m = new Machine({ seed: 1, forceIret });
  const bytes = readFileSync(join(REPO, 'guest/bin/regs64'));
  let atSyscall: Record<string, bigint> | null = null;
  let frame: Uint8Array | null = null;
  let after: Record<string, bigint> | null = null;
  let pendingAfter = false;
  const k = m.kernel;
  k.cpu.observeSteps = true;
  k.cpu.observer = {
    step(cpu: CPU, i: Insn) {
      if (cpu.cpl !== 3) return;
      if (pendingAfter && !after) {
        after = Object.fromEntries(REG_ORDER.map((r, n) => [r, u64(cpu, n)]));
        after.rip = BigInt.asUintN(64, BigInt(cpu.rip));
        after.rflags = BigInt(cpu.getRflags());
      }
      if (i.name === 'syscall' && !atSyscall) {
        atSyscall = Object.fromEntries(REG_ORDER.map((r, n) => [r, u64(cpu, n)]));
        atSyscall.rip = BigInt(i.addr);
        atSyscall.next = BigInt(i.addr + i.len);
        atSyscall.rflags = BigInt(cpu.getRflags());
        pendingAfter = true;
      }
    },
  };
  m.on((e) => {
    if (e.type === 'syscall-enter' && e.name === 'getpid' && !frame) frame = k.as.readBytes(e.regsAddr, PT_REGS_SIZE, false);
  });
  m.load(bytes, ['regs64'], {});
  const r = m.run({ instructionLimit: 100000 });
  assert.equal(r.code, 0);
  assert.ok(atSyscall && frame && after, 'program did not reach its syscall');
  return { atSyscall: atSyscall as Record<string, bigint>, frame: frame as Uint8Array, after: after as Record<string, bigint> };
}

test('pt_regs built by entry_SYSCALL_64 matches the registers at the syscall instruction', () => {
  const { atSyscall: u, frame } = capture(false);
  const dv = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const f = (name: string) => dv.getBigUint64(PT_REGS_FIELDS.indexOf(name as (typeof PT_REGS_FIELDS)[number]) * 8, true);
  const ENOSYS = BigInt.asUintN(64, -38n);
  const expect: Record<string, bigint> = {
    r15: u.r15, r14: u.r14, r13: u.r13, r12: u.r12, bp: u.rbp, bx: u.rbx,
    r11: u.rflags, // syscall put RFLAGS in r11
    r10: u.r10, r9: u.r9, r8: u.r8,
    ax: ENOSYS, // preset to -ENOSYS; the routine's result replaces it later
    cx: u.next, // syscall put the return address in rcx
    dx: u.rdx, si: u.rsi, di: u.rdi,
    orig_ax: 39n, // the system-call number (getpid)
    ip: u.next, cs: 0x33n, flags: u.rflags, sp: u.rsp, ss: 0x2bn,
  };
  for (const name of PT_REGS_FIELDS) assert.equal(f(name).toString(16), expect[name].toString(16), `pt_regs->${name}`);
  assert.equal(u.rbx, 0x1111111111111111n, 'fixture loaded its registers');
  assert.ok(u.rflags & 1n, 'CF was set before the syscall');
});

test('sysretq and iretq return the same user state (rcx/r11 clobbered as the ABI says)', () => {
  const a = capture(false).after;
  const b = capture(true).after;
  assert.deepEqual(a, b);
  assert.equal(a.rax, 1000n, 'getpid result in rax');
  assert.equal(a.rbx, 0x1111111111111111n);
  assert.equal(a.r10, 0xaaaaaaaaaaaaaaaan, 'r10 preserved');
  assert.equal(a.rcx, a.rip, 'rcx holds the return address');
  assert.equal(a.r11, a.rflags, 'r11 holds rflags');
});
