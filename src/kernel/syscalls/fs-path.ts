// Path system calls (fs/namei.c, fs/open.c, fs/d_path.c, fs/utimes.c, fs/stat.c's
// readlink): open, openat, openat2, creat, mkdir(at), mknod(at), unlink(at), rmdir,
// rename(at/at2), link(at), symlink(at), readlink(at), chdir, fchdir, chroot, getcwd,
// access, faccessat, faccessat2, chmod, fchmod, fchmodat, chown, lchown, fchown,
// fchownat, truncate, utimensat, futimesat, utimes, utime.
//
// The walk, the permission checks and the operations themselves are the Vfs's
// (src/vfs/vfs.ts); this file is the system-call half: reading the path from user
// memory (getname: EFAULT, ENAMETOOLONG at PATH_MAX, ENOENT for "" unless the call
// allows an empty path), turning the dirfd into a starting Location (AT_FDCWD = the
// cwd; absolute paths ignore dirfd entirely; a relative path needs a directory:
// EBADF / ENOTDIR), the task's credentials, root and umask (Ctx), and Linux's argument
// validation, in Linux's order (flag checks come before the path is even read).
//
// Helpers are exported so that compat (i386) routines and fs-stat.ts reuse them.
//
// /proc/self and FIFOs: see setupFs() in fs.ts.

import { SYSCALL, a, structArg, SysError, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import {
  AT_EACCESS, AT_EMPTY_PATH, AT_FDCWD, AT_REMOVEDIR, AT_SYMLINK_FOLLOW, AT_SYMLINK_NOFOLLOW, O_ACCMODE, O_CLOEXEC,
  O_CREAT, O_DIRECT, O_DIRECTORY, O_DSYNC, O_LARGEFILE, O_NOFOLLOW, O_PATH, O_RDONLY, O_TRUNC, O_WRONLY, PATH_MAX,
  RENAME_EXCHANGE, RENAME_NOREPLACE, RENAME_WHITEOUT, S_IALLUGO, S_IFIFO, UTIME_OMIT,
} from '../../vfs/constants.js';
import { bytesToStr, strToBytes } from '../../vfs/bytes.js';
import type { Ctx } from '../../vfs/vfs.js';
import type { Location, OpenFile, Timespec } from '../../vfs/types.js';
import { PAGE_SIZE } from '../../mem/memory.js';
import { copyIn, copyOut, faultIn, fdget, fdgetRaw, getI64, int, newSizeOk, setupFs, uint, usize } from './fs.js';
import { fileSizeLimit } from './process.js';

export { setupFs };

// =====================================================================================
// getname, credentials, dirfd
// =====================================================================================

/**
 * getname(): the NUL-terminated path at `addr` as a byte string. EFAULT when the first
 * byte (or any before the NUL) is unreadable, ENAMETOOLONG when no NUL comes within
 * PATH_MAX bytes. "" is returned as is (callers decide: ENOENT or AT_EMPTY_PATH).
 */
export function readPath(c: SyscallContext, addr: number, max = PATH_MAX): string {
  const parts: Uint8Array[] = [];
  let p = addr;
  let total = 0;
  while (total < max) {
    const want = Math.min(PAGE_SIZE - (p % PAGE_SIZE), max - total);
    const n = faultIn(c, p, want, false);
    if (n === 0) throw new SysError(Errno.EFAULT);
    const bytes = c.task.um.read(p, n);
    const z = bytes.indexOf(0);
    if (z >= 0) {
      parts.push(bytes.subarray(0, z));
      return parts.map(bytesToStr).join('');
    }
    parts.push(bytes);
    total += n;
    p += n;
    if (n < want) throw new SysError(Errno.EFAULT);
  }
  throw new SysError(Errno.ENAMETOOLONG);
}

/** getname() for calls without an empty-path option: "" is ENOENT. */
export function readPathNonEmpty(c: SyscallContext, addr: number): string {
  const p = readPath(c, addr);
  if (p === '') throw new SysError(Errno.ENOENT);
  return p;
}

/**
 * The Vfs context of the calling task: fsuid/fsgid (= effective ids), groups, root and
 * umask; `real`: the real ids (access() without AT_EACCESS).
 */
export function fsCtx(c: SyscallContext, real = false): Ctx {
  setupFs(c.k);
  const cr = c.task.creds;
  return {
    cred: { uid: real ? cr.uid : cr.euid, gid: real ? cr.gid : cr.egid, groups: cr.groups },
    root: c.task.root,
    umask: c.task.umask,
  };
}

/**
 * path_init()'s starting point: the cwd for AT_FDCWD (and for absolute paths, which
 * never look at dirfd), else the dirfd's location (O_PATH descriptors allowed; EBADF if
 * not open). A relative non-empty path needs a directory (ENOTDIR); an empty path
 * (AT_EMPTY_PATH) may name any file — null when that file is not in the tree (a pipe).
 */
export function dirAt(c: SyscallContext, dfd: number, path: string): Location | null {
  if (path.charCodeAt(0) === 0x2f || int(dfd) === AT_FDCWD) return c.task.cwd;
  const f = fdgetRaw(c, dfd).file;
  const loc = f.location;
  if (path === '') return loc;
  if (loc === null || !loc.node.isDir()) throw new SysError(Errno.ENOTDIR);
  return loc;
}

/** For AT_EMPTY_PATH calls: the open file behind dirfd ("" with AT_FDCWD: null = the cwd). */
export function emptyPathFile(c: SyscallContext, dfd: number): OpenFile | null {
  if (int(dfd) === AT_FDCWD) return null;
  return fdgetRaw(c, dfd).file;
}

/** dirAt() that insists on a Location (ENOTDIR/ENOENT when the file is not in the tree). */
function dirAtLoc(c: SyscallContext, dfd: number, path: string): Location {
  const loc = dirAt(c, dfd, path);
  if (loc === null) throw new SysError(path === '' ? Errno.ENOENT : Errno.ENOTDIR);
  return loc;
}

/** A Vfs result: objects pass, negative numbers become the system call's error. */
function check<T>(r: T | number): T {
  if (typeof r === 'number') throw new SysError(-r);
  return r;
}

// =====================================================================================
// open
// =====================================================================================

/** Flags open(2) knows (VALID_OPEN_FLAGS); open/openat silently drop the others. */
export const VALID_OPEN_FLAGS = 0o3 | 0o100 | 0o200 | 0o400 | 0o1000 | 0o2000 | 0o4000 | 0o10000 | 0o20000 | 0o40000 | 0o100000 | 0o200000 | 0o400000 | 0o1000000 | 0o2000000 | 0o4000000 | 0o10000000 | 0o20000000;
const O_PATH_FLAGS = O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC;
const __O_TMPFILE = 0o20000000;
const __O_SYNC = 0o4000000;
const O_TMPFILE_MASK = __O_TMPFILE | O_DIRECTORY | O_CREAT;
const RESOLVE_NO_XDEV = 0x01;
const RESOLVE_NO_MAGICLINKS = 0x02;
const RESOLVE_NO_SYMLINKS = 0x04;
const RESOLVE_BENEATH = 0x08;
const RESOLVE_IN_ROOT = 0x10;
const RESOLVE_CACHED = 0x20;
const VALID_RESOLVE_FLAGS = RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH | RESOLVE_IN_ROOT | RESOLVE_CACHED;

function willCreate(flags: number): boolean {
  return (flags & O_CREAT) !== 0 || (flags & __O_TMPFILE) !== 0;
}

/** force_o_largefile(): 64-bit callers always get O_LARGEFILE. */
export function forceLargefile(c: SyscallContext): boolean {
  return c.abi === 'x64';
}

/**
 * build_open_flags() + do_sys_openat2(): `flags`/`mode` already validated by the
 * caller's flavour (open: unknown bits dropped; openat2: rejected). Returns the fd.
 */
export function doOpenat(c: SyscallContext, dfd: number, pathAddr: number, flags: number, mode: number, resolve = 0): number {
  let fl = flags;
  if (fl & __O_TMPFILE) {
    if ((fl & O_TMPFILE_MASK) !== (__O_TMPFILE | O_DIRECTORY)) return -Errno.EINVAL;
    if ((fl & O_ACCMODE) === O_RDONLY) return -Errno.EINVAL;
  }
  if (fl & O_PATH && fl & ~O_PATH_FLAGS) return -Errno.EINVAL;
  if (fl & __O_SYNC) fl |= O_DSYNC;
  if (resolve & RESOLVE_CACHED && fl & (O_TRUNC | O_CREAT | __O_TMPFILE)) return -Errno.EAGAIN;
  const path = readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  const fd = c.task.files.lowestFree();
  if (fd < 0) return -Errno.EMFILE;
  const at = dirAtLoc(c, dfd, path);
  const f = check(c.k.vfs.open(at, path, fl, mode, ctx));
  if (fl & O_DIRECT && !(fl & O_PATH) && !canODirect(f)) {
    f.close();
    return -Errno.EINVAL;
  }
  c.task.files.install(fd, f, (fl & O_CLOEXEC) !== 0);
  return fd;
}

/**
 * FMODE_CAN_ODIRECT (do_dentry_open: O_DIRECT without it is EINVAL): regular files of
 * disk file systems and tmpfs (direct I/O since Linux 6.6) have it; directories,
 * devices, pipes and the files of /proc and /sys do not.
 */
function canODirect(f: OpenFile): boolean {
  const fstype = f.location?.mnt.fs.fstype;
  return f.kind === 'reg' && fstype !== 'proc' && fstype !== 'sysfs';
}

/** build_open_how() for open/openat/creat: unknown flags dropped, mode kept only when creating. */
export function openHowFlags(c: SyscallContext, flags: number, mode: number): [number, number] {
  let fl = uint(flags);
  if (forceLargefile(c)) fl |= O_LARGEFILE;
  fl &= VALID_OPEN_FLAGS;
  if (fl & O_PATH) fl &= O_PATH_FLAGS;
  const m = willCreate(fl) ? mode & S_IALLUGO : 0;
  return [fl >>> 0, m];
}

SYSCALL('sys_open', [a('filename', 'path'), a('flags', 'oflags'), a('mode', 'mode')], 'fd', (c, path, flags, mode) => {
  const [fl, m] = openHowFlags(c, flags, mode);
  return doOpenat(c, AT_FDCWD, path, fl, m);
});

SYSCALL('sys_openat', [a('dfd', 'dirfd'), a('filename', 'path'), a('flags', 'oflags'), a('mode', 'mode')], 'fd', (c, dfd, path, flags, mode) => {
  const [fl, m] = openHowFlags(c, flags, mode);
  return doOpenat(c, dfd, path, fl, m);
});

SYSCALL('sys_creat', [a('pathname', 'path'), a('mode', 'mode')], 'fd', (c, path, mode) => {
  const [fl, m] = openHowFlags(c, O_CREAT | O_WRONLY | O_TRUNC, mode);
  return doOpenat(c, AT_FDCWD, path, fl, m);
});

const OPEN_HOW_SIZE_VER0 = 24;

SYSCALL('sys_openat2', [a('dfd', 'dirfd'), a('filename', 'path'), structArg('how', 'open_how'), a('usize', 'size')], 'fd', (c, dfd, path, howAddr, size) => {
  const usz = usize(size);
  if (usz < OPEN_HOW_SIZE_VER0) return -Errno.EINVAL;
  if (usz > PAGE_SIZE) return -Errno.E2BIG;
  // copy_struct_from_user(): a larger struct is fine if the unknown tail is zero
  const raw = copyIn(c, howAddr, usz);
  for (let i = OPEN_HOW_SIZE_VER0; i < usz; i++) if (raw[i] !== 0) return -Errno.E2BIG;
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.length);
  const flagsHi = dv.getUint32(4, true);
  let fl = dv.getUint32(0, true);
  const modeHi = dv.getUint32(12, true);
  const mode = dv.getUint32(8, true);
  const resolveHi = dv.getUint32(20, true);
  const resolve = dv.getUint32(16, true);
  if (!(fl & O_PATH) && forceLargefile(c)) fl = (fl | O_LARGEFILE) >>> 0;
  if (flagsHi !== 0 || fl & ~VALID_OPEN_FLAGS) return -Errno.EINVAL;
  if (resolveHi !== 0 || resolve & ~VALID_RESOLVE_FLAGS) return -Errno.EINVAL;
  if (resolve & RESOLVE_BENEATH && resolve & RESOLVE_IN_ROOT) return -Errno.EINVAL;
  if (willCreate(fl)) {
    if (modeHi !== 0 || mode & ~S_IALLUGO) return -Errno.EINVAL;
  } else if (modeHi !== 0 || mode !== 0) return -Errno.EINVAL;
  return doOpenat(c, dfd, path, fl, mode, resolve);
}, { support: 'partial', note: 'RESOLVE_* flags are validated but the walk does not enforce NO_XDEV/NO_MAGICLINKS/NO_SYMLINKS/BENEATH/IN_ROOT' });

// =====================================================================================
// creating and removing names
// =====================================================================================

export function doMkdirat(c: SyscallContext, dfd: number, pathAddr: number, mode: number): number {
  const path = readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  return c.k.vfs.mkdir(dirAtLoc(c, dfd, path), path, mode & 0xffff, ctx);
}

SYSCALL('sys_mkdir', [a('pathname', 'path'), a('mode', 'mode')], 'int', (c, p, mode) => doMkdirat(c, AT_FDCWD, p, mode));
SYSCALL('sys_mkdirat', [a('dfd', 'dirfd'), a('pathname', 'path'), a('mode', 'mode')], 'int', (c, dfd, p, mode) => doMkdirat(c, dfd, p, mode));

export function doMknodat(c: SyscallContext, dfd: number, pathAddr: number, mode: number, dev: number): number {
  const m = mode & 0xffff;
  const t = m & 0o170000;
  // may_mknod() comes first
  if (t === 0o040000) return -Errno.EPERM;
  if (t !== 0 && t !== 0o100000 && t !== 0o020000 && t !== 0o060000 && t !== S_IFIFO && t !== 0o140000) return -Errno.EINVAL;
  const path = readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  return c.k.vfs.mknod(dirAtLoc(c, dfd, path), path, m, uint(dev), ctx);
}

SYSCALL('sys_mknod', [a('filename', 'path'), a('mode', 'mode'), a('dev', 'hex')], 'int', (c, p, mode, dev) => doMknodat(c, AT_FDCWD, p, mode, dev));
SYSCALL('sys_mknodat', [a('dfd', 'dirfd'), a('filename', 'path'), a('mode', 'mode'), a('dev', 'hex')], 'int', (c, dfd, p, mode, dev) => doMknodat(c, dfd, p, mode, dev));

export function doUnlinkat(c: SyscallContext, dfd: number, pathAddr: number, flag: number): number {
  if (int(flag) & ~AT_REMOVEDIR) return -Errno.EINVAL;
  const path = readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  const at = dirAtLoc(c, dfd, path);
  return int(flag) & AT_REMOVEDIR ? c.k.vfs.rmdir(at, path, ctx) : c.k.vfs.unlink(at, path, 0, ctx);
}

SYSCALL('sys_unlink', [a('pathname', 'path')], 'int', (c, p) => doUnlinkat(c, AT_FDCWD, p, 0));
SYSCALL('sys_unlinkat', [a('dfd', 'dirfd'), a('pathname', 'path'), a('flag', 'at_flags')], 'int', (c, dfd, p, flag) => doUnlinkat(c, dfd, p, flag));
SYSCALL('sys_rmdir', [a('pathname', 'path')], 'int', (c, p) => doUnlinkat(c, AT_FDCWD, p, AT_REMOVEDIR));

export function doRenameat2(c: SyscallContext, olddfd: number, oldAddr: number, newdfd: number, newAddr: number, flags: number): number {
  const fl = uint(flags);
  if (fl & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)) return -Errno.EINVAL;
  if (fl & (RENAME_NOREPLACE | RENAME_WHITEOUT) && fl & RENAME_EXCHANGE) return -Errno.EINVAL;
  if (fl & RENAME_WHITEOUT && c.task.creds.euid !== 0) return -Errno.EPERM;
  const oldPath = readPathNonEmpty(c, oldAddr);
  const newPath = readPathNonEmpty(c, newAddr);
  const ctx = fsCtx(c);
  const oldAt = dirAtLoc(c, olddfd, oldPath);
  const newAt = dirAtLoc(c, newdfd, newPath);
  return c.k.vfs.rename(oldAt, oldPath, newAt, newPath, fl, ctx);
}

SYSCALL('sys_rename', [a('oldname', 'path'), a('newname', 'path')], 'int', (c, o, n) => doRenameat2(c, AT_FDCWD, o, AT_FDCWD, n, 0));
SYSCALL('sys_renameat', [a('olddfd', 'dirfd'), a('oldname', 'path'), a('newdfd', 'dirfd'), a('newname', 'path')], 'int', (c, od, o, nd, n) => doRenameat2(c, od, o, nd, n, 0));
SYSCALL('sys_renameat2', [a('olddfd', 'dirfd'), a('oldname', 'path'), a('newdfd', 'dirfd'), a('newname', 'path'), a('flags', 'hex')], 'int', (c, od, o, nd, n, fl) => doRenameat2(c, od, o, nd, n, fl), {
  support: 'partial',
  note: 'RENAME_WHITEOUT is refused with EINVAL (no overlay whiteouts)',
});

export function doLinkat(c: SyscallContext, olddfd: number, oldAddr: number, newdfd: number, newAddr: number, flags: number): number {
  const fl = int(flags);
  if (fl & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) return -Errno.EINVAL;
  // a hard link to an open descriptor needs CAP_DAC_READ_SEARCH
  if (fl & AT_EMPTY_PATH && c.task.creds.euid !== 0) return -Errno.ENOENT;
  const oldPath = fl & AT_EMPTY_PATH ? readPath(c, oldAddr) : readPathNonEmpty(c, oldAddr);
  const newPath = readPathNonEmpty(c, newAddr);
  const ctx = fsCtx(c);
  const oldAt = dirAtLoc(c, olddfd, oldPath);
  const newAt = dirAtLoc(c, newdfd, newPath);
  return c.k.vfs.link(oldAt, oldPath, newAt, newPath, fl, ctx);
}

SYSCALL('sys_link', [a('oldname', 'path'), a('newname', 'path')], 'int', (c, o, n) => doLinkat(c, AT_FDCWD, o, AT_FDCWD, n, 0));
SYSCALL('sys_linkat', [a('olddfd', 'dirfd'), a('oldname', 'path'), a('newdfd', 'dirfd'), a('newname', 'path'), a('flags', 'at_flags')], 'int', (c, od, o, nd, n, fl) => doLinkat(c, od, o, nd, n, fl));

export function doSymlinkat(c: SyscallContext, targetAddr: number, newdfd: number, newAddr: number): number {
  const target = readPathNonEmpty(c, targetAddr);
  const path = readPathNonEmpty(c, newAddr);
  const ctx = fsCtx(c);
  return c.k.vfs.symlink(target, dirAtLoc(c, newdfd, path), path, ctx);
}

SYSCALL('sys_symlink', [a('oldname', 'path'), a('newname', 'path')], 'int', (c, o, n) => doSymlinkat(c, o, AT_FDCWD, n));
SYSCALL('sys_symlinkat', [a('oldname', 'path'), a('newdfd', 'dirfd'), a('newname', 'path')], 'int', (c, o, nd, n) => doSymlinkat(c, o, nd, n));

/** do_readlinkat(): the empty path reads dirfd itself (an O_PATH|O_NOFOLLOW symlink). */
export function doReadlinkat(c: SyscallContext, dfd: number, pathAddr: number, buf: number, bufsiz: number): number {
  const size = int(bufsiz);
  if (size <= 0) return -Errno.EINVAL;
  const path = readPath(c, pathAddr);
  const ctx = fsCtx(c);
  const at = dirAt(c, dfd, path);
  if (at === null) return -Errno.ENOENT; // "" on a file outside the tree: not a symlink
  const target = strToBytes(check(c.k.vfs.readlink(at, path, ctx)));
  const n = Math.min(target.length, size);
  copyOut(c, buf, target.subarray(0, n));
  return n;
}

SYSCALL('sys_readlink', [a('path', 'path'), a('buf', 'outbuf', 2), a('bufsiz', 'int')], 'int', (c, p, buf, n) => doReadlinkat(c, AT_FDCWD, p, buf, n));
SYSCALL('sys_readlinkat', [a('dfd', 'dirfd'), a('path', 'path'), a('buf', 'outbuf', 3), a('bufsiz', 'int')], 'int', (c, dfd, p, buf, n) => doReadlinkat(c, dfd, p, buf, n));

// =====================================================================================
// working directory and root
// =====================================================================================

SYSCALL('sys_chdir', [a('filename', 'path')], 'int', (c, p) => {
  const path = readPathNonEmpty(c, p);
  const ctx = fsCtx(c);
  c.task.cwd = check(c.k.vfs.chdir(c.task.cwd, path, 0, ctx));
  return 0;
});

SYSCALL('sys_fchdir', [a('fd', 'fd')], 'int', (c, fd) => {
  const f = fdgetRaw(c, fd).file;
  if (f.location === null) return -Errno.ENOTDIR;
  const ctx = fsCtx(c);
  c.task.cwd = check(c.k.vfs.chdir(f.location, '', AT_EMPTY_PATH, ctx));
  return 0;
});

SYSCALL('sys_chroot', [a('filename', 'path')], 'int', (c, p) => {
  const path = readPathNonEmpty(c, p);
  const ctx = fsCtx(c);
  const loc = check(c.k.vfs.chdir(c.task.cwd, path, 0, ctx));
  if (c.task.creds.euid !== 0) return -Errno.EPERM; // CAP_SYS_CHROOT
  c.task.root = loc;
  return 0;
});

/** getcwd(): the length including the NUL; ERANGE if it does not fit, ENOENT once removed. */
export function doGetcwd(c: SyscallContext, buf: number, size: number): number {
  const ctx = fsCtx(c);
  const p = check(c.k.vfs.pathOf(c.task.cwd, ctx));
  const bytes = strToBytes(p);
  const len = bytes.length + 1;
  if (len > PATH_MAX) return -Errno.ENAMETOOLONG;
  if (len > usize(size)) return -Errno.ERANGE;
  const out = new Uint8Array(len);
  out.set(bytes);
  copyOut(c, buf, out);
  return len;
}

SYSCALL('sys_getcwd', [a('buf', 'outbuf', 1), a('size', 'ulong')], 'int', (c, buf, size) => doGetcwd(c, buf, size));

// =====================================================================================
// access, permissions, ownership
// =====================================================================================

export function doFaccessat(c: SyscallContext, dfd: number, pathAddr: number, mode: number, flags: number): number {
  const fl = int(flags);
  if (int(mode) & ~7) return -Errno.EINVAL;
  if (fl & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -Errno.EINVAL;
  const path = fl & AT_EMPTY_PATH ? readPath(c, pathAddr) : readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c, !(fl & AT_EACCESS));
  const at = dirAt(c, dfd, path);
  if (at === null) return 0; // a pipe through AT_EMPTY_PATH: owner rw
  return c.k.vfs.access(at, path, int(mode), fl & (AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH), ctx);
}

SYSCALL('sys_access', [a('filename', 'path'), a('mode', 'access_mode')], 'int', (c, p, mode) => doFaccessat(c, AT_FDCWD, p, mode, 0));
SYSCALL('sys_faccessat', [a('dfd', 'dirfd'), a('filename', 'path'), a('mode', 'access_mode')], 'int', (c, dfd, p, mode) => doFaccessat(c, dfd, p, mode, 0));
SYSCALL('sys_faccessat2', [a('dfd', 'dirfd'), a('filename', 'path'), a('mode', 'access_mode'), a('flags', 'at_flags')], 'int', (c, dfd, p, mode, fl) => doFaccessat(c, dfd, p, mode, fl));

export function doFchmodat(c: SyscallContext, dfd: number, pathAddr: number, mode: number, flags = 0): number {
  const path = readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  return c.k.vfs.chmod(dirAtLoc(c, dfd, path), path, mode & 0xffff, flags, ctx);
}

SYSCALL('sys_chmod', [a('filename', 'path'), a('mode', 'mode')], 'int', (c, p, mode) => doFchmodat(c, AT_FDCWD, p, mode));
SYSCALL('sys_fchmodat', [a('dfd', 'dirfd'), a('filename', 'path'), a('mode', 'mode')], 'int', (c, dfd, p, mode) => doFchmodat(c, dfd, p, mode));
SYSCALL('sys_fchmod', [a('fd', 'fd'), a('mode', 'mode')], 'int', (c, fd, mode) => {
  const f = fdget(c, fd).file;
  const ctx = fsCtx(c);
  if (f.location === null) return 0; // pipes and host streams: their pseudo inode takes any mode
  return c.k.vfs.chmod(f.location, '', mode & 0xffff, AT_EMPTY_PATH, ctx);
});

export function doFchownat(c: SyscallContext, dfd: number, pathAddr: number, user: number, group: number, flags: number): number {
  const fl = int(flags);
  if (fl & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -Errno.EINVAL;
  const path = fl & AT_EMPTY_PATH ? readPath(c, pathAddr) : readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  const at = dirAt(c, dfd, path);
  if (at === null) return 0;
  return c.k.vfs.chown(at, path, uint(user), uint(group), fl, ctx);
}

SYSCALL('sys_chown', [a('filename', 'path'), a('user', 'int'), a('group', 'int')], 'int', (c, p, u, g) => doFchownat(c, AT_FDCWD, p, u, g, 0));
SYSCALL('sys_lchown', [a('filename', 'path'), a('user', 'int'), a('group', 'int')], 'int', (c, p, u, g) => doFchownat(c, AT_FDCWD, p, u, g, AT_SYMLINK_NOFOLLOW));
SYSCALL('sys_fchownat', [a('dfd', 'dirfd'), a('filename', 'path'), a('user', 'int'), a('group', 'int'), a('flag', 'at_flags')], 'int', (c, dfd, p, u, g, fl) => doFchownat(c, dfd, p, u, g, fl));
SYSCALL('sys_fchown', [a('fd', 'fd'), a('user', 'int'), a('group', 'int')], 'int', (c, fd, u, g) => {
  const f = fdget(c, fd).file;
  const ctx = fsCtx(c);
  if (f.location === null) return 0;
  return c.k.vfs.chown(f.location, '', uint(u), uint(g), AT_EMPTY_PATH, ctx);
});

SYSCALL('sys_truncate', [a('path', 'path'), a('length', 'off')], 'int', (c, p, length) => {
  if (length < 0) return -Errno.EINVAL;
  const path = readPathNonEmpty(c, p);
  const ctx = { ...fsCtx(c), fileSizeLimit: fileSizeLimit(c.task) };
  const r = c.k.vfs.truncate(dirAtLoc(c, AT_FDCWD, path), path, length, ctx);
  return r === -Errno.EFBIG ? newSizeOk(c, length) : r; // newSizeOk raises SIGXFSZ
});

// =====================================================================================
// timestamps
// =====================================================================================

/**
 * do_utimes(): `times` null = both now. A null path with a real dirfd is futimens()
 * (flags must be 0; O_PATH descriptors refused); otherwise a path lookup.
 */
export function doUtimes(c: SyscallContext, dfd: number, pathAddr: number, times: readonly [Timespec, Timespec] | null, flags: number): number {
  const fl = int(flags);
  const vfs = c.k.vfs;
  if (pathAddr === 0 && int(dfd) !== AT_FDCWD) {
    if (fl) return -Errno.EINVAL;
    const f = fdget(c, dfd).file;
    const ctx = fsCtx(c);
    if (f.location === null) return 0;
    return vfs.utimens(f.location, '', times, AT_EMPTY_PATH, ctx);
  }
  if (fl & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -Errno.EINVAL;
  const path = fl & AT_EMPTY_PATH ? readPath(c, pathAddr) : readPathNonEmpty(c, pathAddr);
  const ctx = fsCtx(c);
  const at = dirAt(c, dfd, path);
  if (at === null) return 0;
  return vfs.utimens(at, path, times, fl, ctx);
}

/** struct timespec[2] (16 bytes each on x86-64, 8 for compat tasks' old_timespec32). */
/** struct timespec[2] in the 64-bit layout (i386 reaches sys_utimensat as utimensat_time64). */
export function readTimespecPair(c: SyscallContext, addr: number): [Timespec, Timespec] {
  return [
    { sec: getI64(c, addr), nsec: getI64(c, addr + 8) },
    { sec: getI64(c, addr + 16), nsec: getI64(c, addr + 24) },
  ];
}

SYSCALL('sys_utimensat', [a('dfd', 'dirfd'), a('filename', 'path'), structArg('utimes', 'timespec[2]'), a('flags', 'at_flags')], 'int', (c, dfd, p, ut, fl) => {
  let times: [Timespec, Timespec] | null = null;
  if (ut) {
    times = readTimespecPair(c, ut);
    // nothing to do: the path is not even looked at
    if (times[0].nsec === UTIME_OMIT && times[1].nsec === UTIME_OMIT) return 0;
  }
  return doUtimes(c, dfd, p, times, fl);
});

/** struct timeval[2] → timespecs (futimesat/utimes): tv_usec outside [0, 1e6) is EINVAL. */
export function readTimevalPair(c: SyscallContext, addr: number): [Timespec, Timespec] | number {
  const w = c.abi === 'ia32' ? 4 : 8;
  const rd = (off: number): number => {
    if (w === 8) return getI64(c, addr + off);
    const b = copyIn(c, addr + off, 4);
    return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
  };
  const t: number[] = [rd(0), rd(w), rd(2 * w), rd(3 * w)];
  if (t[1] < 0 || t[1] >= 1e6 || t[3] < 0 || t[3] >= 1e6) return -Errno.EINVAL;
  return [
    { sec: t[0], nsec: t[1] * 1000 },
    { sec: t[2], nsec: t[3] * 1000 },
  ];
}

export function doFutimesat(c: SyscallContext, dfd: number, pathAddr: number, utimes: number): number {
  let times: [Timespec, Timespec] | null = null;
  if (utimes) {
    const t = readTimevalPair(c, utimes);
    if (typeof t === 'number') return t;
    times = t;
  }
  return doUtimes(c, dfd, pathAddr, times, 0);
}

SYSCALL('sys_futimesat', [a('dfd', 'dirfd'), a('filename', 'path'), structArg('utimes', 'timeval[2]')], 'int', (c, dfd, p, ut) => doFutimesat(c, dfd, p, ut));
SYSCALL('sys_utimes', [a('filename', 'path'), structArg('utimes', 'timeval[2]')], 'int', (c, p, ut) => doFutimesat(c, AT_FDCWD, p, ut));

SYSCALL('sys_utime', [a('filename', 'path'), structArg('times', 'utimbuf')], 'int', (c, p, ut) => {
  let times: [Timespec, Timespec] | null = null;
  if (ut) {
    const w = c.abi === 'ia32' ? 4 : 8;
    const b = copyIn(c, ut, 2 * w);
    const dv = new DataView(b.buffer, b.byteOffset, b.length);
    const rd = (off: number) => (w === 8 ? dv.getInt32(off + 4, true) * 4294967296 + dv.getUint32(off, true) : dv.getInt32(off, true));
    times = [
      { sec: rd(0), nsec: 0 },
      { sec: rd(w), nsec: 0 },
    ];
  }
  return doUtimes(c, AT_FDCWD, p, times, 0);
});

