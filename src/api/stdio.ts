// Standard streams for library use: input from bytes, output to a callback.
// They behave like pipes (not seekable, not ttys).

import { BaseFile } from '../vfs/files.js';
import { Errno } from '../vfs/errno.js';
import { O_RDONLY, O_WRONLY, S_IFIFO } from '../vfs/constants.js';
import type { FileKind, Stat } from '../vfs/types.js';

const pipeStat = (ino: number): Stat => {
  const t = { sec: 0, nsec: 0 };
  return { dev: 12, ino, mode: S_IFIFO | 0o600, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, blksize: 4096, blocks: 0, atime: t, mtime: t, ctime: t };
};

export class InputStream extends BaseFile {
  readonly kind: FileKind = 'fifo';
  private off = 0;
  constructor(private readonly data: Uint8Array) {
    super(O_RDONLY);
  }
  override read(buf: Uint8Array, pos?: number): number {
    if (pos !== undefined) return -Errno.ESPIPE;
    const n = Math.min(buf.length, this.data.length - this.off);
    buf.set(this.data.subarray(this.off, this.off + n));
    this.off += n;
    return n;
  }
  override stat(): Stat {
    return pipeStat(1);
  }
  /** Bytes not yet read (FIONREAD). */
  available(): number {
    return this.data.length - this.off;
  }
}

export class OutputStream extends BaseFile {
  readonly kind: FileKind = 'fifo';
  constructor(private readonly sink: (data: Uint8Array) => void) {
    super(O_WRONLY);
  }
  override write(buf: Uint8Array, pos?: number): number {
    if (pos !== undefined) return -Errno.ESPIPE;
    this.sink(buf.slice());
    return buf.length;
  }
  override stat(): Stat {
    return pipeStat(2);
  }
}

/** Collects output chunks. */
export class Collector {
  private chunks: Uint8Array[] = [];
  private len = 0;
  readonly sink = (d: Uint8Array): void => {
    this.chunks.push(d);
    this.len += d.length;
  };
  bytes(): Uint8Array {
    const out = new Uint8Array(this.len);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
  text(): string {
    return new TextDecoder().decode(this.bytes());
  }
}
