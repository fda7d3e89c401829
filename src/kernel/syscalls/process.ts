// Process identity and lifetime: exit, exit_group, get*id, set_tid_address,
// set_robust_list, arch_prctl, prlimit64/getrlimit/setrlimit, sched_yield, umask.

import { SYSCALL, a, structArg, SysError, type SyscallContext } from './declare.js';
import { copyIn, copyOut, putI64 } from './fs.js';
import { Errno } from '../../vfs/errno.js';
import { TASK_SIZE_MAX } from '../layout.js';
import { StructWriter } from '../uaccess.js';
import type { Task } from '../task.js';

SYSCALL('sys_exit', [a('status', 'int')], 'none', (c, status) => {
  c.k.exitTask(c.task, status);
  return 0;
}, { noreturn: true, note: 'single-threaded: exit ends the process' });

SYSCALL('sys_exit_group', [a('status', 'int')], 'none', (c, status) => {
  c.k.exitTask(c.task, status);
  return 0;
}, { noreturn: true });

SYSCALL('sys_getpid', [], 'int', (c) => c.task.tgid);
SYSCALL('sys_gettid', [], 'int', (c) => c.task.pid);
SYSCALL('sys_getppid', [], 'int', (c) => c.task.ppid);
SYSCALL('sys_getuid', [], 'int', (c) => c.task.creds.uid);
SYSCALL('sys_geteuid', [], 'int', (c) => c.task.creds.euid);
SYSCALL('sys_getgid', [], 'int', (c) => c.task.creds.gid);
SYSCALL('sys_getegid', [], 'int', (c) => c.task.creds.egid);
SYSCALL('sys_getpgrp', [], 'int', (c) => c.task.tgid);
SYSCALL('sys_getpgid', [a('pid', 'int')], 'int', (c, pid) => {
  if (pid !== 0 && pid !== c.task.tgid) return -Errno.ESRCH;
  return c.task.tgid;
});
SYSCALL('sys_getsid', [a('pid', 'int')], 'int', (c, pid) => {
  if (pid !== 0 && pid !== c.task.tgid) return -Errno.ESRCH;
  return c.task.tgid;
});
SYSCALL('sys_getresuid', [a('ruid', 'ptr'), a('euid', 'ptr'), a('suid', 'ptr')], 'int', (c, r, e, s) => {
  c.task.um.putU32(r, c.task.creds.uid);
  c.task.um.putU32(e, c.task.creds.euid);
  c.task.um.putU32(s, c.task.creds.suid);
  return 0;
});
SYSCALL('sys_getresgid', [a('rgid', 'ptr'), a('egid', 'ptr'), a('sgid', 'ptr')], 'int', (c, r, e, s) => {
  c.task.um.putU32(r, c.task.creds.gid);
  c.task.um.putU32(e, c.task.creds.egid);
  c.task.um.putU32(s, c.task.creds.sgid);
  return 0;
});
SYSCALL('sys_getgroups', [a('size', 'int'), a('list', 'ptr')], 'int', (c, size, list) => {
  const g = c.task.creds.groups;
  if (size < 0) return -Errno.EINVAL;
  if (size === 0) return g.length;
  if (size < g.length) return -Errno.EINVAL;
  g.forEach((gid, i) => c.task.um.putU32(list + i * 4, gid));
  return g.length;
});

SYSCALL('sys_set_tid_address', [a('tidptr', 'ptr')], 'int', (c, p) => {
  c.task.clearChildTid = p;
  return c.task.pid;
});

SYSCALL('sys_set_robust_list', [a('head', 'ptr'), a('len', 'size')], 'int', (c, head, len) => {
  // sizeof(struct robust_list_head): 24 (64-bit), 12 (compat)
  if (len !== (c.abi === 'x64' ? 24 : 12)) return -Errno.EINVAL;
  c.task.robustList = head;
  c.task.robustLen = len;
  return 0;
});

SYSCALL('sys_sched_yield', [], 'int', () => 0);

SYSCALL('sys_umask', [a('mask', 'octal')], 'octal', (c, mask) => {
  const old = c.task.umask;
  c.task.umask = mask & 0o777;
  return old;
});

const ARCH_SET_GS = 0x1001;
const ARCH_SET_FS = 0x1002;
const ARCH_GET_FS = 0x1003;
const ARCH_GET_GS = 0x1004;
const ARCH_GET_CPUID = 0x1011;
const ARCH_SET_CPUID = 0x1012;
const ARCH_MAP_VDSO_32 = 0x2002;
const ARCH_MAP_VDSO_64 = 0x2003;

SYSCALL('sys_arch_prctl', [a('option', 'hex'), a('addr', 'ptr')], 'int', (c, option, addr) => {
  const cpu = c.k.cpu;
  switch (option) {
    case ARCH_SET_FS:
      if (addr < 0 || addr >= TASK_SIZE_MAX) return -Errno.EPERM;
      cpu.fsBase = addr; // the user FS base lives in MSR_FS_BASE while the task runs
      return 0;
    case ARCH_SET_GS:
      if (addr < 0 || addr >= TASK_SIZE_MAX) return -Errno.EPERM;
      cpu.kernelGsBase = addr; // inside the kernel the user's GS base sits in KERNEL_GS_BASE
      return 0;
    case ARCH_GET_FS:
      putI64(c, addr, cpu.fsBase);
      return 0;
    case ARCH_GET_GS:
      putI64(c, addr, cpu.kernelGsBase);
      return 0;
    case ARCH_MAP_VDSO_32:
    case ARCH_MAP_VDSO_64:
      // map_vdso_once(): the vDSO (mapped at exec) may not be mapped a second time
      return -Errno.EEXIST;
    case ARCH_GET_CPUID:
      return 1;
    case ARCH_SET_CPUID:
      return addr ? 0 : -Errno.ENODEV;
    default:
      return -Errno.EINVAL;
  }
}, { support: 'partial', note: 'ARCH_SET_CPUID (cpuid faulting) is not supported; ARCH_MAP_VDSO_* is EEXIST (the vDSO mapped at exec cannot be moved); no ARCH_*SHSTK' });

// ---- resource limits ----

export const RLIM_INFINITY = 0xffffffffffffffffn;
export const RLIMIT_NAMES = ['RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_RSS', 'RLIMIT_NPROC', 'RLIMIT_NOFILE', 'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS', 'RLIMIT_SIGPENDING', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME'];
const RLIM_NLIMITS = 16;

function defaultLimit(r: number): [bigint, bigint] {
  switch (r) {
    case 3:
      return [8n << 20n, RLIM_INFINITY]; // RLIMIT_STACK
    case 4:
      return [0n, RLIM_INFINITY]; // RLIMIT_CORE
    case 6:
    case 11:
      return [63432n, 63432n];
    case 7:
      return [1024n, 4096n]; // RLIMIT_NOFILE
    case 8:
      return [8n << 20n, 8n << 20n];
    case 12:
      return [819200n, 819200n];
    case 13:
    case 14:
      return [0n, 0n];
    default:
      return [RLIM_INFINITY, RLIM_INFINITY];
  }
}

export function getLimit(t: Task, r: number): [bigint, bigint] {
  return t.rlimits.get(r) ?? defaultLimit(r);
}

/** RLIMIT_FSIZE as a number of bytes, or undefined when unlimited. */
export function fileSizeLimit(t: Task): number | undefined {
  const [soft] = getLimit(t, 1);
  return soft >= 1n << 62n ? undefined : Number(soft);
}

function setLimit(t: Task, r: number, soft: bigint, hard: bigint): number {
  if (soft > hard) return -Errno.EINVAL;
  if (r === 7 && hard > 1048576n) return -Errno.EPERM; // sysctl_nr_open
  const [, oldHard] = getLimit(t, r);
  if (hard > oldHard && t.creds.euid !== 0) return -Errno.EPERM;
  t.rlimits.set(r, [soft, hard]);
  if (r === 7) t.files.limit = Number(soft > 1048576n ? 1048576n : soft);
  if (r === 3) t.mm.stackLimit = Number(soft > 1n << 40n ? 1n << 40n : soft);
  return 0;
}

/**
 * do_prlimit(): the resource (unsigned: EINVAL beyond RLIM_NLIMITS), then the new
 * limit's checks (setLimit). Returns the old limit or -errno.
 */
function doPrlimit(t: Task, r: number, next: [bigint, bigint] | null): [bigint, bigint] | number {
  if (r >>> 0 >= RLIM_NLIMITS) return -Errno.EINVAL;
  const old = getLimit(t, r);
  if (next) {
    const e = setLimit(t, r, next[0], next[1]);
    if (e < 0) return e;
  }
  return old;
}

/** prlimit64: copy_from_user of the new limit first, then the pid, then do_prlimit. */
SYSCALL('sys_prlimit64', [a('pid', 'int'), a('resource', 'int'), structArg('new_limit', 'rlimit64'), structArg('old_limit', 'rlimit64', true)], 'int', (c, pid, r, newp, oldp) => {
  let next: [bigint, bigint] | null = null;
  if (newp) {
    const b = copyIn(c, newp, 16);
    const dv = new DataView(b.buffer, b.byteOffset, 16);
    next = [dv.getBigUint64(0, true), dv.getBigUint64(8, true)];
  }
  if (pid !== 0 && pid !== c.task.tgid) return -Errno.ESRCH;
  const old = doPrlimit(c.task, r, next);
  if (typeof old === 'number') return old;
  if (oldp) copyOut(c, oldp, new StructWriter(16).u64(0, old[0]).u64(8, old[1]).buf);
  return 0;
});

SYSCALL('sys_getrlimit', [a('resource', 'int'), structArg('rlim', 'rlimit', true)], 'int', (c, r, p) => {
  const old = doPrlimit(c.task, r, null);
  if (typeof old === 'number') return old;
  const [s, h] = old;
  if (c.abi === 'x64') copyOut(c, p, new StructWriter(16).u64(0, s).u64(8, h).buf);
  else {
    const clamp = (v: bigint) => (v > 0xffffffffn ? 0xffffffffn : v);
    copyOut(c, p, new StructWriter(8).u32(0, Number(clamp(s))).u32(4, Number(clamp(h))).buf);
  }
  return 0;
});

// ---- getrusage ----

const RUSAGE_SELF = 0;
const RUSAGE_CHILDREN = -1;
const RUSAGE_THREAD = 1;

/**
 * struct rusage: ru_utime and ru_stime (timevals), then 14 longs (ru_maxrss in KiB …);
 * the i386 struct compat_rusage has the same fields in 32-bit words. This machine's
 * process time counts as user time; it has no children.
 */
function rusage(c: SyscallContext, who: number, word: 4 | 8): Uint8Array {
  const w = new StructWriter(word === 8 ? 144 : 72);
  if (who === RUSAGE_CHILDREN) return w.buf;
  const us = BigInt(Math.round((Date.now() - c.k.bootTime) * 1000));
  const put = (k: number, v: bigint | number) => (word === 8 ? w.i64(k * 8, v) : w.i32(k * 4, Number(v)));
  put(0, us / 1_000_000n);
  put(1, us % 1_000_000n);
  put(4, c.k.phys.framesInUse * 4); // ru_maxrss: the guest memory in use, KiB
  return w.buf;
}

SYSCALL('sys_getrusage', [a('who', 'int'), structArg('ru', 'rusage', true)], 'int', (c, who, ru) => {
  if (who !== RUSAGE_SELF && who !== RUSAGE_CHILDREN && who !== RUSAGE_THREAD) return -Errno.EINVAL;
  copyOut(c, ru, rusage(c, who, 8));
  return 0;
}, { support: 'partial', note: 'utime and maxrss only (the emulator\'s elapsed time; the memory in use); no children' });

SYSCALL('compat_sys_getrusage', [a('who', 'int'), structArg('ru', 'compat_rusage', true)], 'int', (c, who, ru) => {
  if (who !== RUSAGE_SELF && who !== RUSAGE_CHILDREN && who !== RUSAGE_THREAD) return -Errno.EINVAL;
  copyOut(c, ru, rusage(c, who, 4));
  return 0;
}, { support: 'partial', note: 'as getrusage, with struct compat_rusage' });

SYSCALL('sys_setrlimit', [a('resource', 'int'), structArg('rlim', 'rlimit')], 'int', (c, r, p) => {
  if (r < 0 || r >= RLIM_NLIMITS) return -Errno.EINVAL;
  let s: bigint;
  let h: bigint;
  if (c.abi === 'x64') {
    s = c.task.um.big64(p);
    h = c.task.um.big64(p + 8);
  } else {
    const w = (v: number) => (v === 0xffffffff ? RLIM_INFINITY : BigInt(v));
    s = w(c.task.um.u32(p));
    h = w(c.task.um.u32(p + 4));
  }
  return setLimit(c.task, r, s, h);
});

void SysError;
