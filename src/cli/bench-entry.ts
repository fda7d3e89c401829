// `sysgate bench entry`: what each way of asking the kernel for something costs —
// syscall, int $0x80 (from a 64-bit and from a 32-bit program), sysenter (through
// __kernel_vsyscall), the vDSO, the legacy vsyscall page — for getpid and
// clock_gettime (and gettimeofday, the one call all three time paths offer).
//
// For each path it runs guest/bin/bench_entry64 or bench_entry32 (guest/src/) with
// N calls and with the empty loop, and reports per call:
//   emulator   instructions retired (user / kernel), the transition instructions
//              among them, native calls, exceptions (src/trace/cost.ts CostMeter),
//              and the host time the emulator took;
//   model      the cycle model of src/trace/cost.ts applied to those counts;
//   native     the same program run natively on this machine: ns and TSC cycles.
// then the saving of the vDSO over the system call by each measure. With
// --calibrate the model is also fitted to the native numbers (cost.ts calibrate).
//
// Wiring (src/cli/main.ts): addBenchEntry(program).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { Machine } from '../api/machine.js';
import { vsyscall32Entry } from '../kernel/vdso.js';
import {
  CostMeter, DEFAULT_COSTS, TRANSITIONS, calibrate, copyCosts, modelCycles, perCall,
  type CostTable, type NativeSample, type PathCounts,
} from '../trace/cost.js';
import type { Vendor } from '../cpu/cpu.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface EntryCase {
  /** What is asked for. */
  call: 'getpid' | 'clock_gettime' | 'gettimeofday';
  /** How, as printed. */
  label: string;
  program: 'bench_entry64' | 'bench_entry32';
  /** The program's PATH argument. */
  path: string;
  /** Name for calibration and JSON (e.g. getpid-syscall). */
  key: string;
  /** Native iterations (int $0x80 can be slow under virtualization). */
  nativeCalls: number;
}

export const ENTRY_CASES: EntryCase[] = [
  { call: 'getpid', label: 'syscall (64-bit)', program: 'bench_entry64', path: 'getpid-syscall', key: 'getpid-syscall', nativeCalls: 200_000 },
  { call: 'getpid', label: 'int $0x80 (64-bit program, compat)', program: 'bench_entry64', path: 'getpid-int80', key: 'getpid-int80', nativeCalls: 20_000 },
  { call: 'getpid', label: 'int $0x80 (32-bit program)', program: 'bench_entry32', path: 'getpid-int80', key: 'getpid-int80-32', nativeCalls: 20_000 },
  { call: 'getpid', label: '__kernel_vsyscall (32-bit)', program: 'bench_entry32', path: 'getpid-vsyscall', key: 'getpid-vsyscall32', nativeCalls: 200_000 },
  { call: 'clock_gettime', label: 'syscall (64-bit)', program: 'bench_entry64', path: 'clock_gettime-syscall', key: 'clock_gettime-syscall', nativeCalls: 200_000 },
  { call: 'clock_gettime', label: 'vDSO (64-bit)', program: 'bench_entry64', path: 'clock_gettime-vdso', key: 'clock_gettime-vdso', nativeCalls: 2_000_000 },
  { call: 'clock_gettime', label: 'int $0x80 (32-bit program)', program: 'bench_entry32', path: 'clock_gettime-int80', key: 'clock_gettime-int80-32', nativeCalls: 20_000 },
  { call: 'clock_gettime', label: 'vDSO (32-bit)', program: 'bench_entry32', path: 'clock_gettime-vdso', key: 'clock_gettime-vdso32', nativeCalls: 2_000_000 },
  { call: 'gettimeofday', label: 'vDSO (64-bit)', program: 'bench_entry64', path: 'gettimeofday-vdso', key: 'gettimeofday-vdso', nativeCalls: 2_000_000 },
  { call: 'gettimeofday', label: 'vsyscall page (64-bit, emulated)', program: 'bench_entry64', path: 'gettimeofday-vsyscall', key: 'gettimeofday-vsyscall', nativeCalls: 100_000 },
];

export interface EntryResult {
  case: EntryCase;
  /** Per call, from the emulator; null if the program failed there. */
  counts: PathCounts | null;
  /** Host nanoseconds the emulator spent per call. */
  emulatorNs: number | null;
  /** Native ns and TSC cycles per call; null if it could not run here. */
  nativeNs: number | null;
  nativeCycles: number | null;
  error: string | null;
}

export interface BenchEntryOptions {
  vendor?: Vendor;
  /** Calls per emulator run with the meter on (counts are exact, so few are needed). */
  countCalls?: number;
  /** Calls per emulator timing run. */
  timeCalls?: number;
  native?: boolean;
  /** Only these case keys. */
  only?: string[];
  log?: (s: string) => void;
}

function binPath(name: string): string {
  return join(REPO, 'guest', 'bin', name);
}

interface GuestRun {
  counts: PathCounts | null;
  seconds: number;
  entry32: string;
}

function runGuest(program: string, path: string, calls: number, vendor: Vendor, meter: boolean): GuestRun {
  const m = new Machine({ seed: 1, vendor });
  m.load(readFileSync(binPath(program)), [program, path, String(calls)], {});
  const cm = meter ? new CostMeter(m.kernel) : null;
  if (cm) cm.recording = true;
  const t0 = process.hrtime.bigint();
  const r = m.run({ instructionLimit: 2_000_000_000 });
  const t1 = process.hrtime.bigint();
  cm?.detach();
  if (r.signal || r.code !== 0) throw new Error(`${program} ${path} failed under sysgate: ${r.diagnostic ?? `exit ${r.code}`}`);
  return { counts: cm ? cm.counts : null, seconds: Number(t1 - t0) / 1e9, entry32: vsyscall32Entry(m.kernel) };
}

function runNative(program: string, path: string, calls: number): { ns: number; cycles: number } | null {
  const r = spawnSync(binPath(program), [path, String(calls)], { encoding: 'utf8', timeout: 300_000 });
  if (r.error || r.status !== 0) return null;
  const f = r.stdout.trim().split(/\s+/);
  if (f.length < 4) return null;
  return { ns: Number(f[2]), cycles: Number(f[3]) };
}

/** Measures every case (see the top of this file). */
export function measureEntryPaths(opts: BenchEntryOptions = {}): EntryResult[] {
  const vendor = opts.vendor ?? 'intel';
  const countCalls = opts.countCalls ?? 500;
  const timeCalls = opts.timeCalls ?? 20_000;
  const log = opts.log ?? (() => {});
  const out: EntryResult[] = [];
  const baseline = new Map<string, { counts: PathCounts; seconds: number; native: { ns: number; cycles: number } | null }>();
  const base = (program: string, nativeCalls: number) => {
    const key = `${program}/${nativeCalls}`;
    let b = baseline.get(key);
    if (!b) {
      const c = runGuest(program, 'none', countCalls, vendor, true).counts;
      if (!c) throw new Error('no counts');
      runGuest(program, 'none', timeCalls, vendor, false); // warm-up
      const s = runGuest(program, 'none', timeCalls, vendor, false).seconds;
      const native = opts.native === false ? null : runNative(program, 'none', nativeCalls);
      b = { counts: c, seconds: s, native };
      baseline.set(key, b);
    }
    return b;
  };
  for (const c of ENTRY_CASES) {
    if (opts.only && !opts.only.includes(c.key)) continue;
    if (!existsSync(binPath(c.program))) {
      out.push({ case: c, counts: null, emulatorNs: null, nativeNs: null, nativeCycles: null, error: `${c.program} is not built (sh guest/vdso/build.sh)` });
      continue;
    }
    log(`measuring ${c.call} via ${c.label} ...`);
    const b = base(c.program, c.nativeCalls);
    let counts: PathCounts | null = null;
    let emulatorNs: number | null = null;
    let error: string | null = null;
    try {
      const r = runGuest(c.program, c.path, countCalls, vendor, true);
      counts = perCall(r.counts!, b.counts, countCalls);
      runGuest(c.program, c.path, timeCalls, vendor, false); // warm-up
      const t = runGuest(c.program, c.path, timeCalls, vendor, false);
      emulatorNs = Math.max(0, ((t.seconds - b.seconds) * 1e9) / timeCalls);
    } catch (e) {
      error = (e as Error).message;
    }
    let nativeNs: number | null = null;
    let nativeCycles: number | null = null;
    if (opts.native !== false) {
      const n = runNative(c.program, c.path, c.nativeCalls);
      if (n && b.native) {
        nativeNs = Math.max(0, (n.ns - b.native.ns) / c.nativeCalls);
        nativeCycles = Math.max(0, (n.cycles - b.native.cycles) / c.nativeCalls);
      }
    }
    out.push({ case: c, counts, emulatorNs, nativeNs, nativeCycles, error });
  }
  return out;
}

/** The host CPU's vendor, from /proc/cpuinfo (null if unknown). */
export function hostVendor(): Vendor | null {
  try {
    const m = /vendor_id\s*:\s*(\S+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (!m) return null;
    return m[1] === 'AuthenticAMD' ? 'amd' : m[1] === 'GenuineIntel' ? 'intel' : null;
  } catch {
    return null;
  }
}

/**
 * The native samples calibrate() understands, from the results. The 32-bit
 * __kernel_vsyscall sample calibrates sysenter only when both the emulator and this
 * host used SYSENTER (an AMD host's vDSO uses SYSCALL).
 */
export function nativeSamples(results: EntryResult[], vendorEntry32: string, host: Vendor | null = hostVendor()): NativeSample[] {
  const out: NativeSample[] = [];
  for (const r of results) {
    if (!r.counts || r.nativeCycles === null) continue;
    let path = r.case.key;
    if (path === 'getpid-vsyscall32' && vendorEntry32 === 'sysenter' && host === 'intel') path = 'getpid-sysenter';
    out.push({ path, counts: r.counts, nativeCycles: r.nativeCycles });
  }
  return out;
}

function fmt(v: number | null, digits = 0): string {
  if (v === null || !Number.isFinite(v)) return '-';
  return v.toFixed(digits);
}

function transitionsText(c: PathCounts): string {
  const parts: string[] = [];
  for (const t of TRANSITIONS) {
    const n = c.transitions[t];
    if (n > 0.001) parts.push(Math.abs(n - Math.round(n)) < 0.01 ? (Math.round(n) === 1 ? t : `${Math.round(n)}×${t}`) : `${n.toFixed(2)}×${t}`);
  }
  if (c.natives > 0.001) parts.push(Math.round(c.natives) === 1 ? 'native' : `${c.natives.toFixed(0)}×native`);
  return parts.join(' ') || '(none)';
}

function saving(a: number | null, b: number | null): string {
  if (a === null || b === null || b <= 0) return '-';
  return `${(100 * (1 - a / b)).toFixed(0)}%`;
}

/** The report `sysgate bench entry` prints. */
export function formatEntryReport(results: EntryResult[], opts: { vendor: Vendor; entry32: string; costs: Readonly<CostTable>; calibrated: CostTable | null }): string {
  const lines: string[] = [];
  const L = (s = '') => lines.push(s);
  L(`sysgate bench entry — per call; emulated CPU: ${opts.vendor} (its __kernel_vsyscall uses ${opts.entry32}); this machine: ${hostVendor() ?? 'unknown'}`);
  L();
  const head = ['call', 'path', 'insns', 'user', 'kernel', 'transitions', 'model cyc', ...(opts.calibrated ? ['calib cyc'] : []), 'emu ns', 'native ns', 'native cyc'];
  const rows: string[][] = [];
  for (const r of results) {
    const c = r.counts;
    rows.push([
      r.case.call,
      r.case.label,
      c ? fmt(c.instructions) : '-',
      c ? fmt(c.user) : '-',
      c ? fmt(c.kernel) : '-',
      c ? transitionsText(c) : r.error ? `(${r.error.slice(0, 60)})` : '-',
      c ? fmt(modelCycles(c, opts.costs).cycles) : '-',
      ...(opts.calibrated ? [c ? fmt(modelCycles(c, opts.calibrated).cycles) : '-'] : []),
      fmt(r.emulatorNs),
      fmt(r.nativeNs, 1),
      fmt(r.nativeCycles),
    ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((s, i) => (i < 2 || i === 5 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join('  ');
  L(line(head));
  for (const row of rows) L(line(row));
  L();
  // the vDSO's saving over the system call
  const get = (key: string) => results.find((r) => r.case.key === key);
  const pairs: Array<[string, string, string]> = [
    ['clock_gettime (64-bit)', 'clock_gettime-vdso', 'clock_gettime-syscall'],
    ['clock_gettime (32-bit)', 'clock_gettime-vdso32', 'clock_gettime-int80-32'],
    ['gettimeofday: vDSO vs vsyscall page', 'gettimeofday-vdso', 'gettimeofday-vsyscall'],
  ];
  L('Saving of the vDSO over the kernel entry (1 − vDSO/other):');
  for (const [what, v, s] of pairs) {
    const a = get(v);
    const b = get(s);
    if (!a || !b) continue;
    const m = (x: typeof a, t: Readonly<CostTable>) => (x.counts ? modelCycles(x.counts, t).cycles : null);
    L(`  ${what.padEnd(36)} model ${saving(m(a, opts.costs), m(b, opts.costs)).padStart(4)}` +
      (opts.calibrated ? `   calibrated ${saving(m(a, opts.calibrated), m(b, opts.calibrated)).padStart(4)}` : '') +
      `   emulator instructions ${saving(a.counts?.instructions ?? null, b.counts?.instructions ?? null).padStart(4)}` +
      `   emulator time ${saving(a.emulatorNs, b.emulatorNs).padStart(4)}` +
      `   native ${saving(a.nativeCycles, b.nativeCycles).padStart(4)}`);
  }
  L('  (lectures often quote ~75% fewer cycles for a vDSO clock_gettime than the system call)');
  L();
  L('Cycle model (src/trace/cost.ts): plain instructions × insn + transitions + native calls + entries × entryOverhead');
  const table = opts.calibrated ?? opts.costs;
  for (const [item, e] of Object.entries(table)) {
    const def = opts.costs[item as keyof CostTable];
    L(`  ${item.padEnd(14)} ${e.cycles.toFixed(1).padStart(7)} cycles${opts.calibrated ? ` (default ${def.cycles})` : ''}  — ${e.source}`);
  }
  L();
  L('insns/user/kernel: instructions retired per call in the emulator (loop subtracted); the kernel\'s C half');
  L('(do_syscall_64 and the service routine) runs as one native TypeScript call, counted as "native".');
  L('emu ns: host time the emulator spends per call (JIT-warm, loop subtracted; noisy on a loaded host).');
  L('native: this machine, ns and TSC cycles per call (loop subtracted).');
  return lines.join('\n') + '\n';
}

/** Adds `bench entry` to the program (creating `bench` if it is not there). */
export function addBenchEntry(program: Command): void {
  let bench = program.commands.find((c) => c.name() === 'bench');
  if (!bench) bench = program.command('bench').description('measurements of sysgate against this machine');
  bench
    .command('entry')
    .description('cost of each system-call path (syscall, int $0x80, sysenter, vDSO, vsyscall) for getpid and clock_gettime, in the emulator, in the cycle model and natively')
    .addOption(new Option('--vendor <vendor>', 'CPU vendor model for the emulator').choices(['intel', 'amd']).default('intel'))
    .option('--calibrate', 'also fit the cycle model to the native measurements')
    .option('--no-native', 'skip the native runs')
    .option('--calls <n>', 'calls per emulator timing run', '20000')
    .option('--json', 'print the results as JSON')
    .action((o: { vendor: Vendor; calibrate?: boolean; native: boolean; calls: string; json?: boolean }) => {
      const results = measureEntryPaths({ vendor: o.vendor, native: o.native, timeCalls: Number(o.calls), log: (s) => process.stderr.write(s + '\n') });
      const m = new Machine({ seed: 1, vendor: o.vendor });
      m.load(readFileSync(binPath('bench_entry32')), ['bench_entry32', 'none', '0'], {});
      const entry32 = vsyscall32Entry(m.kernel);
      const costs = copyCosts(DEFAULT_COSTS);
      const calibrated = o.calibrate ? calibrate(costs, nativeSamples(results, entry32)) : null;
      if (o.json) {
        process.stdout.write(JSON.stringify({ vendor: o.vendor, entry32, costs, calibrated, results: results.map((r) => ({ ...r, model: r.counts ? modelCycles(r.counts, costs).cycles : null })) }, null, 2) + '\n');
        return;
      }
      process.stdout.write(formatEntryReport(results, { vendor: o.vendor, entry32, costs, calibrated }));
    });
}
