/**
 * HostFs: a host directory as a guest file system (Node only: node:fs; a browser build
 * leaves this file and hostio.ts out).
 *
 * - HostFs(hostDir, readonly): guest paths under the mount map to host paths under
 *   hostDir; the guest's path walk (symlinks included) runs in the guest namespace, so an
 *   absolute host symlink target is resolved inside the guest tree, never on the host.
 *   stat comes from the host's lstat (dev, ino, mode, nlink, uid, gid, size, blocks, ns
 *   times), readdir from the host, file content through host fds with positioned
 *   reads/writes, and mkdir/unlink/rename/rmdir/symlink/readlink/link/truncate/chmod/
 *   chown/utimes run on the host. Host errors map to Linux errnos by their code (ENOENT,
 *   EACCES, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EXDEV, ...; unknown codes give EIO).
 *   Modes given at creation are applied exactly (the host umask is undone with a chmod).
 *   Not supported: mknod (EPERM), RENAME_EXCHANGE (EINVAL); RENAME_NOREPLACE is an
 *   existence check followed by rename. Timestamps set through utimens get the
 *   microsecond precision of Node's utimes.
 *
 * Confinement. A node is its path relative to hostDir (that is also its identity, for
 * mount points and rename checks), and the guest may hold a node for as long as it
 * likes: its cwd, a directory fd, an O_PATH fd, an open file behind /proc/self/fd/N.
 * Meanwhile it can rename the directory away and put a symlink to any host directory
 * in its place; the host's own path walk follows symlinks in every component but the
 * last, so acting on the old path would then act outside hostDir. So each node
 * remembers the host inode (dev, ino) it was found as — by an lstat under a parent
 * that was itself checked, hostDir's own at construction — and every host call first
 * lstat()s the node's path (verify()): it must still name that inode, else the node is
 * stale (-ENOENT; Linux would follow the renamed inode). A call on an entry of a
 * directory checks the directory; a call on the node itself checks the node. A node
 * made from a path alone (a parent reached by "..") is checked once with realpath(3):
 * no symlink on the way. hostDir itself is canonicalised at construction. Nothing the
 * guest does can come between the check and the call (the machine is single-threaded);
 * another host process changing the tree concurrently could (only an
 * openat2(RESOLVE_BENEATH)-style walk, which Node does not offer, would close that).
 * An open regular file keeps its host fd: fstat, fchmod, fchown, futimens and
 * ftruncate (also through /proc/self/fd/N) act on that fd — on the file itself, as in
 * Linux, wherever it has been renamed.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { BigIntStats } from 'node:fs';
import { Errno } from './errno.js';
import {
  EXT4_SUPER_MAGIC, NAME_MAX, O_ACCMODE, O_DSYNC, O_RDWR, O_SYNC, O_WRONLY, RENAME_EXCHANGE, RENAME_NOREPLACE,
  S_IALLUGO, S_IFMT, modeToDtype,
} from './constants.js';
import { canWrite } from './files.js';
import { Inode } from './types.js';
import type { Cred, DirEntry, FileHandle, FsBackend, InodeAttrs, ParentLink, SetAttr, Stat, StatFs, Timespec } from './types.js';
import { nsToTimespec } from './time.js';
import { foldIno, hostErrno, hostStatToStat } from './hostio.js';

export * from './hostio.js';

const toSec = (t: Timespec): number => t.sec + t.nsec / 1e9;

/** The host's /proc/self/fd (Linux), to reopen an open file as itself; null elsewhere. */
const PROC_FD = fs.existsSync('/proc/self/fd/0') ? '/proc/self/fd' : null;

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
  /** Absolute host directory: the path given, resolved and canonical (no symlinks). */
  readonly hostDir: string;
  private readonly base: Buffer;

  constructor(hostDir: string, readonly readonly: boolean = false) {
    const st = fs.statSync(nodePath.resolve(hostDir), { bigint: true });
    if (!st.isDirectory()) throw new Error(`HostFs: ${hostDir} is not a directory`);
    this.hostDir = fs.realpathSync.native(nodePath.resolve(hostDir));
    this.base = Buffer.from(this.hostDir);
    this.dev = Number(st.dev);
    this.root = new HostNode(this, '', st);
  }

  /** Host path (bytes) for a guest path relative to the mount root (byte string). Unchecked: see checkedPath. */
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
  /** Host fds of this node's open descriptions (regular files): the file itself. */
  private readonly handles = new Set<HostHandle>();
  /** The host inode this node was found as (see Confinement and identity()); null: not yet checked. */
  private ident: string | null = null;
  constructor(readonly fs: HostFs, readonly rel: string, private cached: BigIntStats | null) {
    super();
    this.key = rel;
    if (cached !== null) this.ident = identity(cached);
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

  /**
   * The host's lstat of this node's path if it still names the node's inode (see
   * Confinement), else -ENOENT (or the host's error).
   */
  private verify(): BigIntStats | number {
    return hostCall(() => {
      const p = this.hp;
      if (this.ident === null && !fs.realpathSync.native(p, { encoding: 'buffer' }).equals(p)) return -Errno.ENOENT;
      const st = fs.lstatSync(p, { bigint: true });
      this.ident ??= identity(st);
      return identity(st) === this.ident ? st : -Errno.ENOENT;
    });
  }

  /** `call` on this node's host path once verify() passes; host errors → -errno. */
  private host<T>(call: (p: Buffer, st: BigIntStats) => T): T | number {
    const st = this.verify();
    return typeof st === 'number' ? st : hostCall(() => call(this.hp, st));
  }

  /** A host fd of an open description of this file (`writable`: one open for writing), if any. */
  private fd(writable = false): number | undefined {
    for (const h of this.handles) if (h.writable || !writable) return h.fd;
    return undefined;
  }

  private hostStat(): BigIntStats | number {
    const fd = this.fd();
    return fd === undefined ? this.verify() : hostCall(() => fs.fstatSync(fd, { bigint: true }));
  }

  attrs(): InodeAttrs {
    if (this.cached === null) {
      const s = this.hostStat();
      if (typeof s === 'number') return { mode: 0, uid: 0, gid: 0 };
      this.cached = s;
    }
    const s = this.cached;
    return { mode: Number(s.mode), uid: Number(s.uid), gid: Number(s.gid) };
  }

  stat(): Stat | number {
    const s = this.hostStat();
    if (typeof s === 'number') return s;
    this.cached = s;
    return hostStatToStat(s);
  }

  override lookup(name: string): HostNode | number {
    const rel = this.childRel(name);
    const st = this.host(() => fs.lstatSync(this.fs.hostPath(rel), { bigint: true, throwIfNoEntry: false }));
    if (typeof st === 'number') return st;
    return st === undefined ? -Errno.ENOENT : new HostNode(this.fs, rel, st);
  }

  override readdir(): DirEntry[] | number {
    return this.host((dir) => {
      const out: DirEntry[] = [];
      for (const nb of fs.readdirSync(dir, 'buffer')) {
        const name = nb.toString('latin1');
        const st = fs.lstatSync(this.fs.hostPath(this.childRel(name)), { bigint: true, throwIfNoEntry: false });
        if (st === undefined) continue; // vanished meanwhile
        out.push({ name, ino: foldIno(st.ino), type: modeToDtype(Number(st.mode)) });
      }
      return out;
    });
  }

  override parentLink(): ParentLink | null {
    if (this.rel === '') return null;
    const i = this.rel.lastIndexOf('/');
    const prel = i < 0 ? '' : this.rel.slice(0, i);
    return { parent: prel === '' ? this.fs.root : new HostNode(this.fs, prel, null), name: this.rel.slice(i + 1) };
  }

  /** A change in this directory: `call` on the host path of child `name` (this checked), then 0. */
  private change(name: string, call: (p: Buffer) => void): number {
    const r = this.ro();
    if (r < 0) return r;
    const done = this.host(() => call(this.fs.hostPath(this.childRel(name))));
    return typeof done === 'number' ? done : 0;
  }

  override create(name: string, mode: number, _cred: Cred): HostNode | number {
    const r = this.change(name, (p) => {
      const c = fs.constants;
      const fd = fs.openSync(p, c.O_CREAT | c.O_EXCL | c.O_WRONLY | c.O_NOFOLLOW, mode & S_IALLUGO);
      try {
        fs.fchmodSync(fd, mode & S_IALLUGO);
      } finally {
        fs.closeSync(fd);
      }
    });
    return r < 0 ? r : this.lookup(name);
  }

  override mkdir(name: string, mode: number, _cred: Cred): HostNode | number {
    const r = this.change(name, (p) => {
      fs.mkdirSync(p, { mode: mode & S_IALLUGO });
      fs.chmodSync(p, mode & S_IALLUGO); // just made: a directory, not a symlink
    });
    return r < 0 ? r : this.lookup(name);
  }

  override mknod(_name: string, _mode: number, _rdev: number, _cred: Cred): HostNode | number {
    return this.fs.readonly ? -Errno.EROFS : -Errno.EPERM;
  }

  override symlink(name: string, target: string, _cred: Cred): HostNode | number {
    const r = this.change(name, (p) => fs.symlinkSync(Buffer.from(target, 'latin1'), p));
    return r < 0 ? r : this.lookup(name);
  }

  override link(name: string, target: Inode): number {
    const r = this.ro();
    if (r < 0) return r;
    if (!(target instanceof HostNode) || target.fs !== this.fs) return -Errno.EXDEV;
    const t = target.verify();
    if (typeof t === 'number') return t;
    return this.change(name, (p) => fs.linkSync(target.hp, p)); // link(2) does not follow `from`
  }

  override unlink(name: string): number {
    return this.change(name, (p) => fs.unlinkSync(p));
  }

  override rmdir(name: string): number {
    return this.change(name, (p) => fs.rmdirSync(p));
  }

  override rename(oldName: string, newDir: Inode, newName: string, flags: number): number {
    const r = this.ro();
    if (r < 0) return r;
    if (!(newDir instanceof HostNode) || newDir.fs !== this.fs) return -Errno.EXDEV;
    if (flags & RENAME_EXCHANGE) return -Errno.EINVAL;
    const d = newDir.verify();
    if (typeof d === 'number') return d;
    const to = this.fs.hostPath(newDir.childRel(newName));
    let exists = false;
    const done = this.change(oldName, (from) => {
      exists = (flags & RENAME_NOREPLACE) !== 0 && fs.lstatSync(to, { throwIfNoEntry: false }) !== undefined;
      if (!exists) fs.renameSync(from, to);
    });
    return exists ? -Errno.EEXIST : done;
  }

  override readlink(): string | number {
    return this.host((p) => fs.readlinkSync(p, 'buffer').toString('latin1'));
  }

  /**
   * Opens the file: by its checked path with O_NOFOLLOW; or, when it is open already
   * (reopened through /proc/self/fd/N), through the host's /proc/self/fd of that open
   * fd — the file itself, wherever it is now, as Linux reopens it.
   */
  override open(flags: number): FileHandle | number {
    if (this.fs.readonly && canWrite(flags)) return -Errno.EROFS;
    const fd = this.fd();
    const made = (hfd: number): HostHandle => new HostHandle(hfd, canWrite(flags), (x) => this.handles.delete(x));
    const h = fd !== undefined && PROC_FD
      ? hostCall(() => made(fs.openSync(`${PROC_FD}/${fd}`, hostOpenFlags(flags) & ~fs.constants.O_NOFOLLOW)))
      : this.host((p) => made(fs.openSync(p, hostOpenFlags(flags))));
    if (typeof h !== 'number') this.handles.add(h);
    return h;
  }

  /**
   * chmod, chown, utimes, truncate: through an open host fd when there is one (the file
   * itself; truncate needs one open for writing); else on the path, checked — chmod and
   * truncate would follow a symlink, so they are refused on one (the Vfs never asks).
   */
  override setattr(a: SetAttr): number {
    const r = this.ro();
    if (r < 0) return r;
    const fd = this.fd();
    const wfd = this.fd(true);
    const times = a.atime !== undefined || a.mtime !== undefined;
    const owner = a.uid !== undefined || a.gid !== undefined;
    const run = (p: Buffer | null): void => {
      if (a.size !== undefined) {
        if (wfd !== undefined) fs.ftruncateSync(wfd, a.size);
        else fs.truncateSync(p!, a.size);
      }
      if (a.mode !== undefined) {
        if (fd !== undefined) fs.fchmodSync(fd, a.mode & S_IALLUGO);
        else fs.chmodSync(p!, a.mode & S_IALLUGO);
      }
      if (owner) {
        if (fd !== undefined) fs.fchownSync(fd, a.uid ?? -1, a.gid ?? -1);
        else fs.lchownSync(p!, a.uid ?? -1, a.gid ?? -1);
      }
      if (times) {
        const st = fd !== undefined ? fs.fstatSync(fd, { bigint: true }) : fs.lstatSync(p!, { bigint: true });
        const at = toSec(a.atime ?? nsToTimespec(st.atimeNs));
        const mt = toSec(a.mtime ?? nsToTimespec(st.mtimeNs));
        if (fd !== undefined) fs.futimesSync(fd, at, mt);
        else fs.lutimesSync(p!, at, mt);
      }
      this.cached = null;
    };
    const truncByPath = a.size !== undefined && wfd === undefined;
    const byPath = truncByPath || (fd === undefined && (a.mode !== undefined || owner || times));
    const follows = truncByPath || (fd === undefined && a.mode !== undefined);
    const done = byPath
      ? this.host((p, st) => (follows && st.isSymbolicLink() ? -Errno.EOPNOTSUPP : run(p)))
      : hostCall(() => run(null));
    return typeof done === 'number' ? done : 0;
  }
}

/**
 * What makes a host inode this one: dev and ino, and — because a freed inode number is
 * reused at once (rmdir a held directory, put a symlink in its place: same ino) — the
 * file type and the birth time (statx's btime, where the file system keeps one).
 */
function identity(st: BigIntStats): string {
  return `${st.dev}:${st.ino}:${st.mode & BigInt(S_IFMT)}:${st.birthtimeNs}`;
}

/** `call`, with a thrown host error as -errno. */
function hostCall<T>(call: () => T): T | number {
  try {
    return call();
  } catch (e) {
    return hostErrno(e);
  }
}

class HostHandle implements FileHandle {
  private closed = false;
  constructor(
    readonly fd: number,
    readonly writable: boolean,
    private readonly onClose: (h: HostHandle) => void,
  ) {}
  pread(buf: Uint8Array, pos: number): number {
    return hostCall(() => fs.readSync(this.fd, buf, 0, buf.length, pos));
  }
  pwrite(buf: Uint8Array, pos: number): number {
    return hostCall(() => fs.writeSync(this.fd, buf, 0, buf.length, pos));
  }
  size(): number {
    return hostCall(() => fs.fstatSync(this.fd).size);
  }
  truncate(length: number): number {
    return hostCall(() => (fs.ftruncateSync(this.fd, length), 0));
  }
  sync(): number {
    return hostCall(() => (fs.fsyncSync(this.fd), 0));
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already gone */
    }
  }
}
