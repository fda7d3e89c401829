/**
 * SyntheticFs: a file system whose files are computed by callbacks — the kernel's
 * /proc (ProcFs) and anything like it (/sys).
 *
 * The tree has static entries, registered with add()/addFile()/addSymlink()/addDir(),
 * and dynamic ones: a directory spec may carry `list()` and `lookup(name)` callbacks
 * that produce entries on demand (/proc/<pid>, /proc/self/fd/<n>). Static entries win
 * over dynamic ones of the same name.
 *
 * - Files: `read()` computes the content (string = byte string, or bytes, or -errno).
 *   It runs on the first read of an open file and again whenever a read starts at
 *   offset 0, so `lseek(fd, 0, SEEK_SET)` + read gives fresh content (like seq_file).
 *   `write(data, pos)` handles writes (returns bytes consumed or -errno); without it,
 *   writes are EINVAL. st_size is 0, as for Linux's /proc files.
 * - Symlinks: `target` (text, or a callback) is what readlink() returns. `magic()`,
 *   when given, makes it a magic link: following it jumps straight to the returned
 *   Location (like /proc/self/fd/N reaching an unlinked file) instead of walking the text.
 * - Directories: mode 0555 by default; files 0444 (0644 with a write callback).
 * - Inode numbers are stable per path. Nothing can be created, removed or chmod'ed
 *   from the guest (EACCES / EPERM, as on /proc).
 *
 * Callbacks run synchronously inside the system call, so "the current task" (for
 * /proc/self) is whatever the kernel says is current.
 */
import { Errno } from './errno.js';
import { NAME_MAX, PROC_SUPER_MAGIC, S_IFDIR, S_IFLNK, S_IFREG, modeToDtype } from './constants.js';
import { Inode } from './types.js';
import type { DirEntry, FileHandle, FsBackend, InodeAttrs, Location, ParentLink, Stat, StatFs, Timespec } from './types.js';
import { allocAnonDev } from './memfs.js';
import { realClock } from './time.js';
import type { Clock } from './time.js';

export type SynthContent = string | Uint8Array;

interface SynthCommon {
  /** Permission bits (type bits are implied by `kind`). */
  mode?: number;
  uid?: number;
  gid?: number;
}
export interface SynthFileSpec extends SynthCommon {
  kind: 'file';
  read?: () => SynthContent | number;
  write?: (data: Uint8Array, pos: number) => number;
}
export interface SynthSymlinkSpec extends SynthCommon {
  kind: 'symlink';
  target: string | (() => string | number);
  magic?: () => Location | number;
}
export interface SynthDirSpec extends SynthCommon {
  kind: 'dir';
  /** Names of dynamic children. */
  list?: () => string[];
  /** A dynamic child by name, or null if there is none. */
  lookup?: (name: string) => SynthSpec | null;
}
export type SynthSpec = SynthFileSpec | SynthSymlinkSpec | SynthDirSpec;

interface Entry {
  spec: SynthSpec;
  children: Map<string, Entry>;
}

function typeBits(spec: SynthSpec): number {
  return spec.kind === 'dir' ? S_IFDIR : spec.kind === 'symlink' ? S_IFLNK : S_IFREG;
}

function defaultPerm(spec: SynthSpec): number {
  if (spec.kind === 'dir') return 0o555;
  if (spec.kind === 'symlink') return 0o777;
  return spec.write ? 0o644 : 0o444;
}

function toBytes(c: SynthContent): Uint8Array {
  if (typeof c !== 'string') return c;
  const out = new Uint8Array(c.length);
  for (let i = 0; i < c.length; i++) out[i] = c.charCodeAt(i) & 0xff;
  return out;
}

export interface SyntheticFsOptions {
  fstype?: string;
  magic?: number;
  clock?: Clock;
}

export class SyntheticFs implements FsBackend {
  readonly fstype: string;
  readonly dev: number;
  readonly readonly = false;
  readonly root: SynthNode;
  readonly magic: number;
  readonly created: Timespec;
  private readonly rootEntry: Entry = { spec: { kind: 'dir' }, children: new Map() };
  private readonly inos = new Map<string, number>();
  private nextIno = 1;

  constructor(opts: SyntheticFsOptions = {}) {
    this.fstype = opts.fstype ?? 'synthetic';
    this.magic = opts.magic ?? 0;
    this.dev = allocAnonDev();
    this.created = (opts.clock ?? realClock)();
    this.root = new SynthNode(this, '', this.rootEntry);
  }

  /** @internal stable inode number for a path. */
  inoFor(path: string): number {
    let n = this.inos.get(path);
    if (n === undefined) {
      n = this.nextIno++;
      this.inos.set(path, n);
    }
    return n;
  }

  statfs(): StatFs {
    return {
      type: this.magic, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0,
      fsid: [0, 0], namelen: NAME_MAX, frsize: 4096, flags: 0,
    };
  }

  private static parts(path: string): string[] {
    return path.split('/').filter((p) => p !== '' && p !== '.');
  }

  /**
   * Register (or replace) a static entry at `path` (relative to this fs's root; a
   * leading "/" is ignored). Missing parent directories are created as static dirs.
   */
  add(path: string, spec: SynthSpec): void {
    const parts = SyntheticFs.parts(path);
    if (parts.length === 0) {
      if (spec.kind !== 'dir') throw new Error('SyntheticFs: the root must be a directory');
      this.rootEntry.spec = spec;
      return;
    }
    let cur = this.rootEntry;
    for (const p of parts.slice(0, -1)) {
      let next = cur.children.get(p);
      if (next === undefined) {
        next = { spec: { kind: 'dir' }, children: new Map() };
        cur.children.set(p, next);
      } else if (next.spec.kind !== 'dir') throw new Error(`SyntheticFs.add(${path}): ${p} is not a directory`);
      cur = next;
    }
    const name = parts[parts.length - 1];
    const old = cur.children.get(name);
    cur.children.set(name, { spec, children: old && spec.kind === 'dir' ? old.children : new Map() });
  }

  /** Remove a static entry (and everything under it). Returns false if there was none. */
  remove(path: string): boolean {
    const parts = SyntheticFs.parts(path);
    let cur = this.rootEntry;
    for (const p of parts.slice(0, -1)) {
      const next = cur.children.get(p);
      if (next === undefined) return false;
      cur = next;
    }
    return parts.length > 0 && cur.children.delete(parts[parts.length - 1]);
  }

  /** A file whose content `read` computes. */
  addFile(path: string, read: () => SynthContent | number, write?: (data: Uint8Array, pos: number) => number, mode?: number): void {
    this.add(path, { kind: 'file', read, write, mode });
  }

  /** A symlink; `magic` makes it a magic link (see the module docs). */
  addSymlink(path: string, target: string | (() => string | number), magic?: () => Location | number): void {
    this.add(path, { kind: 'symlink', target, magic });
  }

  /** A directory, optionally with dynamic children. */
  addDir(path: string, dynamic: { list?: () => string[]; lookup?: (name: string) => SynthSpec | null } = {}, mode?: number): void {
    this.add(path, { kind: 'dir', list: dynamic.list, lookup: dynamic.lookup, mode });
  }

  /** Node at a path (for tests and the kernel), or -errno. */
  nodeAt(path: string): SynthNode | number {
    let cur: SynthNode = this.root;
    for (const p of SyntheticFs.parts(path)) {
      const r = cur.lookup(p);
      if (typeof r === 'number') return r;
      cur = r;
    }
    return cur;
  }
}

/** The kernel's /proc: a SyntheticFs with fstype "proc" and PROC_SUPER_MAGIC. */
export class ProcFs extends SyntheticFs {
  constructor(opts: SyntheticFsOptions = {}) {
    super({ fstype: 'proc', magic: PROC_SUPER_MAGIC, ...opts });
  }
}

export class SynthNode extends Inode {
  readonly key: string;
  constructor(readonly fs: SyntheticFs, readonly path: string, private readonly entry: Entry) {
    super();
    this.key = path;
  }

  get spec(): SynthSpec {
    return this.entry.spec;
  }

  attrs(): InodeAttrs {
    const s = this.entry.spec;
    return { mode: typeBits(s) | (s.mode ?? defaultPerm(s)), uid: s.uid ?? 0, gid: s.gid ?? 0 };
  }

  stat(): Stat {
    const a = this.attrs();
    const t = this.fs.created;
    return {
      dev: this.fs.dev, ino: this.fs.inoFor(this.path), mode: a.mode, nlink: this.entry.spec.kind === 'dir' ? 2 : 1,
      uid: a.uid, gid: a.gid, rdev: 0, size: 0, blksize: 1024, blocks: 0,
      atime: { ...t }, mtime: { ...t }, ctime: { ...t },
    };
  }

  private childPath(name: string): string {
    return this.path === '' ? name : `${this.path}/${name}`;
  }

  override lookup(name: string): SynthNode | number {
    const s = this.entry.spec;
    if (s.kind !== 'dir') return -Errno.ENOTDIR;
    const st = this.entry.children.get(name);
    if (st) return new SynthNode(this.fs, this.childPath(name), st);
    const dyn = s.lookup?.(name) ?? null;
    if (dyn === null) return -Errno.ENOENT;
    return new SynthNode(this.fs, this.childPath(name), { spec: dyn, children: new Map() });
  }

  override readdir(): DirEntry[] | number {
    const s = this.entry.spec;
    if (s.kind !== 'dir') return -Errno.ENOTDIR;
    const out: DirEntry[] = [];
    for (const [name, e] of this.entry.children) {
      out.push({ name, ino: this.fs.inoFor(this.childPath(name)), type: modeToDtype(typeBits(e.spec)) });
    }
    if (s.list) {
      for (const name of s.list()) {
        if (this.entry.children.has(name)) continue;
        const dyn = s.lookup?.(name) ?? null;
        if (dyn === null) continue;
        out.push({ name, ino: this.fs.inoFor(this.childPath(name)), type: modeToDtype(typeBits(dyn)) });
      }
    }
    return out;
  }

  override parentLink(): ParentLink | null {
    if (this.path === '') return null;
    const i = this.path.lastIndexOf('/');
    const parent = this.fs.nodeAt(i < 0 ? '' : this.path.slice(0, i));
    if (typeof parent === 'number') return null;
    return { parent, name: this.path.slice(i + 1) };
  }

  override readlink(): string | number {
    const s = this.entry.spec;
    if (s.kind !== 'symlink') return -Errno.EINVAL;
    return typeof s.target === 'string' ? s.target : s.target();
  }

  override magicLink(): Location | number | null {
    const s = this.entry.spec;
    return s.kind === 'symlink' && s.magic ? s.magic() : null;
  }

  override open(_flags: number): FileHandle | number {
    const s = this.entry.spec;
    if (s.kind !== 'file') return -Errno.EINVAL;
    return new SynthHandle(s);
  }
}

class SynthHandle implements FileHandle {
  private content: Uint8Array | null = null;
  constructor(private readonly spec: SynthFileSpec) {}

  pread(buf: Uint8Array, pos: number): number {
    if (this.content === null || pos === 0) {
      const c = this.spec.read ? this.spec.read() : new Uint8Array(0);
      if (typeof c === 'number') return c;
      this.content = toBytes(c);
    }
    const data = this.content;
    if (pos >= data.length) return 0;
    const n = Math.min(buf.length, data.length - pos);
    buf.set(data.subarray(pos, pos + n));
    return n;
  }

  pwrite(buf: Uint8Array, pos: number): number {
    if (!this.spec.write) return -Errno.EINVAL;
    return this.spec.write(buf.slice(), pos);
  }

  size(): number {
    return 0;
  }

  truncate(_length: number): number {
    return 0;
  }

  sync(): number {
    return 0;
  }

  close(): void {}
}
