// Instruction-level differential tests against the host CPU: random instruction
// sequences (scripts/gen-difftest.mjs) were single-stepped natively with ptrace and
// their register/flag state recorded after every instruction. Here the same binaries
// run under sysgate and every step must agree (flags an instruction leaves undefined
// are masked; RSP is compared relative to its starting value).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../src/api/machine.js';
import { REPO } from '../e2e/fixtures-lib.js';
import type { CPU } from '../../src/cpu/cpu.js';
import type { Insn } from '../../src/cpu/decode.js';

const NAMES = ['rip', 'rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rflags'];
const REGNUM: Record<string, number> = { rax: 0, rcx: 1, rdx: 2, rbx: 3, rsp: 4, rbp: 5, rsi: 6, rdi: 7, r8: 8, r9: 9, r10: 10, r11: 11, r12: 12, r13: 13, r14: 14, r15: 15 };
const FLAGS = 0xcd5 | 0x400; // the arithmetic flags and DF

const dir = join(REPO, 'test', 'expected', 'difftest');
const programs = readdirSync(dir).filter((f) => f.endsWith('.trace')).map((f) => f.replace(/\.trace$/, ''));

for (const name of programs) {
  test(`difftest ${name}: every step matches the host CPU`, () => {
    const meta = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8')) as { start: string; end: string; undefinedFlags: Record<string, number> };
    const start = parseInt(meta.start, 16);
    const end = parseInt(meta.end, 16);
    const native = readFileSync(join(dir, name + '.trace'), 'utf8').trim().split('\n').map((l) => l.split(' ').map((x) => BigInt('0x' + x)));
    let step = 0;
    let prevInside = false;
    let prevRip = start;
    let rsp0 = 0n;
    let failure: string | null = null;
    const m = new Machine({ seed: 1 });
    const rsp0n = native[0][5];
    m.kernel.cpu.observeSteps = true;
    // A page fault resolved by demand paging restarts the instruction: the host's
    // single-stepping never sees that, so the restart is not a step.
    let restarted = false;
    m.on((e) => {
      if (e.type === 'fault' && e.resolved) restarted = true;
    });
    m.kernel.cpu.observer = {
      step(cpu: CPU, i: Insn) {
        if (cpu.cpl !== 3 || failure) return;
        if (restarted) {
          restarted = false;
          return;
        }
        if (prevInside) {
          const n = native[step];
          if (!n) {
            failure = `sysgate ran more steps than the host (${step})`;
            return;
          }
          if (step === 0) rsp0 = cpu.reg64Big(4);
          const undef = BigInt(meta.undefinedFlags[prevRip.toString(16)] ?? 0);
          const row = [BigInt(i.addr), ...NAMES.slice(1, -1).map((r) => cpu.reg64Big(REGNUM[r])), BigInt(cpu.getRflags())];
          for (let k = 0; k < NAMES.length && !failure; k++) {
            let a = row[k];
            let b = n[k];
            if (NAMES[k] === 'rsp') {
              a -= rsp0;
              b -= rsp0n;
            }
            if (NAMES[k] === 'rflags') {
              a &= BigInt(FLAGS) & ~undef;
              b &= BigInt(FLAGS) & ~undef;
            }
            if (a !== b) failure = `step ${step}, after the instruction at 0x${prevRip.toString(16)}: ${NAMES[k]} = 0x${a.toString(16)}, the host CPU has 0x${b.toString(16)}`;
          }
          // Flags the SDM leaves undefined take the host's values, so that later
          // steps start from the same state.
          if (undef) cpu.setRflags(Number(n[17]), Number(undef));
          prevRip = Number(n[0]);
          step++;
        }
        prevInside = i.addr >= start && i.addr < end;
      },
    };
    m.load(readFileSync(join(REPO, 'guest', 'bin', 'difftest', name)), [name], {});
    const r = m.run({ instructionLimit: 1_000_000 });
    assert.equal(failure, null);
    assert.equal(r.signal, 0, r.diagnostic ?? '');
    assert.equal(step, native.length, 'number of steps');
  });
}
