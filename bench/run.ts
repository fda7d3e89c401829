// `npm run bench`: guest MIPS on a CPU-bound fixture and ns per system-call round trip,
// beside the native run and qemu-user (when installed) measured in the same run, as
// ratios. Start-up costs are removed by timing two workload sizes and taking the
// difference.

import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { Machine } from '../src/api/machine.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (n: string) => join(REPO, 'guest', 'bin', n);

interface Sample {
  seconds: number;
  instructions: number;
}

function sysgate(name: string, args: string[]): Sample {
  const m = new Machine({ seed: 1 });
  m.load(readFileSync(bin(name)), [name, ...args], {});
  const t0 = process.hrtime.bigint();
  const r = m.run();
  const t1 = process.hrtime.bigint();
  if (r.code !== 0 || r.signal) throw new Error(`${name} failed under sysgate: ${r.diagnostic ?? r.code}`);
  return { seconds: Number(t1 - t0) / 1e9, instructions: r.instructions };
}

function external(cmd: string[], name: string, args: string[]): number | null {
  const full = [...cmd, bin(name), ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { stdio: ['ignore', 'ignore', 'ignore'] });
  const t1 = process.hrtime.bigint();
  if (r.error || r.status !== 0) return null;
  return Number(t1 - t0) / 1e9;
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Best of n runs of f (less noise from the machine's other work). */
function best<T>(n: number, f: () => T, key: (t: T) => number): T {
  let b: T | null = null;
  for (let i = 0; i < n; i++) {
    const v = f();
    if (b === null || key(v) < key(b)) b = v;
  }
  return b as T;
}

function fmt(n: number, d = 1): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
}

function ratio(r: number): string {
  if (!Number.isFinite(r)) return 'n/a';
  return r >= 1 ? fmt(r, r < 10 ? 1 : 0) + '× slower' : fmt(1 / r, 1) + '× faster';
}

const qemu64 = which('qemu-x86_64') ? ['qemu-x86_64'] : null;
const REPS = Number(process.env.BENCH_REPS ?? 3);

// ---- CPU-bound: bench_cpu with two sizes ----
const small = '200000';
const large = '5000000';
const sgS = best(REPS, () => sysgate('bench_cpu', [small]), (s) => s.seconds);
const sgL = best(REPS, () => sysgate('bench_cpu', [large]), (s) => s.seconds);
const insns = sgL.instructions - sgS.instructions;
const sgSec = sgL.seconds - sgS.seconds;
const sgMips = insns / sgSec / 1e6;
const natS = best(REPS, () => external([], 'bench_cpu', [small]) ?? NaN, (x) => x);
const natL = best(REPS, () => external([], 'bench_cpu', [large]) ?? NaN, (x) => x);
const natSec = natL - natS;
let qSec = NaN;
if (qemu64) {
  const qS = best(REPS, () => external(qemu64, 'bench_cpu', [small]) ?? NaN, (x) => x);
  const qL = best(REPS, () => external(qemu64, 'bench_cpu', [large]) ?? NaN, (x) => x);
  qSec = qL - qS;
}

// ---- getpid round trips ----
const nS = 2000;
const nL = 20000;
const gS = best(REPS, () => sysgate('bench_getpid', [String(nS)]), (s) => s.seconds);
const gL = best(REPS, () => sysgate('bench_getpid', [String(nL)]), (s) => s.seconds);
const sgNs = ((gL.seconds - gS.seconds) / (nL - nS)) * 1e9;
const sgInsnsPerCall = (gL.instructions - gS.instructions) / (nL - nS);
const nN = 200000;
const nN2 = 2000000;
const natG1 = best(REPS, () => external([], 'bench_getpid', [String(nN)]) ?? NaN, (x) => x);
const natG2 = best(REPS, () => external([], 'bench_getpid', [String(nN2)]) ?? NaN, (x) => x);
const natNs = ((natG2 - natG1) / (nN2 - nN)) * 1e9;
let qNs = NaN;
if (qemu64) {
  const q1 = best(REPS, () => external(qemu64, 'bench_getpid', [String(nN)]) ?? NaN, (x) => x);
  const q2 = best(REPS, () => external(qemu64, 'bench_getpid', [String(nN2)]) ?? NaN, (x) => x);
  qNs = ((q2 - q1) / (nN2 - nN)) * 1e9;
}

// ---- i386 entry paths: getpid through int $0x80 and through __kernel_vsyscall ----
const qemu32 = which('qemu-i386') ? ['qemu-i386'] : null;
function perCall(run: (n: number) => number, n1: number, n2: number): number {
  const a = best(REPS, () => run(n1), (x) => x);
  const b = best(REPS, () => run(n2), (x) => x);
  return ((b - a) / (n2 - n1)) * 1e9;
}
const entry32: Array<{ label: string; path: string; sg: number; nat: number; q: number }> = [];
for (const [label, path] of [
  ['getpid via int $0x80 (i386), ns', 'getpid-int80'],
  ['getpid via __kernel_vsyscall (i386, sysenter), ns', 'getpid-vsyscall'],
] as const) {
  const sg = perCall((n) => sysgate('bench_entry32', [path, String(n)]).seconds, 2000, 20000);
  const nat = perCall((n) => external([], 'bench_entry32', [path, String(n)]) ?? NaN, 200000, 2000000);
  const q = qemu32 ? perCall((n) => external(qemu32, 'bench_entry32', [path, String(n)]) ?? NaN, 20000, 200000) : NaN;
  entry32.push({ label, path, sg, nat, q });
}

const rows: string[][] = [
  ['measure', 'sysgate', 'native', 'qemu-x86_64', 'sysgate / native', 'sysgate / qemu'],
  [
    'bench_cpu: seconds for ' + fmt(insns / 1e6, 0) + 'M guest instructions',
    fmt(sgSec, 3),
    fmt(natSec, 3),
    qemu64 ? fmt(qSec, 3) : 'n/a',
    fmt(sgSec / natSec, 0) + '× slower',
    qemu64 ? fmt(sgSec / qSec, 0) + '× slower' : 'n/a',
  ],
  ['guest MIPS (same instruction stream)', fmt(sgMips), fmt(insns / natSec / 1e6, 0), qemu64 ? fmt(insns / qSec / 1e6, 0) : 'n/a', '', ''],
  [
    `getpid round trip, ns (sysgate: ${fmt(sgInsnsPerCall, 0)} instructions incl. the entry path)`,
    fmt(sgNs, 0),
    fmt(natNs, 0),
    qemu64 ? fmt(qNs, 0) : 'n/a',
    fmt(sgNs / natNs, 0) + '× slower',
    qemu64 ? fmt(sgNs / qNs, 0) + '× slower' : 'n/a',
  ],
  ...entry32.map((e) => [
    e.label,
    fmt(e.sg, 0),
    fmt(e.nat, 0),
    fmt(e.q, 0) + ' (qemu-i386)',
    ratio(e.sg / e.nat),
    ratio(e.sg / e.q),
  ]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log('| ' + r.map((x, c) => x.padEnd(widths[c])).join(' | ') + ' |');
if (!qemu64) console.log('(qemu-x86_64 not installed: apt-get install qemu-user to compare)');
void existsSync;
