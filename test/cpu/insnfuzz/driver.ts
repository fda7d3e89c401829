// Runs batches of cases on both sides and keeps the counts the fuzzer reports
// (scripts/fuzz-insn.mjs; the recorded slice in test/cpu/fuzz.test.ts).

import type { Vendor } from '../../../src/cpu/cpu.js';
import type { FuzzCase } from './case.js';
import { caseLine, parseCaseLine } from './case.js';
import { runEmu } from './emu.js';
import { verdict, describeCase } from './compare.js';
import { parseResult, type RunState } from './state.js';

export interface Stats {
  run: number;
  compared: number;
  equal: number;
  skipped: Map<string, number>;
  known: Map<string, number>;
  /** Reports of the cases that differ and are not known differences. */
  mismatches: string[];
  unimplemented: Map<string, { count: number; text: string; bytes: string; detail: string }>;
  hostExceptions: string[];
}

export function newStats(): Stats {
  return { run: 0, compared: 0, equal: 0, skipped: new Map(), known: new Map(), mismatches: [], unimplemented: new Map(), hostExceptions: [] };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Compares one case (its native result given) and counts the verdict. */
export function fuzzOne(c: FuzzCase, nat: RunState, vendor: Vendor, s: Stats): void {
  s.run++;
  let emu;
  let v;
  try {
    emu = runEmu(c, vendor, nat);
    v = verdict(c, emu, nat);
  } catch (e) {
    s.hostExceptions.push(`${c.mode64 ? '64' : '32'}-bit case ${caseLine(c)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return;
  }
  switch (v.kind) {
    case 'skipped':
      bump(s.skipped, v.reason);
      return;
    case 'unimplemented': {
      const key = v.opcode;
      const u = s.unimplemented.get(key);
      if (u) u.count++;
      else s.unimplemented.set(key, { count: 1, text: v.text, bytes: v.bytes, detail: v.detail });
      return;
    }
  }
  s.compared++;
  if (v.kind === 'equal') s.equal++;
  else if (v.kind === 'known') bump(s.known, v.id);
  else s.mismatches.push(`${describeCase(c, emu)}\n  first difference: ${v.firstStep}\n  ${v.diffs.join('\n  ')}`);
}

export function fuzzBatch(cases: FuzzCase[], natives: RunState[], vendor: Vendor, s: Stats): void {
  cases.forEach((c, k) => fuzzOne(c, natives[k], vendor, s));
}

/** A recorded slice (scripts/fuzz-insn.mjs --record): a "# vendor V" line, then "CASE<TAB>NATIVE RESULT" lines. */
export interface Recorded {
  vendor: Vendor;
  cases: FuzzCase[];
  natives: RunState[];
}

export function parseRecorded(text: string, mode64: boolean): Recorded {
  const lines = text.split('\n').filter((l) => l !== '');
  const m = /^# vendor (intel|amd)\b/.exec(lines[0] ?? '');
  if (!m) throw new Error('a recorded slice starts with "# vendor intel|amd"');
  const rows = lines.slice(1).map((l) => l.split('\t'));
  return { vendor: m[1] as Vendor, cases: rows.map((r) => parseCaseLine(r[0], mode64)), natives: rows.map((r) => parseResult(r[1])) };
}

/** The counts as text, most frequent first. */
export function summary(s: Stats, maxMismatches = 20): string {
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  const out = [
    `cases run:       ${s.run}`,
    `compared:        ${s.compared}`,
    `equal:           ${s.equal}`,
    `mismatches:      ${s.mismatches.length}`,
    `known differences: ${[...s.known.values()].reduce((a, b) => a + b, 0)}`,
    ...sorted(s.known).map(([k, n]) => `  ${n}\t${k}`),
    `skipped:         ${[...s.skipped.values()].reduce((a, b) => a + b, 0)}`,
    ...sorted(s.skipped).map(([k, n]) => `  ${n}\t${k}`),
    `unimplemented:   ${[...s.unimplemented.values()].reduce((a, b) => a + b.count, 0)} (${s.unimplemented.size} opcodes)`,
    ...[...s.unimplemented].sort((a, b) => b[1].count - a[1].count).map(([k, u]) => `  ${u.count}\t${k}\t${u.text}\t(bytes ${u.bytes})`),
    `host exceptions: ${s.hostExceptions.length}`,
  ];
  for (const m of s.mismatches.slice(0, maxMismatches)) out.push('', 'MISMATCH ' + m);
  for (const e of s.hostExceptions.slice(0, 5)) out.push('', 'HOST EXCEPTION ' + e);
  return out.join('\n');
}
