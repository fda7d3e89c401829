/**
 * Open file descriptions: BaseFile (Linux defaults for every operation; the kernel
 * extends it for pipes and friends), RegularFile (a backend FileHandle plus the file
 * offset), DirFile (getdents cursor), PathFile (O_PATH) and DeviceFile (base for
 * character-device drivers).
 */
import { Errno } from './errno.js';
import {
  O_ACCMODE, O_APPEND, O_PATH, O_RDONLY, O_RDWR, O_WRONLY, POLLIN, POLLNVAL, POLLOUT, POLLRDNORM, POLLWRNORM,
  SEEK_CUR, SEEK_DATA, SEEK_END, SEEK_HOLE, SEEK_SET,
} from './constants.js';
import type { DirEntry, Dirent, FileHandle, FileKind, Location, OpenFile, Stat } from './types.js';

/** The description was opened for reading (O_RDONLY or O_RDWR, not O_PATH). */
export function canRead(flags: number): boolean {
  if (flags & O_PATH) return false;
  const a = flags & O_ACCMODE;
  return a === O_RDONLY || a === O_RDWR;
}

/** The description was opened for writing (O_WRONLY or O_RDWR, not O_PATH). */
export function canWrite(flags: number): boolean {
  if (flags & O_PATH) return false;
  const a = flags & O_ACCMODE;
  return a === O_WRONLY || a === O_RDWR;
}

/**
 * Base class with what Linux returns when a file has no such operation: read/write
 * EINVAL, lseek ESPIPE, truncate EINVAL, getdents ENOTDIR, fsync EINVAL; stat from the
 * location's inode (or EINVAL when there is none: override it).
 */
export abstract class BaseFile implements OpenFile {
  abstract readonly kind: FileKind;
  flags: number;
  readonly location: Location | null;
  constructor(flags: number, location: Location | null = null) {
    this.flags = flags;
    this.location = location;
  }
  get readable(): boolean {
    return canRead(this.flags);
  }
  get writable(): boolean {
    return canWrite(this.flags);
  }
  read(_buf: Uint8Array, _pos?: number): number {
    return -Errno.EINVAL;
  }
  write(_buf: Uint8Array, _pos?: number): number {
    return -Errno.EINVAL;
  }
  lseek(_offset: number, _whence: number): number {
    return -Errno.ESPIPE;
  }
  stat(): Stat | number {
    return this.location ? this.location.node.stat() : -Errno.EINVAL;
  }
  truncate(_length: number): number {
    return -Errno.EINVAL;
  }
  getdents(_emit: (d: Dirent) => boolean): number {
    return -Errno.ENOTDIR;
  }
  fsync(): number {
    return -Errno.EINVAL;
  }
  /** DEFAULT_POLLMASK: a file without a poll operation is always readable and writable. */
  poll(): number {
    return POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM;
  }
  isatty(): boolean {
    return false;
  }
  close(): void {}
}

/** Compute a new offset for lseek on a seekable object of size `size`; -errno on error. */
export function seekOffset(cur: number, size: number, offset: number, whence: number): number {
  let r: number;
  switch (whence) {
    case SEEK_SET: r = offset; break;
    case SEEK_CUR: r = cur + offset; break;
    case SEEK_END: r = size + offset; break;
    case SEEK_DATA:
      if (offset < 0 || offset >= size) return -Errno.ENXIO;
      r = offset;
      break;
    case SEEK_HOLE:
      if (offset < 0 || offset >= size) return -Errno.ENXIO;
      r = size;
      break;
    default: return -Errno.EINVAL;
  }
  if (r < 0 || !Number.isSafeInteger(r)) return -Errno.EINVAL;
  return r;
}

/** A regular file opened through the vfs: a backend FileHandle plus the file offset. */
export class RegularFile extends BaseFile {
  readonly kind: FileKind = 'reg';
  /** The file offset. */
  pos = 0;
  private closed = false;
  constructor(location: Location, flags: number, readonly handle: FileHandle) {
    super(flags, location);
  }
  override read(buf: Uint8Array, pos?: number): number {
    if (!this.readable) return -Errno.EBADF;
    const at = pos ?? this.pos;
    if (at < 0) return -Errno.EINVAL;
    if (buf.length === 0) return 0;
    const n = this.handle.pread(buf, at);
    if (n > 0 && pos === undefined) this.pos = at + n;
    return n;
  }
  override write(buf: Uint8Array, pos?: number): number {
    if (!this.writable) return -Errno.EBADF;
    let at: number;
    if (this.flags & O_APPEND) {
      const size = this.handle.size();
      if (size < 0) return size;
      at = size;
    } else {
      at = pos ?? this.pos;
    }
    if (at < 0) return -Errno.EINVAL;
    if (buf.length === 0) return 0;
    const n = this.handle.pwrite(buf, at);
    if (n >= 0 && pos === undefined) this.pos = at + n;
    return n;
  }
  override lseek(offset: number, whence: number): number {
    let size = 0;
    if (whence === SEEK_END || whence === SEEK_DATA || whence === SEEK_HOLE) {
      size = this.handle.size();
      if (size < 0) return size;
    }
    const r = seekOffset(this.pos, size, offset, whence);
    if (r >= 0) this.pos = r;
    return r;
  }
  override truncate(length: number): number {
    if (!this.writable) return -Errno.EINVAL;
    if (length < 0) return -Errno.EINVAL;
    return this.handle.truncate(length);
  }
  override fsync(): number {
    return this.handle.sync();
  }
  override close(): void {
    if (this.closed) return;
    this.closed = true;
    this.handle.close();
  }
}

/**
 * An open directory. The offset is a cookie: the index into a snapshot of the entry
 * list ("." and ".." first), taken when reading from offset 0 (so rewinddir() sees
 * new entries). d_off of each record is the cookie of the next one; lseek(SEEK_SET)
 * to a d_off resumes there.
 */
export class DirFile extends BaseFile {
  readonly kind: FileKind = 'dir';
  pos = 0;
  private snapshot: DirEntry[] | null = null;
  constructor(location: Location, flags: number, private readonly list: () => DirEntry[] | number) {
    super(flags, location);
  }
  override read(_buf: Uint8Array, _pos?: number): number {
    return -Errno.EISDIR;
  }
  override write(_buf: Uint8Array, _pos?: number): number {
    return -Errno.EBADF;
  }
  override lseek(offset: number, whence: number): number {
    let r: number;
    if (whence === SEEK_SET) r = offset;
    else if (whence === SEEK_CUR) r = this.pos + offset;
    else return -Errno.EINVAL;
    if (r < 0) return -Errno.EINVAL;
    this.pos = r;
    return r;
  }
  override getdents(emit: (d: Dirent) => boolean): number {
    if (this.snapshot === null || this.pos === 0) {
      const l = this.list();
      if (typeof l === 'number') return l;
      this.snapshot = l;
    }
    const ents = this.snapshot;
    let n = 0;
    while (this.pos < ents.length) {
      const e = ents[this.pos];
      if (!emit({ name: e.name, ino: e.ino, type: e.type, off: this.pos + 1 })) break;
      this.pos++;
      n++;
    }
    return n;
  }
  override fsync(): number {
    return 0;
  }
}

/** An O_PATH descriptor: only fstat, *at() lookups, fchdir-like uses; I/O is EBADF. */
export class PathFile extends BaseFile {
  readonly kind: FileKind = 'path';
  constructor(location: Location, flags: number) {
    super(flags, location);
  }
  override read(_buf: Uint8Array, _pos?: number): number {
    return -Errno.EBADF;
  }
  override write(_buf: Uint8Array, _pos?: number): number {
    return -Errno.EBADF;
  }
  override lseek(_offset: number, _whence: number): number {
    return -Errno.EBADF;
  }
  override truncate(_length: number): number {
    return -Errno.EBADF;
  }
  override getdents(_emit: (d: Dirent) => boolean): number {
    return -Errno.EBADF;
  }
  override fsync(): number {
    return -Errno.EBADF;
  }
  override poll(): number {
    return POLLNVAL;
  }
}

/** Base for character-device files: access-mode checks done here, device I/O in doRead/doWrite. */
export abstract class DeviceFile extends BaseFile {
  readonly kind: FileKind = 'chr';
  constructor(location: Location | null, flags: number) {
    super(flags, location);
  }
  protected abstract doRead(buf: Uint8Array): number;
  protected abstract doWrite(buf: Uint8Array): number;
  override read(buf: Uint8Array, _pos?: number): number {
    if (!this.readable) return -Errno.EBADF;
    return this.doRead(buf);
  }
  override write(buf: Uint8Array, _pos?: number): number {
    if (!this.writable) return -Errno.EBADF;
    return this.doWrite(buf);
  }
  /** Memory-like devices (null, zero, full, random) accept any seek and stay at 0. */
  override lseek(_offset: number, _whence: number): number {
    return 0;
  }
  override fsync(): number {
    return -Errno.EINVAL;
  }
}
