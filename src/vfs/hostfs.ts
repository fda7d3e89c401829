/**
 * Host-backed pieces (Node only: uses node:fs and node:tty; a browser build leaves this
 * file out).
 *
 * - HostFs(hostDir, readonly): a host directory as a guest file system. Guest paths
 *   under the mount map to host paths under hostDir; the guest's path walk (symlinks
 *   included) runs in the guest namespace, so an absolute host symlink target is
 *   resolved inside the guest tree, never on the host. stat comes from the host's
 *   lstat (dev, ino, mode, nlink, uid, gid, size, blocks, ns times), readdir from the
 *   host, file content through host fds with positioned reads/writes, and
 *   mkdir/unlink/rename/rmdir/symlink/readlink/link/truncate/chmod/chown/utimes run on
 *   the host. Host errors map to Linux errnos by their code (ENOENT, EACCES, EEXIST,
 *   ENOTDIR, EISDIR, ENOTEMPTY, EXDEV, ...; unknown codes give EIO). Modes given at
 *   creation are applied exactly (the host umask is undone with a chmod).
 *   Inode identity (for mount points and rename checks) is the relative path; a held
 *   directory whose host path is renamed behind its back goes stale.
 *   Not supported: mknod (EPERM), RENAME_EXCHANGE (EINVAL); RENAME_NOREPLACE is an
 *   existence check followed by rename. Timestamps set through utimens get the
 *   microsecond precision of Node's utimes.
 * - HostFdFile: an OpenFile over an existing host fd (the guest's stdin/stdout/stderr).
 * - hostCred(): the host process's uid/gid/groups; hostTtyHook: /dev/tty → host /dev/tty.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import * as tty from 'node:tty';
import type { BigIntStats } from 'node:fs';
import { Errno, errnoByName } from './errno.js';
import {
  EXT4_SUPER_MAGIC, NAME_MAX, O_ACCMODE, O_DSYNC, O_NONBLOCK, O_RDONLY, O_RDWR, O_SYNC, O_WRONLY,
  POLLIN, POLLOUT, RENAME_EXCHANGE, RENAME_NOREPLACE, S_IALLUGO, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK,
  S_IFMT, S_IFREG, S_IFSOCK, modeToDtype,
} from './constants.js';
import { canRead, canWrite, seekOffset } from './files.js';
import type { TtyHook } from './devfs.js';
import { Inode } from './types.js';
import type {
  Cred, DirEntry, Dirent, FileHandle, FileKind, FsBackend, InodeAttrs, Location, OpenFile, ParentLink,
  SetAttr, Stat, StatFs, Timespec,
} from './types.js';
import { nsToTimespec } from './time.js';

/** Linux errno (negative) for a thrown Node fs error, by its code; EIO if unknown. */
export function hostErrno(e: unknown): number {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') {
    if (e.code === 'EOF') return 0;
    const n = errnoByName(e.code);
    if (n !== undefined) return -n;
  }
  return -Errno.EIO;
}

const SAFE = (1n << 53n) - 1n;
/** 64-bit host inode numbers folded into 53 bits (exact when they already fit). */
export function foldIno(ino: bigint): number {
  if (ino <= SAFE) return Number(ino);
  return Number((ino ^ (ino >> 53n)) & SAFE);
}

/** Host BigIntStats → vfs Stat. */
export function hostStatToStat(s: BigIntStats): Stat {
  const st: Stat = {
    dev: Number(s.dev), ino: foldIno(s.ino), mode: Number(s.mode), nlink: Number(s.nlink),
    uid: Number(s.uid), gid: Number(s.gid), rdev: Number(s.rdev), size: Number(s.size),
    blksize: Number(s.blksize), blocks: Number(s.blocks),
    atime: nsToTimespec(s.atimeNs), mtime: nsToTimespec(s.mtimeNs), ctime: nsToTimespec(s.ctimeNs),
  };
  if (s.birthtimeNs > 0n) st.btime = nsToTimespec(s.birthtimeNs);
  return st;
}

/** The host process's credentials (what the guest runs as by default). */
export function hostCred(): Cred {
  const uid = process.getuid?.() ?? 1000;
  const gid = process.getgid?.() ?? 1000;
  return { uid, gid, groups: process.getgroups?.() ?? [] };
}

const toSec = (t: Timespec): number => t.sec + t.nsec / 1e9;

function hostOpenFlags(flags: number): number {
  const c = fs.constants;
  const acc = flags & O_ACCMODE;
  let f = acc === O_WRONLY ? c.O_WRONLY : acc === O_RDWR ? c.O_RDWR : c.O_RDONLY;
  f |= c.O_NOFOLLOW;
  if ((flags & O_SYNC) === O_SYNC) f |= c.O_SYNC;
  else if (flags & O_DSYNC) f |= c.O_DSYNC;
  return f;
}

export class HostFs implements FsBackend {
  readonly fstype = 'hostfs';
  readonly dev: number;
  readonly root: HostNode;
  /** Absolute host directory (UTF-8 path as given, resolved). */
  readonly hostDir: string;
  private readonly base: Buffer;

  constructor(hostDir: string, readonly readonly: boolean = false) {
    this.hostDir = nodePath.resolve(hostDir);
    this.base = Buffer.from(this.hostDir);
    const st = fs.statSync(this.hostDir, { bigint: true });
    if (!st.isDirectory()) throw new Error(`HostFs: ${hostDir} is not a directory`);
    this.dev = Number(st.dev);
    this.root = new HostNode(this, '', st);
  }

  /** Host path (bytes) for a guest path relative to the mount root (byte string). */
  hostPath(rel: string): Buffer {
    if (rel === '') return this.base;
    return Buffer.concat([this.base, Buffer.from(this.hostDir.endsWith('/') ? rel : '/' + rel, 'latin1')]);
  }

  statfs(): StatFs | number {
    try {
      const s = fs.statfsSync(this.hostDir);
      return {
        type: s.type, bsize: s.bsize, blocks: s.blocks, bfree: s.bfree, bavail: s.bavail,
        files: s.files, ffree: s.ffree, fsid: [0, 0], namelen: NAME_MAX, frsize: s.bsize, flags: 0,
      };
    } catch {
      return {
        type: EXT4_SUPER_MAGIC, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0,
        fsid: [0, 0], namelen: NAME_MAX, frsize: 4096, flags: 0,
      };
    }
  }
}

export class HostNode extends Inode {
  readonly key: string;
  constructor(readonly fs: HostFs, readonly rel: string, private cached: BigIntStats | null) {
    super();
    this.key = rel;
  }

  private get hp(): Buffer {
    return this.fs.hostPath(this.rel);
  }

  private childRel(name: string): string {
    return this.rel === '' ? name : `${this.rel}/${name}`;
  }

  private ro(): number {
    return this.fs.readonly ? -Errno.EROFS : 0;
  }

  attrs(): InodeAttrs {
    if (this.cached === null) {
      try {
        this.cached = fs.lstatSync(this.hp, { bigint: true });
      } catch {
        return { mode: 0, uid: 0, gid: 0 };
      }
    }
    const s = this.cached;
    return { mode: Number(s.mode), uid: Number(s.uid), gid: Number(s.gid) };
  }

  stat(): Stat | number {
    try {
      this.cached = fs.lstatSync(this.hp, { bigint: true });
      return hostStatToStat(this.cached);
    } catch (e) {
      return hostErrno(e);
    }
  }

  override lookup(name: string): HostNode | number {
    const rel = this.childRel(name);
    try {
      const st = fs.lstatSync(this.fs.hostPath(rel), { bigint: true, throwIfNoEntry: false });
      if (st === undefined) return -Errno.ENOENT;
      return new HostNode(this.fs, rel, st);
    } catch (e) {
      return hostErrno(e);
    }
  }

  override readdir(): DirEntry[] | number {
    try {
      const names = fs.readdirSync(this.hp, 'buffer');
      const out: DirEntry[] = [];
      for (const nb of names) {
        const name = nb.toString('latin1');
        const st = fs.lstatSync(this.fs.hostPath(this.childRel(name)), { bigint: true, throwIfNoEntry: false });
        if (st === undefined) continue; // vanished meanwhile
        out.push({ name, ino: foldIno(st.ino), type: modeToDtype(Number(st.mode)) });
      }
      return out;
    } catch (e) {
      return hostErrno(e);
    }
  }

  override parentLink(): ParentLink | null {
    if (this.rel === '') return null;
    const i = this.rel.lastIndexOf('/');
    const prel = i < 0 ? '' : this.rel.slice(0, i);
    return { parent: prel === '' ? this.fs.root : new HostNode(this.fs, prel, null), name: this.rel.slice(i + 1) };
  }

  override create(name: string, mode: number, _cred: Cred): HostNode | number {
    const r = this.ro();
    if (r < 0) return r;
    const p = this.fs.hostPath(this.childRel(name));
    try {
      const c = fs.constants;
      const fd = fs.openSync(p, c.O_CREAT | c.O_EXCL | c.O_WRONLY | c.O_NOFOLLOW, mode & S_IALLUGO);
      try {
        fs.fchmodSync(fd, mode & S_IALLUGO);
      } finally {
        fs.closeSync(fd);
      }
    } catch (e) {
      return hostErrno(e);
    }
    return this.lookup(name);
  }

  override mkdir(name: string, mode: number, _cred: Cred): HostNode | number {
    const r = this.ro();
    if (r < 0) return r;
    const p = this.fs.hostPath(this.childRel(name));
    try {
      fs.mkdirSync(p, { mode: mode & S_IALLUGO });
      fs.chmodSync(p, mode & S_IALLUGO);
    } catch (e) {
      return hostErrno(e);
    }
    return this.lookup(name);
  }

  override mknod(_name: string, _mode: number, _rdev: number, _cred: Cred): HostNode | number {
    return this.fs.readonly ? -Errno.EROFS : -Errno.EPERM;
  }

  override symlink(name: string, target: string, _cred: Cred): HostNode | number {
    const r = this.ro();
    if (r < 0) return r;
    try {
      fs.symlinkSync(Buffer.from(target, 'latin1'), this.fs.hostPath(this.childRel(name)));
    } catch (e) {
      return hostErrno(e);
    }
    return this.lookup(name);
  }

  override link(name: string, target: Inode): number {
    const r = this.ro();
    if (r < 0) return r;
    if (!(target instanceof HostNode) || target.fs !== this.fs) return -Errno.EXDEV;
    try {
      fs.linkSync(target.hp, this.fs.hostPath(this.childRel(name)));
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }

  override unlink(name: string): number {
    const r = this.ro();
    if (r < 0) return r;
    try {
      fs.unlinkSync(this.fs.hostPath(this.childRel(name)));
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }

  override rmdir(name: string): number {
    const r = this.ro();
    if (r < 0) return r;
    try {
      fs.rmdirSync(this.fs.hostPath(this.childRel(name)));
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }

  override rename(oldName: string, newDir: Inode, newName: string, flags: number): number {
    const r = this.ro();
    if (r < 0) return r;
    if (!(newDir instanceof HostNode) || newDir.fs !== this.fs) return -Errno.EXDEV;
    if (flags & RENAME_EXCHANGE) return -Errno.EINVAL;
    const from = this.fs.hostPath(this.childRel(oldName));
    const to = this.fs.hostPath(newDir.childRel(newName));
    try {
      if (flags & RENAME_NOREPLACE && fs.lstatSync(to, { throwIfNoEntry: false }) !== undefined) return -Errno.EEXIST;
      fs.renameSync(from, to);
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }

  override readlink(): string | number {
    try {
      return fs.readlinkSync(this.hp, 'buffer').toString('latin1');
    } catch (e) {
      return hostErrno(e);
    }
  }

  override open(flags: number): FileHandle | number {
    if (this.fs.readonly && canWrite(flags)) return -Errno.EROFS;
    try {
      return new HostHandle(fs.openSync(this.hp, hostOpenFlags(flags)));
    } catch (e) {
      return hostErrno(e);
    }
  }

  override setattr(a: SetAttr): number {
    const r = this.ro();
    if (r < 0) return r;
    const p = this.hp;
    try {
      if (a.size !== undefined) fs.truncateSync(p, a.size);
      if (a.mode !== undefined) fs.chmodSync(p, a.mode & S_IALLUGO);
      if (a.uid !== undefined || a.gid !== undefined) fs.lchownSync(p, a.uid ?? -1, a.gid ?? -1);
      if (a.atime !== undefined || a.mtime !== undefined) {
        const st = fs.lstatSync(p, { bigint: true });
        const at = a.atime ?? nsToTimespec(st.atimeNs);
        const mt = a.mtime ?? nsToTimespec(st.mtimeNs);
        fs.lutimesSync(p, toSec(at), toSec(mt));
      }
      this.cached = null;
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }
}

class HostHandle implements FileHandle {
  private closed = false;
  constructor(readonly fd: number) {}
  pread(buf: Uint8Array, pos: number): number {
    try {
      return fs.readSync(this.fd, buf, 0, buf.length, pos);
    } catch (e) {
      return hostErrno(e);
    }
  }
  pwrite(buf: Uint8Array, pos: number): number {
    try {
      return fs.writeSync(this.fd, buf, 0, buf.length, pos);
    } catch (e) {
      return hostErrno(e);
    }
  }
  size(): number {
    try {
      return fs.fstatSync(this.fd).size;
    } catch (e) {
      return hostErrno(e);
    }
  }
  truncate(length: number): number {
    try {
      fs.ftruncateSync(this.fd, length);
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }
  sync(): number {
    try {
      fs.fsyncSync(this.fd);
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already gone */
    }
  }
}

// ---------------------------------------------------------------------------------------
// host fds (stdio)
// ---------------------------------------------------------------------------------------

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
/** Block the thread for `ms` milliseconds (the emulator is synchronous). */
export function sleepMs(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function kindOfMode(mode: number): FileKind {
  switch (mode & S_IFMT) {
    case S_IFREG: return 'reg';
    case S_IFDIR: return 'dir';
    case S_IFCHR: return 'chr';
    case S_IFIFO: return 'fifo';
    case S_IFSOCK: return 'sock';
    case S_IFLNK: return 'lnk';
    default: return 'anon';
  }
}

export interface HostFdFileOptions {
  /** Close the host fd when the OpenFile is closed (default false: stdio stays open). */
  ownsFd?: boolean;
  /** Starting offset for a regular-file fd (default 0). */
  pos?: number;
  /** Sleep between retries when a blocking read/write meets EAGAIN (default 5 ms). */
  retryMs?: number;
}

/**
 * An OpenFile over an existing host fd, read and written synchronously
 * (fs.readSync/writeSync).
 * - The host fd may be non-blocking (Node makes tty stdin non-blocking): on EAGAIN, a
 *   guest description without O_NONBLOCK sleeps a little (Atomics.wait) and retries;
 *   one with O_NONBLOCK gets -EAGAIN.
 * - Regular files: Node has no lseek, so the offset is tracked here (starting at
 *   opts.pos ?? 0) and every transfer is positioned; lseek works. Ttys, pipes and
 *   sockets use the host's own position and lseek gives ESPIPE.
 * - isatty() is tty.isatty(fd); hostFd lets the kernel answer TCGETS/TIOCGWINSZ.
 */
export class HostFdFile implements OpenFile {
  readonly kind: FileKind;
  flags: number;
  readonly location: Location | null = null;
  readonly hostFd: number;
  private pos: number;
  private readonly seekable: boolean;
  private readonly tty: boolean;
  private readonly owns: boolean;
  private readonly retryMs: number;
  private closed = false;
  /**
   * Until the guest seeks, sequential transfers use the host's own file offset
   * (shared with whoever else holds the fd, e.g. a shell redirection); `pos` tracks it
   * by counting. Node has no lseek, so after a guest lseek transfers are positioned.
   */
  private positioned = false;

  constructor(hostFd: number, flags: number = O_RDWR, opts: HostFdFileOptions = {}) {
    this.hostFd = hostFd;
    this.flags = flags;
    this.owns = opts.ownsFd ?? false;
    this.retryMs = opts.retryMs ?? 5;
    this.pos = opts.pos ?? 0;
    let mode = 0;
    try {
      mode = fs.fstatSync(hostFd).mode;
    } catch {
      /* closed or odd fd: kind 'anon' */
    }
    this.kind = kindOfMode(mode);
    this.seekable = this.kind === 'reg';
    this.tty = tty.isatty(hostFd);
  }

  read(buf: Uint8Array, pos?: number): number {
    if (!canRead(this.flags)) return -Errno.EBADF;
    if (pos !== undefined && !this.seekable) return -Errno.ESPIPE;
    if (buf.length === 0) return 0;
    const at = pos ?? (this.seekable && this.positioned ? this.pos : null);
    for (;;) {
      try {
        const n = fs.readSync(this.hostFd, buf, 0, buf.length, at);
        if (pos === undefined && this.seekable) this.pos += n;
        return n;
      } catch (e) {
        const r = hostErrno(e);
        if (r === 0) return 0;
        if (r === -Errno.EINTR) continue;
        if (r === -Errno.EAGAIN && !(this.flags & O_NONBLOCK)) {
          sleepMs(this.retryMs);
          continue;
        }
        return r;
      }
    }
  }

  write(buf: Uint8Array, pos?: number): number {
    if (!canWrite(this.flags)) return -Errno.EBADF;
    if (pos !== undefined && !this.seekable) return -Errno.ESPIPE;
    if (buf.length === 0) return 0;
    const at = pos ?? (this.seekable && this.positioned ? this.pos : null);
    for (;;) {
      try {
        const n = fs.writeSync(this.hostFd, buf, 0, buf.length, at);
        if (pos === undefined && this.seekable) this.pos += n;
        return n;
      } catch (e) {
        const r = hostErrno(e);
        if (r === -Errno.EINTR) continue;
        if (r === -Errno.EAGAIN && !(this.flags & O_NONBLOCK)) {
          sleepMs(this.retryMs);
          continue;
        }
        return r;
      }
    }
  }

  lseek(offset: number, whence: number): number {
    if (!this.seekable) return -Errno.ESPIPE;
    let size = 0;
    try {
      size = fs.fstatSync(this.hostFd).size;
    } catch (e) {
      return hostErrno(e);
    }
    const r = seekOffset(this.pos, size, offset, whence);
    if (r >= 0) {
      this.pos = r;
      this.positioned = true;
    }
    return r;
  }

  stat(): Stat | number {
    try {
      return hostStatToStat(fs.fstatSync(this.hostFd, { bigint: true }));
    } catch (e) {
      return hostErrno(e);
    }
  }

  truncate(length: number): number {
    if (!canWrite(this.flags) || !this.seekable || length < 0) return -Errno.EINVAL;
    try {
      fs.ftruncateSync(this.hostFd, length);
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }

  getdents(_emit: (d: Dirent) => boolean): number {
    return -Errno.ENOTDIR;
  }

  fsync(): number {
    try {
      fs.fsyncSync(this.hostFd);
      return 0;
    } catch (e) {
      return hostErrno(e);
    }
  }

  poll(): number {
    return (canRead(this.flags) ? POLLIN : 0) | (canWrite(this.flags) ? POLLOUT : 0);
  }

  isatty(): boolean {
    return this.tty;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.owns) {
      try {
        fs.closeSync(this.hostFd);
      } catch {
        /* ignore */
      }
    }
  }
}

/**
 * OpenFiles for the guest's fds 0, 1, 2 over the host's. A tty is opened O_RDWR on all
 * three (as a login session does); otherwise 0 is O_RDONLY and 1, 2 are O_WRONLY.
 */
export function hostStdio(): [HostFdFile, HostFdFile, HostFdFile] {
  const mk = (fd: number, dflt: number): HostFdFile => new HostFdFile(fd, tty.isatty(fd) ? O_RDWR : dflt);
  return [mk(0, O_RDONLY), mk(1, O_WRONLY), mk(2, O_WRONLY)];
}

/** A /dev/tty hook that opens the host's controlling terminal (ENXIO when there is none). */
export const hostTtyHook: TtyHook = (_location, flags) => {
  try {
    const c = fs.constants;
    const fd = fs.openSync('/dev/tty', c.O_RDWR | c.O_NOCTTY);
    return new HostFdFile(fd, flags, { ownsFd: true });
  } catch (e) {
    const r = hostErrno(e);
    return r === -Errno.ENOENT || r === -Errno.EIO ? -Errno.ENXIO : r;
  }
};
