/**
 * Core vfs types: stat data, credentials, the backend (file-system driver) interface,
 * the `Inode` base class every backend's nodes extend, and the `OpenFile` interface
 * every open file description implements (vfs files, devices, and the kernel's own
 * pipes and host stdio).
 *
 * Conventions (see index.ts for the full design notes):
 * - Every fallible operation returns a result or a NEGATIVE errno number
 *   (`-Errno.ENOENT`). For results that are themselves numbers, negative means error.
 * - Names, paths, symlink targets are BYTE STRINGS: one JS char per byte (0..255),
 *   exactly the bytes the guest passed. Use bytes.ts to convert.
 */
import { Errno } from './errno.js';
import { S_IFMT, S_IFDIR, S_IFLNK, S_IFREG } from './constants.js';

/** A point in time, like struct timespec. `sec` may be negative (before 1970). */
export interface Timespec {
  sec: number;
  nsec: number;
}

/** What stat()/fstat()/statx() report. All fields are plain numbers (values < 2^53). */
export interface Stat {
  dev: number;
  ino: number;
  /** File type bits (S_IFMT) | permission bits. */
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  /** Device number for char/block device nodes (makedev encoding), else 0. */
  rdev: number;
  size: number;
  blksize: number;
  /** 512-byte blocks allocated. */
  blocks: number;
  atime: Timespec;
  mtime: Timespec;
  ctime: Timespec;
  /** Creation time when the backend knows it (statx STATX_BTIME). */
  btime?: Timespec;
}

/** statfs() data. */
export interface StatFs {
  type: number;
  bsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
  fsid: [number, number];
  namelen: number;
  frsize: number;
  /** ST_* mount flags (ST_RDONLY = 1 is filled in by the vfs). */
  flags: number;
}

/**
 * The credentials a file-system operation runs with. The kernel passes the task's
 * fsuid/fsgid here (or the real ids, for access() without AT_EACCESS).
 * uid 0 is root: it bypasses read/write permission checks and needs only one x bit
 * to execute (CAP_DAC_OVERRIDE / CAP_FOWNER / CAP_CHOWN / CAP_MKNOD all granted).
 */
export interface Cred {
  uid: number;
  gid: number;
  /** Supplementary groups. */
  groups?: readonly number[];
}

/** One directory entry as a backend lists it (no "." / ".."). */
export interface DirEntry {
  /** Byte string. */
  name: string;
  ino: number;
  /** DT_* value. */
  type: number;
}

/** One getdents64 record: a DirEntry plus d_off, the cookie of the NEXT entry (lseek target). */
export interface Dirent extends DirEntry {
  off: number;
}

/**
 * Attribute changes for Inode.setattr (fields left undefined are unchanged). A size
 * change also sets mtime/ctime to now (the backend's job, as truncate(2) does).
 */
export interface SetAttr {
  /** Permission bits only (07777); the type bits are kept. */
  mode?: number;
  uid?: number;
  gid?: number;
  size?: number;
  atime?: Timespec;
  mtime?: Timespec;
  /** Backends that can, set ctime to this (the vfs passes "now"). */
  ctime?: Timespec;
}

/** Cheap attributes used for permission checks during path walks. */
export interface InodeAttrs {
  mode: number;
  uid: number;
  gid: number;
}

/** A directory's link to its parent (directories have exactly one). */
export interface ParentLink {
  parent: Inode;
  /** This directory's name in `parent` (byte string). */
  name: string;
  /** True if the directory has been removed (its cwd path is then unreachable). */
  deleted?: boolean;
}

/** Backend-level handle on an open regular file. The vfs wraps it in an OpenFile. */
export interface FileHandle {
  /** Read at `pos`; returns bytes read (0 at EOF) or -errno. */
  pread(buf: Uint8Array, pos: number): number;
  /** Write at `pos`; returns bytes written or -errno. */
  pwrite(buf: Uint8Array, pos: number): number;
  /** Current file size or -errno. */
  size(): number;
  truncate(length: number): number;
  sync(): number;
  close(): void;
}

/** A mounted file system (Linux: struct vfsmount). Created by Vfs.mount. */
export interface Mount {
  readonly id: number;
  readonly fs: FsBackend;
  /** The root inode of `fs` as seen through this mount. */
  readonly root: Inode;
  /** The mount this one is attached to; null for the root mount. */
  readonly parent: Mount | null;
  /** The inode (in `parent`'s fs) this mount covers; null for the root mount. */
  readonly mountpoint: Inode | null;
  /** Mount flag (MS_RDONLY). Writes are refused when this or fs.readonly is set. */
  readonly readonly: boolean;
  /** The guest path the mount was made at (for /proc/mounts). */
  readonly path: string;
}

/**
 * A place in the tree (Linux: struct path = {vfsmount, dentry}). The kernel keeps one
 * per task for the cwd and the root, and one per open file.
 * `dir`/`name` record how a non-directory was reached (directories know their parent
 * through Inode.parentLink), so pathOf() can name open files for /proc/self/fd.
 */
export interface Location {
  readonly mnt: Mount;
  readonly node: Inode;
  readonly dir?: Location;
  readonly name?: string;
}

/** A file-system driver: a tree of inodes (Linux: super_block + its operations). */
export interface FsBackend {
  /** Type name, as in /proc/mounts ("tmpfs", "proc", "devtmpfs", "hostfs"). */
  readonly fstype: string;
  /** st_dev of every inode of this fs (host mounts report the host's own st_dev). */
  readonly dev: number;
  /** The backend itself refuses writes (e.g. HostFs(dir, true)). */
  readonly readonly: boolean;
  readonly root: Inode;
  statfs(): StatFs | number;
}

/**
 * An inode as a backend implements it. Defaults mirror what Linux returns when a
 * file system lacks the operation (create → EACCES; mkdir, unlink, ... → EPERM).
 * The vfs does all path walking, permission checks, mount crossing, symlink
 * following and EROFS; backends only do the operation on their own tree (they still
 * return ENOENT/EEXIST/ENOTEMPTY/... from their own state).
 */
export abstract class Inode {
  abstract readonly fs: FsBackend;
  /** Identity within `fs`: two Inode objects with the same fs and key are the same file. */
  abstract readonly key: string;
  /** Mode/uid/gid (may be cached from the lookup that produced this object). */
  abstract attrs(): InodeAttrs;
  /** Fresh stat data, or -errno. */
  abstract stat(): Stat | number;

  /** S_IFMT bits. */
  get type(): number {
    return this.attrs().mode & S_IFMT;
  }
  isDir(): boolean {
    return this.type === S_IFDIR;
  }
  isSymlink(): boolean {
    return this.type === S_IFLNK;
  }
  isRegular(): boolean {
    return this.type === S_IFREG;
  }

  // ---- directories ----
  /** Child by name (never "." or ".."), or -ENOENT. */
  lookup(_name: string): Inode | number {
    return -Errno.ENOTDIR;
  }
  /** Children, without "." and "..". */
  readdir(): DirEntry[] | number {
    return -Errno.ENOTDIR;
  }
  /** Parent directory; null for the root of the fs. Only meaningful for directories. */
  parentLink(): ParentLink | null {
    return null;
  }
  /** Create a regular file (mode: permission bits, umask already applied). */
  create(_name: string, _mode: number, _cred: Cred): Inode | number {
    return -Errno.EACCES;
  }
  mkdir(_name: string, _mode: number, _cred: Cred): Inode | number {
    return -Errno.EPERM;
  }
  /** Create a device node, FIFO or socket (mode includes the type bits). */
  mknod(_name: string, _mode: number, _rdev: number, _cred: Cred): Inode | number {
    return -Errno.EPERM;
  }
  symlink(_name: string, _target: string, _cred: Cred): Inode | number {
    return -Errno.EPERM;
  }
  /** New hard link `name` to `target` (same fs, not a directory). */
  link(_name: string, _target: Inode): number {
    return -Errno.EPERM;
  }
  unlink(_name: string): number {
    return -Errno.EPERM;
  }
  rmdir(_name: string): number {
    return -Errno.EPERM;
  }
  /** Move `oldName` in this directory to `newName` in `newDir` (same fs); RENAME_* flags. */
  rename(_oldName: string, _newDir: Inode, _newName: string, _flags: number): number {
    return -Errno.EPERM;
  }

  // ---- symlinks ----
  readlink(): string | number {
    return -Errno.EINVAL;
  }
  /**
   * Magic links (/proc/self/fd/N, /proc/self/exe): when non-null, following the link
   * jumps straight to this Location instead of walking readlink()'s text.
   */
  magicLink(): Location | number | null {
    return null;
  }

  // ---- regular files ----
  /** Open the content of a regular file. `flags` are the open(2) flags. */
  open(_flags: number): FileHandle | number {
    return -Errno.EINVAL;
  }

  // ---- attributes ----
  setattr(_attr: SetAttr): number {
    return -Errno.EPERM;
  }
}

/** What kind of object an OpenFile is (for the kernel and the tracer). */
export type FileKind = 'reg' | 'dir' | 'lnk' | 'chr' | 'blk' | 'fifo' | 'sock' | 'path' | 'anon';

/**
 * An open file description (Linux: struct file). dup()ed descriptors share one; the
 * kernel calls close() once, when the last descriptor referring to it goes away.
 * The kernel implements this interface too, for pipes, sockets, eventfds... (extend
 * BaseFile from files.ts to get the Linux default for every operation).
 */
export interface OpenFile {
  readonly kind: FileKind;
  /**
   * open(2) flags as given (access mode, O_APPEND, O_NONBLOCK, O_PATH, ...) minus
   * O_CREAT/O_EXCL/O_TRUNC/O_NOCTTY/O_CLOEXEC. F_GETFL reads it; F_SETFL may change the
   * SETFL_MASK bits (O_CLOEXEC is a descriptor flag: the kernel keeps it).
   */
  flags: number;
  /** Where it lives in the tree (fchdir, *at() dirfds, /proc/self/fd); null for pipes, host stdio. */
  readonly location: Location | null;
  /** Host file descriptor behind it, when there is one (ioctl TCGETS/TIOCGWINSZ on host ttys). */
  readonly hostFd?: number;
  /**
   * read(2) (pos undefined: at and advancing the file offset) or pread(2) (pos given:
   * offset untouched). Returns bytes read (0 = EOF) or -errno (EBADF if not open for
   * reading, EISDIR for directories, EAGAIN for empty non-blocking sources).
   */
  read(buf: Uint8Array, pos?: number): number;
  /** write(2)/pwrite(2), same conventions. O_APPEND writes at the end (pwrite too, as on Linux). */
  write(buf: Uint8Array, pos?: number): number;
  /** lseek(2): new offset or -errno (ESPIPE for pipes and ttys). */
  lseek(offset: number, whence: number): number;
  stat(): Stat | number;
  /** ftruncate(2). */
  truncate(length: number): number;
  /**
   * getdents64: call `emit` for each entry from the current offset; an entry is
   * consumed (offset advanced past it) only if emit returns true. Returns the number
   * of entries consumed (0 at end of directory) or -errno (ENOTDIR for non-directories).
   */
  getdents(emit: (d: Dirent) => boolean): number;
  fsync(): number;
  /** Current readiness: POLLIN/POLLOUT/POLLHUP/POLLERR bits. */
  poll(): number;
  isatty(): boolean;
  close(): void;
}
