// What the tracer knows about each system call's arguments and result, keyed by the
// name in the syscall tables (strace knows every call's signature independently of
// whether sysgate implements it; so does this table, for the common ones).
//
// Resolution, in signatureFor():
//   1. this table (per-ABI entries first: i386's "mmap" is old_mmap, with one pointer);
//   2. the kernel's declaration of the routine (declare.ts ArgSpec kinds), for calls
//      this table does not list;
//   3. nothing known (a number outside the table, a name with neither): every argument
//      as hex, like strace's printargs.
// Where the table and a declaration both exist the table wins: it carries strace's
// knowledge beyond the C types (ARCH_SET_FS, RLIMIT_STACK, MADV_FREE, fcntl/ioctl
// arguments that depend on the command), which a declaration's kinds do not.

import type { ArgKind, ArgSpec, RetKind, SyscallDecl } from '../kernel/syscalls/declare.js';
import {
  type ArgDecoder, type CallInfo, type StructPrinter,
  PATH_STRLEN, STRUCTS, addr, buf, countDirents, cstr, failed, flockPrinter, hex, inPtr, int, isoTime,
  outPtr, printClockId, printRlimit, printRlimit64, printSigaction, printSignal, printStackT, printStat,
  printStat64, printStatx, printSysinfo, printTermios, printTimezone, printUserDesc, printUtsname,
  printWinsize, printTms, printItimerval, readCString, readStruct, retCount, sigsetAt, slong, timespecPrinter,
  timevalPrinter, uint, ulong, wordSize, View, printStatfs, printStatfs64, printOldDirent,
} from './decode.js';
import {
  ARCH_PRCTL_CODES, AT_FLAGS, CLONE_FLAGS, FACCESSAT_FLAGS, FCNTL_CMDS, FD_FLAGS,
  GETRANDOM_FLAGS, LOCK_TYPES, MADVISE_ADVICE, MLOCKALL_FLAGS, MLOCK_FLAGS, MREMAP_FLAGS, MSYNC_FLAGS,
  NOTIFY_FLAGS, OPEN_FLAGS, POLL_EVENTS, PRCTL_OPTIONS, PROT_FLAGS, RENAME_FLAGS, RLIMIT_RESOURCES,
  SCHED_POLICIES, SEAL_FLAGS, SEEK_WHENCE, SIGPROCMASK_HOW, SOCKET_FAMILIES, SOCKET_TYPES, SOCK_TYPE_FLAGS,
  STATX_MASKS, TCFLSH_QUEUES, TIMER_FLAGS, WAIT_OPTIONS, type Xlat,
  printAccessMode, printFlags, printFutexOp, printMmapFlags, printNumericMode, printOpenFlags,
  printStatxFlags, printXval, xlookup,
} from './flags.js';
import { quoteBytes } from './quote.js';


/** How a successful result prints; errors always print as "-1 ENAME (text)". */
export type RetFormat = 'dec' | 'hex' | 'oct' | 'none' | ((c: CallInfo, ret: bigint) => string);

export interface Signature {
  args: ArgDecoder[];
  /**
   * A multiplexer (i386 socketcall, ipc) strace shows as the call it stands for, when
   * the arguments can be read: the name and arguments to decode instead.
   */
  demux?: (c: CallInfo) => { name: string; args: bigint[]; sig?: Signature } | null;
  /** How many arguments are shown for this call (fcntl(fd, F_GETFD) shows two). */
  count?: (c: CallInfo) => number;
  ret: RetFormat;
}

// ---------------------------------------------------------------- argument decoders

const d = (fmt: (c: CallInfo, i: number) => string, exit?: ArgDecoder['exit']): ArgDecoder => (exit === undefined ? { fmt } : { fmt, exit });

/** Decodes argument `index` wherever it appears in the printed list. */
function at(index: number, dd: ArgDecoder): ArgDecoder {
  return { fmt: (c) => dd.fmt(c, index), exit: dd.exit };
}

export const INT = d((c, i) => String(int(c, i)));
export const UINT = d((c, i) => String(uint(c, i)));
export const LONG = d((c, i) => slong(c, i).toString());
export const ULONG = d((c, i) => ulong(c, i).toString());
export const HEX = d((c, i) => hex(ulong(c, i)));
export const PTR = d((c, i) => addr(ulong(c, i)));
export const FD = INT;
export const DIRFD = d((c, i) => (int(c, i) === -100 ? 'AT_FDCWD' : String(int(c, i))));
export const UID = d((c, i) => (uint(c, i) === 0xffffffff ? '-1' : String(uint(c, i))));
/** The i386 16-bit uid_t of the old calls (chown, setuid, …): 0xffff is -1. */
export const UID16 = d((c, i) => ((uint(c, i) & 0xffff) === 0xffff ? '-1' : String(uint(c, i) & 0xffff)));
export const MODE = d((c, i) => printNumericMode(uint(c, i)));
export const SIG = d((c, i) => printSignal(int(c, i)));
export const CLOCK = d((c, i) => printClockId(int(c, i)));
export const OFF = LONG;
export const PATH = inPtr((c, a) => cstr(c, a, PATH_STRLEN));
export const STR = inPtr((c, a) => cstr(c, a));
export const OFLAGS = d((c, i) => printOpenFlags(uint(c, i)));
/** O_CLOEXEC-style flags without an access mode (dup3, pipe2, eventfd2 …): 0 prints "0". */
export const FLAGS_O = d((c, i) => printFlags(OPEN_FLAGS, uint(c, i), 'O_???'));
export const PROT = d((c, i) => printFlags(PROT_FLAGS, ulong(c, i), 'PROT_???'));
export const MMAP_FLAGS = d((c, i) => printMmapFlags(ulong(c, i)));
export const WHENCE = d((c, i) => printXval(SEEK_WHENCE, uint(c, i), 'SEEK_???'));
export const AT_FLAGS_D = d((c, i) => printFlags(AT_FLAGS, uint(c, i), 'AT_???'));
export const ACCESS = d((c, i) => printAccessMode(uint(c, i)));

export function flagsArg(t: Xlat, dflt: string): ArgDecoder {
  return d((c, i) => printFlags(t, ulong(c, i), dflt));
}
export function xvalArg(t: Xlat, dflt: string): ArgDecoder {
  return d((c, i) => printXval(t, uint(c, i), dflt));
}

/** A buffer the caller filled, `lenIdx` bytes long (write). */
export function inbuf(lenIdx: number, hexStyle = false): ArgDecoder {
  return inPtr((c, a) => buf(c, a, Number(ulong(c, lenIdx) > 0x7fffffffn ? 0x7fffffffn : ulong(c, lenIdx)), hexStyle));
}
/** A buffer the kernel filled with `ret` bytes (read). */
export function outbuf(hexStyle = false): ArgDecoder {
  return outPtr((c, a) => buf(c, a, retCount(c), hexStyle));
}
export function inStruct(p: StructPrinter): ArgDecoder {
  return inPtr(p);
}
export function outStruct(p: StructPrinter): ArgDecoder {
  return outPtr(p);
}

/** An int the kernel stores: "[3]". */
function outInts(n: number, unsigned = false): ArgDecoder {
  return outPtr((c, a) => {
    const v = readStruct(c, a, 4 * n);
    if (!v) return null;
    const xs: string[] = [];
    for (let k = 0; k < n; k++) xs.push(unsigned ? String(v.u32(4 * k)) : String(v.i32(4 * k)));
    return `[${xs.join(', ')}]`;
  });
}
/** An i386 16-bit id the kernel stores (getresuid16). */
const OUT_U16 = outPtr((c, a) => {
  const v = readStruct(c, a, 2);
  return v && `[${v.u16(0)}]`;
});
const GETGROUPS16 = outPtr((c, a) => {
  const n = Math.min(retCount(c), 32);
  const v = readStruct(c, a, 2 * n);
  if (!v) return null;
  const xs: string[] = [];
  for (let k = 0; k < n; k++) xs.push(String(v.u16(2 * k)));
  return `[${xs.join(', ')}]`;
});
const OUT_UINT = outInts(1, true);
const OUT_FDPAIR = outInts(2);

/** struct iovec[count]: at entry (writev) or at exit with the result spread over them (readv). */
function iov(countIdx: number, out: boolean): ArgDecoder {
  const show = (c: CallInfo, a: bigint): string | null => {
    const n = Number(ulong(c, countIdx) > 1024n ? 1024n : ulong(c, countIdx));
    const w = wordSize(c);
    const shown = Math.min(n, 32);
    const raw = shown ? c.mem.read(a, shown * 2 * w) : new Uint8Array(0);
    if (!raw) return null;
    const v = new View(raw, w);
    let left = out ? retCount(c) : Infinity;
    const items: string[] = [];
    for (let k = 0; k < shown; k++) {
      const base = v.word(2 * w * k);
      const len = v.word(2 * w * k + w);
      let l = Number(len > 0x7fffffffn ? 0x7fffffffn : len);
      if (out) {
        l = Math.min(l, left);
        left -= l;
      }
      items.push(`{iov_base=${buf(c, base, l) ?? addr(base)}, iov_len=${len}}`);
    }
    if (Number(ulong(c, countIdx)) > shown) items.push('...');
    return `[${items.join(', ')}]`;
  };
  return out ? outPtr(show) : inPtr(show);
}

/** A sigset argument whose size is argument `sizeIdx`, at entry or exit. */
function sigset(sizeIdx: number, out: boolean): ArgDecoder {
  const show = (c: CallInfo, a: bigint) => sigsetAt(c, a, Number(ulong(c, sizeIdx)));
  return out ? outPtr(show) : inPtr(show);
}

/** execve's argv: ["a", "b"] (at most 32 shown, then ...). */
const ARGV = inPtr((c, a) => {
  const w = wordSize(c);
  const items: string[] = [];
  for (let k = 0; ; k++) {
    const b = c.mem.read(a + BigInt(k * w), w);
    // strace's print_array: an unreadable element ends the list as "... /* its address */"
    if (!b) return k === 0 ? null : `[${items.join(', ')}, ... /* ${addr(a + BigInt(k * w))} */]`;
    const p = new View(b, w).word(0);
    if (p === 0n) break;
    if (k >= 32) {
      items.push('...');
      break;
    }
    items.push(cstr(c, p) ?? addr(p));
  }
  return `[${items.join(', ')}]`;
});

/** execve's envp: the address and a count, "0x7ffc… /* 3 vars *\/". */
const ENVP = d((c, i) => {
  const a = ulong(c, i);
  if (a === 0n) return 'NULL';
  const w = wordSize(c);
  let n = 0;
  for (; n < 100000; n++) {
    const b = c.mem.read(a + BigInt(n * w), w);
    if (!b) return addr(a);
    if (new View(b, w).word(0) === 0n) break;
  }
  return `${addr(a)} /* ${n} var${n === 1 ? '' : 's'} */`;
});

const GETDENTS = (is64: boolean) =>
  outPtr((c, a) => {
    const n = countDirents(c, a, retCount(c), is64);
    return n === null ? null : `${addr(a)} /* ${n} entries */`;
  });

/** getcwd's buffer: the path the kernel wrote (ret bytes including the NUL). */
const CWD_OUT = outPtr((c, a) => {
  const s = readCString(c.mem, a, Math.min(retCount(c), PATH_STRLEN + 1));
  return s && quoteBytes(s.bytes);
});

/** clock_nanosleep/nanosleep's rmtp: only meaningful after an interruption. */
function remainder(p: StructPrinter): ArgDecoder {
  return d((c, i) => {
    const a = ulong(c, i);
    if (a === 0n || c.ret === null || c.ret !== -4n) return addr(a);
    return p(c, a) ?? addr(a);
  }, true);
}

/** A CPU mask (sched_getaffinity): "[0 1 2 3]". */
function cpuset(sizeIdx: number, out: boolean): ArgDecoder {
  const show = (c: CallInfo, a: bigint): string | null => {
    const n = out ? retCount(c) : Number(ulong(c, sizeIdx) > 4096n ? 4096n : ulong(c, sizeIdx));
    const b = c.mem.read(a, n);
    if (!b) return null;
    const cpus: number[] = [];
    for (let k = 0; k < n * 8; k++) if (b[k >> 3] & (1 << (k & 7))) cpus.push(k);
    return `[${cpus.join(' ')}]`;
  };
  return out ? outPtr(show) : inPtr(show);
}

/** wait4/waitpid status: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] */
const WSTATUS = outPtr((c, a) => {
  const v = readStruct(c, a, 4);
  if (!v) return null;
  const s = v.u32(0);
  let t: string;
  if ((s & 0x7f) === 0) t = `WIFEXITED(s) && WEXITSTATUS(s) == ${(s >> 8) & 0xff}`;
  else if ((s & 0xff) === 0x7f) t = `WIFSTOPPED(s) && WSTOPSIG(s) == ${printSignal((s >> 8) & 0xff)}`;
  else t = `WIFSIGNALED(s) && WTERMSIG(s) == ${printSignal(s & 0x7f)}${s & 0x80 ? ' && WCOREDUMP(s)' : ''}`;
  return `[{${t}}]`;
});

// ---------------------------------------------------------------- special calls

const O_CREAT = 0o100;
const O_TMPFILE_BIT = 0o20000000;
const opensWithMode = (flags: number) => (flags & (O_CREAT | O_TMPFILE_BIT)) !== 0;

const OPEN: Signature = { args: [PATH, OFLAGS, MODE], count: (c) => (opensWithMode(uint(c, 1)) ? 3 : 2), ret: 'dec' };
const OPENAT: Signature = { args: [DIRFD, PATH, OFLAGS, MODE], count: (c) => (opensWithMode(uint(c, 2)) ? 4 : 3), ret: 'dec' };

// fcntl: the third argument and the result depend on the command.
const F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5, F_SETLK = 6, F_SETLKW = 7;
const F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11, F_GETLK64 = 12, F_SETLK64 = 13, F_SETLKW64 = 14;
const F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38;
const F_SETLEASE = 1024, F_GETLEASE = 1025, F_NOTIFY = 1026, F_DUPFD_CLOEXEC = 1030, F_SETPIPE_SZ = 1031;
const F_GETPIPE_SZ = 1032, F_ADD_SEALS = 1033, F_GET_SEALS = 1034;
const NO_ARG_CMDS = new Set([F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GETPIPE_SZ, F_GET_SEALS]);

const FCNTL_ARG = d(
  (c, i) => {
    const cmd = uint(c, 1);
    switch (cmd) {
      case F_SETFD:
        return printFlags(FD_FLAGS, ulong(c, i), 'FD_???');
      case F_SETFL:
        return printOpenFlags(uint(c, i));
      case F_DUPFD:
      case F_DUPFD_CLOEXEC:
      case F_SETOWN:
      case F_SETPIPE_SZ:
        return String(int(c, i));
      case F_SETSIG:
        return printSignal(int(c, i));
      case F_SETLEASE:
        return printXval(LOCK_TYPES, uint(c, i), 'F_???');
      case F_NOTIFY:
        return printFlags(NOTIFY_FLAGS, ulong(c, i), 'DN_???');
      case F_ADD_SEALS:
        return printFlags(SEAL_FLAGS, ulong(c, i), 'F_SEAL_???');
      case F_GETLK:
      case F_OFD_GETLK: {
        const a = ulong(c, i);
        return failed(c) ? addr(a) : (flockPrinter(false, true)(c, a) ?? addr(a));
      }
      case F_GETLK64: {
        const a = ulong(c, i);
        return failed(c) ? addr(a) : (flockPrinter(true, true)(c, a) ?? addr(a));
      }
      case F_SETLK:
      case F_SETLKW:
      case F_OFD_SETLK:
      case F_OFD_SETLKW: {
        const a = ulong(c, i);
        return flockPrinter(false, false)(c, a) ?? addr(a);
      }
      case F_SETLK64:
      case F_SETLKW64: {
        const a = ulong(c, i);
        return flockPrinter(true, false)(c, a) ?? addr(a);
      }
      default:
        return hex(ulong(c, i));
    }
  },
  (c) => {
    const cmd = uint(c, 1);
    return cmd === F_GETLK || cmd === F_OFD_GETLK || cmd === F_GETLK64;
  },
);

const FCNTL64_CMDS: Xlat = [...FCNTL_CMDS, [12, 'F_GETLK64'], [13, 'F_SETLK64'], [14, 'F_SETLKW64']];

const FCNTL: Signature = {
  args: [FD, d((c, i) => printXval(c.abi === 'ia32' ? FCNTL64_CMDS : FCNTL_CMDS, uint(c, i), 'F_???')), FCNTL_ARG],
  count: (c) => (NO_ARG_CMDS.has(uint(c, 1)) ? 2 : 3),
  ret: (c, r) => {
    const cmd = uint(c, 1);
    switch (cmd) {
      case F_GETFD:
        return r === 0n ? '0' : `${hex(r)} (flags ${printFlags(FD_FLAGS, r, null)})`;
      case F_GETFL:
        return `${hex(r)} (flags ${printOpenFlags(r)})`;
      case F_GETLEASE:
        return `${hex(r)} (${printXval(LOCK_TYPES, r, 'F_???')})`;
      case F_GETSIG:
        return r === 0n ? '0' : `${r} (${printSignal(Number(r))})`;
      case F_GET_SEALS:
        return r === 0n ? '0' : `${hex(r)} (seals ${printFlags(SEAL_FLAGS, r, null)})`;
      default:
        return r.toString();
    }
  },
};

// ioctl: the request by name, the argument by request.
export const IOCTL_NAMES: Xlat = [
  [0x5401, 'TCGETS'],
  [0x5402, 'SNDCTL_TMR_START or TCSETS'],
  [0x5403, 'SNDCTL_TMR_STOP or TCSETSW'],
  [0x5404, 'SNDCTL_TMR_CONTINUE or TCSETSF'],
  [0x5405, 'TCGETA'],
  [0x5406, 'TCSETA'],
  [0x5407, 'TCSETAW'],
  [0x5408, 'TCSETAF'],
  [0x5409, 'TCSBRK'],
  [0x540a, 'TCXONC'],
  [0x540b, 'TCFLSH'],
  [0x540c, 'TIOCEXCL'],
  [0x540d, 'TIOCNXCL'],
  [0x540e, 'TIOCSCTTY'],
  [0x540f, 'TIOCGPGRP'],
  [0x5410, 'TIOCSPGRP'],
  [0x5411, 'TIOCOUTQ'],
  [0x5412, 'TIOCSTI'],
  [0x5413, 'TIOCGWINSZ'],
  [0x5414, 'TIOCSWINSZ'],
  [0x5415, 'TIOCMGET'],
  [0x5416, 'TIOCMBIS'],
  [0x5417, 'TIOCMBIC'],
  [0x5418, 'TIOCMSET'],
  [0x5419, 'TIOCGSOFTCAR'],
  [0x541a, 'TIOCSSOFTCAR'],
  [0x541b, 'FIONREAD'],
  [0x541c, 'TIOCLINUX'],
  [0x541d, 'TIOCCONS'],
  [0x541e, 'TIOCGSERIAL'],
  [0x541f, 'TIOCSSERIAL'],
  [0x5420, 'TIOCPKT'],
  [0x5421, 'FIONBIO'],
  [0x5422, 'TIOCNOTTY'],
  [0x5423, 'TIOCSETD'],
  [0x5424, 'TIOCGETD'],
  [0x5425, 'TCSBRKP'],
  [0x5427, 'TIOCSBRK'],
  [0x5428, 'TIOCCBRK'],
  [0x5429, 'TIOCGSID'],
  [0x80045430, 'TIOCGPTN'],
  [0x40045431, 'TIOCSPTLCK'],
  [0x80045432, 'TIOCGDEV'],
  [0x80045438, 'TIOCGPKT'],
  [0x80045439, 'TIOCGPTLCK'],
  [0x80045440, 'TIOCGEXCL'],
  [0x5441, 'TIOCGPTPEER'],
  [0x5450, 'FIONCLEX'],
  [0x5451, 'FIOCLEX'],
  [0x5452, 'FIOASYNC'],
  [0x5460, 'FIOQSIZE'],
  [0x1, 'FIBMAP'],
  [0x2, 'FIGETBSZ'],
  [0x80086601, 'FS_IOC_GETFLAGS'],
  [0x40086602, 'FS_IOC_SETFLAGS'],
  [0x80046601, 'FS_IOC32_GETFLAGS'],
  [0x40046602, 'FS_IOC32_SETFLAGS'],
  [0x40049409, 'FICLONE'],
  [0x80081272, 'BLKGETSIZE64'],
  [0x80045200, 'RNDGETENTCNT'],
];

/** An ioctl request: its name, or _IOC(dir, type, nr, size). */
export function printIoctlRequest(req: number): string {
  const r = req >>> 0;
  const name = xlookup(IOCTL_NAMES, r);
  if (name) return name;
  const dir = ['_IOC_NONE', '_IOC_WRITE', '_IOC_READ', '_IOC_READ|_IOC_WRITE'][(r >>> 30) & 3];
  return `_IOC(${dir}, ${hex((r >>> 8) & 0xff)}, ${hex(r & 0xff)}, ${hex((r >>> 16) & 0x3fff)})`;
}

const IOCTL_OUT: ReadonlyMap<number, StructPrinter> = new Map<number, StructPrinter>([
  [0x5401, (c, a) => printTermios(c, a)],
  [0x5413, (c, a) => printWinsize(c, a)],
  [0x540f, (c, a) => intAt(c, a)],
  [0x5429, (c, a) => intAt(c, a)],
  [0x541b, (c, a) => intAt(c, a)],
  [0x5411, (c, a) => intAt(c, a)],
  [0x5424, (c, a) => intAt(c, a)],
  [0x5415, (c, a) => intAt(c, a)],
  [0x80045430, (c, a) => intAt(c, a, true)],
  [0x80045439, (c, a) => intAt(c, a)],
  [0x80045438, (c, a) => intAt(c, a)],
  [0x80045440, (c, a) => intAt(c, a)],
  [0x5460, (c, a) => {
    const v = readStruct(c, a, 8);
    return v && `[${v.i64(0)}]`;
  }],
]);
const IOCTL_IN: ReadonlyMap<number, StructPrinter> = new Map<number, StructPrinter>([
  [0x5402, (c, a) => printTermios(c, a)],
  [0x5403, (c, a) => printTermios(c, a)],
  [0x5404, (c, a) => printTermios(c, a)],
  [0x5414, (c, a) => printWinsize(c, a)],
  [0x5410, (c, a) => intAt(c, a)],
  [0x5421, (c, a) => intAt(c, a)],
  [0x5452, (c, a) => intAt(c, a)],
  [0x5423, (c, a) => intAt(c, a)],
  [0x5416, (c, a) => intAt(c, a)],
  [0x5417, (c, a) => intAt(c, a)],
  [0x5418, (c, a) => intAt(c, a)],
  [0x40045431, (c, a) => intAt(c, a)],
]);
const IOCTL_NO_ARG = new Set([0x540c, 0x540d, 0x5422, 0x5450, 0x5451, 0x5427, 0x5428]);
const IOCTL_INT_ARG = new Set([0x5409, 0x540a, 0x540e, 0x5425]);

function intAt(c: CallInfo, a: bigint, unsigned = false): string | null {
  const v = readStruct(c, a, 4);
  return v && `[${unsigned ? v.u32(0) : v.i32(0)}]`;
}

const IOCTL_ARG = d(
  (c, i) => {
    const req = uint(c, 1);
    const a = ulong(c, i);
    const outp = IOCTL_OUT.get(req);
    if (outp) return a === 0n || failed(c) ? addr(a) : (outp(c, a) ?? addr(a));
    const inp = IOCTL_IN.get(req);
    if (inp) return a === 0n ? 'NULL' : (inp(c, a) ?? addr(a));
    if (req === 0x540b) return printXval(TCFLSH_QUEUES, uint(c, i), 'TC???');
    if (IOCTL_INT_ARG.has(req)) return String(int(c, i));
    return hex(a);
  },
  (c) => IOCTL_OUT.has(uint(c, 1)),
);

const IOCTL: Signature = {
  args: [FD, d((c, i) => printIoctlRequest(uint(c, i))), IOCTL_ARG],
  count: (c) => (IOCTL_NO_ARG.has(uint(c, 1)) ? 2 : 3),
  ret: 'dec',
};

// arch_prctl: SET_* take an address, GET_* store one.
const ARCH_GET_FS = 0x1003, ARCH_GET_GS = 0x1004, ARCH_GET_CPUID = 0x1011;
const ARCH_PRCTL: Signature = {
  args: [
    d((c, i) => printXval(ARCH_PRCTL_CODES, uint(c, i), 'ARCH_???')),
    d(
      (c, i) => {
        const op = uint(c, 0);
        const a = ulong(c, i);
        if (op === ARCH_GET_FS || op === ARCH_GET_GS) {
          if (a === 0n || failed(c)) return addr(a);
          const v = readStruct(c, a, 8);
          return v ? `[${hex(v.u64(0))}]` : addr(a);
        }
        return hex(a);
      },
      (c) => uint(c, 0) === ARCH_GET_FS || uint(c, 0) === ARCH_GET_GS,
    ),
  ],
  count: (c) => (uint(c, 0) === ARCH_GET_CPUID ? 1 : 2),
  ret: 'dec',
};

// time: the result is a date too.
const TIME: Signature = {
  args: [
    outPtr((c, a) => {
      const w = wordSize(c);
      const v = readStruct(c, a, w);
      if (!v) return null;
      const t = v.sword(0);
      return t === 0n ? '[0]' : `[${t} /* ${isoTime(t)} */]`;
    }),
  ],
  ret: (_c, r) => (r === 0n ? '0' : `${r} (${isoTime(r)})`),
};

// futex: how many arguments depends on the operation.
const FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10, FUTEX_LOCK_PI = 6, FUTEX_UNLOCK_PI = 7, FUTEX_TRYLOCK_PI = 8;
function futexSig(time64: boolean): Signature {
  const ts = timespecPrinter(time64);
  return {
    args: [
      PTR,
      d((c, i) => printFutexOp(uint(c, i))),
      d((c, i) => String(int(c, i))),
      d((c, i) => {
        const cmd = uint(c, 1) & 0x7f;
        if (cmd === FUTEX_WAIT || cmd === FUTEX_WAIT_BITSET || cmd === FUTEX_LOCK_PI) {
          const a = ulong(c, i);
          return a === 0n ? 'NULL' : (ts(c, a) ?? addr(a));
        }
        return String(uint(c, i));
      }),
      PTR,
      d((c, i) => {
        const v = uint(c, i);
        const cmd = uint(c, 1) & 0x7f;
        if ((cmd === FUTEX_WAIT_BITSET || cmd === FUTEX_WAKE_BITSET) && v === 0xffffffff) return 'FUTEX_BITSET_MATCH_ANY';
        return hex(v);
      }),
    ],
    count: (c) => {
      const cmd = uint(c, 1) & 0x7f;
      if (cmd === FUTEX_WAKE || cmd === FUTEX_UNLOCK_PI || cmd === FUTEX_TRYLOCK_PI) return cmd === FUTEX_WAKE ? 3 : 2;
      if (cmd === FUTEX_WAIT || cmd === FUTEX_LOCK_PI) return 4;
      return 6;
    },
    ret: 'dec',
  };
}

// clone (x86-64 argument order: flags, stack, parent_tid, child_tid, tls).
const CLONE_PARENT_SETTID = 0x00100000, CLONE_CHILD_SETTID = 0x01000000, CLONE_CHILD_CLEARTID = 0x00200000, CLONE_SETTLS = 0x00080000;
function cloneSig(i386: boolean): Signature {
  // i386: flags, stack, parent_tid, tls, child_tid
  const ctidIdx = i386 ? 4 : 3;
  const tlsIdx = i386 ? 3 : 4;
  return {
    args: [
      d((c) => `child_stack=${addr(ulong(c, 1))}`),
      d((c) => {
        const f = ulong(c, 0);
        const sig = Number(f & 0xffn);
        const rest = f & ~0xffn;
        const parts: string[] = [];
        if (rest) parts.push(printFlags(CLONE_FLAGS, rest, null));
        if (sig) parts.push(printSignal(sig));
        return `flags=${parts.length ? parts.join('|') : '0'}`;
      }),
      d((c) => {
        const f = uint(c, 0);
        const out: string[] = [];
        if (f & CLONE_PARENT_SETTID) out.push(`parent_tid=${addr(ulong(c, 2))}`);
        if (f & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) out.push(`child_tidptr=${addr(ulong(c, ctidIdx))}`);
        if (f & CLONE_SETTLS) out.push(`tls=${addr(ulong(c, tlsIdx))}`);
        return out.join(', ');
      }),
    ],
    count: (c) => (uint(c, 0) & (CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | CLONE_SETTLS) ? 3 : 2),
    ret: 'dec',
  };
}

/** poll: the pollfd array at entry, and the fds with events in the result. */
const POLL: Signature = {
  args: [
    inPtr((c, a) => {
      const n = Math.min(uint(c, 1), 32);
      const v = readStruct(c, a, 8 * n);
      if (!v) return null;
      const xs: string[] = [];
      for (let k = 0; k < n; k++) xs.push(`{fd=${v.i32(8 * k)}, events=${printFlags(POLL_EVENTS, v.u16(8 * k + 4), 'POLL???')}}`);
      if (uint(c, 1) > n) xs.push('...');
      return `[${xs.join(', ')}]`;
    }),
    UINT,
    INT,
  ],
  ret: (c, r) => {
    if (r === 0n) return '0 (Timeout)';
    const n = Math.min(uint(c, 1), 32);
    const v = readStruct(c, ulong(c, 0), 8 * n);
    if (!v) return r.toString();
    const xs: string[] = [];
    for (let k = 0; k < n; k++) {
      const re = v.u16(8 * k + 6);
      if (re) xs.push(`{fd=${v.i32(8 * k)}, revents=${printFlags(POLL_EVENTS, re, 'POLL???')}}`);
    }
    return `${r} ([${xs.join(', ')}])`;
  },
};

const SOCKET: Signature = {
  args: [
    xvalArg(SOCKET_FAMILIES, 'AF_???'),
    d((c, i) => {
      const t = uint(c, i);
      const base = printXval(SOCKET_TYPES, t & 0xf, 'SOCK_???');
      const rest = t & ~0xf;
      return rest ? `${base}|${printFlags(SOCK_TYPE_FLAGS, rest, null)}` : base;
    }),
    INT,
  ],
  ret: 'dec',
};

/** i386 _llseek(fd, offset_high, offset_low, result, whence) prints the offset whole. */
const LLSEEK: Signature = {
  args: [
    FD,
    d((c) => BigInt.asIntN(64, ((ulong(c, 1) & 0xffffffffn) << 32n) | (ulong(c, 2) & 0xffffffffn)).toString()),
    at(
      3,
      outPtr((c, a) => {
        const v = readStruct(c, a, 8);
        return v && `[${v.i64(0)}]`;
      }),
    ),
    at(4, WHENCE),
  ],
  ret: 'dec',
};

/** An i386 64-bit offset split over two registers (lo, hi). */
function off64(lo: number): ArgDecoder {
  return d((c) => BigInt.asIntN(64, (ulong(c, lo + 1) << 32n) | ulong(c, lo)).toString());
}

/** i386 mmap (old_mmap): one pointer to the six arguments, which strace prints as mmap's. */
const OLD_MMAP: Signature = {
  args: [PTR],
  demux: (c) => {
    const v = readStruct(c, ulong(c, 0), 24);
    if (!v) return null;
    return { name: 'mmap', args: [0, 4, 8, 12, 16, 20].map((o) => BigInt(v.u32(o))), sig: COMMON.mmap };
  },
  ret: 'hex',
};

/** set_thread_area: the descriptor at entry; the entry the kernel picked in the result. */
const SET_THREAD_AREA: Signature = {
  args: [inStruct(printUserDesc)],
  ret: (c, r) => {
    const v = readStruct(c, ulong(c, 0), 4);
    return v ? `${r} (entry_number=${v.i32(0)})` : r.toString();
  },
};

const PRLIMIT_RES = xvalArg(RLIMIT_RESOURCES, 'RLIMIT_???');

const GETGROUPS = outPtr((c, a) => {
  const n = Math.min(retCount(c), 32);
  const v = readStruct(c, a, 4 * n);
  if (!v) return null;
  const xs: string[] = [];
  for (let k = 0; k < n; k++) xs.push(String(v.u32(4 * k)));
  return `[${xs.join(', ')}]`;
});

const RUSAGE = outPtr((c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 4 * w);
  if (!v) return null;
  return `{ru_utime={tv_sec=${v.sword(0)}, tv_usec=${v.sword(w)}}, ru_stime={tv_sec=${v.sword(2 * w)}, tv_usec=${v.sword(3 * w)}}, ...}`;
});

const RUSAGE_WHO: Xlat = [
  [0, 'RUSAGE_SELF'],
  [0xffffffff, 'RUSAGE_CHILDREN'],
  [1, 'RUSAGE_THREAD'],
];
const PRIO_WHICH: Xlat = [
  [0, 'PRIO_PROCESS'],
  [1, 'PRIO_PGRP'],
  [2, 'PRIO_USER'],
];
const FLOCK_OPS: Xlat = [
  [1, 'LOCK_SH'],
  [2, 'LOCK_EX'],
  [4, 'LOCK_NB'],
  [8, 'LOCK_UN'],
];
const MFD_FLAGS: Xlat = [
  [1, 'MFD_CLOEXEC'],
  [2, 'MFD_ALLOW_SEALING'],
  [4, 'MFD_HUGETLB'],
  [8, 'MFD_NOEXEC_SEAL'],
  [0x10, 'MFD_EXEC'],
];
const EFD_FLAGS: Xlat = [
  [0o2000000, 'EFD_CLOEXEC'],
  [0o4000, 'EFD_NONBLOCK'],
  [1, 'EFD_SEMAPHORE'],
];

// System V message queues.
const MSG_FLAGS: Xlat = [
  [0o4000, 'IPC_NOWAIT'],
  [0o10000, 'MSG_NOERROR'],
  [0o20000, 'MSG_EXCEPT'],
  [0o40000, 'MSG_COPY'],
];
const IPC_CREAT_FLAGS: Xlat = [
  [0o1000, 'IPC_CREAT'],
  [0o2000, 'IPC_EXCL'],
  [0o4000, 'IPC_NOWAIT'],
];
const IPC_CMDS: Xlat = [
  [0, 'IPC_RMID'],
  [1, 'IPC_SET'],
  [2, 'IPC_STAT'],
  [3, 'IPC_INFO'],
  [11, 'MSG_STAT'],
  [12, 'MSG_INFO'],
  [13, 'MSG_STAT_ANY'],
];
/** struct msgbuf: {mtype=N, mtext="…"} with `size` bytes of text. */
function msgbuf(c: CallInfo, a: bigint, size: number): string | null {
  const w = wordSize(c);
  const v = readStruct(c, a, w);
  if (!v) return null;
  const text = buf(c, a + BigInt(w), size) ?? addr(a + BigInt(w));
  return `{mtype=${v.sword(0)}, mtext=${text}}`;
}
const MSGSND: Signature = {
  args: [INT, inPtr((c, a) => msgbuf(c, a, Number(ulong(c, 2) > 0x7fffffffn ? 0x7fffffffn : ulong(c, 2)))), ULONG, flagsArg(MSG_FLAGS, 'MSG_???')],
  ret: 'dec',
};
const MSGRCV: Signature = {
  args: [INT, outPtr((c, a) => msgbuf(c, a, retCount(c))), ULONG, LONG, flagsArg(MSG_FLAGS, 'MSG_???')],
  ret: 'dec',
};
const MSGGET: Signature = {
  args: [
    d((c, i) => (ulong(c, i) === 0n ? 'IPC_PRIVATE' : hex(ulong(c, i)))),
    d((c, i) => {
      const f = uint(c, i);
      const flags = f & ~0o777;
      const mode = printNumericMode(f & 0o777);
      return flags ? `${printFlags(IPC_CREAT_FLAGS, flags, null)}|${mode}` : mode;
    }),
  ],
  ret: 'dec',
};
const MSGCTL: Signature = {
  args: [
    INT,
    d((c, i) => {
      const cmd = uint(c, i);
      const base = printXval(IPC_CMDS, cmd & ~0x100, 'IPC_???');
      return cmd & 0x100 ? `${base}|IPC_64` : base;
    }),
    PTR,
  ],
  ret: 'dec',
};

// utime, utimes, futimesat, utimensat: a pair of times, each with its date.
const UTIME_NOW = 0x3fffffffn;
const UTIME_OMIT = 0x3ffffffen;

/** The date comment strace adds to a valid time: " /* 2001-09-09T01:46:40[.frac]+0000 *\/". */
function dateComment(sec: bigint, frac: bigint, digits: number): string {
  // strace's sprinttime_ex: no date for the epoch itself
  if (sec === 0n && frac === 0n) return '';
  const iso = isoTime(sec);
  if (!iso) return '';
  const f = frac ? '.' + frac.toString().padStart(digits, '0') : '';
  return ` /* ${iso.replace('+0000', f + '+0000')} */`;
}

function timePair(kind: 'timespec' | 'timeval', force64: boolean): ArgDecoder {
  return inPtr((c, a) => {
    const w = force64 ? 8 : wordSize(c);
    const v = readStruct(c, a, 4 * w);
    if (!v) return null;
    const get = (o: number) => (w === 8 ? v.i64(o) : BigInt(v.i32(o)));
    const one = (k: number) => {
      const sec = get(2 * w * k);
      const sub = get(2 * w * k + w);
      if (kind === 'timespec') {
        if (sub === UTIME_NOW) return 'UTIME_NOW';
        if (sub === UTIME_OMIT) return 'UTIME_OMIT';
        const ok = sub >= 0n && sub < 1000000000n;
        return `{tv_sec=${sec}, tv_nsec=${sub}}${ok ? dateComment(sec, sub, 9) : ''}`;
      }
      const ok = sub >= 0n && sub < 1000000n;
      return `{tv_sec=${sec}, tv_usec=${sub}}${ok ? dateComment(sec, sub, 6) : ''}`;
    };
    return `[${one(0)}, ${one(1)}]`;
  });
}

const UTIMBUF = inPtr((c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 2 * w);
  if (!v) return null;
  const at = v.sword(0);
  const mt = v.sword(w);
  return `{actime=${at}${dateComment(at, 0n, 0)}, modtime=${mt}${dateComment(mt, 0n, 0)}}`;
});

// i386 multiplexers: socketcall(call, args[]) and ipc(call, first, second, third, ptr, fifth).
const SOCKETCALLS: readonly (readonly [string, number])[] = [
  ['', 0], ['socket', 3], ['bind', 3], ['connect', 3], ['listen', 2], ['accept', 3], ['getsockname', 3],
  ['getpeername', 3], ['socketpair', 4], ['send', 4], ['recv', 4], ['sendto', 6], ['recvfrom', 6], ['shutdown', 2],
  ['setsockopt', 5], ['getsockopt', 5], ['sendmsg', 3], ['recvmsg', 3], ['accept4', 4], ['recvmmsg', 5], ['sendmmsg', 4],
];
const SOCKETCALL_NAMES: Xlat = SOCKETCALLS.slice(1).map(([n], k) => [k + 1, 'SYS_' + n.toUpperCase()] as const);

const SOCKETCALL: Signature = {
  args: [d((c, i) => xlookup(SOCKETCALL_NAMES, uint(c, i)) ?? String(int(c, i))), PTR],
  demux: (c) => {
    const call = uint(c, 0);
    if (call < 1 || call >= SOCKETCALLS.length) return null;
    const [name, n] = SOCKETCALLS[call];
    const v = readStruct(c, ulong(c, 1), 4 * n);
    if (!v) return null;
    const args: bigint[] = [];
    for (let k = 0; k < n; k++) args.push(BigInt(v.u32(4 * k)));
    return { name, args };
  },
  ret: 'dec',
};

const IPC: Signature = {
  args: [INT, INT, INT, INT, HEX, HEX],
  demux: (c) => {
    const call = uint(c, 0) & 0xffff;
    const [first, second, third, ptr, fifth] = [1, 2, 3, 4, 5].map((k) => ulong(c, k));
    switch (call) {
      case 1:
        return { name: 'semop', args: [first, ptr, second] };
      case 2:
        return { name: 'semget', args: [first, second, third] };
      case 3:
        return { name: 'semctl', args: [first, second, third, ptr] };
      case 4:
        return { name: 'semtimedop', args: [first, ptr, second, fifth] };
      case 11:
        return { name: 'msgsnd', args: [first, ptr, second, third] };
      case 12:
        return { name: 'msgrcv', args: [first, ptr, second, fifth, third] };
      case 13:
        return { name: 'msgget', args: [first, second] };
      case 14:
        return { name: 'msgctl', args: [first, second, ptr] };
      case 21:
        return { name: 'shmat', args: [first, ptr, second] };
      case 22:
        return { name: 'shmdt', args: [ptr] };
      case 23:
        return { name: 'shmget', args: [first, second, third] };
      case 24:
        return { name: 'shmctl', args: [first, second, ptr] };
      default:
        return null;
    }
  },
  ret: 'dec',
};

// ---------------------------------------------------------------- the table

const S = (args: ArgDecoder[], ret: RetFormat = 'dec'): Signature => ({ args, ret });

const TS_OUT = outStruct(timespecPrinter());
const TS_IN = inStruct(timespecPrinter());
const TS64_OUT = outStruct(timespecPrinter(true));
const TS64_IN = inStruct(timespecPrinter(true));

/** Calls whose arguments are the same for both ABIs (the ABI picks word sizes). */
const COMMON: Record<string, Signature> = {
  read: S([FD, outbuf(), ULONG]),
  write: S([FD, inbuf(2), ULONG]),
  open: OPEN,
  openat: OPENAT,
  creat: S([PATH, MODE]),
  close: S([FD]),
  stat: S([PATH, outStruct(printStat)]),
  lstat: S([PATH, outStruct(printStat)]),
  fstat: S([FD, outStruct(printStat)]),
  newfstatat: S([DIRFD, PATH, outStruct(printStat), AT_FLAGS_D]),
  stat64: S([PATH, outStruct(printStat64)]),
  lstat64: S([PATH, outStruct(printStat64)]),
  fstat64: S([FD, outStruct(printStat64)]),
  fstatat64: S([DIRFD, PATH, outStruct(printStat64), AT_FLAGS_D]),
  statfs: S([PATH, outStruct(printStatfs)]),
  utime: S([PATH, UTIMBUF]),
  utimes: S([PATH, timePair('timeval', false)]),
  futimesat: S([DIRFD, PATH, timePair('timeval', false)]),
  utimensat: S([DIRFD, PATH, timePair('timespec', false), AT_FLAGS_D]),
  utimensat_time64: S([DIRFD, PATH, timePair('timespec', true), AT_FLAGS_D]),
  fstatfs: S([FD, outStruct(printStatfs)]),
  statx: S([DIRFD, PATH, d((c, i) => printStatxFlags(uint(c, i))), d((c, i) => printFlags(STATX_MASKS, uint(c, i), null)), outStruct(printStatx)]),
  poll: POLL,
  lseek: S([FD, OFF, WHENCE]),
  mmap: S([PTR, ULONG, PROT, MMAP_FLAGS, FD, HEX], 'hex'),
  mprotect: S([PTR, ULONG, PROT]),
  munmap: S([PTR, ULONG]),
  brk: S([PTR], 'hex'),
  rt_sigaction: S([SIG, inStruct(printSigaction), outStruct(printSigaction), ULONG]),
  rt_sigprocmask: S([xvalArg(SIGPROCMASK_HOW, 'SIG_???'), sigset(3, false), sigset(3, true), ULONG]),
  rt_sigpending: S([sigset(1, true), ULONG]),
  rt_sigsuspend: S([sigset(1, false), ULONG]),
  rt_sigreturn: S([]),
  ioctl: IOCTL,
  pread64: S([FD, outbuf(), ULONG, OFF]),
  pwrite64: S([FD, inbuf(2), ULONG, OFF]),
  readv: S([FD, iov(2, true), INT]),
  writev: S([FD, iov(2, false), INT]),
  preadv: S([FD, iov(2, true), INT, OFF]),
  pwritev: S([FD, iov(2, false), INT, OFF]),
  access: S([PATH, ACCESS]),
  faccessat: S([DIRFD, PATH, ACCESS]),
  faccessat2: S([DIRFD, PATH, ACCESS, flagsArg(FACCESSAT_FLAGS, 'AT_???')]),
  pipe: S([OUT_FDPAIR]),
  pipe2: S([OUT_FDPAIR, FLAGS_O]),
  sched_yield: S([]),
  mremap: { args: [PTR, ULONG, ULONG, flagsArg(MREMAP_FLAGS, 'MREMAP_???'), PTR], count: (c) => ((uint(c, 3) & 3) === 3 ? 5 : 4), ret: 'hex' },
  msync: S([PTR, ULONG, flagsArg(MSYNC_FLAGS, 'MS_???')]),
  mincore: S([PTR, ULONG, PTR]),
  madvise: S([PTR, ULONG, xvalArg(MADVISE_ADVICE, 'MADV_???')]),
  dup: S([FD]),
  dup2: S([FD, FD]),
  dup3: S([FD, FD, FLAGS_O]),
  pause: S([]),
  nanosleep: S([TS_IN, remainder(timespecPrinter())]),
  getitimer: S([xvalArg([[0, 'ITIMER_REAL'], [1, 'ITIMER_VIRTUAL'], [2, 'ITIMER_PROF']], 'ITIMER_???'), outStruct(printItimerval)]),
  setitimer: S([xvalArg([[0, 'ITIMER_REAL'], [1, 'ITIMER_VIRTUAL'], [2, 'ITIMER_PROF']], 'ITIMER_???'), inStruct(printItimerval), outStruct(printItimerval)]),
  alarm: S([UINT]),
  getpid: S([]),
  getppid: S([]),
  gettid: S([]),
  getuid: S([]),
  geteuid: S([]),
  getgid: S([]),
  getegid: S([]),
  getpgrp: S([]),
  setsid: S([]),
  getuid32: S([]),
  geteuid32: S([]),
  getgid32: S([]),
  getegid32: S([]),
  getpgid: S([INT]),
  getsid: S([INT]),
  setpgid: S([INT, INT]),
  setuid: S([UID]),
  setgid: S([UID]),
  setuid32: S([UID]),
  setgid32: S([UID]),
  setreuid: S([UID, UID]),
  setregid: S([UID, UID]),
  setresuid: S([UID, UID, UID]),
  setresgid: S([UID, UID, UID]),
  setresuid32: S([UID, UID, UID]),
  setresgid32: S([UID, UID, UID]),
  getresuid: S([OUT_UINT, OUT_UINT, OUT_UINT]),
  getresgid: S([OUT_UINT, OUT_UINT, OUT_UINT]),
  getresuid32: S([OUT_UINT, OUT_UINT, OUT_UINT]),
  getresgid32: S([OUT_UINT, OUT_UINT, OUT_UINT]),
  getgroups: S([INT, GETGROUPS]),
  getgroups32: S([INT, GETGROUPS]),
  kill: S([INT, SIG]),
  tkill: S([INT, SIG]),
  tgkill: S([INT, INT, SIG]),
  uname: S([outStruct(printUtsname)]),
  fcntl: FCNTL,
  fcntl64: FCNTL,
  flock: S([FD, flagsArg(FLOCK_OPS, 'LOCK_???')]),
  fsync: S([FD]),
  fdatasync: S([FD]),
  truncate: S([PATH, OFF]),
  ftruncate: S([FD, OFF]),
  getdents: S([FD, GETDENTS(false), UINT]),
  getdents64: S([FD, GETDENTS(true), UINT]),
  getcwd: S([CWD_OUT, ULONG]),
  chdir: S([PATH]),
  fchdir: S([FD]),
  chroot: S([PATH]),
  rename: S([PATH, PATH]),
  renameat: S([DIRFD, PATH, DIRFD, PATH]),
  renameat2: S([DIRFD, PATH, DIRFD, PATH, flagsArg(RENAME_FLAGS, 'RENAME_???')]),
  mkdir: S([PATH, MODE]),
  mkdirat: S([DIRFD, PATH, MODE]),
  rmdir: S([PATH]),
  unlink: S([PATH]),
  unlinkat: S([DIRFD, PATH, AT_FLAGS_D]),
  link: S([PATH, PATH]),
  linkat: S([DIRFD, PATH, DIRFD, PATH, AT_FLAGS_D]),
  symlink: S([PATH, PATH]),
  symlinkat: S([PATH, DIRFD, PATH]),
  readlink: S([PATH, outbuf(), ULONG]),
  readlinkat: S([DIRFD, PATH, outbuf(), ULONG]),
  chmod: S([PATH, MODE]),
  fchmod: S([FD, MODE]),
  fchmodat: S([DIRFD, PATH, MODE]),
  chown: S([PATH, UID, UID]),
  lchown: S([PATH, UID, UID]),
  fchown: S([FD, UID, UID]),
  chown32: S([PATH, UID, UID]),
  lchown32: S([PATH, UID, UID]),
  fchown32: S([FD, UID, UID]),
  fchownat: S([DIRFD, PATH, UID, UID, AT_FLAGS_D]),
  umask: S([MODE], 'oct'),
  gettimeofday: S([outStruct(timevalPrinter()), outStruct(printTimezone)]),
  settimeofday: S([inStruct(timevalPrinter()), inStruct(printTimezone)]),
  getrlimit: S([PRLIMIT_RES, outStruct(printRlimit)]),
  ugetrlimit: S([PRLIMIT_RES, outStruct(printRlimit)]),
  setrlimit: S([PRLIMIT_RES, inStruct(printRlimit)]),
  prlimit64: S([INT, PRLIMIT_RES, inStruct(printRlimit64), outStruct(printRlimit64)]),
  getrusage: S([xvalArg(RUSAGE_WHO, 'RUSAGE_???'), RUSAGE]),
  sysinfo: S([outStruct(printSysinfo)]),
  times: S([outStruct(printTms)]),
  sigaltstack: S([inStruct(printStackT), outStruct(printStackT)]),
  getpriority: S([xvalArg(PRIO_WHICH, 'PRIO_???'), INT]),
  setpriority: S([xvalArg(PRIO_WHICH, 'PRIO_???'), INT, INT]),
  sched_getscheduler: S([INT]),
  sched_setscheduler: S([INT, xvalArg(SCHED_POLICIES, 'SCHED_???'), PTR]),
  sched_get_priority_max: S([xvalArg(SCHED_POLICIES, 'SCHED_???')]),
  sched_get_priority_min: S([xvalArg(SCHED_POLICIES, 'SCHED_???')]),
  sched_getaffinity: S([INT, UINT, cpuset(1, true)]),
  sched_setaffinity: S([INT, UINT, cpuset(1, false)]),
  mlock: S([PTR, ULONG]),
  munlock: S([PTR, ULONG]),
  mlock2: S([PTR, ULONG, flagsArg(MLOCK_FLAGS, 'MLOCK_???')]),
  mlockall: S([flagsArg(MLOCKALL_FLAGS, 'MCL_???')]),
  munlockall: S([]),
  prctl: { args: [xvalArg(PRCTL_OPTIONS, 'PR_???'), HEX, HEX, HEX, HEX], ret: 'dec', count: (c) => (uint(c, 0) === 15 || uint(c, 0) === 16 ? 2 : 5) },
  arch_prctl: ARCH_PRCTL,
  sync: S([]),
  time: TIME,
  futex: futexSig(false),
  set_tid_address: S([PTR]),
  set_robust_list: S([PTR, ULONG]),
  get_robust_list: S([INT, PTR, PTR]),
  rseq: S([PTR, HEX, HEX, HEX]),
  exit: S([INT], 'none'),
  exit_group: S([INT], 'none'),
  wait4: S([INT, WSTATUS, flagsArg(WAIT_OPTIONS, 'W???'), PTR]),
  waitpid: S([INT, WSTATUS, flagsArg(WAIT_OPTIONS, 'W???')]),
  clock_settime: S([CLOCK, TS_IN]),
  clock_gettime: S([CLOCK, TS_OUT]),
  clock_getres: S([CLOCK, TS_OUT]),
  clock_nanosleep: S([CLOCK, flagsArg(TIMER_FLAGS, 'TIMER_???'), TS_IN, remainder(timespecPrinter())]),
  clock_gettime64: S([CLOCK, TS64_OUT]),
  clock_settime64: S([CLOCK, TS64_IN]),
  clock_getres_time64: S([CLOCK, TS64_OUT]),
  clock_nanosleep_time64: S([CLOCK, flagsArg(TIMER_FLAGS, 'TIMER_???'), TS64_IN, remainder(timespecPrinter(true))]),
  futex_time64: futexSig(true),
  execve: S([PATH, ARGV, ENVP]),
  execveat: S([DIRFD, PATH, ARGV, ENVP, AT_FLAGS_D]),
  getrandom: S([outbuf(true), ULONG, flagsArg(GETRANDOM_FLAGS, 'GRND_???')]),
  memfd_create: S([STR, flagsArg(MFD_FLAGS, 'MFD_???')]),
  eventfd2: S([UINT, flagsArg(EFD_FLAGS, 'EFD_???')]),
  eventfd: S([UINT]),
  getcpu: S([OUT_UINT, OUT_UINT, PTR]),
  socket: SOCKET,
  clone: cloneSig(false),
  fork: S([]),
  vfork: S([]),
  sendfile: S([FD, FD, PTR, ULONG]),
  sendfile64: S([FD, FD, PTR, ULONG]),
  fadvise64: S([FD, OFF, ULONG, INT]),
  fallocate: S([FD, INT, OFF, OFF]),
  sethostname: S([inbuf(1), ULONG]),
  msgget: MSGGET,
  semop: S([INT, PTR, UINT]),
  semget: S([HEX, INT, HEX]),
  semctl: S([INT, INT, xvalArg([[0, 'IPC_RMID'], [1, 'IPC_SET'], [2, 'IPC_STAT'], [3, 'IPC_INFO'], [11, 'GETPID'], [12, 'GETVAL'], [13, 'GETALL'], [14, 'GETNCNT'], [15, 'GETZCNT'], [16, 'SETVAL'], [17, 'SETALL']], 'SEM_???'), PTR]),
  shmget: S([HEX, ULONG, HEX]),
  shmat: S([INT, PTR, HEX], 'hex'),
  shmdt: S([PTR]),
  shmctl: S([INT, xvalArg([[0, 'IPC_RMID'], [1, 'IPC_SET'], [2, 'IPC_STAT'], [3, 'IPC_INFO']], 'IPC_???'), PTR]),
  bind: S([FD, PTR, INT]),
  connect: S([FD, PTR, INT]),
  listen: S([FD, INT]),
  accept: S([FD, PTR, PTR]),
  accept4: S([FD, PTR, PTR, flagsArg(SOCK_TYPE_FLAGS, 'SOCK_???')]),
  shutdown: S([FD, xvalArg([[0, 'SHUT_RD'], [1, 'SHUT_WR'], [2, 'SHUT_RDWR']], 'SHUT_???')]),
  getsockname: S([FD, PTR, PTR]),
  getpeername: S([FD, PTR, PTR]),
  socketpair: S([xvalArg(SOCKET_FAMILIES, 'AF_???'), SOCKET.args[1], INT, OUT_FDPAIR]),
  sendto: S([FD, inbuf(2), ULONG, HEX, PTR, INT]),
  recvfrom: S([FD, outbuf(), ULONG, HEX, PTR, PTR]),
  msgsnd: MSGSND,
  msgrcv: MSGRCV,
  msgctl: MSGCTL,
  setdomainname: S([inbuf(1), ULONG]),
};

/** i386 calls whose arguments differ from the x86-64 call of the same name, or only exist there. */
const IA32: Record<string, Signature> = {
  mmap: OLD_MMAP,
  mmap2: {
    args: [PTR, ULONG, PROT, MMAP_FLAGS, FD, d((c, i) => hex(ulong(c, i) * 4096n))],
    ret: 'hex',
  },
  _llseek: LLSEEK,
  pread64: S([FD, outbuf(), ULONG, off64(3)]),
  pwrite64: S([FD, inbuf(2), ULONG, off64(3)]),
  truncate64: S([PATH, off64(1)]),
  ftruncate64: S([FD, off64(1)]),
  fallocate: S([FD, INT, off64(2), off64(4)]),
  preadv: S([FD, iov(2, true), INT, off64(3)]),
  pwritev: S([FD, iov(2, false), INT, off64(3)]),
  set_thread_area: SET_THREAD_AREA,
  get_thread_area: S([
    d((c, i) => {
      const a = ulong(c, i);
      if (failed(c)) {
        const v = readStruct(c, a, 4);
        return v ? `{entry_number=${v.i32(0)}, ...}` : addr(a);
      }
      return printUserDesc(c, a) ?? addr(a);
    }, true),
  ]),
  readdir: { args: [FD, outPtr((c, a) => (c.ret === 1n ? printOldDirent(c, a) : null)), UINT], count: () => 2, ret: 'dec' },
  statfs64: S([PATH, ULONG, outStruct(printStatfs64)]),
  fstatfs64: S([FD, ULONG, outStruct(printStatfs64)]),
  socketcall: SOCKETCALL,
  ipc: IPC,
  break: S([]),
  stty: S([]),
  gtty: S([]),
  ftime: S([]),
  prof: S([]),
  lock: S([]),
  mpx: S([]),
  ulimit: S([]),
  profil: S([]),
  idle: S([]),
  clone: cloneSig(true),
  brk: S([PTR], 'hex'),
  // strace leaves the old uname structures undecoded
  olduname: S([HEX]),
  oldolduname: S([HEX]),
  // the 16-bit uid_t calls (the *32 ones take 32-bit ids, as on x86-64)
  getresuid: S([OUT_U16, OUT_U16, OUT_U16]),
  getresgid: S([OUT_U16, OUT_U16, OUT_U16]),
  getgroups: S([INT, GETGROUPS16]),
  setgroups: S([INT, PTR]),
  chown: S([PATH, UID16, UID16]),
  lchown: S([PATH, UID16, UID16]),
  fchown: S([FD, UID16, UID16]),
  setuid: S([UID16]),
  setgid: S([UID16]),
  setreuid: S([UID16, UID16]),
  setregid: S([UID16, UID16]),
  setresuid: S([UID16, UID16, UID16]),
  setresgid: S([UID16, UID16, UID16]),
  setfsuid: S([UID16]),
  setfsgid: S([UID16]),
  ugetrlimit: S([PRLIMIT_RES, outStruct(printRlimit)]),
  waitpid: S([INT, WSTATUS, flagsArg(WAIT_OPTIONS, 'W???')]),
};

/** The built-in signature for a call, if the tracer knows it. */
export function builtinSignature(abi: 'x64' | 'ia32', name: string): Signature | undefined {
  if (abi === 'ia32' && Object.prototype.hasOwnProperty.call(IA32, name)) return IA32[name];
  return Object.prototype.hasOwnProperty.call(COMMON, name) ? COMMON[name] : undefined;
}

// ---------------------------------------------------------------- declarations

/** The decoder for one declared argument kind (declare.ts), for calls the table lacks. */
export function decoderForSpec(spec: ArgSpec): ArgDecoder {
  const k: ArgKind = spec.kind;
  switch (k) {
    case 'int':
      return INT;
    case 'uint':
      return UINT;
    case 'long':
    case 'off':
      return LONG;
    case 'ulong':
    case 'size':
      return ULONG;
    case 'ptr':
      return PTR;
    case 'hex':
      return HEX;
    case 'octal':
      return d((c, i) => (uint(c, i) === 0 ? '0' : '0' + uint(c, i).toString(8)));
    case 'fd':
      return FD;
    case 'dirfd':
      return DIRFD;
    case 'path':
      return PATH;
    case 'str':
      return STR;
    case 'inbuf':
      return spec.len !== undefined ? inbuf(spec.len) : PTR;
    case 'outbuf':
      return outbuf();
    case 'iovec_in':
      return spec.len !== undefined ? iov(spec.len, false) : PTR;
    case 'iovec_out':
      return spec.len !== undefined ? iov(spec.len, true) : PTR;
    case 'oflags':
      return OFLAGS;
    case 'mode':
      return MODE;
    case 'prot':
      return PROT;
    case 'mmap_flags':
      return MMAP_FLAGS;
    case 'whence':
      return WHENCE;
    case 'at_flags':
      return AT_FLAGS_D;
    case 'signum':
      return SIG;
    case 'sigset':
      return inPtr((c, a) => sigsetAt(c, a, 8));
    case 'clockid':
      return CLOCK;
    case 'ioctl':
      return d((c, i) => printIoctlRequest(uint(c, i)));
    case 'fcntl':
      return xvalArg(FCNTL_CMDS, 'F_???');
    case 'argv':
      return ARGV;
    case 'access_mode':
      return ACCESS;
    case 'struct': {
      const name = spec.struct ?? '';
      let p: StructPrinter | undefined = STRUCTS[name];
      if (name === 'sigset') p = (c, a) => sigsetAt(c, a, 8);
      if (!p) return spec.out ? { ...PTR, exit: true } : PTR;
      return spec.out ? outStruct(p) : inStruct(p);
    }
  }
}

export function retFormatForKind(k: RetKind): RetFormat {
  switch (k) {
    case 'ptr':
    case 'hex':
      return 'hex';
    case 'octal':
      return 'oct';
    case 'none':
      return 'none';
    default:
      return 'dec';
  }
}

/** A signature derived from a routine's declaration. */
export function signatureFromDecl(decl: SyscallDecl): Signature {
  return { args: decl.args.map(decoderForSpec), ret: decl.noreturn ? 'none' : retFormatForKind(decl.ret) };
}

/** Nothing known: six arguments in hex (strace's printargs for an unknown number). */
export const GENERIC: Signature = { args: [HEX, HEX, HEX, HEX, HEX, HEX], ret: 'dec' };

/** Every name the built-in table knows (for tests and `sysgate table`-style listings). */
export function builtinNames(abi: 'x64' | 'ia32'): string[] {
  const names = new Set(Object.keys(COMMON));
  if (abi === 'ia32') for (const n of Object.keys(IA32)) names.add(n);
  return [...names].sort();
}

export function signatureFor(abi: 'x64' | 'ia32', name: string | null, decl: SyscallDecl | null): Signature {
  if (name) {
    const b = builtinSignature(abi, name);
    if (b) return b;
  }
  if (decl) return signatureFromDecl(decl);
  return GENERIC;
}

