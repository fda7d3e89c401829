/**
 * Devices. As in Linux, a device node is just an inode with a type (S_IFCHR) and a
 * device number (rdev); opening it looks the number up in the Vfs's char-device
 * table and lets the driver make the OpenFile. So a node made with mknod anywhere
 * (e.g. /tmp/mynull, c 1 3) works too.
 *
 * DevFs is a MemFs (fstype "devtmpfs") pre-populated with the standard nodes:
 *   null 1:3, zero 1:5, full 1:7, random 1:8, urandom 1:9 (all 0666), tty 5:0 (0666),
 *   directories shm (1777) and pts, and symlinks fd → /proc/self/fd,
 *   stdin/stdout/stderr → /proc/self/fd/0,1,2.
 * The drivers (standardCharDevices) are registered by Vfs by default.
 */
import { Errno } from './errno.js';
import { S_IFCHR, makedev } from './constants.js';
import { DeviceFile } from './files.js';
import { MemFs } from './memfs.js';
import type { MemFsOptions } from './memfs.js';
import type { Location, OpenFile } from './types.js';

/** A character-device driver: makes the OpenFile when a node with its number is opened. */
export interface CharDevice {
  readonly name: string;
  open(location: Location, flags: number): OpenFile | number;
}

/** Fills a buffer with random bytes. */
export type RandomSource = (buf: Uint8Array) => void;

/** crypto.getRandomValues in 64 KiB chunks (its per-call limit); works in browsers and Node. */
export const cryptoRandom: RandomSource = (buf) => {
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (c === undefined) throw new Error('vfs: no crypto.getRandomValues for /dev/urandom');
  for (let i = 0; i < buf.length; i += 65536) c.getRandomValues(buf.subarray(i, Math.min(buf.length, i + 65536)));
};

/**
 * The controlling terminal: the kernel supplies this; /dev/tty opens call it.
 * Returning -ENXIO means "no controlling terminal" (Linux's answer then).
 */
export type TtyHook = (location: Location, flags: number) => OpenFile | number;

export const DEV_NULL = makedev(1, 3);
export const DEV_ZERO = makedev(1, 5);
export const DEV_FULL = makedev(1, 7);
export const DEV_RANDOM = makedev(1, 8);
export const DEV_URANDOM = makedev(1, 9);
export const DEV_TTY = makedev(5, 0);

class NullFile extends DeviceFile {
  protected doRead(_buf: Uint8Array): number {
    return 0;
  }
  protected doWrite(buf: Uint8Array): number {
    return buf.length;
  }
}

class ZeroFile extends DeviceFile {
  protected doRead(buf: Uint8Array): number {
    buf.fill(0);
    return buf.length;
  }
  protected doWrite(buf: Uint8Array): number {
    return buf.length;
  }
}

class FullFile extends DeviceFile {
  protected doRead(buf: Uint8Array): number {
    buf.fill(0);
    return buf.length;
  }
  /** write_full(): ENOSPC, whatever the count (0 too). */
  protected doWrite(_buf: Uint8Array): number {
    return -Errno.ENOSPC;
  }
}

class RandomFile extends DeviceFile {
  constructor(location: Location, flags: number, private readonly rng: RandomSource) {
    super(location, flags);
  }
  protected doRead(buf: Uint8Array): number {
    this.rng(buf);
    return buf.length;
  }
  /** Writing mixes into the pool on Linux; here it is accepted and ignored. */
  protected doWrite(buf: Uint8Array): number {
    return buf.length;
  }
}

/**
 * The transfers of drivers that never touch the user buffer — read_null (0), write_null
 * and write_zero (the whole count), write_full (ENOSPC): the result for `n` bytes, or
 * null for every other file (whose buffer must be copied). A bad buffer is therefore
 * no error for them beyond access_ok(): writing 1 GiB from NULL to /dev/null succeeds.
 */
export function bufferlessIo(f: OpenFile, write: boolean, n: number): number | null {
  if (!(f instanceof DeviceFile) || !(write ? f.writable : f.readable)) return null;
  if (f instanceof NullFile) return write ? n : 0;
  if (write && f instanceof ZeroFile) return n;
  if (write && f instanceof FullFile) return -Errno.ENOSPC;
  return null;
}

/** Devices opened with FMODE_NOWAIT (RWF_NOWAIT is accepted): null, zero, random, urandom. */
export function nowaitDevice(f: OpenFile): boolean {
  return f instanceof NullFile || f instanceof ZeroFile || f instanceof RandomFile;
}

function simple(name: string, make: (l: Location, f: number) => OpenFile): CharDevice {
  return { name, open: make };
}

/**
 * The standard drivers keyed by rdev. `random` defaults to crypto.getRandomValues
 * (pass a seeded source for reproducible runs); `tty()` returns the current hook.
 */
export function standardCharDevices(random: RandomSource, tty: () => TtyHook | null): Map<number, CharDevice> {
  const m = new Map<number, CharDevice>();
  m.set(DEV_NULL, simple('null', (l, f) => new NullFile(l, f)));
  m.set(DEV_ZERO, simple('zero', (l, f) => new ZeroFile(l, f)));
  m.set(DEV_FULL, simple('full', (l, f) => new FullFile(l, f)));
  m.set(DEV_RANDOM, simple('random', (l, f) => new RandomFile(l, f, random)));
  m.set(DEV_URANDOM, simple('urandom', (l, f) => new RandomFile(l, f, random)));
  m.set(DEV_TTY, {
    name: 'tty',
    open(l, f) {
      const hook = tty();
      return hook === null ? -Errno.ENXIO : hook(l, f);
    },
  });
  return m;
}

/** The /dev file system: a MemFs with the standard device nodes. */
export class DevFs extends MemFs {
  constructor(opts: MemFsOptions = {}) {
    super({ fstype: 'devtmpfs', ...opts });
    const nodes: Array<[string, number]> = [
      ['null', DEV_NULL], ['zero', DEV_ZERO], ['full', DEV_FULL],
      ['random', DEV_RANDOM], ['urandom', DEV_URANDOM], ['tty', DEV_TTY],
    ];
    for (const [name, rdev] of nodes) this.mknodAt(name, S_IFCHR | 0o666, rdev);
    this.mkdirp('shm', 0o1777);
    this.mkdirp('pts', 0o755);
    this.symlinkAt('fd', '/proc/self/fd');
    this.symlinkAt('stdin', '/proc/self/fd/0');
    this.symlinkAt('stdout', '/proc/self/fd/1');
    this.symlinkAt('stderr', '/proc/self/fd/2');
  }
}
