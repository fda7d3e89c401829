// Focused tests for what the system-call fuzzer (guest/src/sysfuzz.c, issue 7) found:
// user buffers that run into unmapped memory, the order of Linux's checks, and calls that
// ended in a host exception or a hang. The routines are called directly on a loaded
// program's task (sys-env.ts). Every expectation was checked on Linux (6.18, x86-64)
// with an equivalent C program; the recorded fuzz seeds (test/fuzz/) cover the same
// ground in full runs.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Errno } from '../../src/vfs/errno.js';
import { Env, err } from './sys-env.js';
import { copyOut } from '../../src/kernel/syscalls/fs.js';

const O_RDONLY = 0, O_RDWR = 2, O_NONBLOCK = 0o4000, O_DIRECT = 0o40000;
const FIONREAD = 0x541b, FIOASYNC = 0x5452, F_NOTIFY = 1026;
const CLOCK_MONOTONIC = 1, CLOCK_THREAD_CPUTIME_ID = 3, TIMER_ABSTIME = 1;
const SS_DISABLE = 2;
const PAGE = 4096;

/**
 * `pages` writable pages followed by an unmapped one: [base, hole), low in the address
 * space (as the fuzzer's arenas are), so that base + MAX_RW_COUNT is still user space.
 */
function region(e: Env, pages: number): { base: number; hole: number } {
  const base = e.sys('sys_mmap', 0x10000000, (pages + 1) * PAGE, 3, 0x100022 /* MAP_FIXED_NOREPLACE */, -1, 0);
  assert.equal(base, 0x10000000);
  assert.equal(e.sys('sys_munmap', base + pages * PAGE, PAGE), 0);
  return { base, hole: base + pages * PAGE };
}

function fionread(e: Env, fd: number): number {
  const p = e.alloc(4);
  assert.equal(e.sys('sys_ioctl', fd, FIONREAD, p), 0);
  return e.i32(p);
}

function timespec(e: Env, sec: number, nsec: number): number {
  const b = new Uint8Array(16);
  const dv = new DataView(b.buffer);
  dv.setBigInt64(0, BigInt(sec), true);
  dv.setBigInt64(8, BigInt(nsec), true);
  return e.put(b);
}

describe('pipes copy the way pipe_read and pipe_write do', () => {
  test('a read that faults takes nothing: EFAULT, the data stays', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    const [r, w] = e.pipe(O_NONBLOCK);
    assert.equal(e.sys('sys_write', w, e.put(new Uint8Array(3000).fill(7)), 3000), 3000);
    err(e.sys('sys_read', r, hole - 8, 100), Errno.EFAULT, 'read into a buffer running into a hole');
    assert.equal(fionread(e, r), 3000);
  });

  test('a write merged into the last buffer that faults stores nothing: EFAULT', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    const [r, w] = e.pipe(O_NONBLOCK);
    assert.equal(e.sys('sys_write', w, e.put(new Uint8Array(3000)), 3000), 3000);
    err(e.sys('sys_write', w, hole - 8, 100), Errno.EFAULT);
    assert.equal(fionread(e, r), 3000);
  });

  test('a write stores whole pages; the page that faults is not stored', () => {
    const e = new Env();
    const { base } = region(e, 2);
    const [r, w] = e.pipe(O_NONBLOCK);
    assert.equal(e.sys('sys_write', w, base + 4088, 4200), 4096);
    assert.equal(fionread(e, r), 4096);
  });
});

describe('devices that never touch the buffer', () => {
  test('/dev/null, /dev/zero and /dev/full writes, /dev/null reads', () => {
    const e = new Env();
    const { base, hole } = region(e, 1);
    const nul = e.open('/dev/null', O_RDWR);
    const zero = e.open('/dev/zero', O_RDWR);
    const full = e.open('/dev/full', O_RDWR);
    assert.equal(e.sys('sys_write', nul, 0, 2 ** 30), 2 ** 30, 'NULL is fine: the buffer is not read');
    assert.equal(e.sys('sys_write', zero, hole, 100), 100);
    err(e.sys('sys_write', full, base, 0), Errno.ENOSPC, '/dev/full, even for 0 bytes');
    err(e.sys('sys_write', full, hole, 0), Errno.ENOSPC);
    assert.equal(e.sys('sys_read', nul, 0, 10), 0);
    assert.equal(e.sys('sys_read', zero, hole - 8, 100), 8, '/dev/zero clears up to the hole');
  });
});

describe('copies that stop at a hole return what was copied', () => {
  test('getrandom', () => {
    const e = new Env();
    const { base, hole } = region(e, 2);
    assert.equal(e.sys('sys_getrandom', hole - 8, 100, 0), 8);
    assert.equal(e.sys('sys_getrandom', base, -1, 0), 2 * PAGE, '(size_t)-1 is clamped, then the copy stops at the hole');
    assert.equal(e.sys('sys_getrandom', hole, 0, 0), 0);
  });

  test('copy_to_user leaves the bytes before the fault written (rt_sigaction oact)', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    copyOut(e.ctx(), hole - 8, new Uint8Array(8).fill(0xaa));
    err(e.sys('sys_rt_sigaction', 9, 0, hole - 8, 8), Errno.EFAULT, 'oact runs into the hole');
    assert.deepEqual([...e.read(hole - 8, 8)], [0, 0, 0, 0, 0, 0, 0, 0], 'sa_handler (SIG_DFL) was stored');
  });
});

describe('signals', () => {
  test('rt_sigpending with a huge size is EINVAL, not a host exception', () => {
    const e = new Env();
    err(e.sys('sys_rt_sigpending', e.alloc(8), -1), Errno.EINVAL);
  });

  test('rt_sigaction copies the new action before checking the signal number', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    err(e.sys('sys_rt_sigaction', -1, hole, 0, 8), Errno.EFAULT);
  });

  test('sigaltstack keeps the alternate stack and reports it', () => {
    const e = new Env();
    const { base } = region(e, 2);
    const ss = (sp: number, flags: number, size: number) => {
      const b = new Uint8Array(24);
      const dv = new DataView(b.buffer);
      dv.setBigUint64(0, BigInt(sp), true);
      dv.setInt32(8, flags, true);
      dv.setBigUint64(16, BigInt(size), true);
      return e.put(b);
    };
    const old = e.alloc(24);
    assert.equal(e.sys('sys_sigaltstack', ss(base, 0, 8192), 0), 0);
    assert.equal(e.sys('sys_sigaltstack', 0, old), 0);
    assert.deepEqual([e.u64(old), e.i32(old, 8), e.u64(old, 16)], [base, 0, 8192]);
    err(e.sys('sys_sigaltstack', ss(base, 0, 1024), 0), Errno.ENOMEM, 'below MINSIGSTKSZ');
    assert.equal(e.sys('sys_sigaltstack', ss(base, SS_DISABLE, 1024), 0), 0);
    assert.equal(e.sys('sys_sigaltstack', 0, old), 0);
    assert.deepEqual([e.i32(old, 8), e.u64(old, 16)], [SS_DISABLE, 0]);
  });

  test('rt_sigtimedwait: nothing is pending, the timeout ends the wait', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    const set = e.put(new Uint8Array(8));
    const zero = timespec(e, 0, 0);
    err(e.sys('sys_rt_sigtimedwait', set, 0, zero, 8), Errno.EAGAIN);
    err(e.sys('sys_rt_sigtimedwait', set, 0, zero, 4), Errno.EINVAL);
    err(e.sys('sys_rt_sigtimedwait', hole, 0, zero, 8), Errno.EFAULT);
    err(e.sys('sys_rt_sigtimedwait', set, 0, timespec(e, 0x7fffffff, 2e9), 8), Errno.EINVAL);
  });
});

describe('clocks', () => {
  test('clock_nanosleep: the clock, its ability to sleep, the copy, then the timespec (no hang)', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    const bad = timespec(e, 0x7fffffff, 2e9);
    err(e.sys('sys_clock_nanosleep', CLOCK_MONOTONIC, TIMER_ABSTIME, bad, 0), Errno.EINVAL, 'tv_nsec out of range');
    err(e.sys('sys_clock_nanosleep', CLOCK_THREAD_CPUTIME_ID, 0, bad, 0), Errno.EOPNOTSUPP);
    err(e.sys('sys_clock_nanosleep', 10, 0, bad, 0), Errno.EINVAL);
    err(e.sys('sys_clock_nanosleep', CLOCK_MONOTONIC, 0, hole, 0), Errno.EFAULT);
  });

  test('the CPU-time clocks of this process and thread', () => {
    const e = new Env();
    const ts = e.alloc(16);
    assert.equal(e.sys('sys_clock_gettime', -6, ts), 0, 'process, CPUCLOCK_SCHED');
    assert.equal(e.sys('sys_clock_gettime', -2, ts), 0, 'thread, CPUCLOCK_SCHED');
    err(e.sys('sys_clock_gettime', -5, ts), Errno.EINVAL, 'a clock behind fd 0 (CLOCKFD): none here');
    err(e.sys('sys_clock_gettime', -2147483646, ts), Errno.EINVAL, 'pid 0x0fffffff does not exist');
    assert.equal(e.sys('sys_clock_getres', -6, ts), 0);
    assert.equal(e.u64(ts, 8), 1, 'CPUCLOCK_SCHED: 1 ns');
    assert.equal(e.sys('sys_clock_getres', -8, ts), 0);
    assert.equal(e.u64(ts, 8), 4_000_000, 'CPUCLOCK_PROF: one tick');
  });

  test('times', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    err(e.sys('sys_times', hole - 8), Errno.EFAULT);
    assert.ok(e.sys('sys_times', 0) > 0);
  });
});

describe('the order of the checks', () => {
  test('readv: the access mode before the iovecs; iovecs entry by entry', () => {
    const e = new Env();
    const { base, hole } = region(e, 1);
    const [r, w] = e.pipe(O_NONBLOCK);
    err(e.sys('sys_readv', w, 0, 1025), Errno.EBADF);
    // three iovecs, the third running into the hole: the second's negative length comes first
    const iov = new Uint8Array(32);
    const dv = new DataView(iov.buffer);
    dv.setBigUint64(0, BigInt(base), true);
    dv.setBigUint64(8, 4n, true);
    dv.setBigUint64(16, BigInt(base), true);
    dv.setBigInt64(24, -1n, true);
    copyOut(e.ctx(), hole - 32, iov);
    err(e.sys('sys_readv', r, hole - 32, 3), Errno.EINVAL);
  });

  test('pread64 at a position that would overflow is EINVAL', () => {
    const e = new Env();
    const zero = e.open('/dev/zero', O_RDONLY);
    err(e.sys('sys_pread64', zero, e.alloc(8), 8, 2 ** 63 - 1), Errno.EINVAL);
    assert.equal(e.sys('sys_pread64', zero, e.alloc(8), 0, 2 ** 63 - 1), 0);
  });

  test('poll stores revents after polling: read-only pollfds are EFAULT', () => {
    const e = new Env();
    const page = e.sys('sys_mmap', 0, PAGE, 3, 0x22, -1, 0);
    const nul = e.open('/dev/null', O_RDONLY);
    copyOut(e.ctx(), page, new Uint8Array([nul, 0, 0, 0, 1, 0, 0, 0]));
    assert.equal(e.sys('sys_mprotect', page, PAGE, 1), 0);
    err(e.sys('sys_poll', page, 1, 0), Errno.EFAULT);
  });

  test('prlimit64 copies the new limit before looking up the pid', () => {
    const e = new Env();
    const { hole } = region(e, 1);
    err(e.sys('sys_prlimit64', -1, 0, hole, 0), Errno.EFAULT);
    err(e.sys('sys_prlimit64', -1, 0, 0, 0), Errno.ESRCH);
    err(e.sys('sys_prlimit64', 0, 99, 0, 0), Errno.EINVAL);
  });
});

describe('files without an operation', () => {
  test('O_DIRECT needs direct I/O; FIOASYNC needs fasync; F_NOTIFY with no events', () => {
    const e = new Env();
    err(e.open('/dev/null', O_RDONLY | O_DIRECT), Errno.EINVAL);
    const zero = e.open('/dev/zero', O_RDWR);
    const on = e.put(new Uint8Array([1, 0, 0, 0]));
    err(e.sys('sys_ioctl', zero, FIOASYNC, on), Errno.ENOTTY);
    const [r] = e.pipe(O_NONBLOCK);
    assert.equal(e.sys('sys_ioctl', r, FIOASYNC, on), 0, 'a pipe has fasync');
    assert.equal(e.sys('sys_fcntl', r, F_NOTIFY, 0), 0);
    err(e.sys('sys_fcntl', r, F_NOTIFY, 1), Errno.ENOTDIR);
  });
});
