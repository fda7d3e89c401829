// The system-call fuzzer's comparison: the output of guest/bin/sysfuzz{,32} (one line
// per call, see guest/src/sysfuzz.c) run natively and under sysgate, compared call by
// call, with the known differences of test/fuzz/sysfuzz-known.json set apart so that
// only a NEW difference fails. Used by test/fuzz/sysfuzz.test.ts (recorded native
// runs) and scripts/fuzz-syscalls.mjs (live native runs, on a time budget).

import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostMachine } from '../../src/api/host.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export type FuzzAbi = 'x64' | 'ia32';

export const FUZZ_BINS: Record<FuzzAbi, string> = {
  x64: join(REPO, 'guest/bin/sysfuzz'),
  ia32: join(REPO, 'guest/bin/sysfuzz32'),
};

/** One known difference: regular expressions over the call and the two results. */
export interface KnownDifference {
  id: string;
  /** Only for this ABI (default: both). */
  abi?: FuzzAbi;
  /** Matches the call text, "name(args)". */
  call: string;
  /** Match the results ("-EFAULT", "8 mem=…"); absent = any. */
  native?: string;
  sysgate?: string;
  /** Who fixes it (a file outside the fuzzer's scope, or "by design"). */
  owner: string;
  reason: string;
}

export interface Mismatch {
  index: number;
  call: string;
  native: string;
  /** The sysgate result, or "<no result: …>" when sysgate stopped before the call. */
  sysgate: string;
  /** The id of the known difference it matches, or null (a NEW difference). */
  known: string | null;
}

export interface Comparison {
  /** Calls with a result on both sides. */
  compared: number;
  mismatches: Mismatch[];
  /** sysgate printed fewer calls than the native run (the guest died or hung). */
  stopped: boolean;
}

export function loadKnown(path = join(REPO, 'test/fuzz/sysfuzz-known.json')): KnownDifference[] {
  return JSON.parse(readFileSync(path, 'utf8')) as KnownDifference[];
}

interface CallLine {
  index: number;
  call: string;
  result: string;
}

/** "12 read(pipe_r, rw, 16) = 16 mem=…" → its parts (null for other lines). */
function parseLine(line: string): CallLine | null {
  const m = /^(\d+) (\S+?\(.*\)) = (.*)$/.exec(line);
  return m ? { index: Number(m[1]), call: m[2], result: m[3] } : null;
}

function calls(text: string): CallLine[] {
  const out: CallLine[] = [];
  for (const l of text.split('\n')) {
    const c = parseLine(l);
    if (c) out.push(c);
  }
  return out;
}

function matchKnown(abi: FuzzAbi, c: CallLine, sysgate: string, known: KnownDifference[]): string | null {
  for (const k of known) {
    if (k.abi && k.abi !== abi) continue;
    if (!new RegExp(k.call).test(c.call)) continue;
    if (k.native && !new RegExp(k.native).test(c.result)) continue;
    if (k.sysgate && !new RegExp(k.sysgate).test(sysgate)) continue;
    return k.id;
  }
  return null;
}

/**
 * Compares a native run with a sysgate run of the same seed. A sysgate run that stops
 * early gives one mismatch for the first call it did not print (`why` says how it
 * ended); that is known when a known difference names that call, or when the call
 * before it was a known difference (a guest killed by the consequence of a known bug,
 * e.g. a mapping over the kernel). Whether a crash or a hang is acceptable is not
 * decided here: the callers count those separately (they never are).
 */
export function compareRuns(abi: FuzzAbi, native: string, sysgate: string, known: KnownDifference[], why = 'stopped'): Comparison {
  const n = calls(native);
  const s = calls(sysgate);
  const mismatches: Mismatch[] = [];
  let compared = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n[i];
    if (i >= s.length) {
      const prev = mismatches.at(-1);
      const after = prev && prev.index === c.index - 1 && prev.known ? `${prev.known} (consequence)` : null;
      const sysgate = `<no result: ${why}>`;
      mismatches.push({ index: c.index, call: c.call, native: c.result, sysgate, known: matchKnown(abi, c, sysgate, known) ?? after });
      return { compared, mismatches, stopped: true };
    }
    compared++;
    const g = s[i];
    if (g.call !== c.call) {
      mismatches.push({ index: c.index, call: c.call, native: c.result, sysgate: `<different call: ${g.call}>`, known: null });
      return { compared, mismatches, stopped: true };
    }
    if (g.result !== c.result) mismatches.push({ index: c.index, call: c.call, native: c.result, sysgate: g.result, known: matchKnown(abi, c, g.result, known) });
  }
  return { compared, mismatches, stopped: false };
}

export interface SysgateRun {
  out: string;
  /** The run printed "done" and exited with status 0. */
  finished: boolean;
  /** How it ended otherwise (the diagnostic of a kill, a crash, the instruction limit). */
  why: string;
}

/** One run of the fuzzer under sysgate, in this thread (the host's file system, cwd /). */
export function runUnderSysgate(abi: FuzzAbi, seed: number, count: number): SysgateRun {
  const bin = FUZZ_BINS[abi];
  const m = hostMachine({ hostStdio: false, cwd: '/', seed: 1 });
  m.load(bin, [bin, String(seed), String(count)], {});
  const r = m.run({ instructionLimit: 2_000_000_000 });
  const out = Buffer.from(r.stdout).toString('latin1');
  const finished = r.code === 0 && r.signal === 0 && out.endsWith('done\n');
  return { out, finished, why: finished ? 'stopped' : (r.diagnostic ?? `status ${r.code}, signal ${r.signal}`) };
}

export function formatMismatch(m: Mismatch): string {
  return `${m.index} ${m.call}\n      native:  ${m.native}\n      sysgate: ${m.sysgate}${m.known ? `   [known: ${m.known}]` : '   [NEW]'}`;
}
