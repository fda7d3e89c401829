#!/usr/bin/env node
// scripts/fuzz-syscalls.mjs — the system-call fuzzer (issue 7): runs guest/bin/sysfuzz
// (x86-64) and guest/bin/sysfuzz32 (i386) with one seed after another, each natively
// and under sysgate, and compares the results call by call.
//
//   node scripts/fuzz-syscalls.mjs [--seconds S] [--seeds K] [--start SEED] [--count N]
//                                  [--abi x64|ia32|both] [--timeout MS] [--limit N]
//                                  [--show N] [--show-known]
//   node scripts/fuzz-syscalls.mjs --record     re-record test/expected/sysfuzz/ (the
//                                               seeds of test/fuzz/sysfuzz-seeds.json, and
//                                               the binaries' sha256 in binaries.json)
//   node scripts/fuzz-syscalls.mjs --check      run those seeds natively, compare with
//                                               the recordings, write nothing
//
// Needs `npm run build` first (sysgate runs from dist/) and an x86-64 Linux host.
//
// Each run: the native program under `setarch -R` (no address-space randomisation:
// with it the heap may start anywhere in the first GiB, which a brk call can see),
// and `node dist/src/cli/main.js run --limit N` as a child process with a wall-clock
// timeout, so that a hang is reported, not suffered. Seeds start at --start (default:
// derived from the time, printed so that a run can be repeated) and go on until the
// --seconds budget (default 60) is spent, or K seeds have run (--seeds; the first seed
// always runs).
//
// Reported: runs, calls compared, mismatches (known ones — test/fuzz/sysfuzz-known.json,
// each with its reason and owner — and NEW ones, listed), host exceptions (a JavaScript
// exception escaping sysgate, an "internal error", a "kernel oops" or "CPU stopped", a
// triple fault: the emulated kernel itself failed), hangs (the wall-clock timeout or
// the instruction limit), guest deaths (killed, or exited, where the native run went on).
//
// Exit status 1 on any host exception, hang, NEW mismatch, or native run that did not
// finish (a fuzzer bug: the program must always finish natively). A guest death counts
// as a mismatch, known only when its call or the call just before it is a known
// difference. Known mismatches do not fail the run: they are listed with their counts,
// so that a fixed one can be taken off the list (an entry that matched nothing says so).
// Why known ones are allowed: each is a documented difference owned by someone (most are
// in the memory-management and exec code being rewritten, a few are deliberate: sysgate
// models Linux 6.1, the recording host runs a newer kernel); a NEW one always fails.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, FUZZ_BINS, compareRuns, formatMismatch, loadKnown } from '../dist/test/fuzz/sysfuzz-lib.js';

const CLI = join(REPO, 'dist/src/cli/main.js');
const SEEDS_FILE = join(REPO, 'test/fuzz/sysfuzz-seeds.json');
const EXPECTED = join(REPO, 'test/expected/sysfuzz');

function parseArgs(argv) {
  const o = { seconds: null, seeds: null, start: null, count: 300, abis: ['x64', 'ia32'], timeout: 60_000, limit: 2_000_000_000, record: false, check: false, show: 30, showKnown: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--seconds') o.seconds = Number(val());
    else if (a === '--start') o.start = Number(val());
    else if (a === '--seeds') o.seeds = Number(val());
    else if (a === '--count') o.count = Number(val());
    else if (a === '--abi') o.abis = val() === 'both' ? ['x64', 'ia32'] : [argv[i]];
    else if (a === '--timeout') o.timeout = Number(val());
    else if (a === '--limit') o.limit = Number(val());
    else if (a === '--show') o.show = Number(val());
    else if (a === '--record') o.record = true;
    else if (a === '--show-known') o.showKnown = true;
    else if (a === '--check') o.check = true;
    else if (a === '-h' || a === '--help') usage(null);
    else usage(`unknown option ${a}`);
  }
  for (const abi of o.abis) if (!(abi in FUZZ_BINS)) usage(`--abi: x64, ia32 or both`);
  if (o.seconds === null) o.seconds = o.seeds === null ? 60 : Infinity;
  if (o.seeds === null) o.seeds = Infinity;
  return o;
}

function usage(err) {
  const text = 'usage: node scripts/fuzz-syscalls.mjs [--seconds S] [--seeds K] [--start SEED] [--count N] [--abi x64|ia32|both] [--timeout MS] [--limit N] [--show N] [--show-known] | --record | --check';
  if (err) {
    console.error(`fuzz-syscalls: ${err}\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

const useSetarch = !spawnSync('setarch', ['x86_64', '-R', 'true'], { stdio: 'ignore' }).status;

function runNative(abi, seed, count) {
  const bin = FUZZ_BINS[abi];
  const [cmd, args] = useSetarch ? ['setarch', ['x86_64', '-R', bin, String(seed), String(count)]] : [bin, [String(seed), String(count)]];
  const r = spawnSync(cmd, args, { cwd: '/', encoding: 'latin1', timeout: 60_000, maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`native ${abi} seed ${seed}: ${r.error.message}`);
  if (r.status !== 0 || !r.stdout.endsWith('done\n')) throw new Error(`native ${abi} seed ${seed} did not finish (status ${r.status}, signal ${r.signal}): ${r.stdout.split('\n').slice(-3).join(' | ')} ${r.stderr}`);
  return r.stdout;
}

/** One sysgate run in a child process: its output and how it ended. */
function runSysgate(abi, seed, count, o) {
  const args = [CLI, 'run', '--limit', String(o.limit), '--seed', '1', FUZZ_BINS[abi], String(seed), String(count)];
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: '/', timeout: o.timeout, maxBuffer: 64 << 20 });
  const ms = Date.now() - t0;
  r.stdout = r.stdout?.toString('latin1') ?? '';
  const stderr = r.stderr?.toString('utf8') ?? '';
  if (r.error?.code === 'ETIMEDOUT' || (r.signal === 'SIGTERM' && ms >= o.timeout)) return { out: r.stdout ?? '', end: 'hang', why: `no end after ${o.timeout} ms (wall clock)` };
  if (/^\s+at .*(\.js|\.ts):\d+/m.test(stderr) || /internal error|kernel oops|CPU stopped/.test(stderr)) {
    const lines = stderr.split('\n');
    const first = lines.find((l) => /Error|internal error|kernel oops|CPU stopped/.test(l)) ?? lines[0];
    const stack = lines.filter((l) => /^\s+at /.test(l)).slice(0, 6).join('\n');
    return { out: r.stdout, end: 'exception', why: `host exception: ${first.trim()}`, stack };
  }
  if (r.status === 137 && /instruction limit/.test(stderr)) return { out: r.stdout, end: 'hang', why: `instruction limit (${o.limit}) reached` };
  if (r.status !== 0) return { out: r.stdout, end: 'died', why: `guest ended with status ${r.status}: ${stderr.trim().split('\n')[0] ?? ''}` };
  return { out: r.stdout, end: 'ok', why: 'stopped' };
}

/** The binaries' hashes, recorded with the outputs: a rebuilt binary makes them stale. */
function binHashes() {
  return Object.fromEntries(Object.entries(FUZZ_BINS).map(([abi, p]) => [abi, createHash('sha256').update(readFileSync(p)).digest('hex')]));
}

function recordOrCheck(o) {
  const seeds = JSON.parse(readFileSync(SEEDS_FILE, 'utf8'));
  mkdirSync(EXPECTED, { recursive: true });
  const manifest = join(EXPECTED, 'binaries.json');
  const hashes = JSON.stringify(binHashes(), null, 2) + '\n';
  let diffs = 0;
  if (o.check) {
    const same = existsSync(manifest) && readFileSync(manifest, 'utf8') === hashes;
    if (!same) diffs++;
    console.log(`${same ? 'same' : 'DIFF'}  ${manifest.slice(REPO.length + 1)}`);
  } else writeFileSync(manifest, hashes);
  for (const { abi, seed, count } of seeds) {
    const out = runNative(abi, seed, count);
    const file = join(EXPECTED, `${abi}-${seed}-${count}.txt`);
    if (o.check) {
      const same = existsSync(file) && readFileSync(file, 'latin1') === out;
      if (!same) diffs++;
      console.log(`${same ? 'same' : 'DIFF'}  ${file.slice(REPO.length + 1)}`);
    } else {
      writeFileSync(file, out, 'latin1');
      console.log(`recorded  ${file.slice(REPO.length + 1)}  (${out.split('\n').length - 2} calls)`);
    }
  }
  if (diffs) process.exit(1);
}

function fuzz(o) {
  const known = loadKnown();
  const start = o.start ?? (Date.now() % 1_000_000_000);
  const t0 = Date.now();
  const tot = { runs: 0, compared: 0, known: 0, fresh: 0, exceptions: 0, hangs: 0, deaths: 0, nativeFailures: 0 };
  const byKnown = new Map();
  const fresh = [];
  const knownList = [];
  const problems = [];
  let seed = start;
  for (; seed - start < o.seeds && (seed === start || Date.now() - t0 < o.seconds * 1000); seed++) {
    for (const abi of o.abis) {
      let native;
      try {
        native = runNative(abi, seed, o.count);
      } catch (e) {
        // the fuzzer itself misbehaved natively (it must always finish): a bug in the generator
        tot.nativeFailures++;
        problems.push(`[${abi} seed ${seed}] NATIVE RUN FAILED (a fuzzer bug): ${e.message}`);
        continue;
      }
      const s = runSysgate(abi, seed, o.count, o);
      const cmp = compareRuns(abi, native, s.out, known, s.why);
      tot.runs++;
      tot.compared += cmp.compared;
      if (s.end === 'exception') tot.exceptions++;
      if (s.end === 'hang') tot.hangs++;
      if (s.end === 'died' && cmp.stopped) tot.deaths++;
      if (s.end === 'exception' || s.end === 'hang') problems.push(`[${abi} seed ${seed}] ${s.why}${s.stack ? `\n${s.stack}` : ''}`);
      for (const m of cmp.mismatches) {
        if (m.known) {
          tot.known++;
          const id = m.known.replace(/ \(consequence\)$/, '');
          byKnown.set(id, (byKnown.get(id) ?? 0) + 1);
          knownList.push(`[${abi} seed ${seed}] ${formatMismatch(m)}`);
        } else {
          tot.fresh++;
          fresh.push(`[${abi} seed ${seed}] ${formatMismatch(m)}`);
        }
      }
    }
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`fuzz-syscalls: seeds ${start}..${seed - 1} (${o.abis.join(', ')}, ${o.count} calls each): ${tot.runs} runs, ${tot.compared} calls compared in ${secs} s`);
  console.log(`  mismatches: ${tot.known + tot.fresh} (known: ${tot.known}, NEW: ${tot.fresh}); host exceptions: ${tot.exceptions}; hangs: ${tot.hangs}; guest deaths: ${tot.deaths}${tot.nativeFailures ? `; NATIVE RUNS THAT FAILED: ${tot.nativeFailures}` : ''}`);
  if (problems.length) console.log(`\nhost exceptions, hangs and fuzzer failures:\n  ${problems.slice(0, o.show).join('\n  ')}`);
  if (fresh.length) console.log(`\nNEW mismatches (${Math.min(o.show, fresh.length)} of ${fresh.length}):\n  ${fresh.slice(0, o.show).join('\n  ')}`);
  if (o.showKnown && knownList.length) console.log(`\nknown mismatches (${Math.min(o.show, knownList.length)} of ${knownList.length}):\n  ${knownList.slice(0, o.show).join('\n  ')}`);
  console.log('\nknown differences (test/fuzz/sysfuzz-known.json):');
  for (const k of known) console.log(`  ${String(byKnown.get(k.id) ?? 0).padStart(6)}  ${k.id}${byKnown.get(k.id) ? '' : '   (matched nothing in this run)'}`);
  console.log(`\nrepeat with: node scripts/fuzz-syscalls.mjs --start ${start} --seeds ${seed - start} --count ${o.count} --abi ${o.abis.length > 1 ? 'both' : o.abis[0]}`);
  if (tot.exceptions || tot.hangs || tot.fresh || tot.nativeFailures) process.exit(1);
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(CLI)) {
  console.error('fuzz-syscalls: dist/ is missing: run `npm run build` first');
  process.exit(2);
}
if (opts.record || opts.check) recordOrCheck(opts);
else fuzz(opts);
