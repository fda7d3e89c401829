// i386 (compat) routines outside the file system: 16-bit uid calls, the old uname
// structures, mmap2 / old_mmap, resource limits with 32-bit words, the old
// sigaction, and the socketcall / ipc multiplexers.
//
// Where Linux's compat routine only converts arguments and calls the native one, the
// routine here does the same through the native declaration (`callNative`); such a
// routine is declared only when its native routine is, so that `sysgate table` never
// claims a call that would end in -ENOSYS. That makes import order matter: compat.js is
// imported after the native files (see index.ts).

import { SYSCALL, a, structArg, lookupDecl, type SyscallContext, type ArgSpec, type RetKind } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { StructWriter } from '../uaccess.js';
import { PAGE_SIZE } from '../../mem/memory.js';
import { UTS_SYSNAME, UTS_RELEASE, UTS_VERSION } from './info.js';
import { doMmap } from './mm.js';
import { IA32_TASK_SIZE } from '../layout.js';
import { getLimit } from './process.js';
import { NSIG, SIGKILL, SIGSTOP } from '../signals.js';
import { copyIn, copyOut, putInt } from './fs.js';

function getU32(c: SyscallContext, addr: number): number {
  const b = copyIn(c, addr, 4);
  return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true);
}

/** Calls a native routine's implementation (the compat routine's "ksys_*" call). */
export function callNative(c: SyscallContext, entry: string, ...args: number[]): number {
  const d = lookupDecl(entry);
  if (!d) return -Errno.ENOSYS;
  return d.impl(c, ...args);
}

/** Declares a compat routine that needs `native`, only if that one is declared. */
export function SYSCALL_IF(native: string, entry: string, args: ArgSpec[], ret: RetKind, impl: (c: SyscallContext, ...a: number[]) => number, opts: { support?: 'full' | 'partial'; note?: string } = {}): void {
  if (!lookupDecl(native)) return;
  if (lookupDecl(entry)) return; // somebody else declared it: theirs wins
  SYSCALL(entry, args, ret, impl, opts);
}

/**
 * A compat entry point whose native routine already reads and writes the 32-bit layout
 * for 'ia32' callers (it looks at c.abi): declared under Linux's compat name, with the
 * native routine's argument specification, so the table and the tracer name it as
 * Linux does.
 */
function COMPAT_ALIAS(native: string, entry: string, what: string): void {
  const d = lookupDecl(native);
  if (!d || lookupDecl(entry)) return;
  const note = `${what}; the native ${native} reads the 32-bit layout for i386 callers` + (d.note ? ` — ${d.note}` : '');
  SYSCALL(entry, d.args, d.ret, (c, ...a) => d.impl(c, ...a), { support: d.support, note, noreturn: d.noreturn });
}

COMPAT_ALIAS('sys_rt_sigaction', 'compat_sys_rt_sigaction', 'struct sigaction32 {u32 handler, flags, restorer; compat_sigset_t mask}');
COMPAT_ALIAS('sys_rt_sigprocmask', 'compat_sys_rt_sigprocmask', 'compat_sigset_t: two u32 words, the same bytes as one u64');
COMPAT_ALIAS('sys_rt_sigpending', 'compat_sys_rt_sigpending', 'compat_sigset_t');
COMPAT_ALIAS('sys_sigaltstack', 'compat_sys_sigaltstack', 'compat_stack_t {u32 ss_sp; s32 ss_flags; u32 ss_size}');
COMPAT_ALIAS('sys_sysinfo', 'compat_sys_sysinfo', 'struct compat_sysinfo (32-bit words, mem_unit scaling)');
COMPAT_ALIAS('sys_set_robust_list', 'compat_sys_set_robust_list', 'struct compat_robust_list_head (12 bytes)');

// arch_prctl from a 32-bit program (384): only the options do_arch_prctl_common()
// handles; the FS/GS base options are 64-bit only (EINVAL).
const ARCH_GET_CPUID = 0x1011;
const ARCH_SET_CPUID = 0x1012;
SYSCALL_IF('sys_arch_prctl', 'compat_sys_arch_prctl', [a('option', 'hex'), a('arg2', 'ulong')], 'int', (c, option, arg2) => {
  if (option === ARCH_GET_CPUID || option === ARCH_SET_CPUID) return callNative(c, 'sys_arch_prctl', option, arg2);
  return -Errno.EINVAL;
}, { support: 'partial', note: 'ARCH_GET_CPUID/ARCH_SET_CPUID as the native call; ARCH_SET_FS and the other 64-bit options are EINVAL, as for Linux compat tasks; ARCH_MAP_VDSO_32 and the XSTATE options are not implemented' });

// ---------------- 16-bit uids (kernel/uid16.c) ----------------

const OVERFLOWUID = 65534;
const OVERFLOWGID = 65534;
/** high2lowuid(): ids that do not fit 16 bits read as the overflow id. */
export const high2lowuid = (uid: number): number => (uid & ~0xffff ? OVERFLOWUID : uid);
export const high2lowgid = (gid: number): number => (gid & ~0xffff ? OVERFLOWGID : gid);
/** low2highuid(): (old_uid_t)-1 means "unchanged" (-1) in the wider call. */
export const low2highuid = (uid: number): number => ((uid & 0xffff) === 0xffff ? -1 : uid & 0xffff);

function putU16(c: SyscallContext, addr: number, v: number): void {
  copyOut(c, addr, new StructWriter(2).u16(0, v & 0xffff).buf);
}

SYSCALL('sys_getuid16', [], 'int', (c) => high2lowuid(c.task.creds.uid));
SYSCALL('sys_geteuid16', [], 'int', (c) => high2lowuid(c.task.creds.euid));
SYSCALL('sys_getgid16', [], 'int', (c) => high2lowgid(c.task.creds.gid));
SYSCALL('sys_getegid16', [], 'int', (c) => high2lowgid(c.task.creds.egid));

SYSCALL('sys_getresuid16', [a('ruid', 'ptr'), a('euid', 'ptr'), a('suid', 'ptr')], 'int', (c, r, e, s) => {
  const cr = c.task.creds;
  putU16(c, r, high2lowuid(cr.uid));
  putU16(c, e, high2lowuid(cr.euid));
  putU16(c, s, high2lowuid(cr.suid));
  return 0;
});

SYSCALL('sys_getresgid16', [a('rgid', 'ptr'), a('egid', 'ptr'), a('sgid', 'ptr')], 'int', (c, r, e, s) => {
  const cr = c.task.creds;
  putU16(c, r, high2lowgid(cr.gid));
  putU16(c, e, high2lowgid(cr.egid));
  putU16(c, s, high2lowgid(cr.sgid));
  return 0;
});

SYSCALL('sys_getgroups16', [a('gidsetsize', 'int'), a('grouplist', 'ptr')], 'int', (c, size, list) => {
  const g = c.task.creds.groups;
  if (size < 0) return -Errno.EINVAL;
  if (size === 0) return g.length;
  if (g.length > size) return -Errno.EINVAL;
  const w = new StructWriter(g.length * 2);
  g.forEach((gid, i) => w.u16(i * 2, high2lowgid(gid)));
  copyOut(c, list, w.buf);
  return g.length;
});

// The setters convert and call the 32-bit routines (declared only when those exist).
SYSCALL_IF('sys_setuid', 'sys_setuid16', [a('uid', 'uint')], 'int', (c, u) => callNative(c, 'sys_setuid', low2highuid(u)));
SYSCALL_IF('sys_setgid', 'sys_setgid16', [a('gid', 'uint')], 'int', (c, g) => callNative(c, 'sys_setgid', low2highuid(g)));
SYSCALL_IF('sys_setreuid', 'sys_setreuid16', [a('ruid', 'uint'), a('euid', 'uint')], 'int', (c, r, e) => callNative(c, 'sys_setreuid', low2highuid(r), low2highuid(e)));
SYSCALL_IF('sys_setregid', 'sys_setregid16', [a('rgid', 'uint'), a('egid', 'uint')], 'int', (c, r, e) => callNative(c, 'sys_setregid', low2highuid(r), low2highuid(e)));
SYSCALL_IF('sys_setresuid', 'sys_setresuid16', [a('ruid', 'uint'), a('euid', 'uint'), a('suid', 'uint')], 'int', (c, r, e, s) =>
  callNative(c, 'sys_setresuid', low2highuid(r), low2highuid(e), low2highuid(s)),
);
SYSCALL_IF('sys_setresgid', 'sys_setresgid16', [a('rgid', 'uint'), a('egid', 'uint'), a('sgid', 'uint')], 'int', (c, r, e, s) =>
  callNative(c, 'sys_setresgid', low2highuid(r), low2highuid(e), low2highuid(s)),
);
SYSCALL_IF('sys_setfsuid', 'sys_setfsuid16', [a('uid', 'uint')], 'int', (c, u) => callNative(c, 'sys_setfsuid', low2highuid(u)));
SYSCALL_IF('sys_setfsgid', 'sys_setfsgid16', [a('gid', 'uint')], 'int', (c, g) => callNative(c, 'sys_setfsgid', low2highuid(g)));
SYSCALL_IF('sys_chown', 'sys_chown16', [a('filename', 'path'), a('user', 'uint'), a('group', 'uint')], 'int', (c, p, u, g) => callNative(c, 'sys_chown', p, low2highuid(u), low2highuid(g)));
SYSCALL_IF('sys_lchown', 'sys_lchown16', [a('filename', 'path'), a('user', 'uint'), a('group', 'uint')], 'int', (c, p, u, g) => callNative(c, 'sys_lchown', p, low2highuid(u), low2highuid(g)));
SYSCALL_IF('sys_fchown', 'sys_fchown16', [a('fd', 'fd'), a('user', 'uint'), a('group', 'uint')], 'int', (c, fd, u, g) => callNative(c, 'sys_fchown', fd, low2highuid(u), low2highuid(g)));

// ---------------- uname: struct oldold_utsname and old_utsname (kernel/sys.c) ----------------

function utsFields(c: SyscallContext, len: number, n: number): Uint8Array {
  const vals = [UTS_SYSNAME, c.k.hostname, UTS_RELEASE, UTS_VERSION, 'x86_64'];
  const out = new Uint8Array(len * n);
  vals.slice(0, n).forEach((s, k) => out.set(new TextEncoder().encode(s).subarray(0, len - 1), k * len));
  return out;
}

// olduname (109): struct old_utsname — five 65-byte fields (no domainname).
SYSCALL('sys_uname', [structArg('name', 'old_utsname', true)], 'int', (c, p) => {
  if (!p) return -Errno.EFAULT;
  copyOut(c, p, utsFields(c, 65, 5));
  return 0;
});

// oldolduname (59): struct oldold_utsname — five 9-byte fields (__OLD_UTS_LEN 8), each
// truncated and NUL-terminated.
SYSCALL('sys_olduname', [structArg('name', 'oldold_utsname', true)], 'int', (c, p) => {
  if (!p) return -Errno.EFAULT;
  copyOut(c, p, utsFields(c, 9, 5));
  return 0;
});

// ---------------- 32-bit time ----------------
// The *_time32 routines (time32, clock_gettime32, nanosleep_time32, …) and
// compat_sys_gettimeofday / compat_sys_times live with their 64-bit twins in time.ts.

// ---------------- mmap2 and old_mmap (arch/x86/kernel/sys_ia32.c, mm/mmap.c) ----------------

/**
 * A 64-bit program that calls mmap2 or old mmap through int $0x80 gets an address a
 * 32-bit register can hold: Linux's get_unmapped_area searches below 4 GiB when
 * in_32bit_syscall() (mmap_compat_base, task_size_32bit()).
 */
const IN_32BIT = { in32bit: true };

// mmap2: the offset is in 4096-byte pages, so 32-bit programs reach 2^44 bytes of file.
SYSCALL(
  'sys_mmap_pgoff',
  [a('addr', 'ptr'), a('len', 'size'), a('prot', 'prot'), a('flags', 'mmap_flags'), a('fd', 'fd'), a('pgoff', 'ulong')],
  'ptr',
  (c, addr, len, prot, flags, fd, pgoff) => doMmap(c, addr, len, prot, flags, fd | 0, pgoff, IN_32BIT),
  { support: 'partial', note: 'as mmap: MAP_SHARED file mappings are read-only' },
);

/** sizeof(struct mmap_arg_struct32): addr, len, prot, flags, fd, offset — six u32. */
const MMAP_ARG_SIZE = 24;

// old_mmap (90): one pointer to the six arguments; the offset is in bytes and must be
// page-aligned.
SYSCALL('compat_sys_ia32_mmap', [structArg('arg', 'mmap_arg_struct32')], 'ptr', (c, p) => {
  const b = copyIn(c, p, MMAP_ARG_SIZE);
  const dv = new DataView(b.buffer, b.byteOffset, MMAP_ARG_SIZE);
  const w = (k: number) => dv.getUint32(k * 4, true);
  const off = w(5);
  if (off & (PAGE_SIZE - 1)) return -Errno.EINVAL;
  return doMmap(c, w(0), w(1), w(2), w(3), w(4) | 0, off / PAGE_SIZE, IN_32BIT);
}, { support: 'partial', note: 'as mmap: MAP_SHARED file mappings are read-only' });

// ---------------- resource limits with 32-bit words (kernel/sys.c) ----------------

const COMPAT_RLIM_INFINITY = 0xffffffffn;
const COMPAT_RLIM_OLD_INFINITY = 0x7fffffffn;
const RLIM_NLIMITS = 16;

// ugetrlimit (191): one copy_to_user of struct compat_rlimit
SYSCALL('compat_sys_getrlimit', [a('resource', 'int'), structArg('rlim', 'compat_rlimit', true)], 'int', (c, r, p) => {
  if (r < 0 || r >= RLIM_NLIMITS) return -Errno.EINVAL;
  const clamp = (v: bigint) => Number(v > COMPAT_RLIM_INFINITY ? COMPAT_RLIM_INFINITY : v);
  const [s, h] = getLimit(c.task, r);
  copyOut(c, p, new StructWriter(8).u32(0, clamp(s)).u32(4, clamp(h)).buf);
  return 0;
});

// getrlimit (76): the pre-2.4 call, where infinity is 0x7fffffff; stored with two
// put_user()s (rlim_max only if rlim_cur could be stored).
SYSCALL('compat_sys_old_getrlimit', [a('resource', 'int'), structArg('rlim', 'compat_rlimit', true)], 'int', (c, r, p) => {
  if (r < 0 || r >= RLIM_NLIMITS) return -Errno.EINVAL;
  const clamp = (v: bigint) => Number(v > COMPAT_RLIM_OLD_INFINITY ? COMPAT_RLIM_OLD_INFINITY : v);
  const [s, h] = getLimit(c.task, r);
  putInt(c, p, clamp(s));
  putInt(c, p + 4, clamp(h));
  return 0;
});

// setrlimit (75): two u32 words, 0xffffffff = infinity. The native routine reads exactly
// that layout for 'ia32' callers (compat_sys_setrlimit's conversion), so it is called as is.
SYSCALL_IF('sys_setrlimit', 'compat_sys_setrlimit', [a('resource', 'int'), structArg('rlim', 'compat_rlimit')], 'int', (c, r, p) => callNative(c, 'sys_setrlimit', r, p));

// ---------------- old sigaction (48 signal, 67 sigaction: arch/x86/kernel/signal.c) ----------------

// struct old_sigaction32 { u32 sa_handler; u32 sa_mask; u32 sa_flags; u32 sa_restorer; }
SYSCALL('compat_sys_sigaction', [a('sig', 'signum'), structArg('act', 'old_sigaction32'), structArg('oact', 'old_sigaction32', true)], 'int', (c, sig, act, oact) => {
  if (sig < 1 || sig > NSIG || (act && (sig === SIGKILL || sig === SIGSTOP))) return -Errno.EINVAL;
  let next: { handler: bigint; mask: bigint; flags: bigint; restorer: bigint } | null = null;
  if (act) {
    const unblockable = (1n << BigInt(SIGKILL - 1)) | (1n << BigInt(SIGSTOP - 1));
    next = { handler: BigInt(getU32(c, act)), mask: BigInt(getU32(c, act + 4)) & ~unblockable, flags: BigInt(getU32(c, act + 8)), restorer: BigInt(getU32(c, act + 12)) };
  }
  if (oact) {
    const cur = c.task.sigactions.get(sig) ?? { handler: 0n, flags: 0n, restorer: 0n, mask: 0n };
    copyOut(c, oact, new StructWriter(16).u32(0, Number(cur.handler & 0xffffffffn)).u32(4, Number(cur.mask & 0xffffffffn)).u32(8, Number(cur.flags & 0xffffffffn)).u32(12, Number(cur.restorer & 0xffffffffn)).buf);
  }
  if (next) c.task.sigactions.set(sig, next);
  return 0;
}, { support: 'partial', note: 'dispositions are recorded; delivery to handlers is not implemented yet' });

// ---------------- socketcall and ipc multiplexers (net/compat.c, ipc/syscall.c) ----------------

/** SYS_SOCKET (1) … SYS_SENDMMSG (20): the direct entry point and argument count of each sub-call. */
const SOCKETCALLS: Array<[string, string, number]> = [
  ['', '', 0],
  ['socket', 'sys_socket', 3],
  ['bind', 'sys_bind', 3],
  ['connect', 'sys_connect', 3],
  ['listen', 'sys_listen', 2],
  ['accept', 'sys_accept', 3],
  ['getsockname', 'sys_getsockname', 3],
  ['getpeername', 'sys_getpeername', 3],
  ['socketpair', 'sys_socketpair', 4],
  ['send', 'sys_send', 4],
  ['recv', 'sys_recv', 4],
  ['sendto', 'sys_sendto', 6],
  ['recvfrom', 'compat_sys_recvfrom', 6],
  ['shutdown', 'sys_shutdown', 2],
  ['setsockopt', 'sys_setsockopt', 5],
  ['getsockopt', 'sys_getsockopt', 5],
  ['sendmsg', 'compat_sys_sendmsg', 3],
  ['recvmsg', 'compat_sys_recvmsg', 3],
  ['accept4', 'sys_accept4', 4],
  ['recvmmsg', 'compat_sys_recvmmsg_time32', 5],
  ['sendmmsg', 'compat_sys_sendmmsg', 4],
];

/** The socketcall sub-call names, for the tracer. */
export const SOCKETCALL_NAMES = SOCKETCALLS.map((s) => s[0]);

SYSCALL('compat_sys_socketcall', [a('call', 'int'), a('args', 'ptr')], 'int', (c, call, args) => {
  if (call < 1 || call >= SOCKETCALLS.length) return -Errno.EINVAL;
  const [, entry, n] = SOCKETCALLS[call];
  const b = copyIn(c, args, n * 4); // copy_from_user of the argument block: EFAULT first
  const dv = new DataView(b.buffer, b.byteOffset, n * 4);
  const av: number[] = [];
  for (let k = 0; k < n; k++) av.push(dv.getUint32(k * 4, true));
  // send/recv are sendto/recvfrom without an address
  if (call === 9) return callIfDeclared(c, 'sys_sendto', [av[0] | 0, av[1], av[2], av[3], 0, 0]);
  if (call === 10) return callIfDeclared(c, 'compat_sys_recvfrom', [av[0] | 0, av[1], av[2], av[3], 0, 0], 'sys_recvfrom');
  return callIfDeclared(c, entry, av.map((v, k) => (k === 0 ? v | 0 : v)), entry.replace(/^compat_/, ''));
}, {
  support: 'partial',
  note: 'validates the call number (EINVAL) and copies the argument block (EFAULT), then dispatches to the direct socket routine; sub-calls without one (no sockets yet) return ENOSYS',
});

function callIfDeclared(c: SyscallContext, entry: string, args: number[], fallback?: string): number {
  if (lookupDecl(entry)) return callNative(c, entry, ...args);
  if (fallback && lookupDecl(fallback)) return callNative(c, fallback, ...args);
  return -Errno.ENOSYS;
}

// msgsnd (400): sysgate's machine is its own IPC namespace and System V message queues
// are not implemented (msgget is ENOSYS), so no queue id can be valid. compat_ksys_msgsnd
// and do_msgsnd's checks still run in Linux's order — get_user(mtype) (EFAULT), msgsz and
// msqid (EINVAL), mtype (EINVAL), load_msg (EFAULT) — and the id look-up then fails
// with EINVAL, as it does on Linux for an id that does not exist.
const MSGMAX = 8192;
SYSCALL('compat_sys_msgsnd', [a('msqid', 'int'), a('msgp', 'ptr'), a('msgsz', 'long'), a('msgflg', 'hex')], 'int', (c, msqid, msgp, msgsz) => {
  const mtype = getU32(c, msgp) | 0;
  if (msgsz > MSGMAX || msgsz < 0 || msqid < 0) return -Errno.EINVAL;
  if (mtype < 1) return -Errno.EINVAL;
  copyIn(c, msgp + 4, msgsz);
  return -Errno.EINVAL;
}, { support: 'partial', note: 'no message queues exist (msgget is not implemented): after the argument checks every id is invalid (EINVAL)' });

// ipc(2): call = version << 16 | number.
const SEMOP = 1, SEMGET = 2, SEMCTL = 3, SEMTIMEDOP = 4;
const MSGSND = 11, MSGRCV = 12, MSGGET = 13, MSGCTL = 14;
const SHMAT = 21, SHMDT = 22, SHMGET = 23, SHMCTL = 24;

SYSCALL('compat_sys_ipc', [a('call', 'hex'), a('first', 'int'), a('second', 'int'), a('third', 'uint'), a('ptr', 'ptr'), a('fifth', 'long')], 'int', (c, callArg, first, second, third, ptr, fifth) => {
  const call = callArg & 0xffff;
  const version = callArg >>> 16;
  switch (call) {
    case SEMOP:
      return callIfDeclared(c, 'sys_semtimedop_time32', [first, ptr, second, 0], 'sys_semop');
    case SEMTIMEDOP:
      return callIfDeclared(c, 'sys_semtimedop_time32', [first, ptr, second, fifth]);
    case SEMGET:
      return callIfDeclared(c, 'sys_semget', [first, second, third]);
    case SEMCTL: {
      if (!ptr) return -Errno.EINVAL;
      const arg = getU32(c, ptr);
      return callIfDeclared(c, 'compat_sys_semctl', [first, second, third, arg]);
    }
    case MSGSND:
      return callIfDeclared(c, 'compat_sys_msgsnd', [first, ptr, second, third]);
    case MSGRCV: {
      if (!version) {
        // struct compat_ipc_kludge { u32 msgp; s32 msgtyp; }
        if (!ptr) return -Errno.EINVAL;
        const msgp = getU32(c, ptr);
        const msgtyp = getU32(c, ptr + 4) | 0;
        return callIfDeclared(c, 'compat_sys_msgrcv', [first, msgp, second, msgtyp, third]);
      }
      return callIfDeclared(c, 'compat_sys_msgrcv', [first, ptr, second, fifth, third]);
    }
    case MSGGET:
      return callIfDeclared(c, 'sys_msgget', [first, second]);
    case MSGCTL:
      return callIfDeclared(c, 'compat_sys_msgctl', [first, second, ptr]);
    case SHMAT:
      if (version === 1) return -Errno.EINVAL;
      return callIfDeclared(c, 'compat_sys_shmat', [first, ptr, second]);
    case SHMDT:
      return callIfDeclared(c, 'sys_shmdt', [ptr]);
    case SHMGET:
      return callIfDeclared(c, 'sys_shmget', [first, second >>> 0, third]);
    case SHMCTL:
      return callIfDeclared(c, 'compat_sys_shmctl', [first, second, ptr]);
    default:
      return -Errno.ENOSYS;
  }
}, {
  support: 'partial',
  note: 'decodes the sub-call and dispatches to the direct System V IPC routine: MSGSND reaches compat_sys_msgsnd (no queues exist: EINVAL after its checks); the other sub-calls have no routine yet and return ENOSYS (as unknown ones do in Linux)',
});
