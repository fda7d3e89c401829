// Attribute and directory-listing system calls (fs/stat.c, fs/statfs.c, fs/readdir.c):
// stat, lstat, fstat, newfstatat, statx, statfs, fstatfs, getdents, getdents64.
//
// Every structure the kernel copies out is built by an encoder that takes the layout
// as a parameter, so the compat (i386) routines reuse the same code with their own
// layouts: struct stat (x86-64, 144 bytes) / struct compat_stat (64) / struct stat64
// (i386, 96, packed); struct statfs (120) / compat_statfs (64) / statfs64 (84, packed);
// linux_dirent64 (shared) / linux_dirent (x86-64) / compat_linux_dirent.

import { SYSCALL, a, structArg, SysError, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { AT_EMPTY_PATH, AT_FDCWD, AT_NO_AUTOMOUNT, AT_SYMLINK_NOFOLLOW, major, minor } from '../../vfs/constants.js';
import { strToBytes } from '../../vfs/bytes.js';
import type { Location, OpenFile, Stat, StatFs, Timespec } from '../../vfs/types.js';
import { StructWriter } from '../uaccess.js';
import { sameNode } from '../../vfs/vfs.js';
import { copyOut, faultIn, fdget, fdgetRaw, int, uint } from './fs.js';
import { dirAt, emptyPathFile, fsCtx, readPath, readPathNonEmpty } from './fs-path.js';

// =====================================================================================
// looking the file up
// =====================================================================================

/** The result of a stat-like lookup: the attributes and, when it is in the tree, where. */
export interface StatTarget {
  st: Stat;
  loc: Location | null;
}

function statOfFile(f: OpenFile): StatTarget {
  const st = f.stat();
  if (typeof st === 'number') throw new SysError(-st);
  return { st, loc: f.location };
}

function statOfLoc(loc: Location): StatTarget {
  const st = loc.node.stat();
  if (typeof st === 'number') throw new SysError(-st);
  return { st, loc };
}

/**
 * vfs_statx()'s lookup: `flags` may hold AT_SYMLINK_NOFOLLOW, AT_NO_AUTOMOUNT,
 * AT_EMPTY_PATH and (statx) AT_STATX_*; the caller has validated them. The path is
 * read here, after the flag checks, as Linux reports flag errors first.
 */
export function statAt(c: SyscallContext, dfd: number, pathAddr: number, flags: number): StatTarget {
  const path = flags & AT_EMPTY_PATH ? readPath(c, pathAddr) : readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  if (path === '') {
    const f = emptyPathFile(c, dfd);
    return f === null ? statOfLoc(c.task.cwd) : statOfFile(f);
  }
  const at = dirAt(c, dfd, path) ?? c.task.cwd;
  const loc = c.k.vfs.lookup(at, path, flags & AT_SYMLINK_NOFOLLOW, ctx);
  if (typeof loc === 'number') throw new SysError(-loc);
  return statOfLoc(loc);
}

// =====================================================================================
// struct stat
// =====================================================================================

export type StatLayout = 'stat' | 'compat_stat' | 'stat64';

function ts(w: StructWriter, off: number, t: Timespec, width: 4 | 8): void {
  if (width === 8) w.i64(off, t.sec).u64(off + 8, t.nsec);
  else w.u32(off, t.sec).u32(off + 4, t.nsec);
}

/** old_valid_dev()/old_encode_dev(): the 16-bit dev_t of compat struct stat. */
function oldEncodeDev(dev: number): number | null {
  const ma = major(dev);
  const mi = minor(dev);
  if (ma >= 256 || mi >= 256) return null;
  return (ma << 8) | mi;
}

/** high2lowuid(): ids above 65535 become the overflow id 65534. */
function low16(id: number): number {
  return id > 0xffff ? 65534 : id;
}

/**
 * cp_new_stat() (x86-64 struct stat), cp_compat_stat() (struct compat_stat, with its
 * EOVERFLOW checks) and cp_stat64() (i386 struct stat64). Returns the bytes or -errno.
 */
export function encodeStat(st: Stat, layout: StatLayout = 'stat'): Uint8Array | number {
  switch (layout) {
    case 'stat': {
      const w = new StructWriter(144);
      w.u64(0, st.dev).u64(8, st.ino).u64(16, st.nlink).u32(24, st.mode).u32(28, st.uid).u32(32, st.gid);
      w.u64(40, st.rdev).i64(48, st.size).i64(56, st.blksize).i64(64, st.blocks);
      ts(w, 72, st.atime, 8);
      ts(w, 88, st.mtime, 8);
      ts(w, 104, st.ctime, 8);
      return w.buf;
    }
    case 'compat_stat': {
      const dev = oldEncodeDev(st.dev);
      const rdev = oldEncodeDev(st.rdev);
      if (dev === null || rdev === null) return -Errno.EOVERFLOW;
      if (st.ino > 0xffffffff || st.nlink > 0xffff || st.size > 0x7fffffff) return -Errno.EOVERFLOW;
      const w = new StructWriter(64);
      w.u32(0, dev).u32(4, st.ino).u16(8, st.mode).u16(10, st.nlink).u16(12, low16(st.uid)).u16(14, low16(st.gid));
      w.u32(16, rdev).u32(20, st.size).u32(24, st.blksize).u32(28, st.blocks);
      ts(w, 32, st.atime, 4);
      ts(w, 40, st.mtime, 4);
      ts(w, 48, st.ctime, 4);
      return w.buf;
    }
    case 'stat64': {
      const w = new StructWriter(96);
      w.u64(0, st.dev).u32(12, st.ino % 2 ** 32).u32(16, st.mode).u32(20, st.nlink).u32(24, st.uid).u32(28, st.gid);
      w.u64(32, st.rdev).i64(44, st.size).u32(52, st.blksize).u64(56, st.blocks);
      ts(w, 64, st.atime, 4);
      ts(w, 72, st.mtime, 4);
      ts(w, 80, st.ctime, 4);
      w.u64(88, st.ino);
      return w.buf;
    }
  }
}

/** Copies a stat structure out (encoder errors and EFAULT become the call's error). */
export function putStat(c: SyscallContext, addr: number, st: Stat, layout: StatLayout = 'stat'): number {
  const b = encodeStat(st, layout);
  if (typeof b === 'number') return b;
  copyOut(c, addr, b);
  return 0;
}

const NEWFSTATAT_FLAGS = AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH;

/** vfs_fstatat() + cp_*stat(). */
export function doFstatat(c: SyscallContext, dfd: number, pathAddr: number, statbuf: number, flags: number, layout: StatLayout = 'stat'): number {
  const fl = int(flags);
  if (fl & ~NEWFSTATAT_FLAGS) return -Errno.EINVAL;
  const t = statAt(c, dfd, pathAddr, fl);
  return putStat(c, statbuf, t.st, layout);
}

/** vfs_fstat(): O_PATH descriptors allowed (fdget_raw). */
export function doFstat(c: SyscallContext, fd: number, statbuf: number, layout: StatLayout = 'stat'): number {
  const t = statOfFile(fdgetRaw(c, fd).file);
  return putStat(c, statbuf, t.st, layout);
}

SYSCALL('sys_newstat', [a('filename', 'path'), structArg('statbuf', 'stat', true)], 'int', (c, p, buf) => doFstatat(c, AT_FDCWD, p, buf, 0));
SYSCALL('sys_newlstat', [a('filename', 'path'), structArg('statbuf', 'stat', true)], 'int', (c, p, buf) => doFstatat(c, AT_FDCWD, p, buf, AT_SYMLINK_NOFOLLOW));
SYSCALL('sys_newfstat', [a('fd', 'fd'), structArg('statbuf', 'stat', true)], 'int', (c, fd, buf) => doFstat(c, fd, buf));
SYSCALL('sys_newfstatat', [a('dfd', 'dirfd'), a('filename', 'path'), structArg('statbuf', 'stat', true), a('flag', 'at_flags')], 'int', (c, dfd, p, buf, fl) => doFstatat(c, dfd, p, buf, fl));

// =====================================================================================
// statx
// =====================================================================================

export const STATX_TYPE = 0x1;
export const STATX_MODE = 0x2;
export const STATX_NLINK = 0x4;
export const STATX_UID = 0x8;
export const STATX_GID = 0x10;
export const STATX_ATIME = 0x20;
export const STATX_MTIME = 0x40;
export const STATX_CTIME = 0x80;
export const STATX_INO = 0x100;
export const STATX_SIZE = 0x200;
export const STATX_BLOCKS = 0x400;
export const STATX_BASIC_STATS = 0x7ff;
export const STATX_BTIME = 0x800;
export const STATX_MNT_ID = 0x1000;
export const STATX__RESERVED = 0x80000000;
export const STATX_ATTR_MOUNT_ROOT = 0x2000;
export const AT_STATX_SYNC_TYPE = 0x6000;
const STATX_FLAGS = AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE;

/** cp_statx(): struct statx (256 bytes, the same for every ABI). */
export function encodeStatx(t: StatTarget, mask: number): Uint8Array {
  const st = t.st;
  let resultMask = STATX_BASIC_STATS | STATX_MNT_ID;
  if (st.btime && mask & STATX_BTIME) resultMask |= STATX_BTIME;
  let attrs = 0;
  if (t.loc && sameNode(t.loc.node, t.loc.mnt.root)) attrs |= STATX_ATTR_MOUNT_ROOT;
  const w = new StructWriter(256);
  w.u32(0, resultMask).u32(4, st.blksize).u64(8, attrs);
  w.u32(16, st.nlink).u32(20, st.uid).u32(24, st.gid).u16(28, st.mode);
  w.u64(32, st.ino).u64(40, st.size).u64(48, st.blocks).u64(56, STATX_ATTR_MOUNT_ROOT);
  const sx = (off: number, x: Timespec) => w.i64(off, x.sec).u32(off + 8, x.nsec);
  sx(64, st.atime);
  if (resultMask & STATX_BTIME && st.btime) sx(80, st.btime);
  sx(96, st.ctime);
  sx(112, st.mtime);
  w.u32(128, major(st.rdev)).u32(132, minor(st.rdev)).u32(136, major(st.dev)).u32(140, minor(st.dev));
  w.u64(144, t.loc ? t.loc.mnt.id : 0);
  return w.buf;
}

export function doStatx(c: SyscallContext, dfd: number, pathAddr: number, flags: number, mask: number, buf: number): number {
  const fl = int(flags);
  const m = uint(mask);
  if (m & STATX__RESERVED) return -Errno.EINVAL;
  if ((fl & AT_STATX_SYNC_TYPE) === AT_STATX_SYNC_TYPE) return -Errno.EINVAL;
  if (fl & ~STATX_FLAGS) return -Errno.EINVAL;
  const t = statAt(c, dfd, pathAddr, fl);
  copyOut(c, buf, encodeStatx(t, m));
  return 0;
}

SYSCALL('sys_statx', [a('dfd', 'dirfd'), a('filename', 'path'), a('flags', 'at_flags'), a('mask', 'hex'), structArg('buffer', 'statx', true)], 'int', (c, dfd, p, fl, mask, buf) => doStatx(c, dfd, p, fl, mask, buf));

// =====================================================================================
// statfs
// =====================================================================================

export type StatfsLayout = 'statfs' | 'compat_statfs' | 'statfs64';

/** ST_VALID | ST_RELATIME, as every mount reports (relatime is the default). */
const ST_VALID_RELATIME = 0x1020;
const PIPEFS_MAGIC = 0x50495045;

/** struct statfs (x86-64), compat_statfs (i386 statfs) or statfs64 (i386, packed). */
export function encodeStatfs(s: StatFs, layout: StatfsLayout = 'statfs'): Uint8Array | number {
  const flags = s.flags | ST_VALID_RELATIME;
  const frsize = s.frsize || s.bsize;
  switch (layout) {
    case 'statfs': {
      const w = new StructWriter(120);
      w.i64(0, s.type).i64(8, s.bsize).u64(16, s.blocks).u64(24, s.bfree).u64(32, s.bavail).u64(40, s.files).u64(48, s.ffree);
      w.i32(56, s.fsid[0]).i32(60, s.fsid[1]).i64(64, s.namelen).i64(72, frsize).i64(80, flags);
      return w.buf;
    }
    case 'compat_statfs': {
      const big = (v: number) => v > 0xffffffff;
      if (big(s.blocks) || big(s.bfree) || big(s.bavail) || big(s.files) || big(s.ffree)) return -Errno.EOVERFLOW;
      const w = new StructWriter(64);
      w.u32(0, s.type).u32(4, s.bsize).u32(8, s.blocks).u32(12, s.bfree).u32(16, s.bavail).u32(20, s.files).u32(24, s.ffree);
      w.i32(28, s.fsid[0]).i32(32, s.fsid[1]).u32(36, s.namelen).u32(40, frsize).u32(44, flags);
      return w.buf;
    }
    case 'statfs64': {
      const w = new StructWriter(84);
      w.u32(0, s.type).u32(4, s.bsize).u64(8, s.blocks).u64(16, s.bfree).u64(24, s.bavail).u64(32, s.files).u64(40, s.ffree);
      w.i32(48, s.fsid[0]).i32(52, s.fsid[1]).u32(56, s.namelen).u32(60, frsize).u32(64, flags);
      return w.buf;
    }
  }
}

/** The file system of an open file (fd_statfs: O_PATH descriptors allowed). */
export function statfsOfFile(f: OpenFile): StatFs | number {
  if (f.location) {
    const s = f.location.mnt.fs.statfs();
    if (typeof s === 'number') return s;
    const ro = f.location.mnt.readonly || f.location.mnt.fs.readonly;
    return { ...s, flags: s.flags | (ro ? 1 : 0) };
  }
  // pipes and host streams: pipefs
  return { type: PIPEFS_MAGIC, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: [0, 0], namelen: 255, frsize: 4096, flags: 0 };
}

export function doStatfs(c: SyscallContext, pathAddr: number, buf: number, layout: StatfsLayout = 'statfs'): number {
  const path = readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  const s = c.k.vfs.statfs(c.task.cwd, path, 0, ctx);
  if (typeof s === 'number') return s;
  const b = encodeStatfs(s, layout);
  if (typeof b === 'number') return b;
  copyOut(c, buf, b);
  return 0;
}

export function doFstatfs(c: SyscallContext, fd: number, buf: number, layout: StatfsLayout = 'statfs'): number {
  const s = statfsOfFile(fdgetRaw(c, fd).file);
  if (typeof s === 'number') return s;
  const b = encodeStatfs(s, layout);
  if (typeof b === 'number') return b;
  copyOut(c, buf, b);
  return 0;
}

SYSCALL('sys_statfs', [a('pathname', 'path'), structArg('buf', 'statfs', true)], 'int', (c, p, buf) => doStatfs(c, p, buf));
SYSCALL('sys_fstatfs', [a('fd', 'fd'), structArg('buf', 'statfs', true)], 'int', (c, fd, buf) => doFstatfs(c, fd, buf));

// =====================================================================================
// getdents
// =====================================================================================

export type DirentLayout = 'dirent64' | 'dirent' | 'compat_dirent';

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/** Record length of one entry (filldir64 / filldir / compat_filldir). */
export function direntReclen(layout: DirentLayout, nameLen: number): number {
  switch (layout) {
    case 'dirent64':
      return align(19 + nameLen + 1, 8);
    case 'dirent':
      return align(18 + nameLen + 2, 8);
    case 'compat_dirent':
      return align(10 + nameLen + 2, 4);
  }
}

function encodeDirent(layout: DirentLayout, out: Uint8Array, at: number, reclen: number, ino: number, off: number, type: number, name: Uint8Array): void {
  const dv = new DataView(out.buffer, out.byteOffset + at, reclen);
  const big = (o: number, v: number) => dv.setBigUint64(o, BigInt.asUintN(64, BigInt(v)), true);
  switch (layout) {
    case 'dirent64':
      big(0, ino);
      big(8, off);
      dv.setUint16(16, reclen, true);
      dv.setUint8(18, type);
      out.set(name, at + 19);
      break;
    case 'dirent':
      big(0, ino);
      big(8, off);
      dv.setUint16(16, reclen, true);
      out.set(name, at + 18);
      dv.setUint8(reclen - 1, type);
      break;
    case 'compat_dirent':
      dv.setUint32(0, ino, true);
      dv.setUint32(4, off, true);
      dv.setUint16(8, reclen, true);
      out.set(name, at + 10);
      dv.setUint8(reclen - 1, type);
      break;
  }
}

/**
 * getdents64/getdents/compat_getdents: as many whole records as fit in `count` bytes;
 * EINVAL when not even the first fits; 0 at the end of the directory; a record that
 * would land on an unwritable page ends the call (EFAULT if it is the first).
 */
export function doGetdents(c: SyscallContext, fd: number, dirp: number, count: number, layout: DirentLayout): number {
  const f = fdget(c, fd).file;
  const cnt = uint(count);
  if (!(dirp >= 0 && dirp + cnt <= c.task.um.limit)) return -Errno.EFAULT;
  if (f.kind === 'dir' && f.location?.node.parentLink()?.deleted) return -Errno.ENOENT;
  const room = Math.min(cnt, 1 << 20);
  const out = new Uint8Array(room);
  const writable = faultIn(c, dirp, room, true);
  let used = 0;
  let err = 0;
  const n = f.getdents((d) => {
    const name = strToBytes(d.name);
    const reclen = direntReclen(layout, name.length);
    if (reclen > room - used) {
      if (used === 0) err = Errno.EINVAL;
      return false;
    }
    if (layout === 'compat_dirent' && (d.ino > 0xffffffff || d.off > 0xffffffff)) {
      if (used === 0) err = Errno.EOVERFLOW;
      return false;
    }
    if (used + reclen > writable) {
      if (used === 0) err = Errno.EFAULT;
      return false;
    }
    encodeDirent(layout, out, used, reclen, d.ino, d.off, d.type, name);
    used += reclen;
    return true;
  });
  if (n < 0) return n;
  if (used > 0) {
    c.task.um.write(dirp, out.subarray(0, used));
    return used;
  }
  return err ? -err : 0;
}

SYSCALL('sys_getdents64', [a('fd', 'fd'), structArg('dirent', 'linux_dirent64', true), a('count', 'uint')], 'int', (c, fd, dirp, count) => doGetdents(c, fd, dirp, count, 'dirent64'));
SYSCALL('sys_getdents', [a('fd', 'fd'), structArg('dirent', 'linux_dirent', true), a('count', 'uint')], 'int', (c, fd, dirp, count) =>
  doGetdents(c, fd, dirp, count, c.abi === 'ia32' ? 'compat_dirent' : 'dirent'));
