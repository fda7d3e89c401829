// Time system calls: clock_gettime, clock_getres, gettimeofday, time, nanosleep,
// clock_nanosleep.

import { SYSCALL, a, structArg } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { StructWriter } from '../uaccess.js';
import { clockNs, clockResNs, hostSleep, realtimeNs, CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_TAI } from '../time.js';
import type { SyscallContext } from './declare.js';

/** CPU time of the process: the emulator's own elapsed time since start (documented). */
function cpuNs(c: SyscallContext): bigint {
  return BigInt(Math.round((Date.now() - c.k.bootTime) * 1e6));
}

/** struct timespec (64-bit: two longs; compat: two 32-bit ints). */
export function putTimespec(c: SyscallContext, addr: number, ns: bigint, time64 = false): void {
  const sec = ns / 1_000_000_000n;
  const nsec = ns % 1_000_000_000n;
  if (c.abi === 'x64' || time64) c.task.um.write(addr, new StructWriter(16).i64(0, sec).i64(8, nsec).buf);
  else c.task.um.write(addr, new StructWriter(8).i32(0, Number(sec)).i32(4, Number(nsec)).buf);
}

export function getTimespec(c: SyscallContext, addr: number, time64 = false): { sec: bigint; nsec: bigint } {
  if (c.abi === 'x64' || time64) {
    const b = c.task.um.read(addr, 16);
    const dv = new DataView(b.buffer, b.byteOffset);
    return { sec: dv.getBigInt64(0, true), nsec: dv.getBigInt64(8, true) };
  }
  const b = c.task.um.read(addr, 8);
  const dv = new DataView(b.buffer, b.byteOffset);
  return { sec: BigInt(dv.getInt32(0, true)), nsec: BigInt(dv.getInt32(4, true)) };
}

SYSCALL('sys_clock_gettime', [a('which_clock', 'clockid'), structArg('tp', 'timespec', true)], 'int', (c, id, tp) => {
  const ns = clockNs(id, () => cpuNs(c));
  if (ns === null) return -Errno.EINVAL;
  putTimespec(c, tp, ns, true); // __kernel_timespec on both ABIs (i386: clock_gettime64)
  return 0;
}, { support: 'partial', note: 'per-process/thread CPU clocks of other tasks (negative clock ids) are not supported' });

SYSCALL('sys_clock_getres', [a('which_clock', 'clockid'), structArg('tp', 'timespec', true)], 'int', (c, id, tp) => {
  const r = clockResNs(id);
  if (r === null) return -Errno.EINVAL;
  if (tp) putTimespec(c, tp, r, true);
  return 0;
});

SYSCALL('sys_gettimeofday', [structArg('tv', 'timeval', true), structArg('tz', 'timezone', true)], 'int', (c, tv, tz) => {
  const ns = realtimeNs();
  if (tv) {
    const sec = ns / 1_000_000_000n;
    const usec = (ns % 1_000_000_000n) / 1000n;
    if (c.abi === 'x64') c.task.um.write(tv, new StructWriter(16).i64(0, sec).i64(8, usec).buf);
    else c.task.um.write(tv, new StructWriter(8).i32(0, Number(sec)).i32(4, Number(usec)).buf);
  }
  if (tz) c.task.um.write(tz, new Uint8Array(8));
  return 0;
});

SYSCALL('sys_time', [a('tloc', 'ptr')], 'int', (c, tloc) => {
  const sec = realtimeNs() / 1_000_000_000n;
  if (tloc) {
    if (c.abi === 'x64') c.task.um.putI64(tloc, sec);
    else c.task.um.putU32(tloc, Number(sec));
  }
  return Number(sec);
});

function sleepFor(c: SyscallContext, req: number, time64 = false): number {
  const t = getTimespec(c, req, time64);
  if (t.sec < 0n || t.nsec < 0n || t.nsec >= 1_000_000_000n) return -Errno.EINVAL;
  const ms = Number(t.sec) * 1000 + Number(t.nsec) / 1e6;
  hostSleep(ms);
  return 0;
}

SYSCALL('sys_nanosleep', [structArg('rqtp', 'timespec'), structArg('rmtp', 'timespec', true)], 'int', (c, req) => sleepFor(c, req), {
  note: 'sleeps the host thread; never interrupted (no signals arrive while sleeping)',
});

const TIMER_ABSTIME = 1;
SYSCALL('sys_clock_nanosleep', [a('which_clock', 'clockid'), a('flags', 'int'), structArg('rqtp', 'timespec'), structArg('rmtp', 'timespec', true)], 'int', (c, id, flags, req) => {
  if (id !== CLOCK_REALTIME && id !== CLOCK_MONOTONIC && id !== CLOCK_BOOTTIME && id !== CLOCK_TAI) return -Errno.EINVAL;
  if (flags & TIMER_ABSTIME) {
    const t = getTimespec(c, req, true);
    const target = t.sec * 1_000_000_000n + t.nsec;
    const now = clockNs(id, () => 0n) ?? 0n;
    if (target > now) hostSleep(Number(target - now) / 1e6);
    return 0;
  }
  return sleepFor(c, req, true);
});
