// Time system calls of both ABIs (kernel/time/posix-timers.c, time.c, hrtimer.c,
// kernel/sys.c): clock_gettime, clock_getres, clock_nanosleep, nanosleep, gettimeofday,
// time, times — with the 64-bit struct __kernel_timespec and, for i386 programs, the
// *_time32 routines with struct old_timespec32.
//
// Clock ids are resolved as clockid_to_kclock() does: 0–11 are the standard clocks
// (10 has none: EINVAL); a negative id is a CPU-time clock ((~pid << 3) | type, 4 =
// per thread; pid 0 = the caller), or with the low bits 3 a clock behind a file
// descriptor (a PTP device), which this machine never has. The checks come in Linux's
// order: the clock, then (nanosleep) whether it can sleep at all (EOPNOTSUPP), then
// the user copy (EFAULT), then timespec64_valid() (EINVAL).

import { SYSCALL, a, structArg, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { StructWriter } from '../uaccess.js';
import {
  clockNs, hostSleep, realtimeNs, monotonicNs, CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
  CLOCK_THREAD_CPUTIME_ID, CLOCK_REALTIME_COARSE, CLOCK_MONOTONIC_COARSE, CLOCK_BOOTTIME, CLOCK_TAI, CLOCK_NAMES,
  TICK_NSEC, HRTIMER_RES_NSEC,
} from '../time.js';
import { copyIn, copyOut, putUser, deadlockHandler } from './fs.js';

const NS = 1_000_000_000n;

/** CPU time of the process: the emulator's own elapsed time since start (documented). */
export function cpuNs(c: SyscallContext): bigint {
  return BigInt(Math.round((Date.now() - c.k.bootTime) * 1e6));
}

// =====================================================================================
// struct timespec in user memory
// =====================================================================================

/** 'kernel': struct __kernel_timespec (two s64); 'old32': struct old_timespec32 (two s32). */
export type TsLayout = 'kernel' | 'old32';

/** put_timespec64() / put_old_timespec32(): one copy_to_user. */
export function putTimespec(c: SyscallContext, addr: number, ns: bigint, layout: TsLayout): void {
  const sec = ns / NS;
  const nsec = ns % NS;
  if (layout === 'kernel') copyOut(c, addr, new StructWriter(16).i64(0, sec).i64(8, nsec).buf);
  else copyOut(c, addr, new StructWriter(8).i32(0, Number(BigInt.asIntN(32, sec))).i32(4, Number(nsec)).buf);
}

/**
 * get_timespec64() / get_old_timespec32(). For a compat task the high half of a 64-bit
 * tv_nsec is ignored (get_timespec64 masks it when in_compat_syscall()).
 */
export function getTimespec(c: SyscallContext, addr: number, layout: TsLayout): { sec: bigint; nsec: bigint } {
  if (layout === 'old32') {
    const b = copyIn(c, addr, 8);
    const dv = new DataView(b.buffer, b.byteOffset, 8);
    return { sec: BigInt(dv.getInt32(0, true)), nsec: BigInt(dv.getInt32(4, true)) };
  }
  const b = copyIn(c, addr, 16);
  const dv = new DataView(b.buffer, b.byteOffset, 16);
  const nsec = c.abi === 'ia32' ? BigInt(dv.getUint32(8, true)) : dv.getBigInt64(8, true);
  return { sec: dv.getBigInt64(0, true), nsec };
}

/** timespec64_valid(): no negative seconds, 0 <= tv_nsec < 10^9 (compared unsigned). */
export function timespecValid(t: { sec: bigint; nsec: bigint }): boolean {
  return t.sec >= 0n && t.nsec >= 0n && t.nsec < NS;
}

// =====================================================================================
// clock ids
// =====================================================================================

/** What a clock id names (clockid_to_kclock): null = no such clock (EINVAL). */
type KClock = { kind: 'std'; id: number } | { kind: 'cpu'; which: number; thread: boolean; pid: number } | { kind: 'fd' };

const CPUCLOCK_SCHED = 2;
const CPUCLOCK_MAX = 3;
const CLOCKFD = 3;

function kclock(id: number): KClock | null {
  const v = id | 0;
  if (v < 0) {
    if ((v & 7) === CLOCKFD) return { kind: 'fd' };
    return { kind: 'cpu', which: v & 3, thread: (v & 4) !== 0, pid: ~(v >> 3) };
  }
  return CLOCK_NAMES[v] !== undefined ? { kind: 'std', id: v } : null;
}

/** pid_for_clock(): a CPU clock of this process or its (only) thread, else none. */
function cpuClockOk(c: SyscallContext, k: { which: number; pid: number }): boolean {
  if (k.which >= CPUCLOCK_MAX) return false;
  return k.pid === 0 || k.pid === c.task.pid || k.pid === c.task.tgid;
}

/** kc->clock_get_timespec(): the time in ns, or -errno. */
function clockGet(c: SyscallContext, k: KClock): bigint | number {
  if (k.kind === 'fd') return -Errno.EINVAL;
  if (k.kind === 'cpu') return cpuClockOk(c, k) ? cpuNs(c) : -Errno.EINVAL;
  return clockNs(k.id, () => cpuNs(c)) ?? -Errno.EINVAL;
}

/** kc->clock_getres(): hrtimer resolution, a tick for the coarse and the tick-based CPU clocks. */
function clockRes(c: SyscallContext, k: KClock): bigint | number {
  if (k.kind === 'fd') return -Errno.EINVAL;
  if (k.kind === 'cpu') {
    if (!cpuClockOk(c, k)) return -Errno.EINVAL;
    return k.which === CPUCLOCK_SCHED ? 1n : TICK_NSEC;
  }
  if (k.id === CLOCK_REALTIME_COARSE || k.id === CLOCK_MONOTONIC_COARSE) return TICK_NSEC;
  if (k.id === CLOCK_PROCESS_CPUTIME_ID || k.id === CLOCK_THREAD_CPUTIME_ID) return 1n;
  return HRTIMER_RES_NSEC;
}

function doClockGettime(c: SyscallContext, id: number, tp: number, layout: TsLayout): number {
  const k = kclock(id);
  if (!k) return -Errno.EINVAL;
  const ns = clockGet(c, k);
  if (typeof ns === 'number') return ns;
  putTimespec(c, tp, ns, layout);
  return 0;
}

function doClockGetres(c: SyscallContext, id: number, tp: number, layout: TsLayout): number {
  const k = kclock(id);
  if (!k) return -Errno.EINVAL;
  const r = clockRes(c, k);
  if (typeof r === 'number') return r;
  if (tp) putTimespec(c, tp, r, layout);
  return 0;
}

SYSCALL('sys_clock_gettime', [a('which_clock', 'clockid'), structArg('tp', 'timespec', true)], 'int', (c, id, tp) => doClockGettime(c, id, tp, 'kernel'), {
  support: 'partial', note: 'the CPU-time clocks count the emulator\'s elapsed time; no clock behind a file descriptor (PTP) exists',
});
SYSCALL('sys_clock_gettime32', [a('which_clock', 'clockid'), structArg('tp', 'old_timespec32', true)], 'int', (c, id, tp) => doClockGettime(c, id, tp, 'old32'), {
  support: 'partial', note: 'as clock_gettime, with struct old_timespec32',
});
SYSCALL('sys_clock_getres', [a('which_clock', 'clockid'), structArg('tp', 'timespec', true)], 'int', (c, id, tp) => doClockGetres(c, id, tp, 'kernel'));
SYSCALL('sys_clock_getres_time32', [a('which_clock', 'clockid'), structArg('tp', 'old_timespec32', true)], 'int', (c, id, tp) => doClockGetres(c, id, tp, 'old32'));

// =====================================================================================
// sleeping
// =====================================================================================

/** Which clocks have an nsleep operation (posix_clocks[] in posix-timers.c). */
const CAN_SLEEP = new Set([CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_TAI, CLOCK_PROCESS_CPUTIME_ID]);
const TIMER_ABSTIME = 1;

/**
 * A sleep on this process's CPU-time clock: the process's own CPU time, which does not
 * advance while its only thread sleeps, must pass the target — Linux waits forever; here
 * the wait is reported as a deadlock (see fs.ts) unless the target has been reached.
 */
function cpuSleep(c: SyscallContext, flags: number, ns: bigint): number {
  if (flags & TIMER_ABSTIME ? ns <= cpuNs(c) : ns === 0n) return 0;
  return deadlockHandler(c.k)('clock_nanosleep on the process\'s own CPU-time clock');
}

/** do_clock_nanosleep (posix-timers.c SYSCALL clock_nanosleep, the same for both layouts). */
function doClockNanosleep(c: SyscallContext, id: number, flags: number, req: number, layout: TsLayout): number {
  const k = kclock(id);
  if (!k) return -Errno.EINVAL;
  if (k.kind === 'fd' || (k.kind === 'std' && !CAN_SLEEP.has(k.id))) return -Errno.EOPNOTSUPP;
  const t = getTimespec(c, req, layout);
  if (!timespecValid(t)) return -Errno.EINVAL;
  const ns = t.sec * NS + t.nsec;
  if (k.kind === 'cpu') {
    // posix_cpu_nsleep(): a thread cannot sleep on its own CPU clock
    if (k.thread && (k.pid === 0 || k.pid === c.task.pid)) return -Errno.EINVAL;
    if (!cpuClockOk(c, k)) return -Errno.EINVAL;
    return cpuSleep(c, flags, ns);
  }
  if (k.id === CLOCK_PROCESS_CPUTIME_ID) return cpuSleep(c, flags, ns);
  if (flags & TIMER_ABSTIME) {
    const now = clockNs(k.id, () => 0n) ?? 0n;
    if (ns > now) hostSleep(Number(ns - now) / 1e6);
    return 0;
  }
  hostSleep(Number(ns) / 1e6);
  return 0;
}

/** nanosleep(): a relative sleep on CLOCK_MONOTONIC. */
function doNanosleep(c: SyscallContext, req: number, layout: TsLayout): number {
  const t = getTimespec(c, req, layout);
  if (!timespecValid(t)) return -Errno.EINVAL;
  hostSleep(Number(t.sec * NS + t.nsec) / 1e6);
  return 0;
}

const SLEEP_NOTE = 'sleeps the host thread (or advances guest time); never interrupted (no signals arrive while sleeping), so rmtp is never written';
SYSCALL('sys_nanosleep', [structArg('rqtp', 'timespec'), structArg('rmtp', 'timespec', true)], 'int', (c, req) => doNanosleep(c, req, 'kernel'), { note: SLEEP_NOTE });
SYSCALL('sys_nanosleep_time32', [structArg('rqtp', 'old_timespec32'), structArg('rmtp', 'old_timespec32', true)], 'int', (c, req) => doNanosleep(c, req, 'old32'), { note: SLEEP_NOTE });
SYSCALL('sys_clock_nanosleep', [a('which_clock', 'clockid'), a('flags', 'int'), structArg('rqtp', 'timespec'), structArg('rmtp', 'timespec', true)], 'int', (c, id, flags, req) =>
  doClockNanosleep(c, id, flags, req, 'kernel'), { note: SLEEP_NOTE });
SYSCALL('sys_clock_nanosleep_time32', [a('which_clock', 'clockid'), a('flags', 'int'), structArg('rqtp', 'old_timespec32'), structArg('rmtp', 'old_timespec32', true)], 'int', (c, id, flags, req) =>
  doClockNanosleep(c, id, flags, req, 'old32'), { note: SLEEP_NOTE });

// =====================================================================================
// gettimeofday, time, times
// =====================================================================================

/** gettimeofday: two put_user()s (each all or nothing), then copy_to_user of sys_tz. */
function doGettimeofday(c: SyscallContext, tv: number, tz: number, word: 4 | 8): number {
  if (tv) {
    const ns = realtimeNs();
    const put = (addr: number, v: bigint) => putUser(c, addr, word === 8 ? new StructWriter(8).i64(0, v).buf : new StructWriter(4).i32(0, Number(BigInt.asIntN(32, v))).buf);
    put(tv, ns / NS);
    put(tv + word, (ns % NS) / 1000n);
  }
  if (tz) copyOut(c, tz, new Uint8Array(8));
  return 0;
}

SYSCALL('sys_gettimeofday', [structArg('tv', 'timeval', true), structArg('tz', 'timezone', true)], 'int', (c, tv, tz) => doGettimeofday(c, tv, tz, 8));
SYSCALL('compat_sys_gettimeofday', [structArg('tv', 'old_timeval32', true), structArg('tz', 'timezone', true)], 'int', (c, tv, tz) => doGettimeofday(c, tv, tz, 4));

SYSCALL('sys_time', [a('tloc', 'ptr')], 'int', (c, tloc) => {
  const sec = realtimeNs() / NS;
  if (tloc) putUser(c, tloc, new StructWriter(8).i64(0, sec).buf);
  return Number(sec);
});

SYSCALL('sys_time32', [a('tloc', 'ptr')], 'int', (c, tloc) => {
  const sec = Number(BigInt.asIntN(32, realtimeNs() / NS));
  if (tloc) putUser(c, tloc, new StructWriter(4).i32(0, sec).buf);
  return sec;
});

/** USER_HZ: the unit of clock_t. */
const USER_HZ = 100n;
/** INITIAL_JIFFIES at HZ=250, as the unsigned 32-bit value jiffies_64 starts from. */
const INITIAL_JIFFIES = BigInt.asUintN(32, -300n * 250n);

/** jiffies_64_to_clock_t(get_jiffies_64()): ticks since boot, from Linux's jiffies offset. */
function clockTicksNow(): bigint {
  return ((INITIAL_JIFFIES + monotonicNs() / TICK_NSEC) * USER_HZ) / 250n;
}

/**
 * times(): struct tms {utime, stime, cutime, cstime} in clock ticks (longs; compat_clock_t
 * words for i386), copied with one copy_to_user; the result is the tick counter even
 * when it looks negative (force_successful_syscall_return).
 */
function doTimes(c: SyscallContext, buf: number, word: 4 | 8): number {
  if (buf) {
    const utime = (cpuNs(c) * USER_HZ) / NS;
    const w = new StructWriter(4 * word);
    if (word === 8) w.i64(0, utime);
    else w.i32(0, Number(BigInt.asIntN(32, utime)));
    copyOut(c, buf, w.buf);
  }
  const t = clockTicksNow();
  return Number(word === 8 ? BigInt.asIntN(64, t) : BigInt.asIntN(32, t));
}

SYSCALL('sys_times', [structArg('tbuf', 'tms', true)], 'int', (c, buf) => doTimes(c, buf, 8), { note: 'the process\'s time counts as user time; no children' });
SYSCALL('compat_sys_times', [structArg('tbuf', 'compat_tms', true)], 'int', (c, buf) => doTimes(c, buf, 4), { note: 'as times, with struct compat_tms' });
