#!/usr/bin/env node
// scripts/record-native.mjs — record how the guest fixtures behave on the real
// Linux kernel, as the expected results for sysgate's end-to-end tests.
//
//   node scripts/record-native.mjs                 record every fixture
//   node scripts/record-native.mjs --only a,b      record some fixtures
//   node scripts/record-native.mjs --check         run again, compare with the
//                                                  recorded files, write nothing
//   node scripts/record-native.mjs --no-strace     skip the strace recordings
//
// No dependencies; Node >= 20 on x86-64 Linux.  Rebuild the binaries first
// with `sh guest/build.sh` if their sources changed.
//
// For each entry of guest/fixtures.json ({name, bin, args, env, stdin?,
// needsEmptyCwd}) the binary is run the way the test harness runs it in the
// emulator:
//   - cwd: a fresh, empty temporary directory (removed afterwards);
//   - argv: [bin exactly as written in the manifest, ...args]; the program
//     file is <repo>/<bin>;
//   - environment: exactly the manifest's env, nothing else;
//   - stdin: a pipe carrying the manifest's stdin string (UTF-8), or nothing
//     (immediate end of file) when there is none; stdout and stderr: pipes.
// and these files are written to test/expected/:
//   <name>.stdout, <name>.stderr   the raw bytes
//   <name>.status                  exit code, or 128+signal number, and "\n"
//   <name>.strace                  a separate run under
//                                  `strace -f -qq -o <file>`, normalised (below)
//
// The strace run is made under `setarch -R` (ADDR_NO_RANDOMIZE) when setarch
// exists, so addresses repeat from run to run on one machine; they still
// differ between machines and from the emulator's, so compare traces by
// syscall name, arguments other than addresses, and results.  strace cannot
// set argv[0], so the traced program gets argv[0] = its absolute path.  After
// the run the trace is normalised so that it does not depend on where the
// repository or the temporary directory are, or on the pid:
//   - "<repo>/" is removed (the path becomes the manifest's `bin` again);
//   - the temporary cwd's path is replaced by "$CWD";
//   - the leading "<pid> " column is dropped when only one process ran
//     (otherwise pids are renumbered 1, 2, ... in order of appearance);
//   - a result equal to a traced pid ("= 12345") becomes "= $PID"
//     (getpid, gettid, set_tid_address ...).
// stdout/stderr/status are never taken from the strace run.
//
// --check exits 1 if any stdout/stderr/status differs from the recorded
// files (the .strace files are compared too unless --no-strace).  Running
// the recorder twice and checking in between is how determinism is verified.

import { spawnSync } from 'node:child_process';
import { constants as osConstants, tmpdir } from 'node:os';
import {
  existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync,
  rmSync, writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(repo, 'guest', 'fixtures.json');
const outDir = join(repo, 'test', 'expected');

function parseArgs(argv) {
  const opts = { only: null, check: false, strace: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--no-strace') opts.strace = false;
    else if (a === '--only') opts.only = new Set(String(argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--only=')) opts.only = new Set(a.slice(7).split(',').filter(Boolean));
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/record-native.mjs [--only a,b] [--check] [--no-strace]');
      process.exit(0);
    } else {
      console.error(`record-native: unknown option ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function have(cmd) {
  const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
  return !r.error;
}

function freshDir() {
  // realpath: /tmp may be a symlink, and the program sees the real path
  return realpathSync(mkdtempSync(join(tmpdir(), 'sysgate-native-')));
}

function statusOf(r) {
  if (r.error) throw r.error;
  if (r.status !== null) return r.status;
  const signo = osConstants.signals[r.signal];
  return 128 + (signo ?? 0);
}

function runNative(fx) {
  const cwd = freshDir();
  try {
    const r = spawnSync(join(repo, fx.bin), fx.args, {
      argv0: fx.bin,
      cwd,
      env: fx.env,
      input: fx.stdin ?? '',
      maxBuffer: 64 << 20,
      timeout: 120_000,
    });
    if (r.error) throw new Error(`${fx.name}: ${r.error.message}`);
    const left = readdirSync(cwd);
    return { stdout: r.stdout, stderr: r.stderr, status: statusOf(r), left };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

function normaliseTrace(text, cwd) {
  let lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const pids = [];
  const pidRe = /^(\d+)\s+/;
  for (const l of lines) {
    const m = pidRe.exec(l);
    if (m && !pids.includes(m[1])) pids.push(m[1]);
  }
  lines = lines.map((l) => {
    const m = pidRe.exec(l);
    if (!m) return l;
    const rest = l.slice(m[0].length);
    return pids.length === 1 ? rest : `${pids.indexOf(m[1]) + 1} ${rest}`;
  });
  let out = lines.join('\n') + '\n';
  out = out.split(repo + '/').join('');
  out = out.split(cwd).join('$CWD');
  for (const p of pids) out = out.replace(new RegExp(`= ${p}(?=\\n| )`, 'g'), '= $PID');
  return out;
}

function runStrace(fx, useSetarch) {
  const cwd = freshDir();
  const traceFile = join(mkdtempSync(join(tmpdir(), 'sysgate-strace-')), 'trace');
  try {
    const straceArgs = ['-f', '-qq', '-o', traceFile, '--', join(repo, fx.bin), ...fx.args];
    const [cmd, args] = useSetarch
      ? ['setarch', ['x86_64', '-R', 'strace', ...straceArgs]]
      : ['strace', straceArgs];
    const r = spawnSync(cmd, args, {
      cwd,
      env: fx.env,
      input: fx.stdin ?? '',
      maxBuffer: 64 << 20,
      timeout: 300_000,
    });
    if (r.error) throw new Error(`${fx.name} (strace): ${r.error.message}`);
    if (!existsSync(traceFile)) throw new Error(`${fx.name}: strace wrote no trace: ${r.stderr}`);
    return normaliseTrace(readFileSync(traceFile, 'utf8'), cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
    rmSync(dirname(traceFile), { recursive: true, force: true });
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (!Array.isArray(manifest)) throw new Error('guest/fixtures.json must be a JSON array');
  const names = new Set(manifest.map((f) => f.name));
  for (const n of opts.only ?? []) {
    if (!names.has(n)) throw new Error(`--only: no fixture named ${n}`);
  }
  let strace = opts.strace;
  if (strace && !have('strace')) {
    console.warn('record-native: strace not found, skipping .strace files');
    strace = false;
  }
  const useSetarch = strace && have('setarch') &&
    !spawnSync('setarch', ['x86_64', '-R', 'true'], { stdio: 'ignore' }).status;
  mkdirSync(outDir, { recursive: true });

  let failures = 0;
  for (const fx of manifest) {
    if (opts.only && !opts.only.has(fx.name)) continue;
    if (!existsSync(join(repo, fx.bin))) {
      console.error(`${fx.name}: ${fx.bin} missing (run sh guest/build.sh)`);
      failures++;
      continue;
    }
    const res = runNative(fx);
    const files = {
      stdout: res.stdout,
      stderr: res.stderr,
      status: `${res.status}\n`,
    };
    if (strace) files.strace = runStrace(fx, useSetarch);
    const notes = [];
    if (res.left.length) notes.push(`left files behind in its cwd: ${res.left.join(' ')}`);
    if (opts.check) {
      const diffs = [];
      for (const [ext, data] of Object.entries(files)) {
        const p = join(outDir, `${fx.name}.${ext}`);
        if (!existsSync(p) || !readFileSync(p).equals(Buffer.from(data))) diffs.push(ext);
      }
      if (diffs.length) failures++;
      console.log(`${diffs.length ? 'DIFF' : 'same'}  ${fx.name}${diffs.length ? ` (${diffs.join(', ')})` : ''}`
        + (notes.length ? `  [${notes.join('; ')}]` : ''));
    } else {
      for (const [ext, data] of Object.entries(files)) {
        writeFileSync(join(outDir, `${fx.name}.${ext}`), data);
      }
      console.log(`recorded  ${fx.name.padEnd(14)} status=${res.status}  stdout=${res.stdout.length}B`
        + ` stderr=${res.stderr.length}B` + (strace ? `  strace=${files.strace.split('\n').length - 1} lines` : '')
        + (notes.length ? `  [${notes.join('; ')}]` : ''));
    }
  }
  if (failures) {
    console.error(`record-native: ${failures} fixture(s) ${opts.check ? 'differ' : 'failed'}`);
    process.exit(1);
  }
}

main();
