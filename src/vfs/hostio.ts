/**
 * Host helpers (Node only: node:fs and node:tty) shared by HostFs (hostfs.ts), and the
 * guest's view of host fds:
 * - hostErrno(): a thrown Node fs error as a Linux errno; hostStatToStat(), foldIno();
 * - hostCred(): the host process's uid/gid/groups;
 * - HostFdFile: an OpenFile over an existing host fd (the guest's stdin/stdout/stderr);
 *   hostStdio(); hostTtyHook: /dev/tty → the host's /dev/tty.
 * hostfs.ts re-exports all of it.
 */
import * as fs from 'node:fs';
import * as tty from 'node:tty';
import type { BigIntStats } from 'node:fs';
import { Errno, errnoByName } from './errno.js';
import { O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY, POLLIN, POLLOUT, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK } from './constants.js';
import { canRead, canWrite, seekOffset } from './files.js';
import type { TtyHook } from './devfs.js';
import type { Cred, Dirent, FileKind, Location, OpenFile, Stat } from './types.js';
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
    return this.transfer(canRead(this.flags), buf, pos, (at) => fs.readSync(this.hostFd, buf, 0, buf.length, at));
  }

  write(buf: Uint8Array, pos?: number): number {
    return this.transfer(canWrite(this.flags), buf, pos, (at) => fs.writeSync(this.hostFd, buf, 0, buf.length, at));
  }

  /**
   * read/write: the description's checks, then `io` at the right offset (null: the
   * host's own), again after EINTR, and after EAGAIN unless the guest asked for
   * O_NONBLOCK (a short sleep first).
   */
  private transfer(allowed: boolean, buf: Uint8Array, pos: number | undefined, io: (at: number | null) => number): number {
    if (!allowed) return -Errno.EBADF;
    if (pos !== undefined && !this.seekable) return -Errno.ESPIPE;
    if (buf.length === 0) return 0;
    const at = pos ?? (this.seekable && this.positioned ? this.pos : null);
    for (;;) {
      try {
        const n = io(at);
        if (pos === undefined && this.seekable) this.pos += n;
        return n;
      } catch (e) {
        const r = hostErrno(e);
        if (r === 0) return 0; // end of file
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
