// Mount points that exist in the guest's view only. `--mount HOST:/data` with no /data
// in the guest's root must not create a directory on the host (or anywhere): the
// Vfs shows an empty, read-only directory there, on which the mount sits. Its parent
// is the real directory it appears in, so ".." walks out of the mount as usual.

import { Errno } from './errno.js';
import { Inode, type DirEntry, type FsBackend, type InodeAttrs, type ParentLink, type Stat, type StatFs } from './types.js';
import { S_IFDIR } from './constants.js';

const ZERO = { sec: 0, nsec: 0 };

/** The (one per Vfs) file system the view-only mount points belong to. */
export class MountpointFs implements FsBackend {
  readonly fstype = 'mountpoint';
  readonly dev = 0;
  readonly readonly = true;
  readonly root: Inode;
  private nextIno = 2;
  constructor() {
    this.root = new MountpointDir(this, 1, null, '');
  }
  statfs(): StatFs | number {
    return { type: 0, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: [0, 0], namelen: 255, frsize: 4096, flags: 1 };
  }
  /** A new empty directory that appears as `name` in `parent`. */
  dir(parent: Inode, name: string): MountpointDir {
    return new MountpointDir(this, this.nextIno++, parent, name);
  }
}

export class MountpointDir extends Inode {
  readonly key: string;
  constructor(
    readonly fs: FsBackend,
    readonly ino: number,
    private readonly parent: Inode | null,
    private readonly name: string,
  ) {
    super();
    this.key = `mountpoint:${ino}`;
  }
  attrs(): InodeAttrs {
    return { mode: S_IFDIR | 0o755, uid: 0, gid: 0 };
  }
  stat(): Stat {
    return { dev: 0, ino: this.ino, mode: S_IFDIR | 0o755, nlink: 2, uid: 0, gid: 0, rdev: 0, size: 0, blksize: 4096, blocks: 0, atime: ZERO, mtime: ZERO, ctime: ZERO };
  }
  override lookup(): Inode | number {
    return -Errno.ENOENT;
  }
  override readdir(): DirEntry[] {
    return [];
  }
  override parentLink(): ParentLink | null {
    return this.parent === null ? null : { parent: this.parent, name: this.name };
  }
}
