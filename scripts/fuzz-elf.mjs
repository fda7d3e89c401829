#!/usr/bin/env node
// The ELF fuzzer, on a time budget (CI runs it from .ci/run).
//
//   node scripts/fuzz-elf.mjs --seconds S [--seed N] [--cli-every K] [--save DIR]
//   node scripts/fuzz-elf.mjs --case I [--seed N] [--save DIR]     (reproduce one case)
//
// Mutates the committed fixtures (test/fuzz/elf-mutate.ts: header and program-header
// fields, huge sizes, truncation, overlaps, placement, PT_INTERP, PT_GNU_STACK, byte
// flips), runs each mutant
//   - under sysgate with the Machine API, in a worker thread (ApiSandbox: instruction
//     limit, a hang watchdog, a host-RSS bound),
//   - natively, through guest/tools/exec-referee.c (built here with gcc; unprivileged,
//     ptrace tells "refused" from "killed during exec" from "ran"),
//   - every K-th one also through `sysgate run` (a subprocess with a timeout and an RSS cap),
// plus the non-files (a directory, /dev/zero, a FIFO, an empty file, no execute
// permission, /proc/self/exe, ...) through the CLI. It prints the counts and every
// disagreement with Linux on whether the file is loaded, and exits 1 on a host
// exception, a garbled error, a kernel oops, a hang or a memory blow-up.
// Needs `npm run build` first (it imports the compiled harness from dist/).

import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(REPO, 'dist', 'test', 'fuzz');
if (!existsSync(join(DIST, 'elf-sandbox.js'))) {
  console.error('fuzz-elf: dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { loadSeeds, mutant } = await import(join(DIST, 'elf-mutate.js'));
const { ApiSandbox, runCliCase, runNative, makeNonFiles, buildReferee, MiB } = await import(join(DIST, 'elf-sandbox.js'));
const { isFailure, compare, signature, FAILURE_KINDS } = await import(join(DIST, 'elf-outcome.js'));

// ---- options ----
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const seconds = Number(opt('--seconds', '60'));
const seed = Number(opt('--seed', String(Date.now() % 1e9)));
const onlyCase = opt('--case', null);
const cliEvery = Number(opt('--cli-every', '16'));
const saveDir = opt('--save', null);
const NATIVE_TIMEOUT_MS = 2000;
const LIMITS = { timeoutMs: 5000, rssBound: 256 * MiB, instructionLimit: 2_000_000 };
const CLI_TIMEOUT_MS = 15000;

const work = mkdtempSync(join(tmpdir(), 'sysgate-fuzz-elf-'));
chmodSync(work, 0o755); // the referee runs the mutants as nobody
const cli = join(REPO, 'dist', 'src', 'cli', 'main.js');
/** This machine's vm.mmap_min_addr (sysgate models Linux's default, 64 KiB). */
const hostMinAddr = (() => {
  try {
    return Number(readFileSync('/proc/sys/vm/mmap_min_addr', 'utf8'));
  } catch {
    return 0x10000;
  }
})();

const built = await buildReferee(REPO, work);
if ('why' in built) console.log(`native comparison skipped: ${built.why}`);
const referee = 'path' in built ? built.path : null;

// ---- results ----
const counts = { cases: 0, api: {}, cli: {}, native: {}, cliCases: 0 };
const failures = new Map(); // signature → examples
const mismatches = new Map();
let maxGuest = 0;
let maxRssOk = 0;
let maxCliRss = 0;
const bump = (o, k) => (o[k] = (o[k] ?? 0) + 1);
const note = (map, key, example) => {
  if (!map.has(key)) map.set(key, []);
  map.get(key).push(example);
};

const differ = new Map(); // both ran, different exit status or signal
const nonFiles = [];

/** "exit 0" / "signal 11" from either side, for the ran-differently comparison. */
const endState = (s) => /^(exit|signal) \d+/.exec(s)?.[0] ?? null;

function record(label, how, out, nat, file) {
  bump(how === 'api' ? counts.api : counts.cli, out.kind);
  if (nat && out.kind !== 'limit' && nat.verdict !== 'timeout' && endState(out.detail) && endState(nat.verdict) && endState(out.detail) !== endState(nat.verdict)) {
    note(differ, `sysgate ${endState(out.detail)} / Linux ${endState(nat.verdict)}`, { label, how, detail: out.detail });
  }
  if (isFailure(out)) {
    note(failures, `${how} ${out.kind}: ${signature(out.detail)}`, { label, detail: out.detail, native: nat?.verdict });
    save(file, label);
  }
  const c = compare(out, nat, hostMinAddr);
  if (c !== 'agree' && c !== 'n/a') {
    note(mismatches, `${c}: ${signature(out.detail)} / Linux: ${nat.verdict}`, { label, how });
    save(file, label);
  }
}

function save(file, label) {
  if (saveDir === null || file === null) return;
  mkdirSync(saveDir, { recursive: true });
  writeFileSync(join(saveDir, label.replace(/[^\w.-]+/g, '_').slice(0, 120)), file);
}

async function runMutant(sb, seeds, i) {
  const m = mutant(seeds, seed, i);
  const label = `#${i} ${m.seed} ${m.family}: ${m.desc}`;
  const path = join(work, `m${i % 64}`);
  writeFileSync(path, m.bytes, { mode: 0o755 });
  chmodSync(path, 0o755);
  const withCli = onlyCase !== null || (cliEvery > 0 && i % cliEvery === 0);
  const [api, nat, viaCli] = await Promise.all([
    sb.run(m.bytes),
    referee ? runNative(referee, path, NATIVE_TIMEOUT_MS) : null,
    withCli ? runCliCase(cli, path, { ...LIMITS, timeoutMs: CLI_TIMEOUT_MS, rssCap: cliBaseline + LIMITS.rssBound }) : null,
  ]);
  counts.cases++;
  if (nat) bump(counts.native, nat.verdict.split(' ')[0]);
  record(label, 'api', api, nat, m.bytes);
  if (!isFailure(api)) {
    maxGuest = Math.max(maxGuest, api.guestBytes ?? 0);
    maxRssOk = Math.max(maxRssOk, api.rssDelta ?? 0);
  }
  if (viaCli) {
    counts.cliCases++;
    if (!isFailure(viaCli)) maxCliRss = Math.max(maxCliRss, viaCli.peakRss);
    record(label, 'cli', viaCli, nat, m.bytes);
  }
  if (onlyCase !== null) console.log({ label, api, native: nat, cli: viaCli });
}

// ---- run ----
const seeds = loadSeeds(REPO);
// the CLI's own footprint on an unmutated fixture: the RSS cap is this plus the bound
const warm = await runCliCase(cli, join(REPO, 'guest', 'bin', 'hello_c'), { ...LIMITS, timeoutMs: CLI_TIMEOUT_MS, rssCap: Infinity });
const cliBaseline = warm.peakRss;
const sb = new ApiSandbox(LIMITS);
const t0 = Date.now();
try {
  if (onlyCase !== null) {
    await runMutant(sb, seeds, Number(onlyCase));
  } else {
    for (const nf of makeNonFiles(work, seeds[0].bytes)) {
      const [nat, out] = await Promise.all([
        referee ? runNative(referee, nf.path, NATIVE_TIMEOUT_MS) : null,
        runCliCase(cli, nf.path, { ...LIMITS, timeoutMs: CLI_TIMEOUT_MS, rssCap: cliBaseline + LIMITS.rssBound }),
      ]);
      counts.cases++;
      counts.cliCases++;
      if (nat) bump(counts.native, nat.verdict.split(' ')[0]);
      record(`non-file ${nf.name}: ${nf.desc}`, 'cli', out, nat, null);
      nonFiles.push(`${nf.name.padEnd(15)} Linux: ${(nat?.verdict ?? '?').padEnd(16)} sysgate run: ${out.kind} (${out.detail.split('\n')[0].slice(0, 100)})`);
    }
    for (let i = 0; Date.now() - t0 < seconds * 1000; i++) await runMutant(sb, seeds, i);
  }
} finally {
  await sb.close();
  rmSync(work, { recursive: true, force: true });
}

// ---- report ----
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
const k = (o, key) => o[key] ?? 0;
const nFail = FAILURE_KINDS.reduce((a, f) => a + k(counts.api, f) + k(counts.cli, f), 0);
const isReal = (key) => key.startsWith('linux-');
const nMismatch = [...mismatches].filter(([key]) => isReal(key)).reduce((a, [, e]) => a + e.length, 0);
const nExpected = [...mismatches].filter(([key]) => !isReal(key)).reduce((a, [, e]) => a + e.length, 0);
console.log(`fuzz-elf: seed ${seed}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`cases run:          ${counts.cases} (Machine API: ${sum(counts.api)}, sysgate run: ${counts.cliCases})`);
for (const [how, c] of [['API', counts.api], ['CLI', counts.cli]]) {
  console.log(`  ${how}: clean errors ${k(c, 'load-error')}, ran-ok ${k(c, 'exit') + k(c, 'limit')} (instruction limit ${k(c, 'limit')}), guest signals ${k(c, 'signal')}`);
}
console.log(`native (Linux):     ${referee ? Object.entries(counts.native).map(([a, b]) => `${a} ${b}`).join(', ') : 'skipped'}`);
console.log(`native mismatches:  ${nMismatch}${hostMinAddr < 0x10000 ? ` (this host's vm.mmap_min_addr is ${hostMinAddr}; sysgate models Linux's default 65536)` : ''}`);
for (const real of [true, false]) {
  if (!real) console.log(`expected differences: ${nExpected} (by design: static programs only; host configuration)`);
  for (const [key, ex] of [...mismatches].filter(([k]) => isReal(k) === real)) {
    console.log(`  ${ex.length} × ${key}`);
    for (const e of ex.slice(0, 3)) console.log(`      [${e.how}] ${e.label}`);
  }
}
console.log(`ran differently:    ${[...differ.values()].reduce((a, e) => a + e.length, 0)} (both ran; exit status or signal differ)`);
for (const [key, ex] of differ) {
  console.log(`  ${ex.length} × ${key}`);
  for (const e of ex.slice(0, 3)) console.log(`      [${e.how}] ${e.label} — ${e.detail.slice(0, 120)}`);
}
if (nonFiles.length > 0) console.log(`non-files through the CLI:\n  ${nonFiles.join('\n  ')}`);
const FAILURE_LABELS = { 'host-exception': 'host exceptions', 'bad-error': 'garbled errors', oops: 'kernel oopses', hang: 'hangs', memory: 'memory blow-ups' };
for (const f of FAILURE_KINDS) console.log(`${(FAILURE_LABELS[f] + ':').padEnd(20)}${k(counts.api, f) + k(counts.cli, f)}`);
for (const [key, ex] of failures) {
  console.log(`  ${ex.length} × ${key}`);
  for (const e of ex.slice(0, 3)) console.log(`      ${e.label} (Linux: ${e.native ?? '?'})`);
  console.log(`      ${ex[0].detail.split('\n').slice(0, 8).join('\n      ')}`);
}
console.log(`host memory:        max RSS growth ${(maxRssOk / MiB).toFixed(1)} MiB (API, passing cases), max guest memory ${(maxGuest / MiB).toFixed(1)} MiB, CLI peak RSS ${(maxCliRss / MiB).toFixed(0)} MiB (passing cases; baseline ${(cliBaseline / MiB).toFixed(0)} MiB); bound ${LIMITS.rssBound / MiB} MiB over baseline`);
process.exitCode = nFail > 0 ? 1 : 0;
