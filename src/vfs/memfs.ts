/**
 * MemFs: an in-memory file system with tmpfs semantics (browser-safe).
 *
 * - Regular files keep their bytes in a growable Uint8Array; `size` may exceed the
 *   buffer (a truncate() that extends a file, or a write past the end, leaves a hole
 *   that reads as zeros without allocating it).
 * - Directories keep children in insertion order (that is the getdents order), know
 *   their parent (for "..", getcwd) and have nlink = 2 + subdirectories.
 * - Unlinked files live on while an OpenFile references them (JS GC).
 * - Inode numbers count up from 1 (the root); st_dev is an anonymous device 0:N.
 * - File size limit: `maxFileSize` (default 1 GiB): writes beyond it are EFBIG.
 */
import { Errno } from './errno.js';
import {
  RENAME_EXCHANGE, RENAME_NOREPLACE, S_IALLUGO, S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK,
  S_IFMT, S_IFREG, S_IFSOCK, S_ISGID, TMPFS_MAGIC, NAME_MAX, makedev, modeToDtype,
} from './constants.js';
import { Inode } from './types.js';
import type {
  Cred, DirEntry, FileHandle, FsBackend, InodeAttrs, ParentLink, SetAttr, Stat, StatFs, Timespec,
} from './types.js';
import { cmpTime, realClock } from './time.js';
import type { Clock } from './time.js';

let nextAnonMinor = 16;
/** A fresh anonymous device number (major 0), like Linux's get_anon_bdev(). */
export function allocAnonDev(): number {
  return makedev(0, nextAnonMinor++);
}

export interface MemFsOptions {
  /** Type name for /proc/mounts (default "tmpfs"). */
  fstype?: string;
  /** statfs f_type (default TMPFS_MAGIC). */
  magic?: number;
  clock?: Clock;
  /** Largest file size in bytes (default 1 GiB). */
  maxFileSize?: number;
  /** The whole fs refuses writes. */
  readonly?: boolean;
  /** Root directory mode bits (default 0o755) and owner (default 0:0). */
  rootMode?: number;
  rootUid?: number;
  rootGid?: number;
}

const BOGO_DIRENT_SIZE = 20; // tmpfs reports directory size as 20 bytes per entry

export class MemFs implements FsBackend {
  readonly fstype: string;
  readonly dev: number;
  readonly readonly: boolean;
  readonly root: MemNode;
  readonly clock: Clock;
  readonly maxFileSize: number;
  readonly magic: number;
  private nextIno = 1;

  constructor(opts: MemFsOptions = {}) {
    this.fstype = opts.fstype ?? 'tmpfs';
    this.magic = opts.magic ?? TMPFS_MAGIC;
    this.dev = allocAnonDev();
    this.readonly = opts.readonly ?? false;
    this.clock = opts.clock ?? realClock;
    this.maxFileSize = opts.maxFileSize ?? 1 << 30;
    this.root = this.newNode(S_IFDIR | ((opts.rootMode ?? 0o755) & S_IALLUGO), opts.rootUid ?? 0, opts.rootGid ?? 0);
    this.root.nlink = 2;
  }

  /** @internal */
  newNode(mode: number, uid: number, gid: number): MemNode {
    return new MemNode(this, this.nextIno++, mode, uid, gid);
  }

  statfs(): StatFs {
    let bytes = 0;
    let files = 0;
    const walk = (n: MemNode): void => {
      files++;
      if (n.data) bytes += Math.min(n.data.length, n.size);
      if (n.children) for (const c of n.children.values()) walk(c);
    };
    walk(this.root);
    const bsize = 4096;
    const total = Math.max(Math.ceil(this.maxFileSize / bsize), Math.ceil(bytes / bsize) + 1);
    const used = Math.ceil(bytes / bsize);
    return {
      type: this.magic, bsize, blocks: total, bfree: total - used, bavail: total - used,
      files: 1 << 20, ffree: (1 << 20) - files, fsid: [0, 0], namelen: NAME_MAX, frsize: bsize, flags: 0,
    };
  }

  // ---- host-side set-up helpers (no permission checks; for the kernel's boot and tests) ----

  private walkHost(path: string, create: boolean): MemNode | number {
    let cur: MemNode = this.root;
    for (const name of path.split('/')) {
      if (name === '' || name === '.') continue;
      if (name === '..') {
        cur = cur.parent ?? cur;
        continue;
      }
      let next = cur.children?.get(name);
      if (next === undefined) {
        if (!create) return -Errno.ENOENT;
        const r = cur.mkdir(name, 0o755, { uid: cur.uid, gid: cur.gid });
        if (typeof r === 'number') return r;
        next = r;
      }
      if (!next.children) return -Errno.ENOTDIR;
      cur = next;
    }
    return cur;
  }

  private splitHost(path: string): { dir: MemNode; name: string } {
    const i = path.replace(/\/+$/, '').lastIndexOf('/');
    const dirPath = i < 0 ? '' : path.slice(0, i);
    const name = path.replace(/\/+$/, '').slice(i + 1);
    const dir = this.walkHost(dirPath, true);
    if (typeof dir === 'number' || name === '') throw new Error(`MemFs: bad set-up path ${path}`);
    return { dir, name };
  }

  /** mkdir -p (byte-string path relative to this fs's root). Returns the directory. */
  mkdirp(path: string, mode = 0o755, uid = 0, gid = 0): MemNode {
    const r = this.walkHost(path, true);
    if (typeof r === 'number') throw new Error(`MemFs.mkdirp(${path}): errno ${-r}`);
    if (path.split('/').some((p) => p !== '' && p !== '.')) {
      r.mode = S_IFDIR | (mode & S_IALLUGO);
      r.uid = uid;
      r.gid = gid;
    }
    return r;
  }

  /** Create or replace a regular file with `data` (strings are byte strings). */
  writeFile(path: string, data: Uint8Array | string, mode = 0o644, uid = 0, gid = 0): MemNode {
    const { dir, name } = this.splitHost(path);
    let n = dir.children?.get(name);
    if (n === undefined) {
      const r = dir.create(name, mode, { uid, gid });
      if (typeof r === 'number') throw new Error(`MemFs.writeFile(${path}): errno ${-r}`);
      n = r;
    } else if (!n.isRegular()) throw new Error(`MemFs.writeFile(${path}): not a regular file`);
    const bytes = typeof data === 'string' ? Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff) : data;
    n.data = bytes.slice();
    n.size = bytes.length;
    n.mode = S_IFREG | (mode & S_IALLUGO);
    n.uid = uid;
    n.gid = gid;
    return n;
  }

  /** Create a symlink at `path` pointing to `target`. */
  symlinkAt(path: string, target: string): MemNode {
    const { dir, name } = this.splitHost(path);
    const r = dir.symlink(name, target, { uid: 0, gid: 0 });
    if (typeof r === 'number') throw new Error(`MemFs.symlinkAt(${path}): errno ${-r}`);
    return r;
  }

  /** Create a device node / FIFO / socket at `path` (mode includes S_IF* bits). */
  mknodAt(path: string, mode: number, rdev = 0): MemNode {
    const { dir, name } = this.splitHost(path);
    const r = dir.mknod(name, mode, rdev, { uid: 0, gid: 0 });
    if (typeof r === 'number') throw new Error(`MemFs.mknodAt(${path}): errno ${-r}`);
    return r;
  }

  /** The node at `path` (no symlink following), or -errno. */
  nodeAt(path: string): MemNode | number {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    let cur: MemNode = this.root;
    for (const p of parts) {
      if (!cur.children) return -Errno.ENOTDIR;
      const n = cur.children.get(p);
      if (!n) return -Errno.ENOENT;
      cur = n;
    }
    return cur;
  }
}

export class MemNode extends Inode {
  readonly key: string;
  mode: number;
  nlink = 1;
  uid: number;
  gid: number;
  rdev = 0;
  atime: Timespec;
  mtime: Timespec;
  ctime: Timespec;
  readonly btime: Timespec;
  /** Regular files: content buffer (may be shorter than size: the rest is a hole). */
  data: Uint8Array | null = null;
  /** Regular files: logical size. */
  size = 0;
  /** Directories: children in creation order. */
  children: Map<string, MemNode> | null = null;
  /** Directories: parent and own name (root: parent null). */
  parent: MemNode | null = null;
  nameInParent = '';
  /** Symlinks: target (byte string). */
  target = '';

  constructor(readonly fs: MemFs, readonly ino: number, mode: number, uid: number, gid: number) {
    super();
    this.key = String(ino);
    this.mode = mode;
    this.uid = uid;
    this.gid = gid;
    const now = fs.clock();
    this.atime = now;
    this.mtime = now;
    this.ctime = now;
    this.btime = now;
    const t = mode & S_IFMT;
    if (t === S_IFDIR) this.children = new Map();
    else if (t === S_IFREG) this.data = new Uint8Array(0);
  }

  attrs(): InodeAttrs {
    return { mode: this.mode, uid: this.uid, gid: this.gid };
  }

  stat(): Stat {
    const t = this.mode & S_IFMT;
    let size = 0;
    let alloc = 0;
    if (t === S_IFREG) {
      size = this.size;
      alloc = this.data ? Math.min(this.data.length, this.size) : 0;
    } else if (t === S_IFDIR) size = ((this.children?.size ?? 0) + 2) * BOGO_DIRENT_SIZE;
    else if (t === S_IFLNK) size = this.target.length;
    return {
      dev: this.fs.dev, ino: this.ino, mode: this.mode, nlink: this.nlink, uid: this.uid, gid: this.gid,
      rdev: this.rdev, size, blksize: 4096, blocks: Math.ceil(alloc / 4096) * 8,
      atime: { ...this.atime }, mtime: { ...this.mtime }, ctime: { ...this.ctime }, btime: { ...this.btime },
    };
  }

  private touchDir(): void {
    const now = this.fs.clock();
    this.mtime = now;
    this.ctime = now;
  }

  // ---- directories ----
  override lookup(name: string): MemNode | number {
    if (!this.children) return -Errno.ENOTDIR;
    return this.children.get(name) ?? -Errno.ENOENT;
  }

  override readdir(): DirEntry[] | number {
    if (!this.children) return -Errno.ENOTDIR;
    const out: DirEntry[] = [];
    for (const [name, n] of this.children) out.push({ name, ino: n.ino, type: modeToDtype(n.mode) });
    return out;
  }

  override parentLink(): ParentLink | null {
    if (!this.children || this.parent === null) return null;
    return { parent: this.parent, name: this.nameInParent, deleted: this.nlink === 0 };
  }

  private addChild(name: string, mode: number, cred: Cred): MemNode | number {
    if (!this.children) return -Errno.ENOTDIR;
    if (this.nlink === 0) return -Errno.ENOENT; // creating in a removed directory
    if (this.children.has(name)) return -Errno.EEXIST;
    // BSD group semantics when the directory is setgid (inode_init_owner)
    let gid = cred.gid;
    if (this.mode & S_ISGID) {
      gid = this.gid;
      if ((mode & S_IFMT) === S_IFDIR) mode |= S_ISGID;
    }
    const n = this.fs.newNode(mode, cred.uid, gid);
    this.children.set(name, n);
    this.touchDir();
    return n;
  }

  override create(name: string, mode: number, cred: Cred): MemNode | number {
    return this.addChild(name, S_IFREG | (mode & S_IALLUGO), cred);
  }

  override mkdir(name: string, mode: number, cred: Cred): MemNode | number {
    const n = this.addChild(name, S_IFDIR | (mode & S_IALLUGO), cred);
    if (typeof n === 'number') return n;
    n.nlink = 2;
    n.parent = this;
    n.nameInParent = name;
    this.nlink++;
    return n;
  }

  override mknod(name: string, mode: number, rdev: number, cred: Cred): MemNode | number {
    const t = mode & S_IFMT;
    if (t !== S_IFREG && t !== S_IFCHR && t !== S_IFBLK && t !== S_IFIFO && t !== S_IFSOCK) return -Errno.EINVAL;
    const n = this.addChild(name, t | (mode & S_IALLUGO), cred);
    if (typeof n === 'number') return n;
    if (t === S_IFCHR || t === S_IFBLK) n.rdev = rdev;
    return n;
  }

  override symlink(name: string, target: string, cred: Cred): MemNode | number {
    const n = this.addChild(name, S_IFLNK | 0o777, cred);
    if (typeof n === 'number') return n;
    n.target = target;
    return n;
  }

  override link(name: string, target: Inode): number {
    if (!this.children) return -Errno.ENOTDIR;
    if (!(target instanceof MemNode) || target.fs !== this.fs) return -Errno.EXDEV;
    if (target.children) return -Errno.EPERM;
    if (target.nlink === 0) return -Errno.ENOENT; // linking an unlinked file (no O_TMPFILE here)
    if (this.children.has(name)) return -Errno.EEXIST;
    this.children.set(name, target);
    target.nlink++;
    target.ctime = this.fs.clock();
    this.touchDir();
    return 0;
  }

  override unlink(name: string): number {
    if (!this.children) return -Errno.ENOTDIR;
    const n = this.children.get(name);
    if (!n) return -Errno.ENOENT;
    if (n.children) return -Errno.EISDIR;
    this.children.delete(name);
    n.nlink--;
    n.ctime = this.fs.clock();
    this.touchDir();
    return 0;
  }

  override rmdir(name: string): number {
    if (!this.children) return -Errno.ENOTDIR;
    const n = this.children.get(name);
    if (!n) return -Errno.ENOENT;
    if (!n.children) return -Errno.ENOTDIR;
    if (n.children.size > 0) return -Errno.ENOTEMPTY;
    this.children.delete(name);
    n.nlink = 0;
    this.nlink--;
    this.touchDir();
    return 0;
  }

  override rename(oldName: string, newDirI: Inode, newName: string, flags: number): number {
    if (!this.children) return -Errno.ENOTDIR;
    if (!(newDirI instanceof MemNode) || newDirI.fs !== this.fs) return -Errno.EXDEV;
    const newDir = newDirI;
    if (!newDir.children) return -Errno.ENOTDIR;
    const src = this.children.get(oldName);
    if (!src) return -Errno.ENOENT;
    const dst = newDir.children.get(newName);
    const now = this.fs.clock();
    if (flags & RENAME_EXCHANGE) {
      if (!dst) return -Errno.ENOENT;
      this.children.set(oldName, dst);
      newDir.children.set(newName, src);
      if (src.children) { src.parent = newDir; src.nameInParent = newName; }
      if (dst.children) { dst.parent = this; dst.nameInParent = oldName; }
      if (this !== newDir && !!src.children !== !!dst.children) {
        if (src.children) { this.nlink--; newDir.nlink++; } else { this.nlink++; newDir.nlink--; }
      }
      src.ctime = now;
      dst.ctime = now;
      this.touchDir();
      newDir.touchDir();
      return 0;
    }
    if (dst) {
      if (dst === src) return 0;
      if (flags & RENAME_NOREPLACE) return -Errno.EEXIST;
      if (src.children) {
        if (!dst.children) return -Errno.ENOTDIR;
        if (dst.children.size > 0) return -Errno.ENOTEMPTY;
        dst.nlink = 0;
        newDir.nlink--;
      } else {
        if (dst.children) return -Errno.EISDIR;
        dst.nlink--;
      }
      dst.ctime = now;
    }
    this.children.delete(oldName);
    newDir.children.set(newName, src);
    if (src.children) {
      src.parent = newDir;
      src.nameInParent = newName;
      if (this !== newDir) {
        this.nlink--;
        newDir.nlink++;
      }
    }
    src.ctime = now;
    this.touchDir();
    newDir.touchDir();
    return 0;
  }

  // ---- symlinks ----
  override readlink(): string | number {
    if ((this.mode & S_IFMT) !== S_IFLNK) return -Errno.EINVAL;
    return this.target;
  }

  // ---- regular files ----
  override open(_flags: number): FileHandle | number {
    if ((this.mode & S_IFMT) !== S_IFREG) return -Errno.EINVAL;
    return new MemHandle(this);
  }

  /** Set the logical size (truncate / extend with a hole). */
  setSize(len: number): number {
    if (len > this.fs.maxFileSize) return -Errno.EFBIG;
    if (this.data && len < this.data.length) {
      // keep the buffer but clear the cut-off tail so a later extension reads zeros
      if (len < this.data.length / 2) this.data = this.data.slice(0, len);
      else this.data.fill(0, len);
    }
    this.size = len;
    return 0;
  }

  override setattr(a: SetAttr): number {
    if (a.size !== undefined) {
      if ((this.mode & S_IFMT) !== S_IFREG) return -Errno.EINVAL;
      const r = this.setSize(a.size);
      if (r < 0) return r;
      if (a.mtime === undefined) {
        const now = this.fs.clock();
        this.mtime = now;
        this.ctime = now;
      }
    }
    if (a.mode !== undefined) this.mode = (this.mode & S_IFMT) | (a.mode & S_IALLUGO);
    if (a.uid !== undefined) this.uid = a.uid;
    if (a.gid !== undefined) this.gid = a.gid;
    if (a.atime !== undefined) this.atime = { ...a.atime };
    if (a.mtime !== undefined) this.mtime = { ...a.mtime };
    if (a.ctime !== undefined) this.ctime = { ...a.ctime };
    return 0;
  }
}

/** Open content of a MemFs regular file. */
class MemHandle implements FileHandle {
  constructor(private readonly n: MemNode) {}

  pread(buf: Uint8Array, pos: number): number {
    const n = this.n;
    if (pos >= n.size) return 0;
    const len = Math.min(buf.length, n.size - pos);
    const data = n.data ?? new Uint8Array(0);
    const have = Math.max(0, Math.min(len, data.length - pos));
    if (have > 0) buf.set(data.subarray(pos, pos + have), 0);
    if (have < len) buf.fill(0, have, len);
    // relatime: update atime if it is not newer than mtime/ctime
    if (cmpTime(n.atime, n.mtime) <= 0 || cmpTime(n.atime, n.ctime) <= 0) n.atime = n.fs.clock();
    return len;
  }

  pwrite(buf: Uint8Array, pos: number): number {
    const n = this.n;
    const max = n.fs.maxFileSize;
    if (pos >= max) return -Errno.EFBIG;
    const len = Math.min(buf.length, max - pos);
    const end = pos + len;
    let data = n.data ?? new Uint8Array(0);
    if (end > data.length) {
      const cap = Math.min(max, Math.max(end, data.length * 2, 64));
      const grown = new Uint8Array(cap);
      grown.set(data.subarray(0, Math.min(data.length, n.size)));
      data = grown;
      n.data = data;
    }
    data.set(len === buf.length ? buf : buf.subarray(0, len), pos);
    if (end > n.size) n.size = end;
    const now = n.fs.clock();
    n.mtime = now;
    n.ctime = now;
    return len;
  }

  size(): number {
    return this.n.size;
  }

  truncate(length: number): number {
    const r = this.n.setSize(length);
    if (r < 0) return r;
    const now = this.n.fs.clock();
    this.n.mtime = now;
    this.n.ctime = now;
    return 0;
  }

  sync(): number {
    return 0;
  }

  close(): void {}
}
