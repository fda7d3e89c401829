import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

import {
  SYSCALLS_64,
  SYSCALLS_X32,
  SYSCALLS_32,
  SYSCALLS_64_BY_NR,
  SYSCALLS_32_BY_NR,
  NR_syscalls,
  IA32_NR_syscalls,
  NR64,
  NR32,
} from '../src/kernel/generated/syscall_tables.js';

test('x86-64 numbers', () => {
  assert.equal(NR64.read, 0);
  assert.equal(NR64.write, 1);
  assert.equal(NR64.getpid, 39);
  assert.equal(NR64.exit, 60);
  assert.equal(NR64.arch_prctl, 158);
  assert.equal(NR64.exit_group, 231);
  assert.equal(NR64.rseq, 334);
  assert.equal(NR64.clone3, 435);
  assert.equal(SYSCALLS_64_BY_NR.get(4)?.entry, 'sys_newstat');
  assert.equal(SYSCALLS_64_BY_NR.get(13)?.abi, '64');
});

test('SYSCALLS_64 covers 0..334 and 424..NR_syscalls-1, nothing else', () => {
  const nrs = new Set(SYSCALLS_64.map((e) => e.nr));
  for (let i = 0; i <= 334; i++) assert.ok(nrs.has(i), `missing ${i}`);
  for (let i = 335; i < 424; i++) assert.ok(!nrs.has(i), `unexpected ${i}`);
  for (let i = 424; i < NR_syscalls; i++) assert.ok(nrs.has(i), `missing ${i}`);
  assert.equal(NR_syscalls, Math.max(...nrs) + 1);
  assert.ok(NR_syscalls >= 451);
  // sorted, unique
  for (let i = 1; i < SYSCALLS_64.length; i++) assert.ok(SYSCALLS_64[i].nr > SYSCALLS_64[i - 1].nr);
});

test('x32 rows are kept apart', () => {
  assert.ok(SYSCALLS_64.every((e) => e.abi === 'common' || e.abi === '64'));
  assert.ok(SYSCALLS_64.every((e) => e.nr < 512));
  assert.ok(SYSCALLS_X32.length > 0);
  assert.ok(SYSCALLS_X32.every((e) => e.abi === 'x32' && e.nr >= 512 && e.nr <= 547));
  assert.equal(SYSCALLS_X32.find((e) => e.name === 'rt_sigaction')?.nr, 512);
  assert.equal(NR64.rt_sigaction, 13); // the x32 row did not override the 64-bit number
  assert.ok(SYSCALLS_64.every((e) => e.compatEntry === null));
});

test('reserved numbers have no entry point', () => {
  const ni = SYSCALLS_64.filter((e) => e.entry === null).map((e) => e.name);
  assert.ok(ni.includes('uselib'));
  assert.ok(ni.includes('tuxcall'));
  assert.equal(SYSCALLS_32_BY_NR.get(17)?.name, 'break');
  assert.equal(SYSCALLS_32_BY_NR.get(17)?.entry, null);
});

test('i386 numbers and compat entries', () => {
  assert.equal(NR32.restart_syscall, 0);
  assert.equal(NR32.exit, 1);
  assert.equal(NR32.write, 4);
  assert.equal(NR32.getpid, 20);
  assert.equal(NR32.set_thread_area, 243);
  assert.equal(NR32.exit_group, 252);
  assert.ok(SYSCALLS_32.every((e) => e.abi === 'i386'));
  assert.equal(SYSCALLS_32_BY_NR.get(5)?.compatEntry, 'compat_sys_open');
  assert.equal(SYSCALLS_32_BY_NR.get(4)?.compatEntry, null);
  assert.equal(IA32_NR_syscalls, SYSCALLS_32[SYSCALLS_32.length - 1].nr + 1);
  for (let i = 1; i < SYSCALLS_32.length; i++) assert.ok(SYSCALLS_32[i].nr > SYSCALLS_32[i - 1].nr);
});

test('the committed generated file is up to date', (t) => {
  // dist/test/syscall-tables.test.js → repository root two levels up.
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const script = resolve(root, 'scripts', 'gen-syscall-tables.mjs');
  if (!existsSync(script)) return t.skip('generator script not found');
  if (!existsSync(resolve(root, '..', 'shared', 'reference', 'syscall_64.tbl')) && process.env.SYSGATE_TBL_DIR === undefined) {
    return t.skip('../shared/reference not available');
  }
  const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
