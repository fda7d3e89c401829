// The sysgate command as a user runs it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, readFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './e2e/fixtures-lib.js';

const CLI = join(REPO, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], opts: { input?: string; cwd?: string } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? REPO, input: opts.input ?? '', encoding: 'utf8' });

test('run: output and exit status are the program\'s; options after PROGRAM belong to it', () => {
  const r = run(['run', 'guest/bin/nolibc64', '--trace', 'x']);
  assert.equal(r.status, 7);
  assert.match(r.stdout, /argc=3/);
  assert.match(r.stdout, /--trace/);
  assert.equal(r.stderr, '', 'no trace: --trace after PROGRAM is an argument');
});

test('run --trace: strace-style lines on stderr', () => {
  const r = run(['run', '--trace', 'guest/bin/hello64']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'Hello from sysgate!\n');
  assert.match(r.stderr, /^write\(1, "Hello from sysgate!\\n", 20\) += 20$/m);
  assert.match(r.stderr, /^exit_group\(0\) += \?$/m);
  assert.match(r.stderr, /^\+\+\+ exited with 0 \+\+\+$/m);
});

test('run: stdin is the host\'s', () => {
  const r = run(['run', 'guest/bin/stdin_upper'], { input: 'abc\n' });
  assert.equal(r.status, 3);
  assert.match(r.stdout, /ABC/);
});

test('run: malformed and dynamic ELF files are one-line errors with status 126', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sysgate-cli-'));
  try {
    writeFileSync(join(dir, 'bad'), 'not an elf at all');
    const elf = readFileSync(join(REPO, 'guest', 'bin', 'hello64'));
    writeFileSync(join(dir, 'truncated'), elf.subarray(0, 40));
    for (const f of ['bad', 'truncated']) chmodSync(join(dir, f), 0o755);
    for (const f of ['bad', 'truncated']) {
      const r = run(['run', join(dir, f)]);
      assert.equal(r.status, 126, f);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${f}: ${r.stderr}`);
      assert.match(r.stderr, /^sysgate: /);
    }
    // as a shell: 127 for a program that is not there, 126 for one without execute permission
    const missing = run(['run', join(dir, 'nope')]);
    assert.equal(missing.status, 127);
    writeFileSync(join(dir, 'noexec'), elf);
    const noexec = run(['run', join(dir, 'noexec')]);
    assert.equal(noexec.status, 126);
    assert.match(noexec.stderr, /Permission denied/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('run: a fault is a signal exit with a diagnostic (int $0x81 → SIGSEGV)', () => {
  const r = run(['run', 'guest/bin/int81_32']);
  assert.equal(r.status, 139);
  assert.match(r.stderr, /SIGSEGV/);
});

test('run --limit stops a runaway program', () => {
  const r = run(['run', '--limit', '10000', 'guest/bin/bench_cpu', '100000000']);
  assert.equal(r.status, 137);
  assert.match(r.stderr, /instruction limit/);
});

test('run --max-write is RLIMIT_FSIZE: as `prlimit --fsize` natively (shortened write, then SIGXFSZ)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sysgate-fsize-'));
  try {
    const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: REPO, encoding: 'utf8' });
    const ours = sh(`"${process.execPath}" "${CLI}" run --max-write 5 guest/bin/hello_c > "${dir}/ours"`);
    assert.equal(ours.status, 128 + 25, ours.stderr);
    assert.match(ours.stderr, /SIGXFSZ \(File size limit exceeded\)/);
    assert.equal(readFileSync(join(dir, 'ours'), 'utf8'), 'Hello');
    const native = sh(`prlimit --fsize=5 guest/bin/hello_c > "${dir}/native"`);
    if (native.error || native.status === 127) return; // no prlimit (util-linux) here
    assert.equal(native.status, ours.status);
    assert.equal(readFileSync(join(dir, 'native'), 'utf8'), 'Hello');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('run --root and --mount confine the file system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sysgate-root-'));
  try {
    const r = run(['run', '--root', dir, '--mount', `${join(REPO, 'guest', 'bin')}:/bin:ro`, '/bin/hello64']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'Hello from sysgate!\n');
    const outside = run(['run', '--root', dir, join(REPO, 'guest', 'bin', 'hello64')]);
    assert.equal(outside.status, 127, 'the host path is not visible inside --root');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('table: lists both tables with implementation status', () => {
  const r = run(['table']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^ +1 +write +sys_write +full/m);
  assert.match(r.stdout, /implemented; the rest return -ENOSYS/);
  const i = run(['table', '--abi', 'ia32']);
  assert.match(i.stdout, /^ +4 +write +sys_write/m);
});
