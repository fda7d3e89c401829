/**
 * The Vfs: mount table, path walk (namei), permission checks and every path-based
 * operation the fs system calls need. See index.ts for the design notes.
 */
import { Errno } from './errno.js';
import {
  AT_EMPTY_PATH, AT_REMOVEDIR, AT_SYMLINK_FOLLOW, AT_SYMLINK_NOFOLLOW, DT_DIR, MAXSYMLINKS, MAY_EXEC,
  MAY_READ, MAY_WRITE, NAME_MAX, O_ACCMODE, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_NOATIME, O_NOCTTY,
  O_NOFOLLOW, O_PATH, O_RDONLY, O_TMPFILE, O_TRUNC, O_WRONLY, PATH_MAX, RENAME_EXCHANGE,
  RENAME_NOREPLACE, RENAME_WHITEOUT, S_IALLUGO, S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT,
  S_IFREG, S_IFSOCK, S_ISGID, S_ISUID, S_ISVTX, S_IXGRP, UTIME_NOW, UTIME_OMIT,
} from './constants.js';
import { DirFile, PathFile, RegularFile } from './files.js';
import { DevFs, cryptoRandom, standardCharDevices } from './devfs.js';
import type { CharDevice, RandomSource, TtyHook } from './devfs.js';
import { MemFs } from './memfs.js';
import { ProcFs } from './synthfs.js';
import { MountpointFs, type MountpointDir } from './mountpoint.js';
import { realClock } from './time.js';
import type { Clock } from './time.js';
import type {
  Cred, DirEntry, FsBackend, Inode, InodeAttrs, Location, Mount, OpenFile, Stat, StatFs, Timespec,
} from './types.js';

/** Per-call context: who is asking, where "/" is for them, and their umask. */
export interface Ctx {
  /** Defaults to Vfs.defaultCred. */
  cred?: Cred;
  /** The task's root (chroot); defaults to Vfs.root(). */
  root?: Location;
  /** Applied to the mode of files and directories created (default 0: caller applied it). */
  umask?: number;
  /** The caller's RLIMIT_FSIZE, when finite: truncate() past it is EFBIG (inode_newsize_ok). */
  fileSizeLimit?: number;
}

export interface MountOptions {
  readonly?: boolean;
  /** Make a missing mount point in the guest's view only (see Vfs.mount). */
  createMountpoint?: boolean;
}

export interface VfsOptions {
  /** Root file system. Default: a MemFs with /dev, /tmp (1777) and /proc. */
  root?: FsBackend;
  /** Mount the root read-only. */
  rootReadonly?: boolean;
  /** DevFs at /dev: true (default) = a new DevFs, false = none, or your own backend. Skipped if /dev is missing. */
  devfs?: boolean | FsBackend;
  /** ProcFs at /proc: true (default) = a new ProcFs, false = none, or your own. Skipped if /proc is missing. */
  procfs?: boolean | ProcFs;
  /** Default credentials (default: the host's uid/gid when running under Node, else 1000:1000). */
  cred?: Cred;
  /** Clock for timestamps the vfs itself sets (utimens UTIME_NOW, ctime). */
  clock?: Clock;
  /** Random source for /dev/random and /dev/urandom (default crypto.getRandomValues). */
  random?: RandomSource;
}

/** Opens FIFOs and sockets found in the tree (the kernel's pipes). Without it: ENXIO. */
export type SpecialOpenHook = (location: Location, flags: number) => OpenFile | number;

class VMount implements Mount {
  constructor(
    readonly id: number,
    readonly fs: FsBackend,
    readonly root: Inode,
    readonly parent: Mount | null,
    readonly mountpoint: Inode | null,
    readonly readonly: boolean,
    readonly path: string,
  ) {}
}

const LAST_NORM = 0;
const LAST_ROOT = 1;
const LAST_DOT = 2;
const LAST_DOTDOT = 3;

/** Result of walking all but the last component (Linux: nameidata after path_parentat). */
interface Parent {
  dir: Location;
  last: string;
  kind: number;
  /** The path ended in "/" after the last component: it must be a directory (and is followed). */
  slash: boolean;
}

interface Walk {
  links: number;
  root: Location;
  cred: Cred;
}

function defaultHostCred(): Cred {
  const p = (globalThis as { process?: { getuid?: () => number; getgid?: () => number; getgroups?: () => number[] } }).process;
  const uid = p?.getuid?.();
  const gid = p?.getgid?.();
  if (uid === undefined || gid === undefined) return { uid: 1000, gid: 1000 };
  return { uid, gid, groups: p?.getgroups?.() ?? [] };
}

export function sameNode(a: Inode, b: Inode): boolean {
  return a === b || (a.fs === b.fs && a.key === b.key);
}

export function sameLocation(a: Location, b: Location): boolean {
  return a.mnt === b.mnt && sameNode(a.node, b.node);
}

function inGroup(cred: Cred, gid: number): boolean {
  return cred.gid === gid || (cred.groups?.includes(gid) ?? false);
}

/**
 * Unix permission check (generic_permission): `mask` is MAY_READ|MAY_WRITE|MAY_EXEC.
 * Root may read and write anything and search any directory, but may execute a
 * non-directory only if some x bit is set. Returns 0 or -EACCES.
 */
export function dacPermission(a: InodeAttrs, mask: number, cred: Cred): number {
  if (cred.uid === 0) {
    if (!(mask & MAY_EXEC)) return 0;
    if ((a.mode & S_IFMT) === S_IFDIR || (a.mode & 0o111) !== 0) return 0;
    return -Errno.EACCES;
  }
  let bits: number;
  if (cred.uid === a.uid) bits = a.mode >> 6;
  else if (inGroup(cred, a.gid)) bits = a.mode >> 3;
  else bits = a.mode;
  return (mask & ~bits & 7) !== 0 ? -Errno.EACCES : 0;
}

const NOW_ID = (id: number): boolean => id === -1 || id === 0xffffffff;

export class Vfs {
  readonly rootMount: Mount;
  /** The /proc backend the kernel fills (null if disabled). */
  readonly proc: ProcFs | null;
  /** The /dev backend (null if disabled). */
  readonly devfs: FsBackend | null;
  defaultCred: Cred;
  clock: Clock;
  private nextMountId = 1;
  private readonly byPoint = new Map<string, VMount>();
  private readonly mountList: VMount[] = [];
  private readonly devices: Map<number, CharDevice>;
  private tty: TtyHook | null = null;
  private special: SpecialOpenHook | null = null;

  constructor(opts: VfsOptions = {}) {
    this.clock = opts.clock ?? realClock;
    this.defaultCred = opts.cred ?? defaultHostCred();
    let rootFs = opts.root;
    if (rootFs === undefined) {
      const m = new MemFs({ clock: this.clock });
      m.mkdirp('dev', 0o755);
      m.mkdirp('proc', 0o555);
      m.mkdirp('tmp', 0o1777);
      rootFs = m;
    }
    const rm = new VMount(this.nextMountId++, rootFs, rootFs.root, null, null, opts.rootReadonly ?? false, '/');
    this.rootMount = rm;
    this.mountList.push(rm);
    this.devices = standardCharDevices(opts.random ?? cryptoRandom, () => this.tty);

    let devfs: FsBackend | null = null;
    if (opts.devfs !== false) {
      const fs = opts.devfs === true || opts.devfs === undefined ? new DevFs({ clock: this.clock }) : opts.devfs;
      if (typeof this.mount('/dev', fs) !== 'number') devfs = fs;
    }
    this.devfs = devfs;
    let proc: ProcFs | null = null;
    if (opts.procfs !== false) {
      const fs = opts.procfs === true || opts.procfs === undefined ? new ProcFs({ clock: this.clock }) : opts.procfs;
      if (typeof this.mount('/proc', fs) !== 'number') {
        proc = fs;
        proc.addFile('mounts', () => this.mountsText());
      }
    }
    this.proc = proc;
  }

  // =====================================================================================
  // mounts
  // =====================================================================================

  /** The Location of "/" (the top of whatever is mounted there). */
  root(): Location {
    return this.crossDown({ mnt: this.rootMount, node: this.rootMount.root });
  }

  private pointKey(mnt: Mount, node: Inode): string {
    return `${mnt.id}\u0000${node.key}`;
  }

  /**
   * Attach `fs` at the directory `path` (absolute; symlinks followed). Mounts stack.
   * With opts.createMountpoint, a missing last component is made a mount point in the
   * guest's view only (nothing is created in the file system underneath, a host
   * directory included): an empty directory that exists only to carry the mount.
   */
  mount(path: string, fs: FsBackend, opts: MountOptions = {}): Mount | number {
    const cred: Cred = { uid: 0, gid: 0 };
    let loc = this.resolve(this.root(), path, true, false, { cred });
    if (loc === -Errno.ENOENT && opts.createMountpoint) loc = this.phantomDir(path, cred);
    if (typeof loc === 'number') return loc;
    if (!loc.node.isDir()) return -Errno.ENOTDIR;
    const p = this.pathOf(loc, { cred });
    const m = new VMount(this.nextMountId++, fs, fs.root, loc.mnt, loc.node, opts.readonly ?? false, typeof p === 'string' ? p : path);
    this.byPoint.set(this.pointKey(loc.mnt, loc.node), m);
    this.mountList.push(m);
    return m;
  }

  /** Mount points made in the guest's view only: parent (pointKey) → name → directory. */
  private phantoms = new Map<string, Map<string, MountpointDir>>();
  private mountpointFs: MountpointFs | null = null;

  /** Makes the missing last component of `path` a view-only directory (see mount()). */
  private phantomDir(path: string, cred: Cred): Location | number {
    let p = this.walkParent(this.root(), path, this.walkOf({ cred }));
    if (p === -Errno.ENOENT) {
      // missing directories above it are made the same way
      const up = path.replace(/\/+[^/]*\/*$/, '');
      const made = up === path || up === '' ? -Errno.ENOENT : this.phantomDir(up, cred);
      if (typeof made === 'number') return made;
      p = this.walkParent(this.root(), path, this.walkOf({ cred }));
    }
    if (typeof p === 'number') return p;
    if (p.kind !== LAST_NORM) return -Errno.ENOENT;
    const parent = this.crossDown(p.dir);
    const key = this.pointKey(parent.mnt, parent.node);
    let names = this.phantoms.get(key);
    if (!names) this.phantoms.set(key, (names = new Map()));
    this.mountpointFs ??= new MountpointFs();
    const node = this.mountpointFs.dir(parent.node, p.last);
    names.set(p.last, node);
    return { mnt: parent.mnt, node };
  }

  /** A view-only mount point under `dir`, if there is one called `name`. */
  private phantom(dir: Location, name: string): Inode | undefined {
    return this.phantoms.get(this.pointKey(dir.mnt, dir.node))?.get(name);
  }

  /** Detach the mount whose root is at `path`. EINVAL if none is, EBUSY if others sit on it. */
  umount(path: string): number {
    const loc = this.resolve(this.root(), path, true, false, { cred: { uid: 0, gid: 0 } });
    if (typeof loc === 'number') return loc;
    const m = loc.mnt;
    if (!sameNode(loc.node, m.root) || m.parent === null || m.mountpoint === null) return -Errno.EINVAL;
    if (this.mountList.some((x) => x.parent === m)) return -Errno.EBUSY;
    this.byPoint.delete(this.pointKey(m.parent, m.mountpoint));
    const i = this.mountList.indexOf(m as VMount);
    if (i >= 0) this.mountList.splice(i, 1);
    return 0;
  }

  /** All mounts, in mount order (the root first). */
  mounts(): readonly Mount[] {
    return this.mountList;
  }

  /** /proc/mounts text. */
  mountsText(): string {
    return this.mountList
      .map((m) => `${m.fs.fstype} ${m.path} ${m.fs.fstype} ${this.isRo(m) ? 'ro' : 'rw'} 0 0\n`)
      .join('');
  }

  private isRo(m: Mount): boolean {
    return m.readonly || m.fs.readonly;
  }

  /** Mount flag check (mnt_want_write): -EROFS on a read-only mount, else 0. */
  wantWrite(loc: Location): number {
    return this.isRo(loc.mnt) ? -Errno.EROFS : 0;
  }

  // =====================================================================================
  // devices and hooks
  // =====================================================================================

  /** Register a character-device driver for rdev (makedev(major, minor)). */
  registerCharDevice(rdev: number, dev: CharDevice): void {
    this.devices.set(rdev, dev);
  }

  /** The controlling-terminal hook behind /dev/tty (null: opening /dev/tty is ENXIO). */
  setTty(hook: TtyHook | null): void {
    this.tty = hook;
  }

  /** How FIFOs and sockets in the tree are opened (the kernel's pipes). */
  setSpecialOpen(hook: SpecialOpenHook | null): void {
    this.special = hook;
  }

  // =====================================================================================
  // path walk
  // =====================================================================================

  private walkOf(ctx: Ctx | undefined): Walk {
    return { links: 0, root: ctx?.root ?? this.root(), cred: ctx?.cred ?? this.defaultCred };
  }

  private crossDown(loc: Location): Location {
    let cur = loc;
    for (;;) {
      const m = this.byPoint.get(this.pointKey(cur.mnt, cur.node));
      if (m === undefined) return cur;
      cur = { mnt: m, node: m.root };
    }
  }

  /** Is a mount attached at this (uncrossed) location? */
  private isMountpoint(loc: Location): boolean {
    return this.byPoint.has(this.pointKey(loc.mnt, loc.node));
  }

  private permission(loc: Location, mask: number, cred: Cred): number {
    const a = loc.node.attrs();
    if (mask & MAY_WRITE && this.isRo(loc.mnt)) {
      const t = a.mode & S_IFMT;
      if (t === S_IFREG || t === S_IFDIR || t === S_IFLNK) return -Errno.EROFS;
    }
    return dacPermission(a, mask, cred);
  }

  /** Child `name` of directory `dir`; crossing into mounts unless `cross` is false. */
  private child(dir: Location, name: string, cross = true): Location | number {
    if (name.length > NAME_MAX) return -Errno.ENAMETOOLONG;
    let n = dir.node.lookup(name);
    if (n === -Errno.ENOENT) n = this.phantom(dir, name) ?? n;
    if (typeof n === 'number') return n;
    const loc: Location = n.isDir() ? { mnt: dir.mnt, node: n } : { mnt: dir.mnt, node: n, dir, name };
    return cross ? this.crossDown(loc) : loc;
  }

  private dotdot(start: Location, w: Walk): Location {
    let cur = start;
    for (;;) {
      if (sameLocation(cur, w.root)) return cur;
      if (sameNode(cur.node, cur.mnt.root)) {
        const m = cur.mnt;
        if (m.parent === null || m.mountpoint === null) return cur; // the global root
        cur = { mnt: m.parent, node: m.mountpoint };
        continue;
      }
      break;
    }
    const pl = cur.node.parentLink();
    if (pl === null) return cur;
    return this.crossDown({ mnt: cur.mnt, node: pl.parent });
  }

  /** Walk every component but the last (link_path_walk). */
  private walkParent(start: Location, path: string, w: Walk): Parent | number {
    if (path.length >= PATH_MAX) return -Errno.ENAMETOOLONG;
    let cur: Location;
    if (path.charCodeAt(0) === 0x2f) cur = w.root;
    else {
      cur = start;
      if (!cur.node.isDir()) return -Errno.ENOTDIR;
    }
    const parts = path.split('/');
    let lastIdx = parts.length - 1;
    while (lastIdx >= 0 && parts[lastIdx] === '') lastIdx--;
    if (lastIdx < 0) return { dir: cur, last: '', kind: LAST_ROOT, slash: false };
    const slash = lastIdx < parts.length - 1;
    for (let k = 0; k <= lastIdx; k++) {
      const name = parts[k];
      if (name === '') continue;
      const e = this.permission(cur, MAY_EXEC, w.cred);
      if (e < 0) return e;
      if (k === lastIdx) {
        const kind = name === '.' ? LAST_DOT : name === '..' ? LAST_DOTDOT : LAST_NORM;
        return { dir: cur, last: name, kind, slash };
      }
      let next: Location | number;
      if (name === '.') next = cur;
      else if (name === '..') next = this.dotdot(cur, w);
      else {
        next = this.child(cur, name);
        if (typeof next !== 'number' && next.node.isSymlink()) next = this.followLink(next, w);
      }
      if (typeof next === 'number') return next;
      if (!next.node.isDir()) return -Errno.ENOTDIR;
      cur = next;
    }
    /* c8 ignore next */
    return -Errno.ENOENT;
  }

  /** Follow the symlink at `link` completely (its own last component included). */
  private followLink(link: Location, w: Walk): Location | number {
    if (++w.links > MAXSYMLINKS) return -Errno.ELOOP;
    const magic = link.node.magicLink();
    if (magic !== null) return magic;
    const target = link.node.readlink();
    if (typeof target === 'number') return target;
    if (target === '') return -Errno.ENOENT;
    const base = link.dir ?? w.root;
    const p = this.walkParent(base, target, w);
    if (typeof p === 'number') return p;
    return this.lastLookup(p, w, true);
  }

  /** Resolve the last component (lookup_last); `follow`: follow a final symlink. */
  private lastLookup(p: Parent, w: Walk, follow: boolean): Location | number {
    switch (p.kind) {
      case LAST_ROOT:
      case LAST_DOT:
        return p.dir;
      case LAST_DOTDOT:
        return this.dotdot(p.dir, w);
    }
    const c = this.child(p.dir, p.last);
    if (typeof c === 'number') return c;
    if (c.node.isSymlink() && (follow || p.slash)) {
      const r = this.followLink(c, w);
      if (typeof r === 'number') return r;
      if (p.slash && !r.node.isDir()) return -Errno.ENOTDIR;
      return r;
    }
    if (p.slash && !c.node.isDir()) return -Errno.ENOTDIR;
    return c;
  }

  /** Full lookup. Empty path: `at` itself if emptyOk (AT_EMPTY_PATH), else ENOENT. */
  private resolve(at: Location, path: string, follow: boolean, emptyOk: boolean, ctx: Ctx | undefined): Location | number {
    if (path === '') return emptyOk ? at : -Errno.ENOENT;
    const w = this.walkOf(ctx);
    const p = this.walkParent(at, path, w);
    if (typeof p === 'number') return p;
    return this.lastLookup(p, w, follow);
  }

  // =====================================================================================
  // lookups and attributes
  // =====================================================================================

  /**
   * Resolve `path` relative to `at` (absolute paths start at ctx.root).
   * flags: AT_SYMLINK_NOFOLLOW (do not follow a final symlink), AT_EMPTY_PATH ("" = at).
   */
  lookup(at: Location, path: string, flags = 0, ctx?: Ctx): Location | number {
    return this.resolve(at, path, !(flags & AT_SYMLINK_NOFOLLOW), (flags & AT_EMPTY_PATH) !== 0, ctx);
  }

  /** fstatat(): flags AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH. */
  stat(at: Location, path: string, flags = 0, ctx?: Ctx): Stat | number {
    const loc = this.lookup(at, path, flags, ctx);
    if (typeof loc === 'number') return loc;
    return loc.node.stat();
  }

  /** lstat(). */
  lstat(at: Location, path: string, ctx?: Ctx): Stat | number {
    return this.stat(at, path, AT_SYMLINK_NOFOLLOW, ctx);
  }

  /** statfs() of the file system holding `path`. */
  statfs(at: Location, path: string, flags = 0, ctx?: Ctx): StatFs | number {
    const loc = this.lookup(at, path, flags, ctx);
    if (typeof loc === 'number') return loc;
    const s = loc.mnt.fs.statfs();
    if (typeof s === 'number') return s;
    return { ...s, flags: s.flags | (this.isRo(loc.mnt) ? 1 : 0) };
  }

  /**
   * faccessat(): mode is F_OK or R_OK|W_OK|X_OK; flags AT_SYMLINK_NOFOLLOW,
   * AT_EMPTY_PATH (AT_EACCESS is the caller's: pass the effective or the real ids in ctx).
   */
  access(at: Location, path: string, mode: number, flags = 0, ctx?: Ctx): number {
    if (mode & ~7) return -Errno.EINVAL;
    const loc = this.lookup(at, path, flags, ctx);
    if (typeof loc === 'number') return loc;
    if (mode === 0) return 0;
    return this.permission(loc, mode, ctx?.cred ?? this.defaultCred);
  }

  /** readlinkat(): the target (byte string); EINVAL if not a symlink. "" reads `at` itself. */
  readlink(at: Location, path: string, ctx?: Ctx): string | number {
    const loc = this.resolve(at, path, false, true, ctx);
    if (typeof loc === 'number') return loc;
    if (!loc.node.isSymlink()) return path === '' ? -Errno.ENOENT : -Errno.EINVAL;
    return loc.node.readlink();
  }

  /** chdir()/fchdir() (AT_EMPTY_PATH with ""): the directory's Location, to keep as the cwd. */
  chdir(at: Location, path: string, flags = 0, ctx?: Ctx): Location | number {
    const loc = this.lookup(at, path, flags & AT_EMPTY_PATH, ctx);
    if (typeof loc === 'number') return loc;
    if (!loc.node.isDir()) return -Errno.ENOTDIR;
    const e = this.permission(loc, MAY_EXEC, ctx?.cred ?? this.defaultCred);
    return e < 0 ? e : loc;
  }

  /** fchmodat(): flags AT_SYMLINK_NOFOLLOW (a symlink then gives EOPNOTSUPP), AT_EMPTY_PATH. */
  chmod(at: Location, path: string, mode: number, flags = 0, ctx?: Ctx): number {
    const loc = this.lookup(at, path, flags, ctx);
    if (typeof loc === 'number') return loc;
    const cred = ctx?.cred ?? this.defaultCred;
    if (this.isRo(loc.mnt)) return -Errno.EROFS;
    const a = loc.node.attrs();
    if (cred.uid !== 0 && cred.uid !== a.uid) return -Errno.EPERM;
    if ((a.mode & S_IFMT) === S_IFLNK) return -Errno.EOPNOTSUPP;
    let m = mode & S_IALLUGO;
    if (cred.uid !== 0 && !inGroup(cred, a.gid)) m &= ~S_ISGID;
    return loc.node.setattr({ mode: m, ctime: this.clock() });
  }

  /**
   * fchownat(): uid/gid of -1 (or 0xffffffff) leave that id unchanged. Non-root may only
   * change the group of its own files to one of its groups. Changing ownership of a
   * regular file clears setuid, and setgid when group-executable.
   * flags: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH.
   */
  chown(at: Location, path: string, uid: number, gid: number, flags = 0, ctx?: Ctx): number {
    const loc = this.lookup(at, path, flags, ctx);
    if (typeof loc === 'number') return loc;
    const cred = ctx?.cred ?? this.defaultCred;
    if (this.isRo(loc.mnt)) return -Errno.EROFS;
    const a = loc.node.attrs();
    const setUid = !NOW_ID(uid);
    const setGid = !NOW_ID(gid);
    if (cred.uid !== 0) {
      if (setUid && !(cred.uid === a.uid && uid === a.uid)) return -Errno.EPERM;
      if (setGid && !(cred.uid === a.uid && (gid === a.gid || inGroup(cred, gid)))) return -Errno.EPERM;
    }
    const attr: { uid?: number; gid?: number; mode?: number; ctime: Timespec } = { ctime: this.clock() };
    if (setUid) attr.uid = uid >>> 0;
    if (setGid) attr.gid = gid >>> 0;
    if ((setUid || setGid) && (a.mode & S_IFMT) === S_IFREG) {
      let m = a.mode & S_IALLUGO & ~S_ISUID;
      if (a.mode & S_IXGRP) m &= ~S_ISGID;
      if (m !== (a.mode & S_IALLUGO)) attr.mode = m;
    }
    return loc.node.setattr(attr);
  }

  /**
   * utimensat(): times = [atime, mtime] with nsec UTIME_NOW / UTIME_OMIT allowed, or
   * null for "both now". Explicit times need ownership (EPERM); "now" needs ownership
   * or write permission (EACCES). flags: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH.
   */
  utimens(at: Location, path: string, times: readonly [Timespec, Timespec] | null, flags = 0, ctx?: Ctx): number {
    const t: readonly [Timespec, Timespec] = times ?? [{ sec: 0, nsec: UTIME_NOW }, { sec: 0, nsec: UTIME_NOW }];
    for (const x of t) {
      if (x.nsec !== UTIME_NOW && x.nsec !== UTIME_OMIT && (x.nsec < 0 || x.nsec > 999_999_999)) return -Errno.EINVAL;
    }
    const loc = this.lookup(at, path, flags, ctx);
    if (typeof loc === 'number') return loc;
    if (t[0].nsec === UTIME_OMIT && t[1].nsec === UTIME_OMIT) return 0;
    const cred = ctx?.cred ?? this.defaultCred;
    if (this.isRo(loc.mnt)) return -Errno.EROFS;
    const a = loc.node.attrs();
    const explicit = t.some((x) => x.nsec !== UTIME_NOW && x.nsec !== UTIME_OMIT);
    if (cred.uid !== 0 && cred.uid !== a.uid) {
      if (explicit) return -Errno.EPERM;
      const e = dacPermission(a, MAY_WRITE, cred);
      if (e < 0) return e;
    }
    const now = this.clock();
    const pick = (x: Timespec): Timespec | undefined => (x.nsec === UTIME_OMIT ? undefined : x.nsec === UTIME_NOW ? now : { sec: x.sec, nsec: x.nsec });
    return loc.node.setattr({ atime: pick(t[0]), mtime: pick(t[1]), ctime: now });
  }

  /** truncate(path, length). */
  truncate(at: Location, path: string, length: number, ctx?: Ctx): number {
    if (length < 0) return -Errno.EINVAL;
    const loc = this.resolve(at, path, true, false, ctx);
    if (typeof loc === 'number') return loc;
    const t = loc.node.type;
    if (t === S_IFDIR) return -Errno.EISDIR;
    if (t !== S_IFREG) return -Errno.EINVAL;
    const e = this.permission(loc, MAY_WRITE, ctx?.cred ?? this.defaultCred);
    if (e < 0) return e;
    if (ctx?.fileSizeLimit !== undefined && length > ctx.fileSizeLimit) return -Errno.EFBIG;
    return loc.node.setattr({ size: length });
  }

  // =====================================================================================
  // open
  // =====================================================================================

  /**
   * openat(): flags are Linux open flags (O_CLOEXEC is ignored: it is a descriptor
   * flag); `mode` is used with O_CREAT (ctx.umask applied). Returns the OpenFile.
   * O_TMPFILE is not supported (EOPNOTSUPP; glibc falls back).
   */
  open(at: Location, path: string, flags: number, mode = 0, ctx?: Ctx): OpenFile | number {
    if ((flags & O_TMPFILE) === O_TMPFILE) return this.tmpfile(at, path, ctx);
    if (flags & O_CREAT && flags & O_DIRECTORY) return -Errno.EINVAL;
    if (path === '') return -Errno.ENOENT;
    const w = this.walkOf(ctx);
    if (flags & O_PATH) {
      const loc = this.resolve(at, path, !(flags & O_NOFOLLOW), false, ctx);
      if (typeof loc === 'number') return loc;
      if (flags & O_DIRECTORY && !loc.node.isDir()) return -Errno.ENOTDIR;
      return new PathFile(loc, flags & (O_PATH | O_DIRECTORY | O_NOFOLLOW));
    }
    let p = this.walkParent(at, path, w);
    if (typeof p === 'number') return p;
    if (!(flags & O_CREAT)) {
      const loc = this.lastLookup(p, w, !(flags & O_NOFOLLOW));
      if (typeof loc === 'number') return loc;
      return this.openLoc(loc, flags, false, w.cred);
    }
    // O_CREAT: open_last_lookups
    for (;;) {
      if (p.kind !== LAST_NORM) {
        const loc = this.lastLookup(p, w, true);
        if (typeof loc === 'number') return loc;
        return this.openLoc(loc, flags, false, w.cred);
      }
      if (p.slash) return -Errno.EISDIR;
      const c = this.child(p.dir, p.last);
      if (typeof c === 'number') {
        if (c !== -Errno.ENOENT) return c;
        if (this.isRo(p.dir.mnt)) return -Errno.EROFS;
        const e = this.permission(p.dir, MAY_WRITE | MAY_EXEC, w.cred);
        if (e < 0) return e;
        const perm = mode & S_IALLUGO & ~(ctx?.umask ?? 0);
        const n = p.dir.node.create(p.last, perm, w.cred);
        if (typeof n === 'number') return n;
        return this.openLoc({ mnt: p.dir.mnt, node: n, dir: p.dir, name: p.last }, flags, true, w.cred);
      }
      if (!c.node.isSymlink() || flags & (O_EXCL | O_NOFOLLOW)) return this.openLoc(c, flags, false, w.cred);
      // follow a trailing symlink: creating through a dangling one creates its target
      if (++w.links > MAXSYMLINKS) return -Errno.ELOOP;
      const magic = c.node.magicLink();
      if (magic !== null) {
        if (typeof magic === 'number') return magic;
        return this.openLoc(magic, flags, false, w.cred);
      }
      const target = c.node.readlink();
      if (typeof target === 'number') return target;
      if (target === '') return -Errno.ENOENT;
      const np = this.walkParent(c.dir ?? p.dir, target, w);
      if (typeof np === 'number') return np;
      p = np;
    }
  }

  /**
   * O_TMPFILE (do_tmpfile): the directory is looked up and checked as Linux does —
   * ENOENT/ENOTDIR, EROFS on a read-only mount, EACCES without write and search
   * permission — and then refused: no backend makes unnamed files (EOPNOTSUPP).
   */
  private tmpfile(at: Location, path: string, ctx?: Ctx): number {
    const dir = this.resolve(at, path, true, false, ctx);
    if (typeof dir === 'number') return dir;
    if (!dir.node.isDir()) return -Errno.ENOTDIR;
    if (this.isRo(dir.mnt)) return -Errno.EROFS;
    const e = this.permission(dir, MAY_WRITE | MAY_EXEC, ctx?.cred ?? this.defaultCred);
    return e < 0 ? e : -Errno.EOPNOTSUPP;
  }

  /** Open an already-resolved Location (exec, reopen through /proc/self/fd), with open()'s checks. */
  openLocation(loc: Location, flags: number, ctx?: Ctx): OpenFile | number {
    if (flags & O_PATH) return new PathFile(loc, flags & (O_PATH | O_DIRECTORY | O_NOFOLLOW));
    return this.openLoc(loc, flags & ~(O_CREAT | O_EXCL), false, ctx?.cred ?? this.defaultCred);
  }

  /** do_open + may_open + vfs_open. */
  private openLoc(loc: Location, flags: number, created: boolean, cred: Cred): OpenFile | number {
    const node = loc.node;
    const t = node.type;
    if (flags & O_CREAT) {
      if (flags & O_EXCL && !created) return -Errno.EEXIST;
      if (t === S_IFDIR) return -Errno.EISDIR;
    }
    if (flags & O_DIRECTORY && t !== S_IFDIR) return -Errno.ENOTDIR;
    const accm = flags & O_ACCMODE;
    let acc = accm === O_RDONLY ? MAY_READ : accm === O_WRONLY ? MAY_WRITE : MAY_READ | MAY_WRITE;
    if (flags & O_TRUNC) acc |= MAY_WRITE;
    let trunc = (flags & O_TRUNC) !== 0;
    if (created) {
      acc = 0;
      trunc = false;
    }
    switch (t) {
      case S_IFLNK:
        return -Errno.ELOOP;
      case S_IFDIR:
        if (acc & MAY_WRITE) return -Errno.EISDIR;
        break;
      case S_IFCHR: case S_IFBLK: case S_IFIFO: case S_IFSOCK:
        trunc = false;
        break;
    }
    if (acc) {
      const e = this.permission(loc, acc, cred);
      if (e < 0) return e;
    }
    if (flags & O_NOATIME && cred.uid !== 0 && cred.uid !== node.attrs().uid) return -Errno.EPERM;
    const fflags = flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_CLOEXEC);
    switch (t) {
      case S_IFDIR:
        return new DirFile(loc, fflags, () => this.dirEntries(loc));
      case S_IFREG: {
        const h = node.open(flags);
        if (typeof h === 'number') return h;
        if (trunc) {
          const r = h.truncate(0);
          if (r < 0) {
            h.close();
            return r;
          }
        }
        return new RegularFile(loc, fflags, h);
      }
      case S_IFCHR: {
        const st = node.stat();
        if (typeof st === 'number') return st;
        const drv = this.devices.get(st.rdev);
        return drv === undefined ? -Errno.ENXIO : drv.open(loc, fflags);
      }
      case S_IFIFO:
      case S_IFSOCK:
        return this.special === null ? -Errno.ENXIO : this.special(loc, fflags);
      default:
        return -Errno.ENXIO;
    }
  }

  /** Entries of a directory for getdents: ".", "..", then the backend's list. */
  private dirEntries(loc: Location): DirEntry[] | number {
    const list = loc.node.readdir();
    if (typeof list === 'number') return list;
    const st = loc.node.stat();
    if (typeof st === 'number') return st;
    let pino = st.ino;
    const pl = loc.node.parentLink();
    if (pl !== null) {
      const ps = pl.parent.stat();
      if (typeof ps !== 'number') pino = ps.ino;
    }
    const extra = [...(this.phantoms.get(this.pointKey(loc.mnt, loc.node))?.entries() ?? [])]
      .filter(([name]) => !list.some((e) => e.name === name))
      .map(([name, node]) => ({ name, ino: node.ino, type: DT_DIR }));
    return [{ name: '.', ino: st.ino, type: DT_DIR }, { name: '..', ino: pino, type: DT_DIR }, ...list, ...extra];
  }

  // =====================================================================================
  // namespace changes
  // =====================================================================================

  /** filename_create(): the last component must not exist. */
  private lookupCreate(p: Parent, isDir: boolean): number {
    if (p.kind !== LAST_NORM) return -Errno.EEXIST;
    const c = this.child(p.dir, p.last, false);
    if (typeof c !== 'number') return -Errno.EEXIST;
    if (c !== -Errno.ENOENT) return c;
    if (p.slash && !isDir) return -Errno.ENOENT;
    if (this.isRo(p.dir.mnt)) return -Errno.EROFS;
    return 0;
  }

  /** may_create(): write and search permission on the directory. */
  private mayCreate(dir: Location, cred: Cred): number {
    return this.permission(dir, MAY_WRITE | MAY_EXEC, cred);
  }

  /** may_delete(): permission on the directory, the sticky bit, type agreement. */
  private mayDelete(dir: Location, victim: Location, isDir: boolean, cred: Cred): number {
    const e = this.permission(dir, MAY_WRITE | MAY_EXEC, cred);
    if (e < 0) return e;
    const da = dir.node.attrs();
    const va = victim.node.attrs();
    if (da.mode & S_ISVTX && cred.uid !== 0 && cred.uid !== va.uid && cred.uid !== da.uid) return -Errno.EPERM;
    const vdir = (va.mode & S_IFMT) === S_IFDIR;
    if (isDir) {
      if (!vdir) return -Errno.ENOTDIR;
    } else if (vdir) return -Errno.EISDIR;
    return 0;
  }

  /** mkdirat(): mode & 01777 & ~umask. */
  mkdir(at: Location, path: string, mode: number, ctx?: Ctx): number {
    if (path === '') return -Errno.ENOENT;
    const w = this.walkOf(ctx);
    const p = this.walkParent(at, path, w);
    if (typeof p === 'number') return p;
    let e = this.lookupCreate(p, true);
    if (e < 0) return e;
    e = this.mayCreate(p.dir, w.cred);
    if (e < 0) return e;
    const r = p.dir.node.mkdir(p.last, mode & (0o777 | S_ISVTX) & ~(ctx?.umask ?? 0), w.cred);
    return typeof r === 'number' ? r : 0;
  }

  /**
   * mknodat(): mode carries the type (0 or S_IFREG: regular file; S_IFCHR/S_IFBLK need
   * root; S_IFIFO/S_IFSOCK). Directories: EPERM; other types: EINVAL.
   */
  mknod(at: Location, path: string, mode: number, rdev: number, ctx?: Ctx): number {
    let t = mode & S_IFMT;
    if (t === 0) t = S_IFREG;
    if (t === S_IFDIR) return -Errno.EPERM;
    if (t !== S_IFREG && t !== S_IFCHR && t !== S_IFBLK && t !== S_IFIFO && t !== S_IFSOCK) return -Errno.EINVAL;
    if (path === '') return -Errno.ENOENT;
    const w = this.walkOf(ctx);
    const p = this.walkParent(at, path, w);
    if (typeof p === 'number') return p;
    let e = this.lookupCreate(p, false);
    if (e < 0) return e;
    e = this.mayCreate(p.dir, w.cred);
    if (e < 0) return e;
    if ((t === S_IFCHR || t === S_IFBLK) && w.cred.uid !== 0) return -Errno.EPERM;
    const perm = mode & S_IALLUGO & ~(ctx?.umask ?? 0);
    const r = t === S_IFREG ? p.dir.node.create(p.last, perm, w.cred) : p.dir.node.mknod(p.last, t | perm, rdev, w.cred);
    return typeof r === 'number' ? r : 0;
  }

  /** symlinkat(target, at, path). */
  symlink(target: string, at: Location, path: string, ctx?: Ctx): number {
    if (target === '' || path === '') return -Errno.ENOENT;
    if (target.length >= PATH_MAX) return -Errno.ENAMETOOLONG;
    const w = this.walkOf(ctx);
    const p = this.walkParent(at, path, w);
    if (typeof p === 'number') return p;
    let e = this.lookupCreate(p, false);
    if (e < 0) return e;
    e = this.mayCreate(p.dir, w.cred);
    if (e < 0) return e;
    const r = p.dir.node.symlink(p.last, target, w.cred);
    return typeof r === 'number' ? r : 0;
  }

  /** linkat(): flags AT_SYMLINK_FOLLOW (follow a final symlink in oldPath), AT_EMPTY_PATH. */
  link(oldAt: Location, oldPath: string, newAt: Location, newPath: string, flags = 0, ctx?: Ctx): number {
    if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) return -Errno.EINVAL;
    const old = this.resolve(oldAt, oldPath, (flags & AT_SYMLINK_FOLLOW) !== 0, (flags & AT_EMPTY_PATH) !== 0, ctx);
    if (typeof old === 'number') return old;
    if (newPath === '') return -Errno.ENOENT;
    const w = this.walkOf(ctx);
    const p = this.walkParent(newAt, newPath, w);
    if (typeof p === 'number') return p;
    let e = this.lookupCreate(p, false);
    if (e < 0) return e;
    if (old.mnt !== p.dir.mnt) return -Errno.EXDEV;
    e = this.mayCreate(p.dir, w.cred);
    if (e < 0) return e;
    if (old.node.isDir()) return -Errno.EPERM;
    return p.dir.node.link(p.last, old.node);
  }

  /** unlinkat(): flags 0 or AT_REMOVEDIR (→ rmdir). Directories give EISDIR, as on Linux. */
  unlink(at: Location, path: string, flags = 0, ctx?: Ctx): number {
    if (flags & ~AT_REMOVEDIR) return -Errno.EINVAL;
    if (flags & AT_REMOVEDIR) return this.rmdir(at, path, ctx);
    if (path === '') return -Errno.ENOENT;
    const w = this.walkOf(ctx);
    const p = this.walkParent(at, path, w);
    if (typeof p === 'number') return p;
    if (p.kind !== LAST_NORM) return -Errno.EISDIR;
    if (this.isRo(p.dir.mnt)) return -Errno.EROFS;
    const c = this.child(p.dir, p.last, false);
    if (typeof c === 'number') return c;
    if (p.slash) return c.node.isDir() ? -Errno.EISDIR : -Errno.ENOTDIR;
    const e = this.mayDelete(p.dir, c, false, w.cred);
    if (e < 0) return e;
    if (this.isMountpoint(c)) return -Errno.EBUSY;
    return p.dir.node.unlink(p.last);
  }

  /** rmdir(): "." EINVAL, ".." ENOTEMPTY, "/" or a mount point EBUSY. */
  rmdir(at: Location, path: string, ctx?: Ctx): number {
    if (path === '') return -Errno.ENOENT;
    const w = this.walkOf(ctx);
    const p = this.walkParent(at, path, w);
    if (typeof p === 'number') return p;
    if (p.kind === LAST_DOT) return -Errno.EINVAL;
    if (p.kind === LAST_DOTDOT) return -Errno.ENOTEMPTY;
    if (p.kind === LAST_ROOT) return -Errno.EBUSY;
    if (this.isRo(p.dir.mnt)) return -Errno.EROFS;
    const c = this.child(p.dir, p.last, false);
    if (typeof c === 'number') return c;
    const e = this.mayDelete(p.dir, c, true, w.cred);
    if (e < 0) return e;
    if (this.isMountpoint(c) || sameLocation(c, w.root)) return -Errno.EBUSY;
    if (this.hasMountBelow(p.dir.mnt, c.node)) return -Errno.ENOTEMPTY; // a view-only mount point in it
    return p.dir.node.rmdir(p.last);
  }

  /**
   * Is a mount attached somewhere below directory `dir` of mount `mnt`? Linux moves such
   * mounts along when the directory is renamed; here a mount point is found by its
   * node's key, which for a host directory is its path, so a rename would detach the
   * mount from the view — and uncover the directory under it, which for a read-only
   * mount of a directory inside a writable root is the mounted directory itself. So
   * such a rename is refused (EBUSY; Linux: 0), and so is rmdir of a directory whose
   * only entry is a view-only mount point (ENOTEMPTY, as the real directory would give).
   */
  private hasMountBelow(mnt: Mount, dir: Inode): boolean {
    return this.mountList.some((m) => m.parent === mnt && m.mountpoint !== null && this.isAncestor(dir, m.mountpoint));
  }

  /** Is `a` the same directory as `b` or one of its ancestors (same fs)? */
  private isAncestor(a: Inode, b: Inode): boolean {
    let cur: Inode | null = b;
    for (let depth = 0; cur !== null && depth < 4096; depth++) {
      if (sameNode(a, cur)) return true;
      cur = cur.parentLink()?.parent ?? null;
    }
    return false;
  }

  /**
   * renameat2(): flags RENAME_NOREPLACE, RENAME_EXCHANGE (RENAME_WHITEOUT: EINVAL).
   * Linux rules: EXDEV across mounts; "."/".." EBUSY; a directory into its own subtree
   * EINVAL; over an ancestor ENOTEMPTY; dir over non-dir ENOTDIR; non-dir over dir
   * EISDIR; dir over non-empty dir ENOTEMPTY; mount points EBUSY; same inode: no-op.
   */
  rename(oldAt: Location, oldPath: string, newAt: Location, newPath: string, flags = 0, ctx?: Ctx): number {
    if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)) return -Errno.EINVAL;
    if (flags & RENAME_EXCHANGE && flags & (RENAME_NOREPLACE | RENAME_WHITEOUT)) return -Errno.EINVAL;
    if (flags & RENAME_WHITEOUT) return -Errno.EINVAL;
    if (oldPath === '' || newPath === '') return -Errno.ENOENT;
    const w = this.walkOf(ctx);
    const po = this.walkParent(oldAt, oldPath, w);
    if (typeof po === 'number') return po;
    const pn = this.walkParent(newAt, newPath, w);
    if (typeof pn === 'number') return pn;
    if (po.dir.mnt !== pn.dir.mnt) return -Errno.EXDEV;
    if (po.kind !== LAST_NORM) return -Errno.EBUSY;
    if (pn.kind !== LAST_NORM) return flags & RENAME_NOREPLACE ? -Errno.EEXIST : -Errno.EBUSY;
    if (this.isRo(po.dir.mnt)) return -Errno.EROFS;
    const src = this.child(po.dir, po.last, false);
    if (typeof src === 'number') return src;
    const dstR = this.child(pn.dir, pn.last, false);
    if (typeof dstR === 'number' && dstR !== -Errno.ENOENT) return dstR;
    const dst = typeof dstR === 'number' ? null : dstR;
    if (dst !== null && flags & RENAME_NOREPLACE) return -Errno.EEXIST;
    if (dst === null && flags & RENAME_EXCHANGE) return -Errno.ENOENT;
    const srcDir = src.node.isDir();
    const dstDir = dst !== null && dst.node.isDir();
    if (flags & RENAME_EXCHANGE) {
      if (!srcDir && po.slash) return -Errno.ENOTDIR;
      if (!dstDir && pn.slash) return -Errno.ENOTDIR;
    } else if (!srcDir && (po.slash || pn.slash)) return -Errno.ENOTDIR;
    // lock_rename() traps
    if (srcDir && this.isAncestor(src.node, pn.dir.node)) return -Errno.EINVAL;
    if (dst !== null && dstDir && this.isAncestor(dst.node, po.dir.node)) {
      return flags & RENAME_EXCHANGE ? -Errno.EINVAL : -Errno.ENOTEMPTY;
    }
    // vfs_rename()
    if (dst !== null && sameNode(src.node, dst.node)) return 0;
    let e = this.mayDelete(po.dir, src, srcDir, w.cred);
    if (e < 0) return e;
    if (dst === null) e = this.mayCreate(pn.dir, w.cred);
    else e = this.mayDelete(pn.dir, dst, flags & RENAME_EXCHANGE ? dstDir : srcDir, w.cred);
    if (e < 0) return e;
    if (!sameNode(po.dir.node, pn.dir.node)) {
      if (srcDir) {
        e = this.permission(src, MAY_WRITE, w.cred);
        if (e < 0) return e;
      }
      if (flags & RENAME_EXCHANGE && dstDir && dst !== null) {
        e = this.permission(dst, MAY_WRITE, w.cred);
        if (e < 0) return e;
      }
    }
    if (this.isMountpoint(src) || (dst !== null && this.isMountpoint(dst))) return -Errno.EBUSY;
    if (srcDir && this.hasMountBelow(po.dir.mnt, src.node)) return -Errno.EBUSY;
    if (dst !== null && dstDir && this.hasMountBelow(pn.dir.mnt, dst.node)) return flags & RENAME_EXCHANGE ? -Errno.EBUSY : -Errno.ENOTEMPTY;
    return po.dir.node.rename(po.last, pn.dir.node, pn.last, flags);
  }

  // =====================================================================================
  // paths of locations
  // =====================================================================================

  /**
   * The absolute path of a Location, relative to ctx.root (getcwd, realpath,
   * /proc/self/cwd). -ENOENT if it has been removed (getcwd's answer); a location
   * outside ctx.root (after chroot) gets the "(unreachable)" prefix, as getcwd does.
   */
  pathOf(loc: Location, ctx?: Ctx): string | number {
    const root = ctx?.root ?? this.root();
    const parts: string[] = [];
    let cur = loc;
    if (!cur.node.isDir()) {
      if (cur.dir === undefined || cur.name === undefined) return -Errno.ENOENT;
      const st = cur.node.stat();
      if (typeof st === 'number' || st.nlink === 0) return -Errno.ENOENT;
      parts.push(cur.name);
      cur = cur.dir;
    }
    let reachable = true;
    for (let depth = 0; depth < 8192; depth++) {
      if (sameLocation(cur, root)) break;
      if (sameNode(cur.node, cur.mnt.root)) {
        const m = cur.mnt;
        if (m.parent === null || m.mountpoint === null) {
          reachable = false;
          break;
        }
        cur = { mnt: m.parent, node: m.mountpoint };
        continue;
      }
      const pl = cur.node.parentLink();
      if (pl === null || pl.deleted) return -Errno.ENOENT;
      parts.push(pl.name);
      cur = { mnt: cur.mnt, node: pl.parent };
    }
    const p = '/' + parts.reverse().join('/');
    return reachable ? p : '(unreachable)' + p;
  }

  /**
   * The path shown for an open file in /proc/self/fd: pathOf(), with " (deleted)"
   * appended to the last known path of a removed file.
   */
  displayPath(loc: Location, ctx?: Ctx): string {
    const p = this.pathOf(loc, ctx);
    if (typeof p === 'string') return p;
    if (!loc.node.isDir() && loc.dir !== undefined && loc.name !== undefined) {
      const d = this.pathOf(loc.dir, ctx);
      if (typeof d === 'string') return `${d === '/' ? '' : d}/${loc.name} (deleted)`;
    }
    return '(deleted)';
  }

  /** realpath(): resolve `path` (following symlinks) and name the result. */
  realpath(at: Location, path: string, ctx?: Ctx): string | number {
    const loc = this.resolve(at, path, true, false, ctx);
    if (typeof loc === 'number') return loc;
    return this.pathOf(loc, ctx);
  }

  // =====================================================================================
  // conveniences for the kernel and tests
  // =====================================================================================

  /** Whole content of a file (open O_RDONLY and read to EOF). */
  readFile(at: Location, path: string, ctx?: Ctx): Uint8Array | number {
    const f = this.open(at, path, O_RDONLY, 0, ctx);
    if (typeof f === 'number') return f;
    try {
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const buf = new Uint8Array(65536);
        const n = f.read(buf);
        if (n < 0) return n;
        if (n === 0) break;
        chunks.push(buf.subarray(0, n));
        total += n;
      }
      const out = new Uint8Array(total);
      let o = 0;
      for (const c of chunks) {
        out.set(c, o);
        o += c.length;
      }
      return out;
    } finally {
      f.close();
    }
  }

  /** Create or truncate a file and write `data` to it (strings are byte strings). */
  writeFile(at: Location, path: string, data: Uint8Array | string, mode = 0o644, ctx?: Ctx): number {
    const f = this.open(at, path, O_WRONLY | O_CREAT | O_TRUNC, mode, ctx);
    if (typeof f === 'number') return f;
    try {
      const bytes = typeof data === 'string' ? Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff) : data;
      let off = 0;
      while (off < bytes.length) {
        const n = f.write(bytes.subarray(off));
        if (n < 0) return n;
        if (n === 0) return -Errno.EIO;
        off += n;
      }
      return 0;
    } finally {
      f.close();
    }
  }

  /** Names in a directory (without "." and ".."), via an open + getdents. */
  listDir(at: Location, path: string, ctx?: Ctx): string[] | number {
    const f = this.open(at, path, O_RDONLY | O_DIRECTORY, 0, ctx);
    if (typeof f === 'number') return f;
    try {
      const names: string[] = [];
      for (;;) {
        const n = f.getdents((d) => {
          if (d.name !== '.' && d.name !== '..') names.push(d.name);
          return true;
        });
        if (n < 0) return n;
        if (n === 0) return names;
      }
    } finally {
      f.close();
    }
  }
}
