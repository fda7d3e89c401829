// File-descriptor system calls (fs/read_write.c, fs/fcntl.c, fs/ioctl.c, fs/file.c,
// fs/pipe.c, fs/sync.c, fs/open.c's fd half): read, write, readv, writev, pread64,
// pwrite64, preadv, pwritev, preadv2, pwritev2, lseek, close, close_range, dup, dup2,
// dup3, fcntl, ioctl, pipe, pipe2, sendfile64, ftruncate, fsync, fdatasync, syncfs,
// sync, flock.
//
// Also the helpers the path and stat files (and the compat routines to come) share:
// user-buffer access with demand paging (faultIn), descriptor look-up with Linux's
// fdget/fdget_raw distinction (O_PATH descriptors are invisible to most calls),
// iovec import for both ABIs, and the read/write engines.
//
// Decisions (see also pipe.ts):
//   - User buffers: before copying, the pages are faulted in the way copy_to_user's
//     fault handler would (demand paging, stack growth). A transfer stops at the first
//     byte that cannot be made accessible: a partial count if something was
//     transferred, EFAULT otherwise — but, as on Linux, only if there was data to copy
//     (a read at EOF into a bad buffer returns 0; a write to a pipe without readers
//     gives EPIPE).
//   - A read is done in chunks of at most 1 MiB; further chunks are read only from
//     regular files and non-tty character devices (a stream read never blocks twice).
//   - EPIPE from any write raises SIGPIPE (send_sig in pipe_write / sockets).
//   - A blocking pipe operation that could only complete through this same process
//     (the machine has one single-threaded process) kills the task with SIGKILL and a
//     "deadlock" diagnostic instead of hanging forever.

import { SYSCALL, a, structArg, SysError, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import {
  O_ACCMODE, O_APPEND, O_ASYNC, O_CLOEXEC, O_DIRECT, O_LARGEFILE, O_NOATIME, O_NONBLOCK, O_PATH, O_RDONLY, O_RDWR, O_WRONLY, SEEK_CUR,
  SEEK_HOLE, SETFL_MASK, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG,
} from '../../vfs/constants.js';
import { BaseFile, canRead, canWrite } from '../../vfs/files.js';
import { bufferlessIo, nowaitDevice } from '../../vfs/devfs.js';
import { Inode } from '../../vfs/types.js';
import type { FileKind, FsBackend, InodeAttrs, Location, Mount, OpenFile, Stat, StatFs } from '../../vfs/types.js';
import { PAGE_SIZE, PF_PRESENT, PF_USER, PF_WRITE, PTE_R, PTE_U, PTE_W } from '../../mem/memory.js';
import { StructWriter, accessOk } from '../uaccess.js';
import type { FdEntry } from '../task.js';
import { PipeFile, attachPipe, createPipe, openFifo, type BlockHandler, type IterFrom, type IterTo } from '../pipe.js';
import type { Task } from '../task.js';
import type { Ctx } from '../../vfs/vfs.js';
import { sendSignalToSelf } from './signal.js';
import { SIGKILL, SIGPIPE, SIGXFSZ, NSIG } from '../signals.js';
import { fileSizeLimit } from './process.js';
import type { Kernel } from '../kernel.js';

// =====================================================================================
// /proc/self and FIFOs
// =====================================================================================

const setUp = new WeakSet<Kernel>();

/**
 * The inode behind /proc/self/fd/N for a file that is not in the tree (a pipe, the
 * host's stdio): following the magic link reaches it, and opening it opens that file
 * again (a pipe gets a new end, with fifo_open's rules; other streams are shared), so
 * /dev/stdin works when stdin is a pipe. It reports the file's own stat data; its type
 * for path walks and opens is FIFO.
 */
class AnonInode extends Inode {
  readonly key: string;
  constructor(
    readonly fs: FsBackend,
    readonly file: OpenFile,
    private readonly owner: { uid: number; gid: number },
  ) {
    super();
    this.key = `anon:${anonIds.get(file) ?? anonId(file)}`;
  }
  attrs(): InodeAttrs {
    return { mode: S_IFIFO | 0o600, uid: this.owner.uid, gid: this.owner.gid };
  }
  stat(): Stat | number {
    return this.file.stat();
  }
}

const anonIds = new WeakMap<OpenFile, number>();
let nextAnonId = 1;
function anonId(f: OpenFile): number {
  const id = nextAnonId++;
  anonIds.set(f, id);
  return id;
}

class AnonFs implements FsBackend {
  readonly fstype = 'pipefs';
  readonly dev = 0;
  readonly readonly = false;
  readonly root: Inode;
  constructor() {
    this.root = new AnonInode(this, new AnonRootFile(), { uid: 0, gid: 0 });
  }
  statfs(): StatFs {
    return { type: 0x50495045, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: [0, 0], namelen: 255, frsize: 4096, flags: 0 };
  }
}

class AnonRootFile extends BaseFile {
  readonly kind: FileKind = 'anon';
  constructor() {
    super(0);
  }
}

const anonFs = new AnonFs();
const anonMount: Mount = { id: 0, fs: anonFs, root: anonFs.root, parent: null, mountpoint: null, readonly: false, path: 'pipe:' };

function anonLocation(t: Task, f: OpenFile): Location {
  return { mnt: anonMount, node: new AnonInode(anonFs, f, { uid: t.creds.euid, gid: t.creds.egid }) };
}

/** Opening an AnonInode: the file again (see AnonInode). */
function reopenAnon(k: Kernel, f: OpenFile, flags: number): OpenFile | number {
  if (f instanceof PipeFile) return attachPipe(f.pipe, flags, deadlockHandler(k), null);
  const acc = flags & O_ACCMODE;
  if ((acc === O_RDONLY || acc === O_RDWR) && !canRead(f.flags)) return -Errno.EACCES;
  if ((acc === O_WRONLY || acc === O_RDWR) && !canWrite(f.flags)) return -Errno.EACCES;
  return f;
}

/** What /proc/self/fd/N reads as for a file outside the tree. */
function fdLinkText(k: Kernel, f: OpenFile, t: Task): string {
  if (f.location) return k.vfs.displayPath(f.location, { root: t.root });
  const st = f.stat();
  const ino = typeof st === 'number' ? 0 : st.ino;
  if (f.kind === 'fifo') return `pipe:[${ino}]`;
  if (f.kind === 'sock') return `socket:[${ino}]`;
  if (f.isatty()) return '/dev/tty';
  return `anon_inode:[${f.kind}]`;
}

/**
 * Registers the kernel's file-system hooks with its Vfs (once per kernel): the open
 * hook that turns FIFO nodes into pipes (pipe.ts) and the magic links
 * /proc/self/{exe,cwd,root,fd/N}. Done lazily, on the first user-memory access of any
 * system call (faultIn), because the kernel's constructor is not this file's; calling
 * it at boot is equivalent.
 */
export function setupFs(k: Kernel): void {
  if (setUp.has(k)) return;
  setUp.add(k);
  const vfs = k.vfs;
  vfs.setSpecialOpen((loc, flags) => {
    if (loc.node instanceof AnonInode) return reopenAnon(k, loc.node.file, flags);
    if (loc.node.type === S_IFIFO) return openFifo(loc, flags, deadlockHandler(k), vfs.clock);
    return -Errno.ENXIO; // opening a socket inode
  });
  const proc = vfs.proc;
  if (proc === null) return;
  const rootCtx: Ctx = { cred: { uid: 0, gid: 0 } };
  const has = (p: string) => typeof proc.nodeAt(p) !== 'number';
  try {
    if (!has('self/exe')) {
      proc.addSymlink(
        'self/exe',
        () => k.current.exePath || -Errno.ENOENT,
        () => (k.current.exePath ? vfs.lookup(vfs.root(), k.current.exePath, 0, rootCtx) : -Errno.ENOENT),
      );
    }
    if (!has('self/cwd')) {
      proc.addSymlink('self/cwd', () => vfs.displayPath(k.current.cwd, { root: k.current.root }), () => k.current.cwd);
    }
    if (!has('self/root')) {
      proc.addSymlink('self/root', () => vfs.displayPath(k.current.root, { root: k.current.root }), () => k.current.root);
    }
    if (!has('self/fd')) {
      proc.addDir(
        'self/fd',
        {
          list: () => [...k.current.files.fds.keys()].sort((x, y) => x - y).map(String),
          lookup: (name) => {
            if (!/^(0|[1-9][0-9]*)$/.test(name)) return null;
            const t = k.current;
            const e = t.files.get(Number(name));
            if (!e) return null;
            const f = e.file;
            let mode = 0;
            if (f.flags & O_PATH || (f.flags & O_ACCMODE) !== O_WRONLY) mode |= 0o500;
            if ((f.flags & O_ACCMODE) !== O_RDONLY && !(f.flags & O_PATH)) mode |= 0o300;
            return {
              kind: 'symlink',
              mode,
              uid: t.creds.uid,
              gid: t.creds.gid,
              target: () => fdLinkText(k, f, t),
              magic: () => f.location ?? anonLocation(t, f),
            };
          },
        },
        0o500,
      );
    }
  } catch {
    // another part of the kernel owns a conflicting /proc/self layout: leave it alone
  }
}

// =====================================================================================
// argument conversions
// =====================================================================================

/** MAX_RW_COUNT: INT_MAX rounded down to a page. */
export const MAX_RW_COUNT = 0x7ffff000;
/** UIO_MAXIOV. */
export const UIO_MAXIOV = 1024;
const CHUNK = 1 << 20;

/** A size_t / unsigned long argument (x86-64 arguments arrive sign-interpreted). */
export function usize(v: number): number {
  return v < 0 ? v + 2 ** 64 : v;
}

/** An unsigned int argument (fd numbers, cmd words). */
export function uint(v: number): number {
  return v >>> 0;
}

/** An int argument. */
export function int(v: number): number {
  return v | 0;
}

// =====================================================================================
// descriptors
// =====================================================================================

/** fdget(): the descriptor's entry; O_PATH descriptors count as not open (EBADF). */
export function fdget(c: SyscallContext, fd: number): FdEntry {
  const e = c.task.files.get(uint(fd));
  if (!e || e.file.flags & O_PATH) throw new SysError(Errno.EBADF);
  return e;
}

/** fdget_raw(): any open descriptor, O_PATH included. */
export function fdgetRaw(c: SyscallContext, fd: number): FdEntry {
  const e = c.task.files.get(uint(fd));
  if (!e) throw new SysError(Errno.EBADF);
  return e;
}

/** get_unused_fd_flags() + fd_install(): the lowest free descriptor ≥ min (EMFILE). */
export function installFd(c: SyscallContext, file: OpenFile, cloexec: boolean, min = 0): number {
  const fd = c.task.files.lowestFree(min);
  if (fd < 0) return -Errno.EMFILE;
  c.task.files.install(fd, file, cloexec);
  return fd;
}

/** Installs `file` at `fd`, closing what was there (do_dup2). */
export function replaceFd(c: SyscallContext, fd: number, file: OpenFile, cloexec: boolean): void {
  const files = c.task.files;
  const prev = files.get(fd);
  files.install(fd, file, cloexec);
  if (prev && prev.file !== file) files.release(prev.file);
}

// =====================================================================================
// user memory
// =====================================================================================

/**
 * fault_in_readable()/fault_in_writeable(): makes the pages of [addr, addr+len) present
 * as the page-fault handler would when a user copy touches them (demand paging, stack
 * growth) and returns how many bytes from addr are accessible (stopping at the first
 * page that is not, or at the task's address limit).
 */
export function faultIn(c: SyscallContext, addr: number, len: number, write: boolean): number {
  setupFs(c.k);
  if (len <= 0) return 0;
  const limit = c.task.um.limit;
  if (addr < 0 || addr >= limit) return 0;
  const end = Math.min(addr + len, limit);
  const as = c.k.as;
  const need = write ? PTE_W : PTE_R;
  const ok = (e: number | undefined): boolean => e !== undefined && (e & PTE_R) !== 0 && (e & need) !== 0 && (e & PTE_U) !== 0;
  let page = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
  let done = addr;
  while (done < end) {
    const vpn = page / PAGE_SIZE;
    let e = as.pte(vpn);
    if (!ok(e)) {
      const code = (e !== undefined && e & PTE_R ? PF_PRESENT : 0) | (write ? PF_WRITE : 0) | PF_USER;
      if (!c.task.mm.handleFault(Math.max(addr, page), code)) break;
      e = as.pte(vpn);
      if (!ok(e)) break;
    }
    page += PAGE_SIZE;
    done = Math.min(page, end);
  }
  return done - addr;
}

/** copy_from_user of exactly n bytes (EFAULT if any is inaccessible). */
export function copyIn(c: SyscallContext, addr: number, n: number): Uint8Array {
  if (n === 0) return new Uint8Array(0);
  if (faultIn(c, addr, n, false) < n) throw new SysError(Errno.EFAULT);
  return c.task.um.read(addr, n);
}

/**
 * copy_to_user(): after access_ok() of the whole range (nothing is written if it
 * fails), the bytes are stored in order until the first inaccessible one — Linux's
 * copy routines (rep movsb, or copy_user_handle_tail byte by byte) leave exactly that
 * prefix written. Returns how many bytes were copied.
 */
export function copyOutPartial(c: SyscallContext, addr: number, data: Uint8Array): number {
  if (data.length === 0) return 0;
  if (!accessOk(addr, data.length)) return 0;
  const ok = faultIn(c, addr, data.length, true);
  if (ok > 0) c.task.um.write(addr, ok === data.length ? data : data.subarray(0, ok));
  return ok;
}

/** copy_to_user of all of data: EFAULT if any byte is inaccessible (the prefix before it is written). */
export function copyOut(c: SyscallContext, addr: number, data: Uint8Array): void {
  if (copyOutPartial(c, addr, data) < data.length) throw new SysError(Errno.EFAULT);
}

/**
 * put_user(): one store instruction of at most 8 bytes, which a fault stops before
 * anything is written — all or nothing, unlike copy_to_user.
 */
export function putUser(c: SyscallContext, addr: number, data: Uint8Array): void {
  if (!accessOk(addr, data.length) || faultIn(c, addr, data.length, true) < data.length) throw new SysError(Errno.EFAULT);
  c.task.um.write(addr, data);
}

/**
 * Stores that Linux chains with `err |= put_user(…)`: each is tried even after one
 * failed; -EFAULT if any did, else 0.
 */
export function putAll(stores: Array<() => void>): number {
  let bad = false;
  for (const st of stores) {
    try {
      st();
    } catch (e) {
      if (!(e instanceof SysError)) throw e;
      bad = true;
    }
  }
  return bad ? -Errno.EFAULT : 0;
}

export function putInt(c: SyscallContext, addr: number, v: number): void {
  putUser(c, addr, new StructWriter(4).i32(0, v).buf);
}

export function getInt(c: SyscallContext, addr: number): number {
  const b = copyIn(c, addr, 4);
  return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
}

/** get_user of a 64-bit signed value (exact within ±2^53). */
export function getI64(c: SyscallContext, addr: number): number {
  const b = copyIn(c, addr, 8);
  const dv = new DataView(b.buffer, b.byteOffset, 8);
  return dv.getInt32(4, true) * 4294967296 + dv.getUint32(0, true);
}

export function putI64(c: SyscallContext, addr: number, v: number | bigint): void {
  putUser(c, addr, new StructWriter(8).i64(0, v).buf);
}

/** One user buffer segment (an iovec). */
export interface Seg {
  base: number;
  len: number;
}

/**
 * import_iovec(): reads `count` struct iovec (16 bytes on x86-64, 8 for compat tasks),
 * with Linux's checks: more than UIO_MAXIOV → EINVAL; the array outside user space →
 * EFAULT; then entry by entry (copy_iovec_from_user), an entry that cannot be read →
 * EFAULT, a length negative as ssize_t (compat_ssize_t for i386) → EINVAL — whichever
 * comes first; then a segment outside user space → EFAULT; the total is capped at
 * MAX_RW_COUNT (later segments shortened).
 */
export function importIovec(c: SyscallContext, addr: number, count: number, compat = c.abi === 'ia32'): Seg[] {
  const n = uint(count);
  if (n === 0) return [];
  if (n > UIO_MAXIOV) throw new SysError(Errno.EINVAL);
  const size = compat ? 8 : 16;
  if (!accessOk(addr, n * size)) throw new SysError(Errno.EFAULT);
  const readable = faultIn(c, addr, n * size, false);
  const raw = c.task.um.read(addr, Math.floor(readable / size) * size);
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.length);
  const segs: Seg[] = [];
  for (let i = 0; i < n; i++) {
    if ((i + 1) * size > raw.length) throw new SysError(Errno.EFAULT);
    let base: number;
    let len: number;
    if (compat) {
      base = dv.getUint32(i * 8, true);
      len = dv.getInt32(i * 8 + 4, true);
    } else {
      base = dv.getUint32(i * 16 + 4, true) * 4294967296 + dv.getUint32(i * 16, true);
      len = dv.getInt32(i * 16 + 12, true) * 4294967296 + dv.getUint32(i * 16 + 8, true);
    }
    if (len < 0) throw new SysError(Errno.EINVAL);
    segs.push({ base, len });
  }
  let total = 0;
  for (const s of segs) {
    if (!accessOk(s.base, s.len)) throw new SysError(Errno.EFAULT);
    if (s.len > MAX_RW_COUNT - total) s.len = MAX_RW_COUNT - total;
    total += s.len;
  }
  return segs;
}

/**
 * An iov_iter over user segments, for the files that copy the way Linux's do (pipes):
 * copyTo() stores bytes in order and stops at the first inaccessible one, copyFrom()
 * loads them likewise (copy_to_iter / copy_from_iter); both advance by what they moved.
 */
export class UserIter implements IterTo, IterFrom {
  private seg = 0;
  private off = 0;
  count: number;
  constructor(
    private readonly c: SyscallContext,
    private readonly segs: Seg[],
  ) {
    this.count = segsTotal(segs);
  }

  /** Moves up to n bytes through `step(addr, from, k)`, which returns how many it moved. */
  private walk(n: number, step: (addr: number, from: number, k: number) => number): number {
    let done = 0;
    while (done < n && this.seg < this.segs.length) {
      const s = this.segs[this.seg];
      const k = Math.min(s.len - this.off, n - done);
      const moved = k > 0 ? step(s.base + this.off, done, k) : 0;
      done += moved;
      this.off += moved;
      this.count -= moved;
      if (moved < k) break;
      if (this.off === s.len) {
        this.seg++;
        this.off = 0;
      }
    }
    return done;
  }

  copyTo(data: Uint8Array): number {
    return this.walk(data.length, (addr, from, k) => copyOutPartial(this.c, addr, data.subarray(from, from + k)));
  }

  copyFrom(n: number): Uint8Array {
    const out = new Uint8Array(Math.min(n, this.count));
    const got = this.walk(out.length, (addr, from, k) => {
      const ok = faultIn(this.c, addr, k, false);
      if (ok > 0) out.set(this.c.task.um.read(addr, ok), from);
      return ok;
    });
    return out.subarray(0, got);
  }
}

function segsTotal(segs: Seg[]): number {
  let t = 0;
  for (const s of segs) t += s.len;
  return t;
}

/** The part [from, from+len) of the concatenated segments, as segments. */
function sliceSegs(segs: Seg[], from: number, len: number): Seg[] {
  const out: Seg[] = [];
  let skip = from;
  let want = len;
  for (const s of segs) {
    if (want <= 0) break;
    if (skip >= s.len) {
      skip -= s.len;
      continue;
    }
    const n = Math.min(s.len - skip, want);
    out.push({ base: s.base + skip, len: n });
    want -= n;
    skip = 0;
  }
  return out;
}

/** Accessible prefix of the segments (in order, stopping at the first hole). */
function faultInSegs(c: SyscallContext, segs: Seg[], write: boolean): number {
  let n = 0;
  for (const s of segs) {
    const k = faultIn(c, s.base, s.len, write);
    n += k;
    if (k < s.len) break;
  }
  return n;
}

function scatter(c: SyscallContext, segs: Seg[], data: Uint8Array): void {
  let off = 0;
  for (const s of segs) {
    if (off >= data.length) break;
    const n = Math.min(s.len, data.length - off);
    c.task.um.write(s.base, data.subarray(off, off + n));
    off += n;
  }
}

function gather(c: SyscallContext, segs: Seg[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let off = 0;
  for (const s of segs) {
    if (off >= n) break;
    const k = Math.min(s.len, n - off);
    out.set(c.task.um.read(s.base, k), off);
    off += k;
  }
  return out;
}

// =====================================================================================
// the read and write engines (vfs_read/vfs_readv, vfs_write/vfs_writev)
// =====================================================================================

/** What a read would return if the user buffer were fine: used when it is not. */
function readFaultResult(f: OpenFile, pos: number | undefined): number {
  const r = f.read(new Uint8Array(0), pos);
  if (r < 0) return r;
  if (f.kind === 'reg') {
    const at = pos ?? f.lseek(0, SEEK_CUR);
    if (at >= 0) {
      const n = f.read(new Uint8Array(1), at);
      if (n <= 0) return n;
    }
  }
  return -Errno.EFAULT;
}

function writeFaultResult(f: OpenFile, pos: number | undefined): number {
  const r = f.write(new Uint8Array(0), pos);
  return r < 0 ? r : -Errno.EFAULT;
}

/** May a read continue with another chunk after a full one (it cannot block)? */
function rereadable(f: OpenFile): boolean {
  return f.kind === 'reg' || (f.kind === 'chr' && !f.isatty());
}

/**
 * Reads into user segments from `f` (at `pos` for pread, else at the file offset).
 * Devices that never touch the buffer (read_null) answer without it; pipes copy as
 * pipe_read does (UserIter); other files read as much as the accessible prefix of the
 * buffer holds (what their copy_to_iter would store). Returns the count or -errno.
 */
export function readToUser(c: SyscallContext, f: OpenFile, segs: Seg[], pos?: number): number {
  const total = segsTotal(segs);
  const dev = bufferlessIo(f, false, total);
  if (dev !== null) return dev;
  if (f instanceof PipeFile) return pos === undefined ? f.readIter(new UserIter(c, segs)) : -Errno.ESPIPE;
  if (total === 0) return f.read(new Uint8Array(0), pos);
  let done = 0;
  let at = pos;
  while (done < total) {
    const want = Math.min(CHUNK, total - done);
    const part = sliceSegs(segs, done, want);
    const ok = faultInSegs(c, part, true);
    if (ok === 0) return done > 0 ? done : readFaultResult(f, at);
    const buf = new Uint8Array(ok);
    const n = f.read(buf, at);
    if (n < 0) return done > 0 ? done : n;
    scatter(c, part, buf.subarray(0, n));
    done += n;
    if (at !== undefined) at += n;
    if (n < ok || ok < want || !rereadable(f)) break;
  }
  return done;
}

/** Writes user segments to `f`; EPIPE raises SIGPIPE. Returns the count or -errno. */
export function writeFromUser(c: SyscallContext, f: OpenFile, segs: Seg[], pos?: number): number {
  const r = writeFromUserNoSig(c, f, segs, pos);
  if (r === -Errno.EPIPE) sendSignalToSelf(c, SIGPIPE, 'SI_USER');
  return r;
}

/** The largest file size a 32-bit open without O_LARGEFILE may reach (MAX_NON_LFS). */
const MAX_NON_LFS = 2 ** 31 - 1;

/**
 * generic_write_check_limits(): a regular file may not grow past RLIMIT_FSIZE — a
 * write that starts at or past the limit is EFBIG and raises SIGXFSZ, one that crosses
 * it is shortened — nor past 2 GiB - 1 when a 32-bit program opened it by name without
 * O_LARGEFILE (EFBIG, no signal; files it inherited, like its standard streams, were
 * opened by a 64-bit parent). Returns the number of bytes that may be written, or -EFBIG.
 */
function writeCheckLimits(c: SyscallContext, f: OpenFile, pos: number | undefined, count: number): number {
  if (f.kind !== 'reg') return count;
  const limit = fileSizeLimit(c.task);
  const nonLfs = !(f.flags & O_LARGEFILE) && f.location !== null;
  if (limit === undefined && !nonLfs) return count;
  const st = f.flags & O_APPEND ? f.stat() : null;
  const at = st !== null ? (typeof st === 'number' ? 0 : st.size) : (pos ?? f.lseek(0, SEEK_CUR));
  if (limit !== undefined) {
    if (at >= limit) {
      sendSignalToSelf(c, SIGXFSZ, 'SI_USER');
      return -Errno.EFBIG;
    }
    count = Math.min(count, limit - at);
  }
  if (nonLfs) {
    if (at >= MAX_NON_LFS) return -Errno.EFBIG;
    count = Math.min(count, MAX_NON_LFS - at);
  }
  return count;
}

/**
 * inode_newsize_ok() for truncate, ftruncate and fallocate: a size past RLIMIT_FSIZE
 * is EFBIG and raises SIGXFSZ.
 */
export function newSizeOk(c: SyscallContext, size: number): number {
  const limit = fileSizeLimit(c.task);
  if (limit === undefined || size <= limit) return 0;
  sendSignalToSelf(c, SIGXFSZ, 'SI_USER');
  return -Errno.EFBIG;
}

function writeFromUserNoSig(c: SyscallContext, f: OpenFile, segs: Seg[], pos?: number): number {
  let total = segsTotal(segs);
  const dev = bufferlessIo(f, true, total);
  if (dev !== null) return dev;
  if (f instanceof PipeFile) return pos === undefined ? f.writeIter(new UserIter(c, segs)) : -Errno.ESPIPE;
  if (total === 0) return f.write(new Uint8Array(0), pos);
  const allowed = writeCheckLimits(c, f, pos, total);
  if (allowed < 0) return allowed;
  if (allowed < total) segs = sliceSegs(segs, 0, (total = allowed));
  let done = 0;
  let at = pos;
  while (done < total) {
    const want = Math.min(CHUNK, total - done);
    const part = sliceSegs(segs, done, want);
    const ok = faultInSegs(c, part, false);
    if (ok === 0) return done > 0 ? done : writeFaultResult(f, at);
    const n = f.write(gather(c, part, ok), at);
    if (n < 0) return done > 0 ? done : n;
    done += n;
    if (at !== undefined) at += n;
    if (n < ok || ok < want) break;
  }
  return done;
}

/**
 * rw_verify_area(): a transfer at an explicit position must not run past the largest
 * loff_t (EINVAL: none of this machine's files has FMODE_UNSIGNED_OFFSET).
 */
function rwVerifyArea(pos: number | undefined, count: number): number {
  if (pos !== undefined && count > 0 && pos + count >= 2 ** 63) return -Errno.EINVAL;
  return 0;
}

/**
 * vfs_read()/vfs_write() for one buffer: the access mode (EBADF), access_ok() of the
 * whole, unclamped range against TASK_SIZE_MAX — for compat tasks too, as Linux checks
 * it (EFAULT) — rw_verify_area(), then at most MAX_RW_COUNT bytes.
 */
function rwOne(c: SyscallContext, f: OpenFile, write: boolean, buf: number, count: number, pos?: number): number {
  const n = c.abi === 'x64' ? usize(count) : count >>> 0;
  if (!(write ? canWrite(f.flags) : canRead(f.flags))) return -Errno.EBADF;
  if (!accessOk(buf, n)) return -Errno.EFAULT;
  const e = rwVerifyArea(pos, n);
  if (e < 0) return e;
  const segs = [{ base: buf, len: Math.min(n, MAX_RW_COUNT) }];
  return write ? writeFromUser(c, f, segs, pos) : readToUser(c, f, segs, pos);
}

/** Files that cannot be read or written at an offset (no FMODE_PREAD/FMODE_PWRITE). */
function streamLike(f: OpenFile): boolean {
  return f.kind === 'fifo' || f.kind === 'sock' || f.isatty();
}

// =====================================================================================
// read / write
// =====================================================================================

SYSCALL('sys_read', [a('fd', 'fd'), a('buf', 'outbuf', 2), a('count', 'size')], 'size', (c, fd, buf, count) => rwOne(c, fdget(c, fd).file, false, buf, count));

SYSCALL('sys_write', [a('fd', 'fd'), a('buf', 'inbuf', 2), a('count', 'size')], 'size', (c, fd, buf, count) => rwOne(c, fdget(c, fd).file, true, buf, count));

/** ksys_pread64/ksys_pwrite64: a negative position, the descriptor, FMODE_PREAD, then vfs_read/vfs_write. */
function doPrw(c: SyscallContext, write: boolean, fd: number, buf: number, count: number, pos: number): number {
  if (pos < 0) return -Errno.EINVAL;
  const f = fdget(c, fd).file;
  if (streamLike(f)) return -Errno.ESPIPE;
  return rwOne(c, f, write, buf, count, pos);
}

SYSCALL('sys_pread64', [a('fd', 'fd'), a('buf', 'outbuf', 2), a('count', 'size'), a('pos', 'off')], 'size', (c, fd, buf, count, pos) => doPrw(c, false, fd, buf, count, pos));
SYSCALL('sys_pwrite64', [a('fd', 'fd'), a('buf', 'inbuf', 2), a('count', 'size'), a('pos', 'off')], 'size', (c, fd, buf, count, pos) => doPrw(c, true, fd, buf, count, pos));

/**
 * vfs_readv()/vfs_writev() (Linux 6.18 order, as on the machine the tests were recorded
 * on): the access mode (EBADF) before import_iovec(), nothing to do for 0 bytes, then
 * rw_verify_area() and the RWF_* flags (`rwf`: checked only when there is data, as
 * kiocb_set_rw_flags() is reached). `pos` undefined = at the file offset.
 */
function doRwv(c: SyscallContext, write: boolean, fd: number, vec: number, vlen: number, pos?: number, rwf = 0): number {
  const f = fdget(c, fd).file;
  if (pos !== undefined && streamLike(f)) return -Errno.ESPIPE;
  if (!(write ? canWrite(f.flags) : canRead(f.flags))) return -Errno.EBADF;
  const segs = importIovec(c, vec, vlen);
  const total = segsTotal(segs);
  if (total === 0) return 0;
  let e = rwVerifyArea(pos, total);
  if (e === 0) e = rwfCheck(f, rwf);
  if (e < 0) return e;
  return write ? writeFromUser(c, f, segs, pos) : readToUser(c, f, segs, pos);
}

export function doReadv(c: SyscallContext, fd: number, vec: number, vlen: number, pos?: number, rwf = 0): number {
  return doRwv(c, false, fd, vec, vlen, pos, rwf);
}

export function doWritev(c: SyscallContext, fd: number, vec: number, vlen: number, pos?: number, rwf = 0): number {
  return doRwv(c, true, fd, vec, vlen, pos, rwf);
}

SYSCALL('sys_readv', [a('fd', 'fd'), a('vec', 'iovec_out', 2), a('vlen', 'ulong')], 'size', (c, fd, vec, vlen) => doReadv(c, fd, vec, vlen));
SYSCALL('sys_writev', [a('fd', 'fd'), a('vec', 'iovec_in', 2), a('vlen', 'ulong')], 'size', (c, fd, vec, vlen) => doWritev(c, fd, vec, vlen));

SYSCALL('sys_preadv', [a('fd', 'fd'), a('vec', 'iovec_out', 2), a('vlen', 'ulong'), a('pos_l', 'off'), a('pos_h', 'off')], 'size', (c, fd, vec, vlen, posL) => {
  // pos_from_hilo(): on a 64-bit kernel the high word is shifted out entirely
  if (posL < 0) return -Errno.EINVAL;
  return doReadv(c, fd, vec, vlen, posL);
});

SYSCALL('sys_pwritev', [a('fd', 'fd'), a('vec', 'iovec_in', 2), a('vlen', 'ulong'), a('pos_l', 'off'), a('pos_h', 'off')], 'size', (c, fd, vec, vlen, posL) => {
  if (posL < 0) return -Errno.EINVAL;
  return doWritev(c, fd, vec, vlen, posL);
});

/** RWF_HIPRI | RWF_DSYNC | RWF_SYNC | RWF_NOWAIT | RWF_APPEND. */
const RWF_SUPPORTED = 0x1f;
const RWF_NOWAIT = 0x8;
const RWF_APPEND = 0x10;

/**
 * kiocb_set_rw_flags(): unknown flags, or RWF_NOWAIT on a file without FMODE_NOWAIT
 * (pipes, regular files, and /dev/null, /dev/zero, /dev/urandom have it), are EOPNOTSUPP.
 */
function rwfCheck(f: OpenFile, flags: number): number {
  if (flags & ~RWF_SUPPORTED) return -Errno.EOPNOTSUPP;
  if (flags & RWF_NOWAIT && f.kind !== 'reg' && f.kind !== 'fifo' && !nowaitDevice(f)) return -Errno.EOPNOTSUPP;
  return 0;
}

/** preadv2/pwritev2: a position of -1 means the file offset (do_readv); below that EINVAL. */
function doRwv2(c: SyscallContext, write: boolean, fd: number, vec: number, vlen: number, posL: number, flags: number): number {
  if (posL < -1) return -Errno.EINVAL;
  const fl = uint(flags);
  const pos = posL === -1 ? undefined : posL;
  if (!(write && fl & RWF_APPEND)) return doRwv(c, write, fd, vec, vlen, pos, fl);
  // RWF_APPEND: this write appends, as if O_APPEND were set for it
  const f = fdget(c, fd).file;
  if (f.flags & O_APPEND) return doRwv(c, write, fd, vec, vlen, pos, fl);
  f.flags |= O_APPEND;
  try {
    return doRwv(c, write, fd, vec, vlen, pos, fl);
  } finally {
    f.flags &= ~O_APPEND;
  }
}

SYSCALL('sys_preadv2', [a('fd', 'fd'), a('vec', 'iovec_out', 2), a('vlen', 'ulong'), a('pos_l', 'off'), a('pos_h', 'off'), a('flags', 'hex')], 'size', (c, fd, vec, vlen, posL, _h, flags) =>
  doRwv2(c, false, fd, vec, vlen, posL, flags), { support: 'partial', note: 'RWF_* flags are validated; RWF_NOWAIT/HIPRI/SYNC have no further effect' });

SYSCALL('sys_pwritev2', [a('fd', 'fd'), a('vec', 'iovec_in', 2), a('vlen', 'ulong'), a('pos_l', 'off'), a('pos_h', 'off'), a('flags', 'hex')], 'size', (c, fd, vec, vlen, posL, _h, flags) =>
  doRwv2(c, true, fd, vec, vlen, posL, flags), { support: 'partial', note: 'RWF_* flags are validated; RWF_APPEND honoured; the others have no further effect' });

// =====================================================================================
// lseek, close, dup
// =====================================================================================

SYSCALL('sys_lseek', [a('fd', 'fd'), a('offset', 'off'), a('whence', 'whence')], 'off', (c, fd, offset, whence) => {
  const f = fdget(c, fd).file;
  if (uint(whence) > SEEK_HOLE) return -Errno.EINVAL;
  return f.lseek(offset, uint(whence));
});

SYSCALL('sys_close', [a('fd', 'fd')], 'int', (c, fd) => (c.task.files.close(uint(fd)) ? 0 : -Errno.EBADF));

const CLOSE_RANGE_UNSHARE = 2;
const CLOSE_RANGE_CLOEXEC = 4;

SYSCALL('sys_close_range', [a('fd', 'fd'), a('max_fd', 'fd'), a('flags', 'hex')], 'int', (c, first, last, flags) => {
  const lo = uint(first);
  const hi = uint(last);
  if (uint(flags) & ~(CLOSE_RANGE_UNSHARE | CLOSE_RANGE_CLOEXEC)) return -Errno.EINVAL;
  if (lo > hi) return -Errno.EINVAL;
  const files = c.task.files;
  for (const fd of [...files.fds.keys()].sort((x, y) => x - y)) {
    if (fd < lo || fd > hi) continue;
    if (uint(flags) & CLOSE_RANGE_CLOEXEC) {
      const e = files.get(fd);
      if (e) e.cloexec = true;
    } else files.close(fd);
  }
  return 0;
});

SYSCALL('sys_dup', [a('fildes', 'fd')], 'fd', (c, fd) => installFd(c, fdgetRaw(c, fd).file, false));

/** ksys_dup3(). */
export function doDup3(c: SyscallContext, oldfd: number, newfd: number, flags: number): number {
  if (flags & ~O_CLOEXEC) return -Errno.EINVAL;
  const o = uint(oldfd);
  const n = uint(newfd);
  if (o === n) return -Errno.EINVAL;
  if (n >= c.task.files.limit) return -Errno.EBADF;
  const e = c.task.files.get(o);
  if (!e) return -Errno.EBADF;
  replaceFd(c, n, e.file, (flags & O_CLOEXEC) !== 0);
  return n;
}

SYSCALL('sys_dup2', [a('oldfd', 'fd'), a('newfd', 'fd')], 'fd', (c, oldfd, newfd) => {
  if (uint(oldfd) === uint(newfd)) return c.task.files.get(uint(oldfd)) ? uint(oldfd) : -Errno.EBADF;
  return doDup3(c, oldfd, newfd, 0);
});

SYSCALL('sys_dup3', [a('oldfd', 'fd'), a('newfd', 'fd'), a('flags', 'oflags')], 'fd', (c, oldfd, newfd, flags) => doDup3(c, oldfd, newfd, int(flags)));

// =====================================================================================
// fcntl
// =====================================================================================

export const F_DUPFD = 0;
export const F_GETFD = 1;
export const F_SETFD = 2;
export const F_GETFL = 3;
export const F_SETFL = 4;
export const F_GETLK = 5;
export const F_SETLK = 6;
export const F_SETLKW = 7;
export const F_SETOWN = 8;
export const F_GETOWN = 9;
export const F_SETSIG = 10;
export const F_GETSIG = 11;
/** i386 fcntl64 only. */
export const F_GETLK64 = 12;
export const F_SETLK64 = 13;
export const F_SETLKW64 = 14;
export const F_SETOWN_EX = 15;
export const F_GETOWN_EX = 16;
export const F_OFD_GETLK = 36;
export const F_OFD_SETLK = 37;
export const F_OFD_SETLKW = 38;
export const F_SETLEASE = 1024;
export const F_GETLEASE = 1025;
export const F_NOTIFY = 1026;
export const F_DUPFD_CLOEXEC = 1030;
export const F_SETPIPE_SZ = 1031;
export const F_GETPIPE_SZ = 1032;
export const F_ADD_SEALS = 1033;
export const F_GET_SEALS = 1034;
export const FD_CLOEXEC = 1;
const F_SEAL_SEAL = 0x1;
/** SEAL, SHRINK, GROW, WRITE, FUTURE_WRITE. */
const F_ALL_SEALS = 0x1f;
const F_RDLCK = 0;
const F_WRLCK = 1;
const F_UNLCK = 2;

/** Where the fields of a struct flock live, per ABI. */
export interface FlockLayout {
  size: number;
  start: number;
  len: number;
  pid: number;
  /** Width of l_start/l_len in bytes. */
  width: 4 | 8;
}
/** struct flock on x86-64 (and struct flock64 / compat_flock64 has its own layout). */
export const FLOCK_64: FlockLayout = { size: 32, start: 8, len: 16, pid: 24, width: 8 };
/** struct compat_flock (i386 fcntl). */
export const FLOCK_COMPAT: FlockLayout = { size: 16, start: 4, len: 8, pid: 12, width: 4 };
/** struct flock64 as i386 lays it out (packed: l_start at offset 4). */
export const FLOCK64_COMPAT: FlockLayout = { size: 24, start: 4, len: 12, pid: 20, width: 8 };

/** F_OWNER_TID / F_OWNER_PID / F_OWNER_PGRP. */
const F_OWNER_TID = 0;
const F_OWNER_PID = 1;
const F_OWNER_PGRP = 2;

/** Per open file description: F_SETOWN / F_SETSIG state (f_owner). */
const owners = new WeakMap<OpenFile, { type: number; pid: number; sig: number }>();

function ownerOf(f: OpenFile): { type: number; pid: number; sig: number } {
  let o = owners.get(f);
  if (o === undefined) {
    o = { type: F_OWNER_TID, pid: 0, sig: 0 };
    owners.set(f, o);
  }
  return o;
}

/** f_setown(): the owner must exist (ESRCH); this machine has one process (one group). */
function setOwner(c: SyscallContext, f: OpenFile, type: number, pid: number): number {
  if (pid !== 0 && pid !== c.task.tgid && pid !== c.task.pid) return -Errno.ESRCH;
  const o = ownerOf(f);
  o.type = type;
  o.pid = pid;
  return 0;
}

/** Record locks: posix locks of one process never conflict with each other. */
function doLock(c: SyscallContext, f: OpenFile, cmd: number, arg: number, lay: FlockLayout): number {
  const raw = copyIn(c, arg, lay.size);
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.length);
  const type = dv.getInt16(0, true);
  const whence = dv.getInt16(2, true);
  const rd = (off: number): number => (lay.width === 8 ? dv.getInt32(off + 4, true) * 4294967296 + dv.getUint32(off, true) : dv.getInt32(off, true));
  const start = rd(lay.start);
  const len = rd(lay.len);
  const pid = dv.getInt32(lay.pid, true);
  const getlk = cmd === F_GETLK || cmd === F_OFD_GETLK || cmd === F_GETLK64;
  const ofd = cmd === F_OFD_GETLK || cmd === F_OFD_SETLK || cmd === F_OFD_SETLKW;
  if (getlk && type !== F_RDLCK && type !== F_WRLCK) return -Errno.EINVAL;
  // flock_to_posix_lock()
  let base: number;
  if (whence === 0) base = 0;
  else if (whence === 1) {
    base = f.lseek(0, SEEK_CUR);
    if (base < 0) base = 0;
  } else if (whence === 2) {
    const st = f.stat();
    base = typeof st === 'number' ? 0 : st.size;
  } else return -Errno.EINVAL;
  let s = base + start;
  if (s < 0) return -Errno.EINVAL;
  if (len < 0) {
    s += len;
    if (s < 0) return -Errno.EINVAL;
  }
  if (!getlk) {
    if (type !== F_RDLCK && type !== F_WRLCK && type !== F_UNLCK) return -Errno.EINVAL;
    if (type === F_RDLCK && !canRead(f.flags)) return -Errno.EBADF;
    if (type === F_WRLCK && !canWrite(f.flags)) return -Errno.EBADF;
  }
  if (ofd && pid !== 0) return -Errno.EINVAL;
  if (getlk) {
    // no conflicting lock: l_type becomes F_UNLCK, the rest is copied back unchanged
    dv.setInt16(0, F_UNLCK, true);
    copyOut(c, arg, raw);
  }
  return 0;
}

/** do_fcntl(); `lay` is the struct flock layout of the calling ABI. */
export function doFcntl(c: SyscallContext, fd: number, cmd: number, arg: number, lay: FlockLayout): number {
  const e = fdgetRaw(c, fd);
  const f = e.file;
  const ucmd = uint(cmd);
  if (f.flags & O_PATH && ![F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL].includes(ucmd)) return -Errno.EBADF;
  switch (ucmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
      const min = usize(arg);
      if (min >= c.task.files.limit) return -Errno.EINVAL;
      return installFd(c, f, ucmd === F_DUPFD_CLOEXEC, min);
    }
    case F_GETFD:
      return e.cloexec ? FD_CLOEXEC : 0;
    case F_SETFD:
      e.cloexec = (arg & FD_CLOEXEC) !== 0;
      return 0;
    case F_GETFL:
      return f.flags;
    case F_SETFL: {
      const fl = uint(arg);
      if (fl & O_NOATIME && !(f.flags & O_NOATIME)) {
        const st = f.stat();
        if (typeof st !== 'number' && c.task.creds.euid !== 0 && c.task.creds.euid !== st.uid) return -Errno.EPERM;
      }
      if (fl & O_DIRECT && f.kind !== 'reg' && f.kind !== 'fifo') return -Errno.EINVAL;
      f.flags = (fl & SETFL_MASK) | (f.flags & ~SETFL_MASK);
      return 0;
    }
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_GETLK:
    case F_OFD_SETLK:
    case F_OFD_SETLKW:
      return doLock(c, f, ucmd, arg, lay);
    case F_GETLK64:
    case F_SETLK64:
    case F_SETLKW64:
      if (c.abi !== 'ia32') return -Errno.EINVAL;
      return doLock(c, f, ucmd === F_GETLK64 ? F_GETLK : F_SETLK, arg, FLOCK64_COMPAT);
    case F_GETOWN: {
      const o = ownerOf(f);
      return o.type === F_OWNER_PGRP ? -o.pid : o.pid;
    }
    case F_SETOWN: {
      const who = int(arg);
      return who < 0 ? setOwner(c, f, F_OWNER_PGRP, -who) : setOwner(c, f, who ? F_OWNER_PID : F_OWNER_TID, who);
    }
    case F_GETOWN_EX: {
      const o = ownerOf(f);
      copyOut(c, arg, new StructWriter(8).i32(0, o.type).i32(4, o.pid).buf);
      return 0;
    }
    case F_SETOWN_EX: {
      const b = copyIn(c, arg, 8);
      const dv = new DataView(b.buffer, b.byteOffset, 8);
      const type = dv.getInt32(0, true);
      const pid = dv.getInt32(4, true);
      if (type !== F_OWNER_TID && type !== F_OWNER_PID && type !== F_OWNER_PGRP) return -Errno.EINVAL;
      return setOwner(c, f, type, pid);
    }
    case F_GETSIG:
      return ownerOf(f).sig;
    case F_SETSIG: {
      const sig = usize(arg);
      if (sig > NSIG) return -Errno.EINVAL;
      ownerOf(f).sig = sig;
      return 0;
    }
    case F_GETLEASE:
      return F_UNLCK;
    case F_SETLEASE: {
      if (f.kind !== 'reg') return -Errno.EINVAL;
      const st = f.stat();
      if (typeof st !== 'number' && c.task.creds.euid !== 0 && c.task.creds.euid !== st.uid) return -Errno.EACCES;
      const t = int(arg);
      if (t !== F_RDLCK && t !== F_WRLCK && t !== F_UNLCK) return -Errno.EINVAL;
      if (t === F_RDLCK && canWrite(f.flags)) return -Errno.EAGAIN;
      return 0;
    }
    case F_NOTIFY:
      // fcntl_dirnotify(): no events (DN_MULTISHOT aside) only removes the watch
      if ((uint(arg) & ~0x80000000) === 0) return 0;
      return f.kind === 'dir' ? 0 : -Errno.ENOTDIR;
    case F_GETPIPE_SZ:
      return f instanceof PipeFile ? f.pipe.capacity : -Errno.EBADF;
    case F_SETPIPE_SZ:
      if (!(f instanceof PipeFile)) return -Errno.EBADF;
      return f.pipe.setSize(usize(arg), c.task.creds.euid === 0);
    case F_ADD_SEALS:
    case F_GET_SEALS: {
      // memfd_fcntl(): only shmem (tmpfs) files have seals; a file created by open()
      // is born with F_SEAL_SEAL, so it can never gain more
      const shmem = f.kind === 'reg' && f.location?.mnt.fs.fstype === 'tmpfs';
      if (!shmem) return -Errno.EINVAL;
      if (ucmd === F_GET_SEALS) return F_SEAL_SEAL;
      if (uint(arg) & ~F_ALL_SEALS) return -Errno.EINVAL;
      return -Errno.EPERM;
    }
    default:
      return -Errno.EINVAL;
  }
}

SYSCALL('sys_fcntl', [a('fd', 'fd'), a('cmd', 'fcntl'), a('arg', 'hex')], 'int', (c, fd, cmd, arg) => doFcntl(c, fd, cmd, arg, c.abi === 'ia32' ? FLOCK_COMPAT : FLOCK_64), {
  support: 'partial',
  note: 'record locks are checked and always granted (one process: POSIX locks never conflict; OFD locks between two descriptions of one file are not modelled); leases and F_NOTIFY accepted without effect; no seals',
});

SYSCALL('sys_flock', [a('fd', 'fd'), a('cmd', 'int')], 'int', (c, fd, cmd) => {
  const LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8, LOCK_MAND = 32;
  const op = uint(cmd) & ~LOCK_NB;
  if (uint(cmd) & LOCK_MAND) return 0; // ignored since Linux 5.15 (with a warning)
  if (op !== LOCK_SH && op !== LOCK_EX && op !== LOCK_UN) return -Errno.EINVAL;
  const f = fdget(c, fd).file;
  if (op !== LOCK_UN && !canRead(f.flags) && !canWrite(f.flags)) return -Errno.EBADF;
  return 0;
}, { support: 'partial', note: 'one process: locks are always granted (two descriptions of one file do not conflict here)' });

// =====================================================================================
// ioctl
// =====================================================================================

export const TCGETS = 0x5401;
export const TCSETS = 0x5402;
export const TCSETSW = 0x5403;
export const TCSETSF = 0x5404;
export const TCSBRK = 0x5409;
export const TCXONC = 0x540a;
export const TCFLSH = 0x540b;
export const TIOCSCTTY = 0x540e;
export const TIOCGPGRP = 0x540f;
export const TIOCSPGRP = 0x5410;
export const TIOCOUTQ = 0x5411;
export const TIOCGWINSZ = 0x5413;
export const TIOCSWINSZ = 0x5414;
export const FIONREAD = 0x541b;
export const FIONBIO = 0x5421;
export const TIOCNOTTY = 0x5422;
export const TIOCGSID = 0x5429;
export const TCGETS2 = 0x802c542a;
export const TCSETS2 = 0x402c542b;
export const TCSETSW2 = 0x402c542c;
export const TCSETSF2 = 0x402c542d;
export const FIONCLEX = 0x5450;
export const FIOCLEX = 0x5451;
export const FIOASYNC = 0x5452;
export const FIOQSIZE = 0x5460;
export const FIGETBSZ = 2;

/** struct termios (kernel layout, 36 bytes) of a freshly opened terminal: `stty sane` at 38400 baud. */
export function defaultTermios(): Uint8Array {
  const w = new StructWriter(36);
  w.u32(0, 0x4500); // ICRNL | IXON | IUTF8
  w.u32(4, 0x5); // OPOST | ONLCR
  w.u32(8, 0xbf); // B38400 | CS8 | CREAD
  w.u32(12, 0x8a3b); // ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN
  w.u8(16, 0); // N_TTY
  // VINTR ^C, VQUIT ^\, VERASE DEL, VKILL ^U, VEOF ^D, VTIME 0, VMIN 1, VSWTC, VSTART ^Q,
  // VSTOP ^S, VSUSP ^Z, VEOL, VREPRINT ^R, VDISCARD ^O, VWERASE ^W, VLNEXT ^V, VEOL2
  const cc = [3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0x0f, 0x17, 0x16, 0, 0, 0];
  cc.forEach((v, i) => w.u8(17 + i, v));
  return w.buf;
}

/** The terminal state the kernel keeps for the host terminal (one per kernel). */
interface TtyState {
  termios: Uint8Array;
  winsize: Uint8Array | null;
  pgrp: number;
}
const ttys = new WeakMap<Kernel, TtyState>();

function ttyState(c: SyscallContext): TtyState {
  let t = ttys.get(c.k);
  if (t === undefined) {
    t = { termios: defaultTermios(), winsize: null, pgrp: c.task.tgid };
    ttys.set(c.k, t);
  }
  return t;
}

/** struct winsize of the host terminal: the host's columns/rows when known, else 80x24. */
function hostWinsize(): Uint8Array {
  type Stream = { isTTY?: boolean; columns?: number; rows?: number };
  const p = (globalThis as { process?: { stdout?: Stream; stderr?: Stream } }).process;
  let cols = 80;
  let rows = 24;
  for (const s of [p?.stdout, p?.stderr]) {
    if (s?.isTTY && s.columns && s.rows) {
      cols = s.columns;
      rows = s.rows;
      break;
    }
  }
  return new StructWriter(8).u16(0, rows).u16(2, cols).buf;
}

function ttyIoctl(c: SyscallContext, cmd: number, arg: number): number {
  const t = ttyState(c);
  switch (cmd) {
    case TCGETS:
      copyOut(c, arg, t.termios);
      return 0;
    case TCGETS2: {
      // struct termios2: termios + c_ispeed, c_ospeed
      const b = new Uint8Array(44);
      b.set(t.termios);
      new DataView(b.buffer).setUint32(36, 38400, true);
      new DataView(b.buffer).setUint32(40, 38400, true);
      copyOut(c, arg, b);
      return 0;
    }
    case TCSETS:
    case TCSETSW:
    case TCSETSF:
      t.termios = copyIn(c, arg, 36);
      return 0;
    case TCSETS2:
    case TCSETSW2:
    case TCSETSF2:
      t.termios = copyIn(c, arg, 44).slice(0, 36);
      return 0;
    case TIOCGWINSZ:
      copyOut(c, arg, t.winsize ?? hostWinsize());
      return 0;
    case TIOCSWINSZ:
      t.winsize = copyIn(c, arg, 8);
      return 0;
    case TIOCGPGRP:
      putInt(c, arg, t.pgrp);
      return 0;
    case TIOCSPGRP: {
      const pg = getInt(c, arg);
      if (pg < 0) return -Errno.EINVAL;
      if (pg !== c.task.tgid) return -Errno.EPERM;
      t.pgrp = pg;
      return 0;
    }
    case TIOCGSID:
      putInt(c, arg, c.task.tgid);
      return 0;
    case TIOCOUTQ:
    case FIONREAD:
      putInt(c, arg, 0);
      return 0;
    case TCFLSH:
      return usize(arg) > 2 ? -Errno.EINVAL : 0;
    case TCXONC:
      return usize(arg) > 3 ? -Errno.EINVAL : 0;
    case TCSBRK:
    case TIOCSCTTY:
    case TIOCNOTTY:
      return 0;
    default:
      return -Errno.ENOTTY;
  }
}

/** do_vfs_ioctl() and the file types' own ioctls. */
export function doIoctl(c: SyscallContext, fd: number, cmd: number, arg: number): number {
  const e = fdget(c, fd);
  const f = e.file;
  const ucmd = uint(cmd);
  switch (ucmd) {
    case FIOCLEX:
      e.cloexec = true;
      return 0;
    case FIONCLEX:
      e.cloexec = false;
      return 0;
    case FIONBIO:
      if (getInt(c, arg)) f.flags |= O_NONBLOCK;
      else f.flags &= ~O_NONBLOCK;
      return 0;
    case FIOASYNC: {
      const on = getInt(c, arg) !== 0;
      // only pipes, sockets and terminals have a fasync operation; on other files
      // (regular files, directories, /dev/null and friends) the flag cannot change
      const fasync = f.kind === 'fifo' || f.kind === 'sock' || f.isatty();
      if (on !== ((f.flags & O_ASYNC) !== 0) && !fasync) return -Errno.ENOTTY;
      if (on) f.flags |= O_ASYNC;
      else f.flags &= ~O_ASYNC;
      return 0;
    }
    case FIOQSIZE: {
      const st = f.stat();
      if (typeof st === 'number') return -Errno.ENOTTY;
      const t = st.mode & S_IFMT;
      if (t !== S_IFREG && t !== S_IFDIR && t !== S_IFLNK) return -Errno.ENOTTY;
      putI64(c, arg, st.blocks * 512); // inode_get_bytes()
      return 0;
    }
    case FIGETBSZ: {
      const st = f.stat();
      if (typeof st === 'number') return -Errno.ENOTTY;
      putInt(c, arg, st.blksize);
      return 0;
    }
  }
  if (f instanceof PipeFile) {
    if (ucmd === FIONREAD) {
      putInt(c, arg, f.pipe.size);
      return 0;
    }
    return -Errno.ENOTTY;
  }
  if (f.kind === 'fifo' && ucmd === FIONREAD) {
    // Library input streams know what is left; a host pipe cannot be asked from Node
    // (no FIONREAD there), so it reports 0 — as Linux does for an empty pipe.
    const avail = (f as { available?: () => number }).available;
    putInt(c, arg, typeof avail === 'function' ? avail.call(f) : 0);
    return 0;
  }
  if (f.kind === 'reg' && ucmd === FIONREAD) {
    const st = f.stat();
    const pos = f.lseek(0, SEEK_CUR);
    putInt(c, arg, typeof st === 'number' || pos < 0 ? 0 : st.size - pos);
    return 0;
  }
  if (f.isatty()) return ttyIoctl(c, ucmd, arg);
  return -Errno.ENOTTY;
}

SYSCALL('sys_ioctl', [a('fd', 'fd'), a('cmd', 'ioctl'), a('arg', 'hex')], 'int', (c, fd, cmd, arg) => doIoctl(c, fd, cmd, arg), {
  support: 'partial',
  note: 'FIOCLEX/FIONCLEX/FIONBIO/FIOASYNC/FIOQSIZE/FIGETBSZ/FIONREAD; terminals: TCGETS/TCSETS* (kept by the kernel, not applied to the host), TIOCGWINSZ (host size), TIOCSWINSZ, TIOC[GS]PGRP, TIOCGSID, TCFLSH, TCXONC, TCSBRK; everything else ENOTTY',
});

// =====================================================================================
// pipes
// =====================================================================================

/**
 * The deadlock decision (see the header): a blocking wait that only this process could
 * end kills it with SIGKILL and says why.
 */
export function deadlockHandler(k: Kernel): BlockHandler {
  return (what: string) => {
    k.forceSignal(SIGKILL, 'SI_KERNEL', 0, `deadlock: ${what}; a single-threaded process would wait forever (Linux would hang here)`);
    return -Errno.EINTR;
  };
}

const O_NOTIFICATION_PIPE = 0o200; // O_EXCL

/** do_pipe2(): fds written as two ints; EFAULT leaves no descriptors behind. */
export function doPipe2(c: SyscallContext, fildes: number, flags: number): number {
  const fl = uint(flags);
  if (fl & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT | O_NOTIFICATION_PIPE)) return -Errno.EINVAL;
  if (fl & O_NOTIFICATION_PIPE) return -Errno.ENOPKG;
  const cr = c.task.creds;
  const [r, w] = createPipe(fl, deadlockHandler(c.k), c.k.vfs.clock, { uid: cr.euid, gid: cr.egid });
  const files = c.task.files;
  const cloexec = (fl & O_CLOEXEC) !== 0;
  const rfd = files.lowestFree();
  if (rfd < 0) return -Errno.EMFILE;
  files.install(rfd, r, cloexec);
  const wfd = files.lowestFree();
  if (wfd < 0) {
    files.close(rfd);
    return -Errno.EMFILE;
  }
  files.install(wfd, w, cloexec);
  try {
    copyOut(c, fildes, new StructWriter(8).i32(0, rfd).i32(4, wfd).buf);
  } catch (err) {
    files.close(rfd);
    files.close(wfd);
    throw err;
  }
  return 0;
}

SYSCALL('sys_pipe', [structArg('fildes', 'int[2]', true)], 'int', (c, fildes) => doPipe2(c, fildes, 0));
SYSCALL('sys_pipe2', [structArg('fildes', 'int[2]', true), a('flags', 'oflags')], 'int', (c, fildes, flags) => doPipe2(c, fildes, flags), {
  support: 'partial',
  note: 'O_NOTIFICATION_PIPE (watch queues) gives ENOPKG, as without CONFIG_WATCH_QUEUE',
});

// =====================================================================================
// sendfile
// =====================================================================================

/**
 * do_sendfile(); `ppos` null = from in_fd's file offset, else from *ppos (in_fd's
 * offset untouched). Returns the count (or -errno) and the advanced position.
 */
export function doSendfile(c: SyscallContext, outFd: number, inFd: number, ppos: number | null, count: number): { ret: number; pos: number | null } {
  const fail = (e: number) => ({ ret: e, pos: ppos });
  const inF = fdget(c, inFd).file;
  if (!canRead(inF.flags)) return fail(-Errno.EBADF);
  if (ppos !== null) {
    if (streamLike(inF)) return fail(-Errno.ESPIPE);
    if (ppos < 0) return fail(-Errno.EINVAL);
  }
  let n = Math.min(usize(count), MAX_RW_COUNT);
  const outF = fdget(c, outFd).file;
  if (!canWrite(outF.flags)) return fail(-Errno.EBADF);
  if (!(outF instanceof PipeFile) && outF.flags & O_APPEND) return fail(-Errno.EINVAL);
  if (inF.kind === 'dir' || inF.kind === 'fifo' || inF.kind === 'sock') return fail(-Errno.EINVAL);
  let done = 0;
  let pos = ppos;
  while (n > 0) {
    const buf = new Uint8Array(Math.min(n, 65536));
    const r = inF.read(buf, pos ?? undefined);
    if (r < 0) return { ret: done > 0 ? done : r, pos };
    if (r === 0) break;
    const w = outF.write(buf.subarray(0, r));
    if (w < 0) {
      if (pos === null && inF.kind === 'reg') inF.lseek(-r, SEEK_CUR);
      if (w === -Errno.EPIPE) sendSignalToSelf(c, SIGPIPE, 'SI_USER');
      return { ret: done > 0 ? done : w, pos };
    }
    done += w;
    if (pos !== null) pos += w;
    else if (w < r && inF.kind === 'reg') inF.lseek(w - r, SEEK_CUR);
    n -= w;
    if (w < r || r < buf.length) break;
  }
  return { ret: done, pos };
}

SYSCALL('sys_sendfile64', [a('out_fd', 'fd'), a('in_fd', 'fd'), a('offset', 'ptr'), a('count', 'size')], 'size', (c, outFd, inFd, offset, count) => {
  if (!offset) return doSendfile(c, outFd, inFd, null, count).ret;
  const r = doSendfile(c, outFd, inFd, getI64(c, offset), count);
  if (r.pos !== null) putI64(c, offset, r.pos);
  return r.ret;
}, { support: 'partial', note: 'copies through a kernel buffer (no splice); a pipe as in_fd gives EINVAL, as in Linux 6.1' });

// =====================================================================================
// truncate, sync
// =====================================================================================

SYSCALL('sys_ftruncate', [a('fd', 'fd'), a('length', 'off')], 'int', (c, fd, length) => {
  if (length < 0) return -Errno.EINVAL;
  const f = fdget(c, fd).file;
  if (f.kind !== 'reg' || !canWrite(f.flags)) return -Errno.EINVAL;
  const e = newSizeOk(c, length);
  return e < 0 ? e : f.truncate(length);
});

SYSCALL('sys_fsync', [a('fd', 'fd')], 'int', (c, fd) => fdget(c, fd).file.fsync());
SYSCALL('sys_fdatasync', [a('fd', 'fd')], 'int', (c, fd) => fdget(c, fd).file.fsync());
SYSCALL('sys_syncfs', [a('fd', 'fd')], 'int', (c, fd) => {
  fdget(c, fd);
  return 0;
});
SYSCALL('sys_sync', [], 'int', () => 0);

const FALLOC_FL_KEEP_SIZE = 1;

SYSCALL('sys_fallocate', [a('fd', 'fd'), a('mode', 'hex'), a('offset', 'off'), a('len', 'off')], 'int', (c, fd, mode, offset, len) => {
  const m = int(mode);
  if (offset < 0 || len <= 0) return -Errno.EINVAL;
  const f = fdget(c, fd).file;
  if (!canWrite(f.flags)) return -Errno.EBADF;
  if (m & ~FALLOC_FL_KEEP_SIZE) return -Errno.EOPNOTSUPP;
  if (f.kind === 'fifo') return -Errno.ESPIPE;
  if (f.kind === 'dir') return -Errno.EISDIR;
  if (f.kind !== 'reg') return -Errno.ENODEV;
  if (f.flags & O_APPEND) return -Errno.EPERM;
  const st = f.stat();
  if (typeof st === 'number') return st;
  if (m & FALLOC_FL_KEEP_SIZE || offset + len <= st.size) return 0;
  const e = newSizeOk(c, offset + len);
  if (e < 0) return e;
  return f.truncate(offset + len);
  return 0;
}, { support: 'partial', note: 'mode 0 and FALLOC_FL_KEEP_SIZE (size only: blocks are not reserved); PUNCH_HOLE, ZERO_RANGE, COLLAPSE/INSERT_RANGE give EOPNOTSUPP' });

SYSCALL('sys_readahead', [a('fd', 'fd'), a('offset', 'off'), a('count', 'size')], 'int', (c, fd) => {
  const f = fdget(c, fd).file;
  if (!canRead(f.flags)) return -Errno.EBADF;
  return f.kind === 'reg' ? 0 : -Errno.EINVAL;
}, { note: 'everything is in memory already: validated, no effect' });

SYSCALL('sys_sync_file_range', [a('fd', 'fd'), a('offset', 'off'), a('nbytes', 'off'), a('flags', 'hex')], 'int', (c, fd, offset, nbytes, flags) => {
  if (uint(flags) & ~7) return -Errno.EINVAL;
  if (offset < 0 || nbytes < 0) return -Errno.EINVAL;
  const f = fdget(c, fd).file;
  const st = f.stat();
  if (typeof st !== 'number') {
    const t = st.mode & S_IFMT;
    if (t !== S_IFREG && t !== S_IFDIR && t !== S_IFLNK && t !== 0o060000) return -Errno.ESPIPE;
  }
  return 0;
}, { note: 'validated; writes are synchronous already' });

SYSCALL('sys_fadvise64', [a('fd', 'fd'), a('offset', 'off'), a('len', 'size'), a('advice', 'int')], 'int', (c, fd, _off, len, advice) => {
  const f = fdget(c, fd).file;
  if (f.kind === 'fifo') return -Errno.ESPIPE;
  if (len < 0) return -Errno.EINVAL;
  if (int(advice) < 0 || int(advice) > 5) return -Errno.EINVAL;
  return 0;
}, { note: 'advice is validated and has no effect' });

