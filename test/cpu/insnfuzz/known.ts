// Known, justified differences between sysgate's CPU and the host: each says what
// differs, why it is accepted, and matches only that. A mismatch not listed here fails
// the fuzzer (scripts/fuzz-insn.mjs) and the recorded slice (test/cpu/fuzz.test.ts).

import type { FuzzCase } from './case.js';
import type { EmuRun } from './emu.js';
import type { RunState } from './state.js';
import { SIGSEGV, SI_KERNEL } from './linux.js';

export interface KnownDifference {
  id: string;
  reason: string;
  applies(c: FuzzCase, emu: EmuRun, nat: RunState, diffs: string[]): boolean;
}

/** Every difference is in an XMM register or in memory (where the value may have been stored). */
const onlyXmmOrMemory = (diffs: string[]) => diffs.every((d) => /^xmm\d+:/.test(d) || d.startsWith('memory'));

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    id: 'rcp/rsqrt approximation',
    reason:
      'RCPPS, RCPSS, RSQRTPS and RSQRTSS return an approximation whose low bits are implementation-specific ' +
      '(SDM vol. 2: relative error ≤ 1.5·2⁻¹²); the host computes its own table lookup, sysgate rounds the exact value',
    applies: (_c, emu, _nat, diffs) => emu.executed.some((i) => /^R(cp|sqrt)(ps|ss)$/.test(i.mnemonic)) && onlyXmmOrMemory(diffs),
  },
  {
    id: 'null selector RPL after a kernel return',
    reason:
      'a null selector with a non-zero RPL (1–3) loaded into DS/ES/FS/GS reads back as 0 once the kernel has returned ' +
      'to the program with IRET (AMD), which the single-step trap does after every instruction and any interrupt does ' +
      'at any time: not the CPU instruction’s result, and sysgate keeps the loaded value',
    applies: (_c, _emu, _nat, diffs) => diffs.every((d) => /^(ds|es|fs|gs): sysgate 0x[123], host 0x0$/.test(d)),
  },
  {
    id: 'unusable data segment in 32-bit mode',
    reason:
      'in compatibility mode an access through a null DS/ES/FS/GS, or a write through one holding a (readable) code ' +
      'segment or the read-only CPUNODE segment (0x7b) — anything but __USER_DS — is #GP(0); sysgate does not model ' +
      'segment state after the load (Linux programs never run with such segments; checking every access would cost ' +
      'the interpreter)',
    applies: (c, emu, nat) =>
      !c.mode64 &&
      nat.status === 'signal' &&
      nat.sig === SIGSEGV &&
      nat.code === SI_KERNEL &&
      nat.seg.slice(2, 6).some((v) => (v & ~3n) !== 0x28n) &&
      emu.executed.some((i) => /^(mov|pop|l[defgs]s)\b.*%(ds|es|fs|gs)$|^l[defg]s\b/.test(i.text)),
  },
  {
    id: 'f2xm1 out of range',
    reason: 'F2XM1 of a value outside [−1, +1] has an undefined result (SDM vol. 2); the host computes something else',
    applies: (_c, emu, _nat, diffs) =>
      emu.undefinedResults.includes('F2xm1') && diffs.every((d) => /^(st\d|fsw|xmm\d+):/.test(d) || d.startsWith('memory')),
  },
];
