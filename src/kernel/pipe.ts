// Pipes and FIFOs (fs/pipe.c): a ring of page-sized buffers shared by a read end and a
// write end. pipe()/pipe2() make anonymous pipes (pipefs inodes); opening a FIFO node
// from the file system attaches to the one pipe kept per FIFO inode (fifo_open).
//
// The model follows Linux 6.1:
//   - capacity: 16 slots of one page each (F_GETPIPE_SZ = 65536); F_SETPIPE_SZ rounds up
//     to a power of two pages (EBUSY if the data would not fit, EPERM above
//     /proc/sys/fs/pipe-max-size = 1 MiB for non-root);
//   - a write first tries to merge its sub-page remainder into the last buffer, then
//     fills whole new pages, so writes of at most PIPE_BUF (4096) bytes are atomic;
//   - user buffers are copied the way pipe_read/pipe_write copy them (IterTo/IterFrom):
//     a read takes buffer after buffer, each copied whole or not at all; a write
//     stores page after page, and a page that faults is not stored;
//   - packet mode (O_DIRECT on the writing end): every page written is a packet, and a
//     read returns at most one packet (the excess of a packet longer than the read is
//     discarded);
//   - reads and writes of 0 bytes succeed without looking at the pipe; a write with no
//     read end open fails with EPIPE (the caller raises SIGPIPE); a read with no write
//     end open and no data is end-of-file.
//
// Blocking. The machine runs one single-threaded process, so when a blocking read finds
// the pipe empty while a write end is still open (or a blocking write finds it full
// while a read end is open), the only task that could ever make progress is the one
// that would sleep: Linux would hang forever. Instead of hanging, the pipe calls its
// `block` handler, which the kernel sets up to kill the task with SIGKILL and a
// diagnostic naming the deadlock (see fs.ts). O_NONBLOCK ends get EAGAIN, as on Linux.
// When the kernel gains more tasks, `block` becomes a wait-queue sleep.

import { BaseFile } from '../vfs/files.js';
import { Errno } from '../vfs/errno.js';
import {
  O_ACCMODE, O_DIRECT, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY, POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDNORM,
  POLLWRNORM, S_IFIFO,
} from '../vfs/constants.js';
import { allocAnonDev } from '../vfs/memfs.js';
import { realClock, type Clock } from '../vfs/time.js';
import type { FileKind, FsBackend, Location, Stat, Timespec } from '../vfs/types.js';

export const PAGE = 4096;
/** Atomic write size. */
export const PIPE_BUF = 4096;
/** Default number of slots (PIPE_DEF_BUFFERS). */
export const PIPE_DEF_BUFFERS = 16;
/** /proc/sys/fs/pipe-max-size. */
export const PIPE_MAX_SIZE = 1048576;

/** What a blocking operation that can never complete does (see the module comment). */
export type BlockHandler = (what: string) => number;

/**
 * The user buffer of a read, as an iov_iter: copyTo() stores bytes in order and stops
 * at the first one that cannot be stored (copy_to_iter), returning how many it stored.
 */
export interface IterTo {
  readonly count: number;
  copyTo(data: Uint8Array): number;
}

/** The user buffer of a write: copyFrom(n) loads up to n bytes, fewer at a fault (copy_from_iter). */
export interface IterFrom {
  readonly count: number;
  copyFrom(n: number): Uint8Array;
}

interface Slot {
  data: Uint8Array;
  off: number;
  len: number;
  packet: boolean;
}

let pipefsDev = -1;
let nextPipeIno = 40000;

/** The shared pipe (struct pipe_inode_info). */
export class Pipe {
  private slots: Slot[] = [];
  /** Slots usable (pipe->max_usage). */
  maxUsage = PIPE_DEF_BUFFERS;
  readers = 0;
  writers = 0;
  readonly ino: number;
  readonly uid: number;
  readonly gid: number;
  readonly ctime: Timespec;
  atime: Timespec;
  mtime: Timespec;

  constructor(
    readonly clock: Clock = realClock,
    owner: { uid: number; gid: number } = { uid: 0, gid: 0 },
  ) {
    this.ino = nextPipeIno++;
    this.uid = owner.uid;
    this.gid = owner.gid;
    const now = clock();
    this.ctime = now;
    this.atime = now;
    this.mtime = now;
  }

  /** Bytes waiting to be read (FIONREAD). */
  get size(): number {
    let n = 0;
    for (const s of this.slots) n += s.len;
    return n;
  }

  /** F_GETPIPE_SZ. */
  get capacity(): number {
    return this.maxUsage * PAGE;
  }

  get empty(): boolean {
    return this.slots.length === 0;
  }

  get full(): boolean {
    return this.slots.length >= this.maxUsage;
  }

  /**
   * F_SETPIPE_SZ (pipe_set_size): the new capacity in bytes, or -errno.
   * `privileged`: CAP_SYS_RESOURCE (may exceed pipe-max-size).
   */
  setSize(arg: number, privileged: boolean): number {
    const size = roundPipeSize(arg);
    if (size === 0) return -Errno.EINVAL;
    const nrSlots = size / PAGE;
    // growing beyond pipe-max-size needs CAP_SYS_RESOURCE; shrinking is always allowed
    if (nrSlots > this.maxUsage && size > PIPE_MAX_SIZE && !privileged) return -Errno.EPERM;
    if (this.slots.length > nrSlots) return -Errno.EBUSY;
    this.maxUsage = nrSlots;
    return size;
  }

  /**
   * pipe_read's transfer loop: buffer by buffer, each copied whole or not at all — a
   * copy that faults leaves the buffer in the pipe and ends the read with what earlier
   * buffers gave, or EFAULT. A packet is consumed whole and ends the read. Returns the
   * bytes read (0 when the pipe is empty: the caller decides what that means).
   */
  takeIter(to: IterTo): number {
    let ret = 0;
    let want = to.count;
    while (want > 0 && this.slots.length > 0) {
      const s = this.slots[0];
      const chars = Math.min(s.len, want);
      if (to.copyTo(s.data.subarray(s.off, s.off + chars)) < chars) return ret > 0 ? ret : -Errno.EFAULT;
      ret += chars;
      s.off += chars;
      s.len -= chars;
      if (s.packet) {
        want = chars;
        s.len = 0;
      }
      if (s.len === 0) this.slots.shift();
      want -= chars;
    }
    if (ret > 0) this.atime = this.clock();
    return ret;
  }

  /**
   * pipe_write's transfer loop. The sub-page remainder of the write is first merged into
   * the last buffer when it fits (a fault there fails the whole write: EFAULT); then
   * whole pages go into new buffers while slots are free. A slot is taken before its
   * page is copied: a fault leaves it in the ring empty (as Linux does) and ends the
   * write with what was stored, or EFAULT. Returns the bytes stored (0 = full).
   */
  putIter(from: IterFrom, packet: boolean): number {
    let ret = 0;
    const chars = from.count & (PAGE - 1);
    const last = this.slots[this.slots.length - 1];
    if (chars && last && !last.packet && last.off + last.len + chars <= PAGE) {
      const b = from.copyFrom(chars);
      if (b.length < chars) return -Errno.EFAULT;
      last.data.set(b, last.off + last.len);
      last.len += chars;
      ret = chars;
    }
    while (from.count > 0 && !this.full) {
      const slot: Slot = { data: new Uint8Array(PAGE), off: 0, len: 0, packet };
      this.slots.push(slot);
      const b = from.copyFrom(PAGE);
      slot.data.set(b);
      if (b.length < PAGE && from.count > 0) {
        if (ret === 0) ret = -Errno.EFAULT;
        break;
      }
      slot.len = b.length;
      ret += b.length;
    }
    if (ret > 0) this.mtime = this.clock();
    return ret;
  }

  stat(): Stat {
    if (pipefsDev < 0) pipefsDev = allocAnonDev();
    return {
      dev: pipefsDev,
      ino: this.ino,
      mode: S_IFIFO | 0o600,
      nlink: 1,
      uid: this.uid,
      gid: this.gid,
      rdev: 0,
      size: 0,
      blksize: PAGE,
      blocks: 0,
      atime: this.atime,
      mtime: this.mtime,
      ctime: this.ctime,
    };
  }
}

/** round_pipe_size(): a power of two number of pages, at least one; 0 if too large. */
export function roundPipeSize(size: number): number {
  if (size > 2 ** 31) return 0;
  if (size < PAGE) return PAGE;
  let p = PAGE;
  while (p < size) p *= 2;
  return p;
}

/** One open end of a pipe or FIFO (a struct file with pipefifo_fops). */
export class PipeFile extends BaseFile {
  readonly kind: FileKind = 'fifo';
  private closed = false;

  constructor(
    readonly pipe: Pipe,
    flags: number,
    private readonly block: BlockHandler,
    location: Location | null = null,
  ) {
    super(flags, location);
    if (this.readable) pipe.readers++;
    if (this.writable) pipe.writers++;
  }

  /** pipe_read(): from a user buffer iterator (see Pipe.takeIter). */
  readIter(to: IterTo): number {
    if (!this.readable) return -Errno.EBADF;
    if (to.count === 0) return 0;
    const n = this.pipe.takeIter(to);
    if (n !== 0) return n;
    if (this.pipe.writers === 0) return 0;
    if (this.flags & O_NONBLOCK) return -Errno.EAGAIN;
    return this.block('read from an empty pipe whose write end is open only in this process');
  }

  /**
   * pipe_write(): from a user buffer iterator (see Pipe.putIter). No read end: EPIPE
   * (the caller raises SIGPIPE). A full pipe: EAGAIN for O_NONBLOCK if nothing was
   * written, else what was written; a blocking writer would sleep until a reader makes
   * room — never, here (the deadlock of the module comment).
   */
  writeIter(from: IterFrom): number {
    if (!this.writable) return -Errno.EBADF;
    if (from.count === 0) return 0;
    if (this.pipe.readers === 0) return -Errno.EPIPE;
    const n = this.pipe.putIter(from, (this.flags & O_DIRECT) !== 0);
    if (n < 0 || from.count === 0) return n;
    if (this.flags & O_NONBLOCK) return n > 0 ? n : -Errno.EAGAIN;
    return this.block('write to a full pipe whose read end is open only in this process');
  }

  override read(buf: Uint8Array, pos?: number): number {
    if (pos !== undefined) return -Errno.ESPIPE;
    return this.readIter(bufferIter(buf));
  }

  override write(buf: Uint8Array, pos?: number): number {
    if (pos !== undefined) return -Errno.ESPIPE;
    return this.writeIter(bufferIter(buf));
  }

  override stat(): Stat | number {
    return this.location ? this.location.node.stat() : this.pipe.stat();
  }

  override poll(): number {
    let m = 0;
    const p = this.pipe;
    if (this.readable) {
      if (!p.empty) m |= POLLIN | POLLRDNORM;
      if (p.writers === 0) m |= POLLHUP;
    }
    if (this.writable) {
      if (!p.full) m |= POLLOUT | POLLWRNORM;
      if (p.readers === 0) m |= POLLERR;
    }
    return m;
  }

  override close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.readable) this.pipe.readers--;
    if (this.writable) this.pipe.writers--;
  }
}

/** An iterator over a kernel buffer (never faults): for reads and writes from inside the kernel. */
function bufferIter(buf: Uint8Array): IterTo & IterFrom {
  let at = 0;
  return {
    get count() {
      return buf.length - at;
    },
    copyTo(data: Uint8Array): number {
      buf.set(data, at);
      at += data.length;
      return data.length;
    },
    copyFrom(n: number): Uint8Array {
      const b = buf.subarray(at, at + Math.min(n, buf.length - at));
      at += b.length;
      return b;
    },
  };
}

/**
 * pipe2(): the two ends of a new anonymous pipe. The read end is O_RDONLY|O_NONBLOCK?,
 * the write end O_WRONLY|O_NONBLOCK?|O_DIRECT? (create_pipe_files: O_DIRECT only on the
 * writing end, where it selects packet mode).
 */
export function createPipe(flags: number, block: BlockHandler, clock: Clock, owner: { uid: number; gid: number }): [PipeFile, PipeFile] {
  const p = new Pipe(clock, owner);
  const r = new PipeFile(p, O_RDONLY | (flags & O_NONBLOCK), block);
  const w = new PipeFile(p, O_WRONLY | (flags & (O_NONBLOCK | O_DIRECT)), block);
  return [r, w];
}

/** The pipes of FIFO inodes (inode->i_pipe), per file system and inode key. */
const fifoPipes = new WeakMap<FsBackend, Map<string, Pipe>>();

/**
 * fifo_open(): attach to the FIFO's pipe. O_RDONLY waits for a writer unless
 * O_NONBLOCK; O_WRONLY fails with ENXIO under O_NONBLOCK when there is no reader and
 * otherwise waits for one; O_RDWR never waits. Waiting for the other end, with one
 * single-threaded process, is the deadlock described in the module comment.
 */
export function openFifo(location: Location, flags: number, block: BlockHandler, clock: Clock): PipeFile | number {
  const node = location.node;
  let byKey = fifoPipes.get(node.fs);
  if (byKey === undefined) {
    byKey = new Map();
    fifoPipes.set(node.fs, byKey);
  }
  let p = byKey.get(node.key);
  if (p === undefined || (p.readers === 0 && p.writers === 0)) {
    // a FIFO nobody has open has no pipe (and no data)
    const a = node.attrs();
    p = new Pipe(clock, { uid: a.uid, gid: a.gid });
    byKey.set(node.key, p);
  }
  return attachPipe(p, flags, block, location);
}

/**
 * fifo_open()'s rules for a new open file description of an existing pipe (a FIFO, or
 * an anonymous pipe reopened through /proc/self/fd/N).
 */
export function attachPipe(p: Pipe, flags: number, block: BlockHandler, location: Location | null): PipeFile | number {
  const acc = flags & O_ACCMODE;
  if (acc === O_RDONLY) {
    if (p.writers === 0 && !(flags & O_NONBLOCK)) {
      return block('open of a FIFO for reading, waiting for a writer that can only be this process');
    }
  } else if (acc === O_WRONLY) {
    if (p.readers === 0) {
      if (flags & O_NONBLOCK) return -Errno.ENXIO;
      return block('open of a FIFO for writing, waiting for a reader that can only be this process');
    }
  } else if (acc !== O_RDWR) {
    return -Errno.EINVAL;
  }
  return new PipeFile(p, flags, block, location);
}
