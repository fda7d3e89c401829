// The verdict for one case: the native run and sysgate's compared field by field, after
// the skip rules (filters.ts) and before the list of known, justified differences.

import { caseLine, type FuzzCase } from './case.js';
import type { EmuRun } from './emu.js';
import { SIGILL } from './linux.js';
import type { RunState } from './state.js';
import { KNOWN_DIFFERENCES } from './known.js';

/**
 * RFLAGS bits compared: CF PF AF ZF SF IF DF OF NT AC ID. Not TF (programs that set it
 * are skipped), not RF (the CPU sets it in the frame of a fault; Linux's GETREGS shows it).
 */
export const COMPARED_FLAGS = 0x244ed5;

export type Verdict =
  | { kind: 'equal' }
  | { kind: 'skipped'; reason: string }
  | { kind: 'unimplemented'; opcode: string; text: string; bytes: string; detail: string }
  | { kind: 'known'; id: string; diffs: string[] }
  | { kind: 'mismatch'; diffs: string[]; firstStep: string };

const h = (v: number | bigint) => '0x' + v.toString(16);

/** Field-by-field differences (sysgate first, then the host). */
export function diffStates(emu: RunState, nat: RunState): string[] {
  const d: string[] = [];
  const eq = (name: string, a: number | bigint | string, b: number | bigint | string, fmt = (v: typeof a) => (typeof v === 'string' ? v : h(v))) => {
    if (a !== b) d.push(`${name}: sysgate ${fmt(a)}, host ${fmt(b)}`);
  };
  eq('status', emu.status, nat.status);
  eq('steps', emu.steps, nat.steps, String);
  if (emu.status === 'signal' || nat.status === 'signal') {
    eq('signal', emu.sig, nat.sig, String);
    eq('si_code', emu.code, nat.code);
    eq('si_addr', emu.addr, nat.addr);
  }
  eq('rip', emu.rip, nat.rip);
  emu.regs.forEach((v, k) => eq(`r${k}`, v, nat.regs[k]));
  eq('rflags', emu.flags & COMPARED_FLAGS, nat.flags & COMPARED_FLAGS);
  const segNames = ['cs', 'ss', 'ds', 'es', 'fs', 'gs', 'fs_base', 'gs_base'];
  emu.seg.forEach((v, k) => eq(segNames[k], v, nat.seg[k]));
  eq('fcw', emu.fcw, nat.fcw);
  eq('fsw', emu.fsw, nat.fsw);
  eq('ftw', emu.ftw, nat.ftw);
  eq('mxcsr', emu.mxcsr, nat.mxcsr);
  emu.st.forEach((v, k) => eq(`st${k}`, v, nat.st[k]));
  emu.xmm.forEach((v, k) => eq(`xmm${k}`, v, nat.xmm[k]));
  const areas = ['code', 'data', 'stack'];
  emu.mem.forEach((v, k) => {
    if (v !== nat.mem[k]) d.push(`memory (${areas[k]}): sysgate wrote [${emu.memDiff[k]}], host [${nat.memDiff[k]}]`);
  });
  return d;
}

/** The first instruction after which the two runs differ (address or defined flags). */
export function firstStepDifference(emu: RunState, nat: RunState): string {
  const n = Math.max(emu.trace.length, nat.trace.length);
  for (let k = 0; k < n; k++) {
    const a = emu.trace[k];
    const b = nat.trace[k];
    if (!a || !b) return `step ${k}: ${a ? 'the host stopped' : 'sysgate stopped'} before it (${h((a ?? b).ip)})`;
    if (a.ip !== b.ip) return `step ${k}: sysgate at ${h(a.ip)}, host at ${h(b.ip)}`;
    if ((a.flags & COMPARED_FLAGS) !== (b.flags & COMPARED_FLAGS)) return `step ${k} (${h(a.ip)}): rflags sysgate ${h(a.flags & COMPARED_FLAGS)}, host ${h(b.flags & COMPARED_FLAGS)}`;
  }
  return 'every step agrees (the difference is in the final state)';
}

const NATIVE_SKIPS: Partial<Record<RunState['status'], string>> = {
  syscall: 'a system call: the kernel runs it (stopped before it natively, by PTRACE_SYSEMU)',
  timeout: 'the host run did not finish (a #MF Linux retries forever ends in SIGXCPU)',
  toolong: `more than the allowed single steps natively (REP iterations)`,
};

export function verdict(c: FuzzCase, emu: EmuRun, nat: RunState): Verdict {
  const natSkip = NATIVE_SKIPS[nat.status];
  if (natSkip) return { kind: 'skipped', reason: natSkip };
  if (emu.skip) return { kind: 'skipped', reason: emu.skip };
  const e = emu.state;
  // #UD under sysgate where the host executed the instruction: not implemented (or not decoded)
  if (e.status === 'signal' && e.sig === SIGILL && !(nat.status === 'signal' && nat.sig === SIGILL && nat.rip === e.rip)) {
    const last = emu.executed[emu.executed.length - 1];
    const at = Number(e.rip) - 0x400000;
    const bytes = c.code.slice(at, at + (last?.length ?? 4)).map((b) => b.toString(16).padStart(2, '0')).join(' ');
    return { kind: 'unimplemented', opcode: last?.opcode ?? '?', text: last?.text ?? '?', bytes, detail: emu.fault?.detail ?? '' };
  }
  const diffs = diffStates(e, nat);
  if (diffs.length === 0) return { kind: 'equal' };
  for (const k of KNOWN_DIFFERENCES) if (k.applies(c, emu, nat, diffs)) return { kind: 'known', id: k.id, diffs };
  return { kind: 'mismatch', diffs, firstStep: firstStepDifference(e, nat) };
}

/** A one-case report: the case line (for the runner), the bytes with disassembly, the differences. */
export function describeCase(c: FuzzCase, emu: EmuRun): string {
  const lines = [`${c.mode64 ? '64' : '32'}-bit case: ${caseLine(c)}`];
  for (const i of emu.executed) lines.push(`    ${i.text}`);
  return lines.join('\n');
}
