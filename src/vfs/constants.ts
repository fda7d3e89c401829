/**
 * Linux x86 (i386 and x86-64 share these) file-system constants: mode bits, open
 * flags, *at() flags, dirent types, seek modes, rename flags, device numbers, limits.
 * Values are the kernel's uapi values, so the syscall layer can pass guest arguments
 * straight through.
 */

// ---- limits -------------------------------------------------------------------
/** Longest path including its terminating NUL: a path of PATH_MAX bytes or more is ENAMETOOLONG. */
export const PATH_MAX = 4096;
/** Longest single file name (bytes). */
export const NAME_MAX = 255;
/** Symlinks followed in one path walk before ELOOP (include/linux/namei.h MAXSYMLINKS). */
export const MAXSYMLINKS = 40;

// ---- st_mode --------------------------------------------------------------------
export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;
export const S_IXUSR = 0o100;
export const S_IXGRP = 0o010;
export const S_IXOTH = 0o001;
export const S_IRWXU = 0o700;
export const S_IRWXG = 0o070;
export const S_IRWXO = 0o007;
/** Permission bits plus setuid/setgid/sticky. */
export const S_IALLUGO = 0o7777;

export const isDirMode = (m: number): boolean => (m & S_IFMT) === S_IFDIR;
export const isRegMode = (m: number): boolean => (m & S_IFMT) === S_IFREG;
export const isLnkMode = (m: number): boolean => (m & S_IFMT) === S_IFLNK;
export const isChrMode = (m: number): boolean => (m & S_IFMT) === S_IFCHR;
export const isBlkMode = (m: number): boolean => (m & S_IFMT) === S_IFBLK;
export const isFifoMode = (m: number): boolean => (m & S_IFMT) === S_IFIFO;
export const isSockMode = (m: number): boolean => (m & S_IFMT) === S_IFSOCK;

// ---- access() / permission masks ----------------------------------------------
export const F_OK = 0;
export const X_OK = 1;
export const W_OK = 2;
export const R_OK = 4;
/** Internal permission masks (same bits as R_OK/W_OK/X_OK, as in the kernel's MAY_*). */
export const MAY_EXEC = 1;
export const MAY_WRITE = 2;
export const MAY_READ = 4;

// ---- open() flags (asm-generic/fcntl.h; x86 uses the generic values) ------------
export const O_ACCMODE = 0o3;
export const O_RDONLY = 0o0;
export const O_WRONLY = 0o1;
export const O_RDWR = 0o2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DSYNC = 0o10000;
export const O_ASYNC = 0o20000;
export const O_DIRECT = 0o40000;
export const O_LARGEFILE = 0o100000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;
export const O_NOATIME = 0o1000000;
export const O_CLOEXEC = 0o2000000;
export const O_SYNC = 0o4010000;
export const O_PATH = 0o10000000;
export const O_TMPFILE = 0o20200000;
/** Status flags fcntl(F_SETFL) may change (fs/fcntl.c SETFL_MASK). */
export const SETFL_MASK = O_APPEND | O_NONBLOCK | O_ASYNC | O_DIRECT | O_NOATIME;

// ---- *at() flags ------------------------------------------------------------------
/** dirfd value meaning "the current directory" (the kernel turns it into the cwd Location). */
export const AT_FDCWD = -100;
export const AT_SYMLINK_NOFOLLOW = 0x100;
export const AT_EACCESS = 0x200;
export const AT_REMOVEDIR = 0x200;
export const AT_SYMLINK_FOLLOW = 0x400;
export const AT_NO_AUTOMOUNT = 0x800;
export const AT_EMPTY_PATH = 0x1000;

// ---- renameat2() flags ------------------------------------------------------------
export const RENAME_NOREPLACE = 1;
export const RENAME_EXCHANGE = 2;
export const RENAME_WHITEOUT = 4;

// ---- utimensat() ----------------------------------------------------------------
export const UTIME_NOW = (1 << 30) - 1;
export const UTIME_OMIT = (1 << 30) - 2;

// ---- lseek() whence -----------------------------------------------------------------
export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;
export const SEEK_DATA = 3;
export const SEEK_HOLE = 4;

// ---- getdents64 d_type -----------------------------------------------------------
export const DT_UNKNOWN = 0;
export const DT_FIFO = 1;
export const DT_CHR = 2;
export const DT_DIR = 4;
export const DT_BLK = 6;
export const DT_REG = 8;
export const DT_LNK = 10;
export const DT_SOCK = 12;

/** d_type for an st_mode (fs_umode_to_dtype). */
export function modeToDtype(mode: number): number {
  return (mode & S_IFMT) >>> 12;
}

// ---- poll() events (for OpenFile.poll) -------------------------------------------
export const POLLIN = 0x001;
export const POLLPRI = 0x002;
export const POLLOUT = 0x004;
export const POLLERR = 0x008;
export const POLLHUP = 0x010;
export const POLLNVAL = 0x020;
export const POLLRDNORM = 0x040;
export const POLLWRNORM = 0x100;

// ---- device numbers ------------------------------------------------------------
/**
 * dev_t as the kernel's stat() reports it (new_encode_dev / glibc makedev):
 * minor bits 0-7, major bits 8-19, minor bits 20-31 (the 12 high minor bits).
 */
export function makedev(major: number, minor: number): number {
  return ((minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xff) << 12)) >>> 0;
}
export function major(dev: number): number {
  return (dev >>> 8) & 0xfff;
}
export function minor(dev: number): number {
  return (dev & 0xff) | ((dev >>> 12) & 0xfff00);
}

// ---- statfs f_type magics (include/uapi/linux/magic.h) ---------------------------
export const TMPFS_MAGIC = 0x01021994;
export const PROC_SUPER_MAGIC = 0x9fa0;
export const SYSFS_MAGIC = 0x62656572;
export const DEVPTS_SUPER_MAGIC = 0x1cd1;
/** Reported for a host mount when the host's statfs() is unavailable. */
export const EXT4_SUPER_MAGIC = 0xef53;
