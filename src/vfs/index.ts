/**
 * sysgate vfs — the file-system layer under the kernel's fs system calls.
 *
 * DESIGN
 *
 * Shape (mirrors Linux's VFS, scaled down):
 *   Vfs          mount table + path walk (namei) + permission checks + every path
 *                operation (open, stat, mkdir, rename, ...).            vfs.ts
 *   FsBackend    a file-system driver (super_block): MemFs (tmpfs), DevFs (devtmpfs),
 *                SyntheticFs/ProcFs (callback files), HostFs (a host directory,
 *                hostfs.ts, Node only).
 *   Inode        a backend's node (inode + inode_operations). Backends only act on
 *                their own tree; the Vfs does walking, mounts, symlinks, permissions
 *                and EROFS before calling them.                         types.ts
 *   Location     {mnt, node} = Linux's struct path. The kernel keeps one per task for
 *                the cwd and the root, and every OpenFile made from a path has one.
 *   OpenFile     an open file description (struct file): RegularFile, DirFile,
 *                PathFile (O_PATH), device files, HostFdFile — and the kernel's pipes
 *                (extend BaseFile).                                     files.ts
 *
 * Conventions
 *   - All synchronous. Every operation returns a result or a NEGATIVE Linux errno
 *     (x86 numbers, errno.ts): objects vs numbers (`typeof r === 'number'` → error);
 *     where the result is a number, negative = error.
 *   - Names/paths/link targets are byte strings (one char per byte, bytes.ts), so any
 *     guest bytes survive; NAME_MAX/PATH_MAX count bytes.
 *   - *at() style: each path operation takes the starting directory Location (the
 *     kernel passes the task's cwd for AT_FDCWD, or the dirfd's file.location) and a
 *     path; absolute paths start at ctx.root. Flags are Linux's own values
 *     (AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH, AT_SYMLINK_FOLLOW, AT_REMOVEDIR, O_*,
 *     RENAME_*), so the syscall layer passes guest arguments through. AT_EMPTY_PATH
 *     with "" operates on `at` itself (fstat, fchmod, fchown, futimens, fchdir are
 *     these calls with "" and AT_EMPTY_PATH).
 *   - Ctx {cred, root, umask}: cred = who asks (fsuid/fsgid + groups; default
 *     Vfs.defaultCred = the host's uid/gid under Node — a non-root user unless the host
 *     runs as root — or 1000:1000 in a browser; VfsOptions.cred overrides it); root =
 *     the task's root (chroot; default Vfs.root()); umask = applied to the mode of
 *     open(O_CREAT)/mkdir/mknod (default 0, i.e. the caller pre-applied it).
 *
 * Path walk (Linux link_path_walk/lookup_last)
 *   - Search (x) permission on every directory walked, including the last one's parent.
 *   - "." and ".."; ".." at a mount root climbs to the mount point first (repeatedly,
 *     for stacked mounts) and never above ctx.root.
 *   - Mount crossing: stepping onto a mount point enters the top mount's root. Delete
 *     operations look the victim up without crossing, so rmdir/unlink/rename of a mount
 *     point is EBUSY. Renaming a directory with a mount below it is EBUSY too (Linux
 *     moves the mount along; here it would come off: Vfs.hasMountBelow).
 *   - Symlinks: always followed mid-path; the last component per the call's flag; a
 *     trailing "/" forces following and requires a directory (ENOTDIR otherwise). Relative
 *     targets resolve from the link's directory. 40 links per walk, then ELOOP. Magic
 *     links (/proc) jump straight to a Location.
 *   - ENAMETOOLONG: path (or link body) of PATH_MAX (4096) bytes or more, or a component
 *     over NAME_MAX (255). ENOTDIR for a non-directory mid-path or as a relative start.
 *
 * Permissions (generic_permission): owner/group/other bits for cred; root (uid 0)
 *   reads/writes anything and searches any directory but executes a file only if some x
 *   bit is set. Sticky directories: only the owner of the file or directory (or root)
 *   may delete/rename (EPERM). chmod/utimens(explicit times) need ownership (EPERM);
 *   utimens(now) needs ownership or write access (EACCES); chown needs root, or owner
 *   changing the group to one of its groups. EROFS for writes to regular files,
 *   directories and symlinks on read-only mounts (devices stay writable), checked
 *   before the DAC bits, as in Linux. Not modelled: ACLs, capabilities other than
 *   "uid 0 has all", protected_hardlinks/symlinks, immutable/append-only flags.
 *
 * Open (do_filp_open): O_RDONLY/O_WRONLY/O_RDWR (3 = ioctl-only), O_CREAT (mode &
 *   ~umask; creating through a dangling symlink creates its target), O_EXCL (implies
 *   not following; EEXIST), O_TRUNC (needs write permission; ignored for devices),
 *   O_APPEND (every write at the end, pwrite too, as on Linux), O_DIRECTORY (ENOTDIR),
 *   O_NOFOLLOW (ELOOP on a final symlink), O_PATH (PathFile: fstat and *at() only),
 *   O_CREAT|O_DIRECTORY → EINVAL (Linux ≥ 6.4), O_TMPFILE → EOPNOTSUPP, directories
 *   opened for writing → EISDIR, O_NOATIME by a non-owner → EPERM. O_CLOEXEC is the
 *   kernel's (descriptor flag). Character devices open through the driver registered
 *   for their rdev (unknown → ENXIO); FIFOs and sockets through setSpecialOpen (the
 *   kernel's pipes; default ENXIO).
 *
 * getdents: DirFile lists ".", "..", then entries in the backend's order (creation
 *   order for MemFs). The file offset is a cookie (index into a snapshot taken when
 *   reading from offset 0); each Dirent.off is the cookie of the next entry, so
 *   lseek(fd, d_off, SEEK_SET) resumes exactly, and rewinding sees new entries.
 *
 * Mounts: `new Vfs()` gives a MemFs root with /dev (DevFs mounted), /proc (ProcFs
 *   mounted, with /proc/mounts) and /tmp (1777). `new Vfs({root: new HostFs(dir)})`
 *   roots the guest in a host directory (DevFs/ProcFs are mounted when /dev and /proc
 *   exist there). `vfs.mount(path, backend, {readonly})` stacks; `umount(path)`.
 *   Renames and hard links never cross mounts (EXDEV).
 *
 * Devices: null, zero, full, random/urandom (crypto.getRandomValues, or VfsOptions.random),
 *   tty (5:0, via vfs.setTty(hook); hostfs.ts has hostTtyHook). Add drivers with
 *   registerCharDevice(makedev(major, minor), driver).
 *
 * /proc: vfs.proc is a SyntheticFs the kernel fills: addFile(path, read, write?),
 *   addSymlink(path, target, magic?), addDir(path, {list, lookup}) for dynamic trees
 *   (/proc/self, /proc/<pid>, /proc/self/fd/<n>). See synthfs.ts.
 *
 * Times: Timespec {sec, nsec}. MemFs updates atime (relatime), mtime and ctime like
 *   tmpfs; clocks are pluggable (deterministic runs).
 *
 * Browser: everything exported here is browser-safe; hostfs.ts (HostFs, HostFdFile,
 *   hostCred, hostStdio, hostTtyHook) imports node:fs and is exported separately as
 *   '.../vfs/hostfs.js'.
 */
export * from './errno.js';
export * from './constants.js';
export * from './types.js';
export * from './bytes.js';
export * from './time.js';
export * from './files.js';
export * from './memfs.js';
export * from './devfs.js';
export * from './synthfs.js';
export * from './vfs.js';
