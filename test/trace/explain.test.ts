// The explainer shows each step of the entry and exit path as it really executed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../src/api/machine.js';
import { attachExplainer } from '../../src/trace/explain.js';
import { REPO } from '../e2e/fixtures-lib.js';

function explain(bin: string, vendor: 'intel' | 'amd' = 'intel'): string {
  const m = new Machine({ seed: 1, vendor });
  let out = '';
  attachExplainer(m, (s) => void (out += s));
  m.load(readFileSync(join(REPO, 'guest', 'bin', bin)), [bin], {});
  const r = m.run({ instructionLimit: 1_000_000 });
  assert.equal(r.code, 0);
  return out;
}

test('64-bit syscall: hardware effects, every stub instruction, pt_regs, table slot, sysretq', () => {
  const out = explain('hello64');
  const lines = out.split('\n');
  const expectInOrder = [
    /system call #1: eax=1 via syscall/,
    /user .* syscall$/,
    /RCX ← 0x401018 \(return address\)/,
    /RIP ← MSR_LSTAR = 0xffffffff81000000 <entry_SYSCALL_64>/,
    /<entry_SYSCALL_64> +swapgs/,
    /push \$0x2B +→ pt_regs->ss/,
    /push %rcx +→ pt_regs->ip/,
    /push %rax +→ pt_regs->orig_ax/,
    /native call into TypeScript: do_syscall_64/,
    /do_syscall_64\(regs=0x[0-9a-f]+, nr=1\)/,
    /orig_ax=0x1 +ip=0x401018 +cs=0x33/,
    /sys_call_table\[1\] at 0xffffffff82000008 = 0x[0-9a-f]+ <sys_write> \(write\)/,
    /sys_write returned 20 → pt_regs->ax/,
    /SYSRET\/SYSEXIT allowed/,
    /sysretq|sysret/,
    /hardware \(SYSRETQ\): RIP ← RCX = 0x401018/,
    /system call #2: eax=231 via syscall/,
  ];
  let at = 0;
  for (const re of expectInOrder) {
    const k = lines.findIndex((l, i) => i >= at && re.test(l));
    assert.ok(k >= 0, `missing (in order): ${re}\n${out.slice(0, 4000)}`);
    at = k + 1;
  }
  assert.equal((out.match(/push.* → pt_regs->/g) ?? []).length, 2 * 21, 'every pt_regs slot is annotated once per call (two calls)');
});

test('i386 int $0x80: the IDT path, the i386 view of pt_regs, ia32_sys_call_table, iretq', () => {
  const out = explain('hello32');
  assert.match(out, /via int \$0x80 \(32-bit code\)/);
  assert.match(out, /hardware \(INT 0x80\): IDT gate 128/);
  assert.match(out, /<entry_INT80_compat> +swapgs/);
  assert.match(out, /the i386 view/);
  assert.match(out, /ia32_sys_call_table\[4\]/);
  assert.match(out, /arguments from pt_regs \(ebx ecx edx esi edi ebp\)/);
  assert.match(out, /hardware \(IRETQ\): pops RIP=0x[0-9a-f]+, CS=0x23/);
});

test('an unknown system-call number is explained as sys_ni_syscall / out of range', () => {
  // errno_cases calls numbers 400, 1000 and -1 raw
  const m = new Machine({ seed: 1 });
  let out = '';
  attachExplainer(m, (s) => void (out += s));
  m.load(readFileSync(join(REPO, 'guest', 'bin', 'errno_cases')), ['errno_cases'], {});
  m.run({ instructionLimit: 50_000_000 });
  assert.match(out, /sys_call_table\[400\] at 0x[0-9a-f]+ = 0x[0-9a-f]+ <sys_ni_syscall>/);
  assert.match(out, /nr 1000 is outside sys_call_table \(unsigned compare with 451\) → sys_ni_syscall → -ENOSYS/);
  assert.match(out, /sys_ni_syscall returned -38 \(-ENOSYS: Function not implemented\)/);
});
