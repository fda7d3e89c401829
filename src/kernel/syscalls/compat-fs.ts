// i386 (compat) file-system routines: the 32-bit stat structures (struct stat64,
// struct compat_stat, struct __old_kernel_stat), the old getdents/readdir records,
// _llseek and the split 64-bit offsets of sys_ia32_*, fcntl64/ioctl, statfs/statfs64,
// and open/openat without the forced O_LARGEFILE (Linux: fs/stat.c, fs/readdir.c,
// fs/read_write.c, fs/statfs.c, fs/open.c, arch/x86/kernel/sys_ia32.c).
//
// The file work itself is the native routines' (fs*.ts): these routines convert the
// 32-bit arguments and structures, as Linux's compat layer does around the same
// kernel functions.

import { SYSCALL, a, structArg, SysError, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { AT_EMPTY_PATH, AT_FDCWD, AT_NO_AUTOMOUNT, AT_SYMLINK_NOFOLLOW, O_LARGEFILE, O_PATH, SEEK_HOLE, major, minor } from '../../vfs/constants.js';
import type { OpenFile, Stat, Timespec } from '../../vfs/types.js';
import { StructWriter } from '../uaccess.js';
import { copyIn, copyOut, doFcntl, doIoctl, fdget, fdgetRaw, FLOCK_COMPAT } from './fs.js';
import { doUtimes } from './fs-path.js';
import { statAt as lookupStat, doGetdents, doStatfs, doFstatfs } from './fs-stat.js';
import { callNative, SYSCALL_IF, high2lowuid, high2lowgid } from './compat-misc.js';

// ---------------- arguments ----------------

/** Two 32-bit halves (low, high) as one signed 64-bit offset (exact within ±2^53). */
export function join64(lo: number, hi: number): number {
  return (hi | 0) * 4294967296 + (lo >>> 0);
}

/** vfs_fstatat() for the *stat64 calls: the flags are checked before the path is read. */
function statAt(c: SyscallContext, dfd: number, pathAddr: number, flags: number): Stat {
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH)) throw new SysError(Errno.EINVAL);
  return lookupStat(c, dfd, pathAddr, flags).st;
}

function fileStat(f: OpenFile): Stat {
  const r = f.stat();
  if (typeof r === 'number') throw new SysError(-r);
  return r;
}

// ---------------- struct stat64 (i386; arch/x86/kernel/sys_ia32.c cp_stat64) ----------------

/** sizeof(struct stat64) on i386 (packed). */
export const STAT64_SIZE = 96;

/**
 * The i386 struct stat64: st_dev u64 @0, __st_ino u32 @12, st_mode @16, st_nlink @20,
 * st_uid @24, st_gid @28, st_rdev u64 @32, st_size s64 @44, st_blksize @52,
 * st_blocks u64 @56, a/m/ctime + nsec @64–84, st_ino u64 @88. cp_stat64 writes the
 * fields one by one: the padding (@8, @40) keeps what the program had there.
 */
export function putStat64(c: SyscallContext, addr: number, st: Stat): void {
  const old = copyIn(c, addr, STAT64_SIZE); // access check; the padding is preserved
  const w = new StructWriter(STAT64_SIZE);
  w.bytes(0, old);
  w.u64(0, st.dev).u32(12, st.ino % 4294967296).u32(16, st.mode).u32(20, st.nlink);
  w.u32(24, st.uid).u32(28, st.gid).u64(32, st.rdev).i64(44, st.size).u32(52, st.blksize).u64(56, st.blocks);
  w.u32(64, st.atime.sec).u32(68, st.atime.nsec).u32(72, st.mtime.sec).u32(76, st.mtime.nsec).u32(80, st.ctime.sec).u32(84, st.ctime.nsec);
  w.u64(88, st.ino);
  copyOut(c, addr, w.buf);
}

SYSCALL('compat_sys_ia32_stat64', [a('filename', 'path'), structArg('statbuf', 'stat64', true)], 'int', (c, p, buf) => {
  putStat64(c, buf, statAt(c, AT_FDCWD, p, 0));
  return 0;
});

SYSCALL('compat_sys_ia32_lstat64', [a('filename', 'path'), structArg('statbuf', 'stat64', true)], 'int', (c, p, buf) => {
  putStat64(c, buf, statAt(c, AT_FDCWD, p, AT_SYMLINK_NOFOLLOW));
  return 0;
});

SYSCALL('compat_sys_ia32_fstat64', [a('fd', 'fd'), structArg('statbuf', 'stat64', true)], 'int', (c, fd, buf) => {
  putStat64(c, buf, fileStat(fdgetRaw(c, fd).file));
  return 0;
});

SYSCALL('compat_sys_ia32_fstatat64', [a('dfd', 'dirfd'), a('filename', 'path'), structArg('statbuf', 'stat64', true), a('flag', 'at_flags')], 'int', (c, dfd, p, buf, flag) => {
  putStat64(c, buf, statAt(c, dfd, p, flag));
  return 0;
});

// ---------------- struct compat_stat (stat/lstat/fstat 106–108; fs/stat.c cp_compat_stat) ----------------

export const COMPAT_STAT_SIZE = 64;

/** new_encode_dev() of a device number that must fit 32 bits. */
function encodeDev32(dev: number): number {
  return dev % 4294967296;
}

export function putCompatStat(c: SyscallContext, addr: number, st: Stat): void {
  if (st.ino > 0xffffffff) throw new SysError(Errno.EOVERFLOW);
  if (st.nlink > 0xffff) throw new SysError(Errno.EOVERFLOW);
  if (st.size > 0x7fffffff) throw new SysError(Errno.EOVERFLOW); // MAX_NON_LFS
  const w = new StructWriter(COMPAT_STAT_SIZE);
  w.u32(0, encodeDev32(st.dev)).u32(4, st.ino).u16(8, st.mode & 0xffff).u16(10, st.nlink);
  w.u16(12, high2lowuid(st.uid)).u16(14, high2lowgid(st.gid)).u32(16, encodeDev32(st.rdev)).u32(20, st.size);
  w.u32(24, st.blksize).u32(28, st.blocks % 4294967296);
  w.u32(32, st.atime.sec).u32(36, st.atime.nsec).u32(40, st.mtime.sec).u32(44, st.mtime.nsec).u32(48, st.ctime.sec).u32(52, st.ctime.nsec);
  copyOut(c, addr, w.buf);
}

SYSCALL('compat_sys_newstat', [a('filename', 'path'), structArg('statbuf', 'compat_stat', true)], 'int', (c, p, buf) => {
  putCompatStat(c, buf, statAt(c, AT_FDCWD, p, 0));
  return 0;
});

SYSCALL('compat_sys_newlstat', [a('filename', 'path'), structArg('statbuf', 'compat_stat', true)], 'int', (c, p, buf) => {
  putCompatStat(c, buf, statAt(c, AT_FDCWD, p, AT_SYMLINK_NOFOLLOW));
  return 0;
});

SYSCALL('compat_sys_newfstat', [a('fd', 'fd'), structArg('statbuf', 'compat_stat', true)], 'int', (c, fd, buf) => {
  putCompatStat(c, buf, fileStat(fdgetRaw(c, fd).file));
  return 0;
});

// ---------------- struct __old_kernel_stat (oldstat/oldlstat/oldfstat 18/84/28) ----------------

/**
 * cp_old_stat(): u16 dev, ino, mode, nlink, uid, gid, rdev; u32 size, atime, mtime,
 * ctime (32 bytes; the x86-64 kernel's layout for 32-bit callers). Inode numbers and
 * link counts that do not fit 16 bits are EOVERFLOW; device numbers are
 * old_encode_dev()ed (major << 8 | minor, cut to 16 bits) and the size is cut to 32
 * bits without an error, as on a 64-bit kernel (no MAX_NON_LFS check there).
 */
export function putOldStat(c: SyscallContext, addr: number, st: Stat): void {
  const oldDev = (d: number) => ((major(d) << 8) | minor(d)) & 0xffff;
  if (st.ino > 0xffff) throw new SysError(Errno.EOVERFLOW);
  if (st.nlink > 0xffff) throw new SysError(Errno.EOVERFLOW);
  const w = new StructWriter(32);
  w.u16(0, oldDev(st.dev)).u16(2, st.ino).u16(4, st.mode & 0xffff).u16(6, st.nlink).u16(8, high2lowuid(st.uid)).u16(10, high2lowgid(st.gid)).u16(12, oldDev(st.rdev));
  w.u32(16, st.size % 4294967296).u32(20, st.atime.sec).u32(24, st.mtime.sec).u32(28, st.ctime.sec);
  copyOut(c, addr, w.buf);
}

SYSCALL('sys_stat', [a('filename', 'path'), structArg('statbuf', '__old_kernel_stat', true)], 'int', (c, p, buf) => {
  putOldStat(c, buf, statAt(c, AT_FDCWD, p, 0));
  return 0;
});
SYSCALL('sys_lstat', [a('filename', 'path'), structArg('statbuf', '__old_kernel_stat', true)], 'int', (c, p, buf) => {
  putOldStat(c, buf, statAt(c, AT_FDCWD, p, AT_SYMLINK_NOFOLLOW));
  return 0;
});
SYSCALL('sys_fstat', [a('fd', 'fd'), structArg('statbuf', '__old_kernel_stat', true)], 'int', (c, fd, buf) => {
  putOldStat(c, buf, fileStat(fdgetRaw(c, fd).file));
  return 0;
});

// ---------------- getdents (141) and readdir (89): 32-bit records ----------------

// compat_sys_getdents: struct compat_linux_dirent { u32 d_ino; u32 d_off; u16 d_reclen;
// char d_name[]; …; char d_type at d_reclen-1 }, reclen = ALIGN(10 + namlen + 2, 4) —
// the getdents engine of fs-stat.ts with the compat layout.
SYSCALL('compat_sys_getdents', [a('fd', 'fd'), structArg('dirent', 'compat_linux_dirent', true), a('count', 'uint')], 'int', (c, fd, dirp, count) =>
  doGetdents(c, fd, dirp, count, 'compat_dirent'),
);

/**
 * compat_sys_old_readdir: one entry per call into struct compat_old_linux_dirent
 * { u32 d_ino; u32 d_offset; u16 d_namlen; char d_name[] }. Returns 1, or 0 at the end.
 */
SYSCALL('compat_sys_old_readdir', [a('fd', 'fd'), structArg('dirent', 'old_linux_dirent', true), a('count', 'uint')], 'int', (c, fd, dirp) => {
  const f = fdget(c, fd).file;
  let rec: Uint8Array | null = null;
  let error = 0;
  const n = f.getdents((d) => {
    if (rec) return false;
    if (d.ino > 0xffffffff) {
      error = -Errno.EOVERFLOW;
      return false;
    }
    const w = new StructWriter(10 + d.name.length + 1);
    w.u32(0, d.ino).u32(4, d.off % 4294967296).u16(8, d.name.length);
    for (let k = 0; k < d.name.length; k++) w.u8(10 + k, d.name.charCodeAt(k));
    rec = w.buf;
    return true;
  });
  if (n < 0) return n;
  if (error) return error;
  if (!rec) return 0;
  copyOut(c, dirp, rec);
  return 1;
});

// ---------------- offsets: lseek, _llseek, and the split 64-bit sys_ia32_* ----------------

// lseek (19): a signed 32-bit offset.
SYSCALL('compat_sys_lseek', [a('fd', 'fd'), a('offset', 'off'), a('whence', 'whence')], 'off', (c, fd, off, whence) => callNative(c, 'sys_lseek', fd, off | 0, whence));

// _llseek (140): the 64-bit result goes to *result; the return value is 0.
SYSCALL('sys_llseek', [a('fd', 'fd'), a('offset_high', 'hex'), a('offset_low', 'hex'), a('result', 'ptr'), a('whence', 'whence')], 'int', (c, fd, hi, lo, result, whence) => {
  const f = fdget(c, fd).file;
  if (whence >>> 0 > SEEK_HOLE) return -Errno.EINVAL;
  const off = f.lseek(join64(lo, hi), whence >>> 0);
  if (off < 0) return off;
  copyOut(c, result, new StructWriter(8).i64(0, off).buf);
  return 0;
});

SYSCALL_IF('sys_pread64', 'sys_ia32_pread64', [a('fd', 'fd'), a('buf', 'outbuf', 2), a('count', 'size'), a('pos_low', 'hex'), a('pos_high', 'hex')], 'size', (c, fd, buf, n, lo, hi) =>
  callNative(c, 'sys_pread64', fd, buf, n, join64(lo, hi)),
);
SYSCALL_IF('sys_pwrite64', 'sys_ia32_pwrite64', [a('fd', 'fd'), a('buf', 'inbuf', 2), a('count', 'size'), a('pos_low', 'hex'), a('pos_high', 'hex')], 'size', (c, fd, buf, n, lo, hi) =>
  callNative(c, 'sys_pwrite64', fd, buf, n, join64(lo, hi)),
);
SYSCALL_IF('sys_truncate', 'sys_ia32_truncate64', [a('path', 'path'), a('length_low', 'hex'), a('length_high', 'hex')], 'int', (c, p, lo, hi) => callNative(c, 'sys_truncate', p, join64(lo, hi)));
SYSCALL_IF('sys_ftruncate', 'sys_ia32_ftruncate64', [a('fd', 'fd'), a('length_low', 'hex'), a('length_high', 'hex')], 'int', (c, fd, lo, hi) => callNative(c, 'sys_ftruncate', fd, join64(lo, hi)));
SYSCALL_IF('sys_truncate', 'compat_sys_truncate', [a('path', 'path'), a('length', 'off')], 'int', (c, p, len) => callNative(c, 'sys_truncate', p, len | 0));
SYSCALL_IF('sys_ftruncate', 'compat_sys_ftruncate', [a('fd', 'fd'), a('length', 'off')], 'int', (c, fd, len) => callNative(c, 'sys_ftruncate', fd, len | 0));
SYSCALL_IF('sys_fadvise64', 'sys_ia32_fadvise64', [a('fd', 'fd'), a('offset_low', 'hex'), a('offset_high', 'hex'), a('len', 'size'), a('advice', 'int')], 'int', (c, fd, lo, hi, len, adv) =>
  callNative(c, 'sys_fadvise64', fd, join64(lo, hi), len, adv),
);
SYSCALL_IF('sys_fadvise64', 'sys_ia32_fadvise64_64', [a('fd', 'fd'), a('offset_low', 'hex'), a('offset_high', 'hex'), a('len_low', 'hex'), a('len_high', 'hex'), a('advice', 'int')], 'int', (c, fd, lo, hi, llo, lhi, adv) =>
  callNative(c, 'sys_fadvise64', fd, join64(lo, hi), join64(llo, lhi), adv),
);
SYSCALL_IF('sys_readahead', 'sys_ia32_readahead', [a('fd', 'fd'), a('offset_low', 'hex'), a('offset_high', 'hex'), a('count', 'size')], 'int', (c, fd, lo, hi, n) => callNative(c, 'sys_readahead', fd, join64(lo, hi), n));
SYSCALL_IF('sys_fallocate', 'sys_ia32_fallocate', [a('fd', 'fd'), a('mode', 'hex'), a('offset_low', 'hex'), a('offset_high', 'hex'), a('len_low', 'hex'), a('len_high', 'hex')], 'int', (c, fd, mode, lo, hi, llo, lhi) =>
  callNative(c, 'sys_fallocate', fd, mode, join64(lo, hi), join64(llo, lhi)),
);
SYSCALL_IF('sys_sync_file_range', 'sys_ia32_sync_file_range', [a('fd', 'fd'), a('off_low', 'hex'), a('off_high', 'hex'), a('n_low', 'hex'), a('n_high', 'hex'), a('flags', 'hex')], 'int', (c, fd, lo, hi, nlo, nhi, fl) =>
  callNative(c, 'sys_sync_file_range', fd, join64(lo, hi), join64(nlo, nhi), fl),
);
// preadv/pwritev (333/334) and the *2 forms: the position arrives as two 32-bit halves.
SYSCALL_IF('sys_preadv', 'compat_sys_preadv', [a('fd', 'fd'), a('vec', 'iovec_out', 2), a('vlen', 'ulong'), a('pos_low', 'hex'), a('pos_high', 'hex')], 'size', (c, fd, v, n, lo, hi) =>
  callNative(c, 'sys_preadv', fd, v, n, join64(lo, hi), 0),
);
SYSCALL_IF('sys_pwritev', 'compat_sys_pwritev', [a('fd', 'fd'), a('vec', 'iovec_in', 2), a('vlen', 'ulong'), a('pos_low', 'hex'), a('pos_high', 'hex')], 'size', (c, fd, v, n, lo, hi) =>
  callNative(c, 'sys_pwritev', fd, v, n, join64(lo, hi), 0),
);
SYSCALL_IF('sys_preadv2', 'compat_sys_preadv2', [a('fd', 'fd'), a('vec', 'iovec_out', 2), a('vlen', 'ulong'), a('pos_low', 'hex'), a('pos_high', 'hex'), a('flags', 'hex')], 'size', (c, fd, v, n, lo, hi, fl) =>
  callNative(c, 'sys_preadv2', fd, v, n, join64(lo, hi), 0, fl),
);
SYSCALL_IF('sys_pwritev2', 'compat_sys_pwritev2', [a('fd', 'fd'), a('vec', 'iovec_in', 2), a('vlen', 'ulong'), a('pos_low', 'hex'), a('pos_high', 'hex'), a('flags', 'hex')], 'size', (c, fd, v, n, lo, hi, fl) =>
  callNative(c, 'sys_pwritev2', fd, v, n, join64(lo, hi), 0, fl),
);

// ---------------- fcntl64, ioctl ----------------

// fcntl (55) and fcntl64 (221): struct compat_flock for F_*LK, the packed i386 flock64 for
// F_*LK64 (do_fcntl with the compat layouts).
SYSCALL('compat_sys_fcntl64', [a('fd', 'fd'), a('cmd', 'fcntl'), a('arg', 'hex')], 'hex', (c, fd, cmd, arg) => doFcntl(c, fd, cmd, arg, FLOCK_COMPAT), {
  support: 'partial',
  note: 'as fcntl: record locks are checked and always granted (one process)',
});

// ioctl (54): the requests sysgate implements have the same layout on both ABIs.
SYSCALL('compat_sys_ioctl', [a('fd', 'fd'), a('cmd', 'ioctl'), a('arg', 'hex')], 'int', (c, fd, cmd, arg) => doIoctl(c, fd, cmd, arg), {
  support: 'partial',
  note: 'as ioctl (the implemented requests need no conversion)',
});

// ---------------- statfs, statfs64 ----------------

/** sizeof(struct compat_statfs64): packed, 84 bytes. */
export const COMPAT_STATFS64_SIZE = 84;

// statfs/fstatfs (99/100): struct compat_statfs; statfs64/fstatfs64 (268/269): the
// packed struct compat_statfs64, whose size the caller passes (EINVAL unless 84).
SYSCALL('compat_sys_statfs', [a('pathname', 'path'), structArg('buf', 'compat_statfs', true)], 'int', (c, p, buf) => doStatfs(c, p, buf, 'compat_statfs'));
SYSCALL('compat_sys_fstatfs', [a('fd', 'fd'), structArg('buf', 'compat_statfs', true)], 'int', (c, fd, buf) => doFstatfs(c, fd, buf, 'compat_statfs'));
SYSCALL('compat_sys_statfs64', [a('pathname', 'path'), a('sz', 'size'), structArg('buf', 'compat_statfs64', true)], 'int', (c, p, sz, buf) =>
  sz !== COMPAT_STATFS64_SIZE ? -Errno.EINVAL : doStatfs(c, p, buf, 'statfs64'),
);
SYSCALL('compat_sys_fstatfs64', [a('fd', 'fd'), a('sz', 'size'), structArg('buf', 'compat_statfs64', true)], 'int', (c, fd, sz, buf) =>
  sz !== COMPAT_STATFS64_SIZE ? -Errno.EINVAL : doFstatfs(c, fd, buf, 'statfs64'),
);

// ---------------- timestamps with 32-bit times (fs/utimes.c) ----------------

/** Reads n signed 32-bit words. */
function words32(c: SyscallContext, addr: number, n: number): number[] {
  const b = copyIn(c, addr, 4 * n);
  const dv = new DataView(b.buffer, b.byteOffset, 4 * n);
  return Array.from({ length: n }, (_, k) => dv.getInt32(4 * k, true));
}

const UTIME_OMIT = (1 << 30) - 2;

// utimensat (320): struct old_timespec32[2]. (utimensat_time64, 412, is the native
// sys_utimensat with the 64-bit struct __kernel_timespec.)
SYSCALL('sys_utimensat_time32', [a('dfd', 'dirfd'), a('filename', 'path'), structArg('t', 'old_timespec32[2]'), a('flags', 'at_flags')], 'int', (c, dfd, p, ut, fl) => {
  let times: [Timespec, Timespec] | null = null;
  if (ut) {
    const w = words32(c, ut, 4);
    times = [{ sec: w[0], nsec: w[1] }, { sec: w[2], nsec: w[3] }];
    if (w[1] === UTIME_OMIT && w[3] === UTIME_OMIT) return 0;
  }
  return doUtimes(c, dfd, p, times, fl);
});

/** struct old_timeval32[2]: tv_usec outside [0, 1e6) is EINVAL. */
function timevals32(c: SyscallContext, addr: number): [Timespec, Timespec] | number {
  const w = words32(c, addr, 4);
  if (w[1] < 0 || w[1] >= 1e6 || w[3] < 0 || w[3] >= 1e6) return -Errno.EINVAL;
  return [{ sec: w[0], nsec: w[1] * 1000 }, { sec: w[2], nsec: w[3] * 1000 }];
}

function futimesat32(c: SyscallContext, dfd: number, p: number, ut: number): number {
  let times: [Timespec, Timespec] | null = null;
  if (ut) {
    const t = timevals32(c, ut);
    if (typeof t === 'number') return t;
    times = t;
  }
  return doUtimes(c, dfd, p, times, 0);
}

SYSCALL('sys_futimesat_time32', [a('dfd', 'dirfd'), a('filename', 'path'), structArg('t', 'old_timeval32[2]')], 'int', (c, dfd, p, ut) => futimesat32(c, dfd, p, ut));
SYSCALL('sys_utimes_time32', [a('filename', 'path'), structArg('t', 'old_timeval32[2]')], 'int', (c, p, ut) => futimesat32(c, AT_FDCWD, p, ut));

// utime (30): struct old_utimbuf32 { s32 actime; s32 modtime; }
SYSCALL('sys_utime32', [a('filename', 'path'), structArg('t', 'old_utimbuf32')], 'int', (c, p, ut) => {
  let times: [Timespec, Timespec] | null = null;
  if (ut) {
    const w = words32(c, ut, 2);
    times = [{ sec: w[0], nsec: 0 }, { sec: w[1], nsec: 0 }];
  }
  return doUtimes(c, AT_FDCWD, p, times, 0);
});

// ---------------- open/openat: no forced O_LARGEFILE ----------------

/**
 * A 64-bit kernel's sys_open/sys_openat add O_LARGEFILE (force_o_largefile()); the
 * compat entry points do not, so a 32-bit program sees in F_GETFL exactly the flags it
 * passed. The native routine does the open; the forced bit is taken back off when the
 * caller did not ask for it.
 */
function dropForcedLargefile(c: SyscallContext, fd: number, flags: number): number {
  if (fd >= 0 && !(flags & O_LARGEFILE)) {
    const e = c.task.files.get(fd);
    if (e && !(e.file.flags & O_PATH)) e.file.flags &= ~O_LARGEFILE;
  }
  return fd;
}

SYSCALL_IF('sys_openat', 'compat_sys_open', [a('filename', 'path'), a('flags', 'oflags'), a('mode', 'mode')], 'fd', (c, p, flags, mode) =>
  dropForcedLargefile(c, callNative(c, 'sys_openat', AT_FDCWD, p, flags, mode), flags),
);
SYSCALL_IF('sys_openat', 'compat_sys_openat', [a('dfd', 'dirfd'), a('filename', 'path'), a('flags', 'oflags'), a('mode', 'mode')], 'fd', (c, dfd, p, flags, mode) =>
  dropForcedLargefile(c, callNative(c, 'sys_openat', dfd | 0, p, flags, mode), flags),
);
