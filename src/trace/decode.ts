// Decoders for system-call arguments, results and the structures they point at, in
// strace's notation. Everything here is pure formatting over a guest-memory reader:
// a read that fails (unmapped page, kernel address, bad pointer) prints the address
// in hex, as strace does when its PTRACE_PEEKDATA/process_vm_readv fails.
//
// A decoder knows whether it can be printed at syscall entry or only at exit (the
// kernel fills the memory: read's buffer, stat's struct). The formatter prints the
// arguments in order at entry until the first exit-only one, and the rest at exit,
// the way strace splits "read(0, " and "\"abc\"..., 256) = 256".

import type { Abi } from '../kernel/syscalls/declare.js';
import { MAX_STRLEN, PATH_STRLEN, quoteBuffer, quoteBytes, quoteCString } from './quote.js';
import {
  CLOCK_NAMES, SA_FLAGS, SA_HANDLERS, SIGALTSTACK_FLAGS, STATX_ATTRS, STATX_MASKS,
  TERMIOS_IFLAGS, type Xlat, TERMIOS_LFLAGS, LOCK_TYPES, SEEK_WHENCE,
  hex, printFlags, printSymbolicMode, printTermiosCflag, printTermiosOflag, printXval, xlookup,
} from './flags.js';

// ---------------------------------------------------------------- guest memory

/** Read access to the traced task's memory; null when the bytes cannot be read. */
export interface GuestMemory {
  read(addr: bigint, n: number): Uint8Array | null;
}

/** A NUL-terminated string read from the guest. */
export interface CString {
  bytes: Uint8Array;
  /** False when `max` bytes were read without a NUL (or a later page failed). */
  terminated: boolean;
}

const CHUNK = 256;

/**
 * Reads up to `max` bytes of a C string; null when not even the first byte is readable.
 * Reads page by page; a read that fails is retried in smaller pieces, so a string that
 * ends just before an unreadable byte is still found.
 */
export function readCString(mem: GuestMemory, addr: bigint, max: number): CString | null {
  const parts: number[] = [];
  let a = addr;
  let chunk = CHUNK;
  while (parts.length < max) {
    const toPage = 4096 - Number(a & 4095n);
    const want = Math.min(chunk, toPage, max - parts.length);
    const b = mem.read(a, want);
    if (!b) {
      if (want > 1) {
        chunk = Math.max(1, want >> 1);
        continue;
      }
      if (!parts.length) return null;
      return { bytes: Uint8Array.from(parts), terminated: false };
    }
    for (let i = 0; i < b.length; i++) {
      if (b[i] === 0) return { bytes: Uint8Array.from(parts), terminated: true };
      parts.push(b[i]);
    }
    a += BigInt(b.length);
  }
  return { bytes: Uint8Array.from(parts), terminated: false };
}

/** Little-endian field access to a structure read from the guest. */
export class View {
  private dv: DataView;
  constructor(
    readonly b: Uint8Array,
    readonly wordSize: 4 | 8,
  ) {
    this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  u8(o: number): number {
    return this.b[o];
  }
  u16(o: number): number {
    return this.dv.getUint16(o, true);
  }
  i16(o: number): number {
    return this.dv.getInt16(o, true);
  }
  u32(o: number): number {
    return this.dv.getUint32(o, true);
  }
  i32(o: number): number {
    return this.dv.getInt32(o, true);
  }
  u64(o: number): bigint {
    return this.dv.getBigUint64(o, true);
  }
  i64(o: number): bigint {
    return this.dv.getBigInt64(o, true);
  }
  /** unsigned long */
  word(o: number): bigint {
    return this.wordSize === 8 ? this.u64(o) : BigInt(this.u32(o));
  }
  /** long */
  sword(o: number): bigint {
    return this.wordSize === 8 ? this.i64(o) : BigInt(this.i32(o));
  }
}

// ---------------------------------------------------------------- one call

/** What a decoder sees: one system call, at entry (ret null) or at exit. */
export interface CallInfo {
  abi: Abi;
  name: string;
  /** Raw argument registers (i386: 32-bit values). */
  args: bigint[];
  /** The result (sign-extended), or null at entry. */
  ret: bigint | null;
  mem: GuestMemory;
  /**
   * The argument registers are 64 bits wide although the call is i386 (int $0x80 from a
   * 64-bit task): strace shows the whole registers, upper halves included.
   */
  wide?: boolean;
}

export function wordSize(c: CallInfo): 4 | 8 {
  return c.abi === 'x64' ? 8 : 4;
}
export function bits(c: CallInfo): number {
  return c.abi === 'x64' || c.wide ? 64 : 32;
}
export function ulong(c: CallInfo, i: number): bigint {
  return BigInt.asUintN(bits(c), c.args[i] ?? 0n);
}
export function slong(c: CallInfo, i: number): bigint {
  return BigInt.asIntN(bits(c), c.args[i] ?? 0n);
}
export function int(c: CallInfo, i: number): number {
  return Number(BigInt.asIntN(32, c.args[i] ?? 0n));
}
export function uint(c: CallInfo, i: number): number {
  return Number(BigInt.asUintN(32, c.args[i] ?? 0n));
}

/** The result is a -errno value (strace's syserror()). */
export function isError(ret: bigint | null): boolean {
  return ret !== null && ret >= -4095n && ret <= -1n;
}
export function failed(c: CallInfo): boolean {
  return isError(c.ret);
}
/** The result as a count (0 on error or at entry). */
export function retCount(c: CallInfo): number {
  if (c.ret === null || failed(c) || c.ret < 0n) return 0;
  return Number(c.ret > 0x7fffffffn ? 0x7fffffffn : c.ret);
}

/** A pointer: NULL or hex. */
export function addr(v: bigint): string {
  return v === 0n ? 'NULL' : '0x' + v.toString(16);
}

/** Reads a structure; null at address 0 or when unreadable. */
export function readStruct(c: CallInfo, a: bigint, size: number): View | null {
  if (a === 0n) return null;
  const b = c.mem.read(a, size);
  return b ? new View(b, wordSize(c)) : null;
}

// ---------------------------------------------------------------- decoders

export interface ArgDecoder {
  /** Printed at syscall exit (true, or decided per call). */
  exit?: boolean | ((c: CallInfo) => boolean);
  fmt(c: CallInfo, i: number): string;
}

export function atExit(d: ArgDecoder, c: CallInfo): boolean {
  return typeof d.exit === 'function' ? d.exit(c) : !!d.exit;
}

const dec = (fmt: (c: CallInfo, i: number) => string, exit?: ArgDecoder['exit']): ArgDecoder => (exit === undefined ? { fmt } : { fmt, exit });

/** A pointer to memory the kernel fills: decoded at exit with `show`, address on error. */
export function outPtr(show: (c: CallInfo, a: bigint) => string | null): ArgDecoder {
  return dec((c, i) => {
    const a = ulong(c, i);
    if (a === 0n || failed(c)) return addr(a);
    return show(c, a) ?? addr(a);
  }, true);
}

/** A pointer to memory the caller filled: decoded at entry. */
export function inPtr(show: (c: CallInfo, a: bigint) => string | null): ArgDecoder {
  return dec((c, i) => {
    const a = ulong(c, i);
    if (a === 0n) return 'NULL';
    return show(c, a) ?? addr(a);
  });
}

// ---- strings

/** A NUL-terminated string at `a`, at most `max` bytes shown; null if unreadable. */
export function cstr(c: CallInfo, a: bigint, max = MAX_STRLEN): string | null {
  if (a === 0n) return 'NULL';
  const s = readCString(c.mem, a, max + 1);
  if (!s) return null;
  return quoteCString(s.bytes, s.terminated, max);
}

/** A buffer of `len` bytes at `a` (strace's printstrn). */
export function buf(c: CallInfo, a: bigint, len: number, hexStyle = false): string | null {
  if (a === 0n) return 'NULL';
  const n = Math.min(len, MAX_STRLEN);
  const b = n > 0 ? c.mem.read(a, n) : new Uint8Array(0);
  if (!b) return null;
  return quoteBuffer(b, len, MAX_STRLEN, hexStyle);
}

// ---- numbers

export function sigName(sig: number): string | undefined {
  if (sig > 0 && sig < 32) return SIGNALS[sig];
  if (sig === 32) return 'SIGRTMIN';
  if (sig > 32 && sig <= 64) return `SIGRT_${sig - 32}`;
  return undefined;
}

export const SIGNALS: readonly string[] = [
  'SIG_0', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGKILL', 'SIGUSR1',
  'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT', 'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP',
  'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS',
];

/** A signal number as an argument: its name, or the number. */
export function printSignal(sig: number): string {
  return sigName(sig) ?? String(sig);
}

/**
 * A signal mask of `bytes` bytes: "[INT TERM]", or "~[…]" listing the signals not in
 * the set when two thirds or more of the bits are set (strace's sprintsigmask_n).
 */
export function printSigmask(b: Uint8Array): string {
  const words = Math.ceil(Math.min(b.length, 8) / 4);
  const nbits = words * 32;
  let mask = 0n;
  for (let i = 0; i < Math.min(b.length, 8); i++) mask |= BigInt(b[i]) << BigInt(8 * i);
  let pop = 0;
  for (let i = 0; i < nbits; i++) if ((mask >> BigInt(i)) & 1n) pop++;
  let s = '';
  if (pop >= Math.floor((nbits * 2) / 3)) {
    s = '~';
    mask = ~mask & ((1n << BigInt(nbits)) - 1n);
  }
  const names: string[] = [];
  for (let i = 0; i < nbits; i++) {
    if (!((mask >> BigInt(i)) & 1n)) continue;
    const sig = i + 1;
    if (sig < 32) names.push(SIGNALS[sig].slice(3));
    else if (sig === 32) names.push('RTMIN');
    else if (sig <= 64) names.push(`RT_${sig - 32}`);
    else names.push(String(sig));
  }
  return `${s}[${names.join(' ')}]`;
}

export function printClockId(id: number): string {
  return printXval(CLOCK_NAMES, id >>> 0, 'CLOCK_???');
}

/** rlim_t: RLIM64_INFINITY, N*1024 for multiples of 1024 above 1024, else N. */
export function printRlim(v: bigint, width: 32 | 64): string {
  if (width === 64 && v === 0xffffffffffffffffn) return 'RLIM64_INFINITY';
  if (width === 32 && v === 0xffffffffn) return 'RLIM_INFINITY';
  if (v > 1024n && v % 1024n === 0n) return `${v / 1024n}*1024`;
  return v.toString();
}

/** ISO 8601 in UTC, as strace prints time_t values (the guest's TZ is UTC). */
export function isoTime(sec: bigint): string {
  const ms = Number(sec) * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+0000`;
}

export function makedev(dev: bigint): string {
  const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
  const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
  return `makedev(${hex(major)}, ${hex(minor)})`;
}

// ---------------------------------------------------------------- structures

export type StructPrinter = (c: CallInfo, a: bigint) => string | null;

function statLike(mode: number, size: bigint, rdev: bigint): string {
  const fmt = mode & 0o170000;
  const tail = fmt === 0o020000 || fmt === 0o060000 ? `st_rdev=${makedev(rdev)}` : `st_size=${size}`;
  return `{st_mode=${printSymbolicMode(mode)}, ${tail}, ...}`;
}

/** struct stat (x86-64) */
export const printStat: StructPrinter = (c, a) => {
  if (c.abi === 'ia32') return printOldStat32(c, a);
  const v = readStruct(c, a, 144);
  return v && statLike(v.u32(24), v.i64(48), v.u64(40));
};

/** struct stat64 (i386, packed, 96 bytes) */
export const printStat64: StructPrinter = (c, a) => {
  if (c.abi === 'x64') return printStat(c, a);
  const v = readStruct(c, a, 96);
  return v && statLike(v.u32(16), v.i64(44), v.u64(32));
};

/** i386 struct stat (the old layout of stat/fstat/lstat) */
function printOldStat32(c: CallInfo, a: bigint): string | null {
  const v = readStruct(c, a, 64);
  return v && statLike(v.u16(8), BigInt(v.u32(20)), BigInt(v.u32(16)));
}

export const printStatx: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 256);
  if (!v) return null;
  return `{stx_mask=${printFlags(STATX_MASKS, v.u32(0), null)}, stx_attributes=${printFlags(STATX_ATTRS, v.u64(8), null)}, stx_mode=${printSymbolicMode(v.u16(28))}, stx_size=${v.u64(40)}, ...}`;
};

function timespecWidth(c: CallInfo, force64: boolean): 4 | 8 {
  return force64 ? 8 : wordSize(c);
}

/** struct timespec: 64-bit fields on x86-64 (and for the i386 *_time64 calls), else 32-bit. */
export function timespecPrinter(force64 = false): StructPrinter {
  return (c, a) => {
    const w = timespecWidth(c, force64);
    const v = readStruct(c, a, 2 * w);
    if (!v) return null;
    const sec = w === 8 ? v.i64(0) : BigInt(v.i32(0));
    const nsec = w === 8 ? v.i64(8) : BigInt(v.i32(4));
    return `{tv_sec=${sec}, tv_nsec=${nsec}}`;
  };
}

export function timevalPrinter(force64 = false): StructPrinter {
  return (c, a) => {
    const w = timespecWidth(c, force64);
    const v = readStruct(c, a, 2 * w);
    if (!v) return null;
    const sec = w === 8 ? v.i64(0) : BigInt(v.i32(0));
    const usec = w === 8 ? v.i64(8) : BigInt(v.i32(4));
    return `{tv_sec=${sec}, tv_usec=${usec}}`;
  };
}

export const printTimezone: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 8);
  return v && `{tz_minuteswest=${v.i32(0)}, tz_dsttime=${v.i32(4)}}`;
};

export const printItimerval: StructPrinter = (c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 4 * w);
  if (!v) return null;
  const t = (o: number) => `{tv_sec=${v.sword(o)}, tv_usec=${v.sword(o + w)}}`;
  return `{it_interval=${t(0)}, it_value=${t(2 * w)}}`;
};

/** struct rlimit of the ABI's word size (getrlimit/setrlimit). */
export const printRlimit: StructPrinter = (c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 2 * w);
  if (!v) return null;
  const width = w === 8 ? 64 : 32;
  return `{rlim_cur=${printRlim(v.word(0), width)}, rlim_max=${printRlim(v.word(w), width)}}`;
};

export const printRlimit64: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 16);
  return v && `{rlim_cur=${printRlim(v.u64(0), 64)}, rlim_max=${printRlim(v.u64(8), 64)}}`;
};

export const printUtsname: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 65 * 6);
  if (!v) return null;
  const field = (i: number) => {
    const raw = v.b.subarray(i * 65, i * 65 + 65);
    const z = raw.indexOf(0);
    return quoteBytes(z < 0 ? raw : raw.subarray(0, z));
  };
  return `{sysname=${field(0)}, nodename=${field(1)}, ...}`;
};

export const printSysinfo: StructPrinter = (c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, w === 8 ? 112 : 64);
  if (!v) return null;
  const o = (k: number) => k * w;
  const procs = v.u16(o(10));
  const hiOff = w === 8 ? 88 : 44;
  return (
    `{uptime=${v.sword(0)}, loads=[${v.word(o(1))}, ${v.word(o(2))}, ${v.word(o(3))}], totalram=${v.word(o(4))}, ` +
    `freeram=${v.word(o(5))}, sharedram=${v.word(o(6))}, bufferram=${v.word(o(7))}, totalswap=${v.word(o(8))}, ` +
    `freeswap=${v.word(o(9))}, procs=${procs}, totalhigh=${v.word(hiOff)}, freehigh=${v.word(hiOff + w)}, mem_unit=${v.u32(hiOff + 2 * w)}}`
  );
};

/** The kernel's struct sigaction (rt_sigaction): handler, flags, restorer, mask. */
export const printSigaction: StructPrinter = (c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 3 * w + 8);
  if (!v) return null;
  const handler = v.word(0);
  const flags = v.word(w);
  const restorer = v.word(2 * w);
  const mask = v.b.subarray(3 * w, 3 * w + 8);
  const h = xlookup(SA_HANDLERS, handler) ?? addr(handler);
  let s = `{sa_handler=${h}, sa_mask=${printSigmask(mask)}, sa_flags=${printFlags(SA_FLAGS, flags, 'SA_???')}`;
  if (flags & 0x04000000n) s += `, sa_restorer=${addr(restorer)}`;
  return s + '}';
};

/** The i386 old struct sigaction (sigaction(2) without rt_): handler, mask (32 bits), flags, restorer. */
export const printOldSigaction: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 16);
  if (!v) return null;
  const handler = BigInt(v.u32(0));
  const flags = v.u32(8);
  const h = xlookup(SA_HANDLERS, handler) ?? addr(handler);
  let s = `{sa_handler=${h}, sa_mask=${printSigmask(v.b.subarray(4, 8))}, sa_flags=${printFlags(SA_FLAGS, flags, 'SA_???')}`;
  if (flags & 0x04000000) s += `, sa_restorer=${addr(BigInt(v.u32(12)))}`;
  return s + '}';
};

export const printStackT: StructPrinter = (c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 3 * w);
  if (!v) return null;
  const flags = v.i32(w);
  const size = v.word(w === 8 ? 16 : 8);
  return `{ss_sp=${addr(v.word(0))}, ss_flags=${printFlags(SIGALTSTACK_FLAGS, flags >>> 0, 'SS_???')}, ss_size=${size}}`;
};

export const printWinsize: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 8);
  return v && `{ws_row=${v.u16(0)}, ws_col=${v.u16(2)}, ws_xpixel=${v.u16(4)}, ws_ypixel=${v.u16(6)}}`;
};

export const printTermios: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 36);
  if (!v) return null;
  return (
    `{c_iflag=${printFlags(TERMIOS_IFLAGS, v.u32(0), null)}, c_oflag=${printTermiosOflag(v.u32(4))}, ` +
    `c_cflag=${printTermiosCflag(v.u32(8))}, c_lflag=${printFlags(TERMIOS_LFLAGS, v.u32(12), null)}, ...}`
  );
};

/** struct flock (or flock64): l_pid only when the kernel filled it (F_GETLK). */
export function flockPrinter(is64: boolean, withPid: boolean): StructPrinter {
  return (c, a) => {
    const big = is64 || c.abi === 'x64';
    const v = readStruct(c, a, big ? 32 : 16);
    if (!v) return null;
    let start: bigint;
    let len: bigint;
    let pid: number;
    if (c.abi === 'x64') {
      start = v.i64(8);
      len = v.i64(16);
      pid = v.i32(24);
    } else if (is64) {
      start = v.i64(4);
      len = v.i64(12);
      pid = v.i32(20);
    } else {
      start = BigInt(v.i32(4));
      len = BigInt(v.i32(8));
      pid = v.i32(12);
    }
    const type = printXval(LOCK_TYPES, v.i16(0), 'F_???');
    const whence = printXval(SEEK_WHENCE, v.i16(2), 'SEEK_???');
    return `{l_type=${type}, l_whence=${whence}, l_start=${start}, l_len=${len}${withPid ? `, l_pid=${pid}` : ''}}`;
  };
}

/** struct user_desc (set_thread_area, get_thread_area, modify_ldt) */
/** C's "%#08x": 0 is "00000000", others "0x" and at least six digits. */
function hex08(v: number): string {
  return v === 0 ? '00000000' : '0x' + (v >>> 0).toString(16).padStart(6, '0');
}

export const printUserDesc: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 16);
  if (!v) return null;
  const f = v.u32(12);
  const entry = v.i32(0);
  return (
    `{entry_number=${entry}, base_addr=${hex08(v.u32(4))}, limit=${hex08(v.u32(8))}, ` +
    `seg_32bit=${f & 1}, contents=${(f >> 1) & 3}, read_exec_only=${(f >> 3) & 1}, limit_in_pages=${(f >> 4) & 1}, ` +
    `seg_not_present=${(f >> 5) & 1}, useable=${(f >> 6) & 1}}`
  );
};

export const printTms: StructPrinter = (c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 4 * w);
  if (!v) return null;
  return `{tms_utime=${v.sword(0)}, tms_stime=${v.sword(w)}, tms_cutime=${v.sword(2 * w)}, tms_cstime=${v.sword(3 * w)}}`;
};

export const FS_MAGICS: Xlat = [
  [0xef53, 'EXT2_SUPER_MAGIC'],
  [0x01021994, 'TMPFS_MAGIC'],
  [0x9fa0, 'PROC_SUPER_MAGIC'],
  [0x62656572, 'SYSFS_MAGIC'],
  [0x1cd1, 'DEVPTS_SUPER_MAGIC'],
  [0x9123683e, 'BTRFS_SUPER_MAGIC'],
  [0x58465342, 'XFS_SUPER_MAGIC'],
  [0x794c7630, 'OVERLAYFS_SUPER_MAGIC'],
  [0x6969, 'NFS_SUPER_MAGIC'],
  [0x65735546, 'FUSE_SUPER_MAGIC'],
  [0x4d44, 'MSDOS_SUPER_MAGIC'],
  [0x2011bab0, 'EXFAT_SUPER_MAGIC'],
  [0x858458f6, 'RAMFS_MAGIC'],
  [0x27e0eb, 'CGROUP_SUPER_MAGIC'],
  [0x63677270, 'CGROUP2_SUPER_MAGIC'],
  [0x73717368, 'SQUASHFS_MAGIC'],
  [0x9660, 'ISOFS_SUPER_MAGIC'],
];

export const STATFS_FLAGS: Xlat = [
  [1, 'ST_RDONLY'],
  [2, 'ST_NOSUID'],
  [4, 'ST_NODEV'],
  [8, 'ST_NOEXEC'],
  [16, 'ST_SYNCHRONOUS'],
  [32, 'ST_VALID'],
  [64, 'ST_MANDLOCK'],
  [1024, 'ST_NOATIME'],
  [2048, 'ST_NODIRATIME'],
  [4096, 'ST_RELATIME'],
];

function statfsBody(type: bigint, bsize: bigint, nums: bigint[], fsid: [number, number], namelen: bigint, frsize: bigint, flags: bigint): string {
  const [blocks, bfree, bavail, files, ffree] = nums;
  return (
    `{f_type=${printXval(FS_MAGICS, type, 'UNKNOWN')}, f_bsize=${bsize}, f_blocks=${blocks}, f_bfree=${bfree}, f_bavail=${bavail}, ` +
    `f_files=${files}, f_ffree=${ffree}, f_fsid={val=[${hex(fsid[0] >>> 0)}, ${hex(fsid[1] >>> 0)}]}, f_namelen=${namelen}, ` +
    `f_frsize=${frsize}, f_flags=${printFlags(STATFS_FLAGS, flags, 'ST_???')}}`
  );
}

/** struct statfs of the ABI's word size (statfs, fstatfs). */
export const printStatfs: StructPrinter = (c, a) => {
  const w = wordSize(c);
  const v = readStruct(c, a, 15 * w);
  if (!v) return null;
  const o = (k: number) => k * w;
  const nums = [v.word(o(2)), v.word(o(3)), v.word(o(4)), v.word(o(5)), v.word(o(6))];
  return statfsBody(v.word(0), v.word(o(1)), nums, [v.i32(o(7)), v.i32(o(7) + 4)], v.word(o(7) + 8), v.word(o(7) + 8 + w), v.word(o(7) + 8 + 2 * w));
};

/** struct statfs64 (i386, packed: 84 bytes; x86-64: the same as struct statfs). */
export const printStatfs64: StructPrinter = (c, a) => {
  if (c.abi === 'x64') return printStatfs(c, a);
  const v = readStruct(c, a, 84);
  if (!v) return null;
  const nums = [v.u64(8), v.u64(16), v.u64(24), v.u64(32), v.u64(40)];
  return statfsBody(BigInt(v.u32(0)), BigInt(v.u32(4)), nums, [v.i32(48), v.i32(52)], BigInt(v.u32(56)), BigInt(v.u32(60)), BigInt(v.u32(64)));
};

/** The i386 old_linux_dirent of readdir(2): one entry. */
export const printOldDirent: StructPrinter = (c, a) => {
  const v = readStruct(c, a, 10);
  if (!v) return null;
  const len = v.u16(8);
  const name = c.mem.read(a + 10n, len);
  if (!name) return null;
  return `{d_ino=${v.u32(0)}, d_off=${v.u32(4)}, d_reclen=${len}, d_name=${quoteBytes(name)}}`;
};

/** A sigset of `len` bytes (len 1..8; anything else prints the address). */
export function sigsetAt(c: CallInfo, a: bigint, len: number): string | null {
  if (a === 0n) return 'NULL';
  if (len <= 0 || len > 8) return null;
  const b = c.mem.read(a, len);
  return b && printSigmask(b);
}

/** Number of directory entries in a getdents/getdents64 result. */
export function countDirents(c: CallInfo, a: bigint, len: number, is64: boolean): number | null {
  if (len <= 0) return 0;
  const n = Math.min(len, 1 << 20);
  const b = c.mem.read(a, n);
  if (!b) return null;
  const v = new View(b, wordSize(c));
  const reclenOff = is64 ? 16 : 2 * wordSize(c);
  let off = 0;
  let count = 0;
  while (off + reclenOff + 2 <= n) {
    const rl = v.u16(off + reclenOff);
    if (rl === 0) break;
    count++;
    off += rl;
  }
  return count;
}

/** The struct printers a declaration may name (declare.ts structArg), by name. */
export const STRUCTS: Readonly<Record<string, StructPrinter>> = {
  stat: printStat,
  new_stat: printStat,
  newstat: printStat,
  kstat: printStat,
  stat64: printStat64,
  statx: printStatx,
  timespec: timespecPrinter(),
  old_timespec32: timespecPrinter(),
  __kernel_timespec: timespecPrinter(true),
  timespec64: timespecPrinter(true),
  timeval: timevalPrinter(),
  old_timeval: timevalPrinter(),
  __kernel_old_timeval: timevalPrinter(),
  timezone: printTimezone,
  itimerval: printItimerval,
  rlimit: printRlimit,
  rlimit64: printRlimit64,
  new_utsname: printUtsname,
  utsname: printUtsname,
  old_utsname: printUtsname,
  sysinfo: printSysinfo,
  sigaction: printSigaction,
  stack_t: printStackT,
  winsize: printWinsize,
  termios: printTermios,
  flock: flockPrinter(false, false),
  flock64: flockPrinter(true, false),
  user_desc: printUserDesc,
  statfs: printStatfs,
  compat_statfs: printStatfs,
  statfs64: printStatfs64,
  compat_statfs64: printStatfs64,
  tms: printTms,
  // i386 (compat) layouts: the printers pick field widths from the call's ABI
  compat_stat: printStat,
  compat_rlimit: printRlimit,
  old_timeval32: timevalPrinter(),
  old_sigaction32: printOldSigaction,
};

export { MAX_STRLEN, PATH_STRLEN, hex };
