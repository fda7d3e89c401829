// poll, ppoll, select, pselect6 (fs/select.c) and wait4/waitid (kernel/exit.c).
//
// One task runs at a time and nothing else can make a descriptor ready while it waits,
// except time passing: a finite timeout sleeps and returns 0, an infinite wait with
// nothing ready is the same deadlock the pipes report (the task is killed, loudly).
// wait4/waitid: this machine has no child processes yet, so they return ECHILD after
// Linux's argument checks.

import { SYSCALL, a, structArg, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { POLLIN, POLLOUT, POLLNVAL } from '../../vfs/constants.js';
import { SysError } from './declare.js';
import { copyIn, copyOut, putUser, deadlockHandler, int, usize } from './fs.js';
import { getTimespec, putTimespec, timespecValid, type TsLayout } from './time.js';
import { accessOk } from '../uaccess.js';
import { hostSleep } from '../time.js';
import { getLimit } from './process.js';

const POLLPRI = 0x002;
const POLLERR = 0x008;
const POLLHUP = 0x010;

/** Readiness of fd as poll bits, or POLLNVAL for a closed descriptor. */
function readiness(c: SyscallContext, fd: number): number {
  const e = c.task.files.get(fd);
  if (!e) return POLLNVAL;
  return e.file.poll();
}

/** Nothing is ready: wait out a finite timeout (ms), or report the deadlock. */
function waitNothing(c: SyscallContext, timeoutMs: number | null, what: string): number {
  if (timeoutMs === null) return deadlockHandler(c.k)(`${what} with no timeout and no descriptor ready`);
  hostSleep(timeoutMs);
  return 0;
}

/**
 * do_sys_poll(): more descriptors than RLIMIT_NOFILE → EINVAL; all entries copied in
 * first (EFAULT); the readiness of each; the wait if none is ready; then revents stored
 * entry by entry (unsafe_put_user: a fault there is EFAULT, the entries before it
 * written) — so poll on read-only pollfds polls, waits, then fails.
 */
function doPoll(c: SyscallContext, ufds: number, nfds: number, timeoutMs: number | null): number {
  const n = nfds >>> 0;
  if (n > Number(getLimit(c.task, 7)[0])) return -Errno.EINVAL;
  const buf = copyIn(c, ufds, n * 8);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const fd = dv.getInt32(k * 8, true);
    const events = dv.getUint16(k * 8 + 4, true);
    let rev = 0;
    if (fd >= 0) {
      const r = readiness(c, fd);
      rev = r === POLLNVAL ? POLLNVAL : r & (events | POLLERR | POLLHUP);
    }
    dv.setUint16(k * 8 + 6, rev, true);
    if (rev) count++;
  }
  if (count === 0) {
    const r = waitNothing(c, timeoutMs, 'poll');
    if (r < 0) return r;
  }
  if (!accessOk(ufds, n * 8)) return -Errno.EFAULT;
  for (let k = 0; k < n; k++) putUser(c, ufds + k * 8 + 6, buf.subarray(k * 8 + 6, k * 8 + 8));
  return count;
}

SYSCALL('sys_poll', [structArg('ufds', 'pollfd[]'), a('nfds', 'uint'), a('timeout_msecs', 'int')], 'int', (c, ufds, nfds, timeout) => {
  const t = int(timeout);
  return doPoll(c, ufds, nfds, t < 0 ? null : t);
}, { support: 'partial', note: 'single task: nothing becomes ready while waiting, so a finite timeout sleeps and an infinite one is reported as a deadlock' });

/** A timeout (struct __kernel_timespec, or old_timespec32) in ms: null for NULL, -1 if invalid. */
function timespecMs(c: SyscallContext, addr: number, layout: TsLayout = 'kernel'): number | null | -1 {
  if (!addr) return null;
  const t = getTimespec(c, addr, layout);
  if (!timespecValid(t)) return -1;
  return Number(t.sec) * 1000 + Number(t.nsec) / 1e6;
}

/**
 * ppoll: the timeout (EFAULT, EINVAL), set_user_sigmask() (a size other than 8 → EINVAL,
 * then EFAULT), do_sys_poll(); poll_select_finish() then stores the time left when the
 * timeout was not zero (0 after a full wait; a failure to store it is ignored).
 */
function doPpoll(c: SyscallContext, ufds: number, nfds: number, tsp: number, sigmask: number, size: number, layout: TsLayout): number {
  const ms = timespecMs(c, tsp, layout);
  if (ms === -1) return -Errno.EINVAL;
  if (sigmask) {
    if ((c.abi === 'x64' ? usize(size) : size >>> 0) !== 8) return -Errno.EINVAL;
    copyIn(c, sigmask, 8);
  }
  const r = doPoll(c, ufds, nfds, ms);
  if (tsp && ms !== null && ms > 0) {
    try {
      putTimespec(c, tsp, r === 0 ? 0n : BigInt(Math.round(ms * 1e6)), layout);
    } catch (e) {
      if (!(e instanceof SysError)) throw e;
    }
  }
  return r;
}

SYSCALL(
  'sys_ppoll',
  [structArg('ufds', 'pollfd[]'), a('nfds', 'uint'), structArg('tsp', 'timespec'), a('sigmask', 'sigset'), a('sigsetsize', 'size')],
  'int',
  (c, ufds, nfds, tsp, sigmask, size) => doPpoll(c, ufds, nfds, tsp, sigmask, size, 'kernel'),
  { support: 'partial', note: 'as poll; the temporary signal mask has no effect (no signal delivery yet)' },
);

SYSCALL(
  'compat_sys_ppoll_time32',
  [structArg('ufds', 'pollfd[]'), a('nfds', 'uint'), structArg('tsp', 'old_timespec32'), a('sigmask', 'sigset'), a('sigsetsize', 'size')],
  'int',
  (c, ufds, nfds, tsp, sigmask, size) => doPpoll(c, ufds, nfds, tsp, sigmask, size, 'old32'),
  { support: 'partial', note: 'i386 ppoll with the 32-bit timespec; as poll' },
);

function doSelect(c: SyscallContext, n: number, inp: number, outp: number, exp: number, timeoutMs: number | null): number {
  n = int(n);
  if (n < 0) return -Errno.EINVAL;
  const max = c.task.files.limit;
  if (n > max) n = max;
  const word = c.abi === 'x64' ? 8 : 4;
  const bytes = Math.ceil(n / (word * 8)) * word;
  const sets = [inp, outp, exp].map((p) => (p && bytes ? copyIn(c, p, bytes) : null));
  const out = sets.map((s) => (s ? new Uint8Array(s.length) : null));
  const wantBits = [POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI];
  let count = 0;
  for (let fd = 0; fd < n; fd++) {
    const byte = fd >> 3;
    const bit = 1 << (fd & 7);
    const asked = sets.map((s) => (s ? (s[byte] & bit) !== 0 : false));
    if (!asked.some(Boolean)) continue;
    const r = readiness(c, fd);
    if (r === POLLNVAL) return -Errno.EBADF;
    asked.forEach((on, k) => {
      if (on && r & wantBits[k]) {
        (out[k] as Uint8Array)[byte] |= bit;
        count++;
      }
    });
  }
  if (count === 0) {
    const r = waitNothing(c, timeoutMs, 'select');
    if (r < 0) return r;
  }
  [inp, outp, exp].forEach((p, k) => {
    const o = out[k];
    if (p && o) copyOut(c, p, o);
  });
  return count;
}

SYSCALL(
  'sys_select',
  [a('n', 'int'), structArg('inp', 'fd_set'), structArg('outp', 'fd_set'), structArg('exp', 'fd_set'), structArg('tvp', 'timeval')],
  'int',
  (c, n, inp, outp, exp, tvp) => {
    let ms: number | null = null;
    if (tvp) {
      const w = c.abi === 'x64' ? 8 : 4;
      const b = copyIn(c, tvp, 2 * w);
      const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
      const sec = w === 8 ? Number(dv.getBigInt64(0, true)) : dv.getInt32(0, true);
      const usec = w === 8 ? Number(dv.getBigInt64(8, true)) : dv.getInt32(4, true);
      if (sec < 0 || usec < 0) return -Errno.EINVAL;
      ms = sec * 1000 + usec / 1000;
    }
    return doSelect(c, n, inp, outp, exp, ms);
  },
  { support: 'partial', note: 'as poll; the remaining time is not written back' },
);

SYSCALL(
  'sys_pselect6',
  [a('n', 'int'), structArg('inp', 'fd_set'), structArg('outp', 'fd_set'), structArg('exp', 'fd_set'), structArg('tsp', 'timespec'), a('sig', 'ptr')],
  'int',
  (c, n, inp, outp, exp, tsp) => {
    const ms = timespecMs(c, tsp);
    if (ms === -1) return -Errno.EINVAL;
    return doSelect(c, n, inp, outp, exp, ms);
  },
  { support: 'partial', note: 'as select; the signal mask argument has no effect (no signal delivery yet)' },
);

const WNOHANG = 1;
const WUNTRACED = 2;
const WEXITED = 4;
const WCONTINUED = 8;
const WNOWAIT = 0x01000000;
const __WNOTHREAD = 0x20000000;
const __WALL = 0x40000000;
const __WCLONE = 0x80000000;

SYSCALL(
  'sys_wait4',
  [a('upid', 'int'), a('stat_addr', 'ptr'), a('options', 'hex'), structArg('ru', 'rusage', true)],
  'int',
  (_c, upid, _stat, options) => {
    if ((options >>> 0) & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)) return -Errno.EINVAL;
    if (int(upid) === -2147483648) return -Errno.ESRCH; // -INT_MIN would overflow
    return -Errno.ECHILD;
  },
  { support: 'partial', note: 'no child processes exist yet (fork/clone are not implemented): always ECHILD after the argument checks' },
);

SYSCALL(
  'sys_waitid',
  [a('which', 'int'), a('upid', 'int'), structArg('infop', 'siginfo', true), a('options', 'hex'), structArg('ru', 'rusage', true)],
  'int',
  (_c, which, _upid, _infop, options) => {
    const o = options >>> 0;
    if (o & ~(WNOHANG | WNOWAIT | WEXITED | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)) return -Errno.EINVAL;
    if (!(o & (WEXITED | WUNTRACED | WCONTINUED))) return -Errno.EINVAL;
    if (which < 0 || which > 3) return -Errno.EINVAL;
    return -Errno.ECHILD;
  },
  { support: 'partial', note: 'no child processes exist yet: always ECHILD after the argument checks' },
);
