// Process identity and lifetime: exit, exit_group, get*id, set_tid_address,
// set_robust_list, arch_prctl, prlimit64/getrlimit/setrlimit, sched_yield, umask.

import { SYSCALL, a, structArg, SysError } from './declare.js';
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
      c.task.um.putI64(addr, cpu.fsBase);
      return 0;
    case ARCH_GET_GS:
      c.task.um.putI64(addr, cpu.kernelGsBase);
      return 0;
    case ARCH_GET_CPUID:
      return 1;
    case ARCH_SET_CPUID:
      return addr ? 0 : -Errno.ENODEV;
    default:
      return -Errno.EINVAL;
  }
}, { support: 'partial', note: 'ARCH_SET_CPUID (cpuid faulting) is not supported; ARCH_MAP_VDSO_*, ARCH_*SHSTK not implemented' });

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

function setLimit(t: Task, r: number, soft: bigint, hard: bigint): number {
  if (soft > hard) return -Errno.EINVAL;
  const [, oldHard] = getLimit(t, r);
  if (hard > oldHard && t.creds.euid !== 0) return -Errno.EPERM;
  if (r === 7 && hard > 1048576n) return -Errno.EPERM;
  t.rlimits.set(r, [soft, hard]);
  if (r === 7) t.files.limit = Number(soft > 1048576n ? 1048576n : soft);
  if (r === 3) t.mm.stackLimit = Number(soft > 1n << 40n ? 1n << 40n : soft);
  return 0;
}

SYSCALL('sys_prlimit64', [a('pid', 'int'), a('resource', 'int'), structArg('new_limit', 'rlimit64'), structArg('old_limit', 'rlimit64', true)], 'int', (c, pid, r, newp, oldp) => {
  if (pid !== 0 && pid !== c.task.tgid) return -Errno.ESRCH;
  if (r < 0 || r >= RLIM_NLIMITS) return -Errno.EINVAL;
  let soft = 0n;
  let hard = 0n;
  if (newp) {
    soft = c.task.um.big64(newp);
    hard = c.task.um.big64(newp + 8);
  }
  if (oldp) {
    const [s, h] = getLimit(c.task, r);
    c.task.um.write(oldp, new StructWriter(16).u64(0, s).u64(8, h).buf);
  }
  if (newp) return setLimit(c.task, r, soft, hard);
  return 0;
});

SYSCALL('sys_getrlimit', [a('resource', 'int'), structArg('rlim', 'rlimit', true)], 'int', (c, r, p) => {
  if (r < 0 || r >= RLIM_NLIMITS) return -Errno.EINVAL;
  const [s, h] = getLimit(c.task, r);
  if (c.abi === 'x64') c.task.um.write(p, new StructWriter(16).u64(0, s).u64(8, h).buf);
  else {
    const clamp = (v: bigint) => (v > 0xffffffffn ? 0xffffffffn : v);
    c.task.um.write(p, new StructWriter(8).u32(0, Number(clamp(s))).u32(4, Number(clamp(h))).buf);
  }
  return 0;
});

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
