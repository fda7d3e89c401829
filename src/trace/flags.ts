// Names for flag sets and enumerated values, as strace prints them (its "xlat"
// tables), with the x86 values. The order of a table is the order strace prints the
// names of a flag set in (it is not always bit order: O_LARGEFILE before O_DIRECTORY,
// MS_SYNC before MS_ASYNC), so keep each table in strace's order.
//
//   printFlags(t, v, 'PROT_???')  → "PROT_READ|PROT_WRITE", "PROT_READ|0x20",
//                                   "0x80 /* PROT_??? */", or the 0-valued name / "0"
//   printXval(t, v, 'SEEK_???')   → "SEEK_SET" or "0x2a /* SEEK_??? */"

export type Xlat = readonly (readonly [number | bigint, string])[];

export function hex(v: number | bigint): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  return b === 0n ? '0' : '0x' + b.toString(16);
}

export function xlookup(t: Xlat, v: number | bigint): string | undefined {
  const b = BigInt(v);
  for (const [val, name] of t) if (BigInt(val) === b) return name;
  return undefined;
}

/** An enumerated value: its name, or hex with a comment naming the unknown kind. */
export function printXval(t: Xlat, v: number | bigint, dflt: string): string {
  const name = xlookup(t, v);
  if (name !== undefined) return name;
  return `${hex(v)} /* ${dflt} */`;
}

/**
 * The names of the bits set, in table order (entries covering several bits are taken
 * whole before their parts); leftover bits as hex. No known bit: hex plus a comment
 * (or plain hex when `dflt` is null). Zero: the table's 0-valued name, or "0".
 */
export function printFlags(t: Xlat, v: number | bigint, dflt: string | null): string {
  let b = BigInt(v);
  if (b < 0n) b = BigInt.asUintN(64, b);
  if (b === 0n) return xlookup(t, 0) ?? '0';
  const names: string[] = [];
  for (const [val, name] of t) {
    const e = BigInt(val);
    if (e !== 0n && (b & e) === e) {
      names.push(name);
      b &= ~e;
      if (b === 0n) break;
    }
  }
  if (!names.length) return dflt === null ? hex(b) : `${hex(b)} /* ${dflt} */`;
  if (b !== 0n) names.push(hex(b));
  return names.join('|');
}

// ---- open(2) and friends ----

export const O_ACCMODE_NAMES: Xlat = [
  [0, 'O_RDONLY'],
  [1, 'O_WRONLY'],
  [2, 'O_RDWR'],
  [3, 'O_ACCMODE'],
];

export const OPEN_FLAGS: Xlat = [
  [0o100, 'O_CREAT'],
  [0o200, 'O_EXCL'],
  [0o400, 'O_NOCTTY'],
  [0o1000, 'O_TRUNC'],
  [0o2000, 'O_APPEND'],
  [0o4000, 'O_NONBLOCK'],
  [0o4010000, 'O_SYNC'],
  [0o4000000, '__O_SYNC'],
  [0o10000, 'O_DSYNC'],
  [0o40000, 'O_DIRECT'],
  [0o100000, 'O_LARGEFILE'],
  [0o400000, 'O_NOFOLLOW'],
  [0o1000000, 'O_NOATIME'],
  [0o2000000, 'O_CLOEXEC'],
  [0o10000000, 'O_PATH'],
  [0o20200000, 'O_TMPFILE'],
  [0o20000000, '__O_TMPFILE'],
  [0o200000, 'O_DIRECTORY'],
  [0o20000, 'FASYNC'],
];

/** open()'s flags argument: the access mode, then the other flags (strace's sprint_open_modes). */
export function printOpenFlags(v: number | bigint): string {
  const b = BigInt.asUintN(32, BigInt(v));
  const acc = xlookup(O_ACCMODE_NAMES, b & 3n) ?? 'O_RDONLY';
  const rest = b & ~3n;
  return rest === 0n ? acc : `${acc}|${printFlags(OPEN_FLAGS, rest, null)}`;
}

export const FD_FLAGS: Xlat = [[1, 'FD_CLOEXEC']];

export const AT_FLAGS: Xlat = [
  [0x100, 'AT_SYMLINK_NOFOLLOW'],
  [0x200, 'AT_REMOVEDIR'],
  [0x400, 'AT_SYMLINK_FOLLOW'],
  [0x800, 'AT_NO_AUTOMOUNT'],
  [0x1000, 'AT_EMPTY_PATH'],
  [0x8000, 'AT_RECURSIVE'],
];

/** faccessat2's flags (0x200 is AT_EACCESS there, not AT_REMOVEDIR). */
export const FACCESSAT_FLAGS: Xlat = [
  [0x100, 'AT_SYMLINK_NOFOLLOW'],
  [0x200, 'AT_EACCESS'],
  [0x1000, 'AT_EMPTY_PATH'],
];

export const AT_STATX_SYNC_TYPES: Xlat = [
  [0, 'AT_STATX_SYNC_AS_STAT'],
  [0x2000, 'AT_STATX_FORCE_SYNC'],
  [0x4000, 'AT_STATX_DONT_SYNC'],
];

/** statx's flags: the sync type first, then the AT_ flags. */
export function printStatxFlags(v: number | bigint): string {
  const b = BigInt.asUintN(32, BigInt(v));
  const sync = printFlags(AT_STATX_SYNC_TYPES, b & 0x6000n, null);
  const rest = b & ~0x6000n;
  return rest === 0n ? sync : `${sync}|${printFlags(AT_FLAGS, rest, null)}`;
}

export const STATX_MASKS: Xlat = [
  [0xfff, 'STATX_ALL'],
  [0x7ff, 'STATX_BASIC_STATS'],
  [0x1, 'STATX_TYPE'],
  [0x2, 'STATX_MODE'],
  [0x4, 'STATX_NLINK'],
  [0x8, 'STATX_UID'],
  [0x10, 'STATX_GID'],
  [0x20, 'STATX_ATIME'],
  [0x40, 'STATX_MTIME'],
  [0x80, 'STATX_CTIME'],
  [0x100, 'STATX_INO'],
  [0x200, 'STATX_SIZE'],
  [0x400, 'STATX_BLOCKS'],
  [0x800, 'STATX_BTIME'],
  [0x1000, 'STATX_MNT_ID'],
  [0x2000, 'STATX_DIOALIGN'],
];

export const STATX_ATTRS: Xlat = [
  [0x4, 'STATX_ATTR_COMPRESSED'],
  [0x10, 'STATX_ATTR_IMMUTABLE'],
  [0x20, 'STATX_ATTR_APPEND'],
  [0x40, 'STATX_ATTR_NODUMP'],
  [0x800, 'STATX_ATTR_ENCRYPTED'],
  [0x1000, 'STATX_ATTR_AUTOMOUNT'],
  [0x2000, 'STATX_ATTR_MOUNT_ROOT'],
  [0x100000, 'STATX_ATTR_VERITY'],
  [0x200000, 'STATX_ATTR_DAX'],
];

export const ACCESS_MODES: Xlat = [
  [4, 'R_OK'],
  [2, 'W_OK'],
  [1, 'X_OK'],
];

/** access()'s mode: F_OK, R_OK|W_OK|X_OK, or hex with "?_OK". */
export function printAccessMode(v: number | bigint): string {
  const b = BigInt.asUintN(32, BigInt(v));
  if (b === 0n) return 'F_OK';
  return printFlags(ACCESS_MODES, b, '?_OK');
}

export const SEEK_WHENCE: Xlat = [
  [0, 'SEEK_SET'],
  [1, 'SEEK_CUR'],
  [2, 'SEEK_END'],
  [3, 'SEEK_DATA'],
  [4, 'SEEK_HOLE'],
];

export const MODE_TYPES: Xlat = [
  [0o140000, 'S_IFSOCK'],
  [0o120000, 'S_IFLNK'],
  [0o100000, 'S_IFREG'],
  [0o060000, 'S_IFBLK'],
  [0o040000, 'S_IFDIR'],
  [0o020000, 'S_IFCHR'],
  [0o010000, 'S_IFIFO'],
];

/** A mode as an argument (open, mkdir, chmod): octal, at least three digits ("0644", "000"). */
export function printNumericMode(v: number): string {
  const m = v >>> 0;
  return m === 0 ? '000' : '0' + m.toString(8).padStart(2, '0');
}

/** st_mode: "S_IFREG|0644", "S_IFREG|S_ISUID|S_ISGID|0755", "S_IFDIR|000". */
export function printSymbolicMode(v: number): string {
  const m = v >>> 0;
  const parts: string[] = [];
  const fmt = m & 0o170000;
  if (fmt) parts.push(xlookup(MODE_TYPES, fmt) ?? '0' + fmt.toString(8));
  if (m & 0o4000) parts.push('S_ISUID');
  if (m & 0o2000) parts.push('S_ISGID');
  if (m & 0o1000) parts.push('S_ISVTX');
  parts.push(printNumericMode(m & 0o777));
  return parts.join('|');
}

export const RENAME_FLAGS: Xlat = [
  [1, 'RENAME_NOREPLACE'],
  [2, 'RENAME_EXCHANGE'],
  [4, 'RENAME_WHITEOUT'],
];

// ---- fcntl ----

export const FCNTL_CMDS: Xlat = [
  [0, 'F_DUPFD'],
  [1, 'F_GETFD'],
  [2, 'F_SETFD'],
  [3, 'F_GETFL'],
  [4, 'F_SETFL'],
  [5, 'F_GETLK'],
  [6, 'F_SETLK'],
  [7, 'F_SETLKW'],
  [8, 'F_SETOWN'],
  [9, 'F_GETOWN'],
  [10, 'F_SETSIG'],
  [11, 'F_GETSIG'],
  [15, 'F_SETOWN_EX'],
  [16, 'F_GETOWN_EX'],
  [17, 'F_GETOWNER_UIDS'],
  [36, 'F_OFD_GETLK'],
  [37, 'F_OFD_SETLK'],
  [38, 'F_OFD_SETLKW'],
  [1024, 'F_SETLEASE'],
  [1025, 'F_GETLEASE'],
  [1026, 'F_NOTIFY'],
  [1030, 'F_DUPFD_CLOEXEC'],
  [1031, 'F_SETPIPE_SZ'],
  [1032, 'F_GETPIPE_SZ'],
  [1033, 'F_ADD_SEALS'],
  [1034, 'F_GET_SEALS'],
  [1035, 'F_GET_RW_HINT'],
  [1036, 'F_SET_RW_HINT'],
  [1037, 'F_GET_FILE_RW_HINT'],
  [1038, 'F_SET_FILE_RW_HINT'],
];

export const LOCK_TYPES: Xlat = [
  [0, 'F_RDLCK'],
  [1, 'F_WRLCK'],
  [2, 'F_UNLCK'],
];

export const SEAL_FLAGS: Xlat = [
  [1, 'F_SEAL_SEAL'],
  [2, 'F_SEAL_SHRINK'],
  [4, 'F_SEAL_GROW'],
  [8, 'F_SEAL_WRITE'],
  [0x10, 'F_SEAL_FUTURE_WRITE'],
];

export const NOTIFY_FLAGS: Xlat = [
  [1, 'DN_ACCESS'],
  [2, 'DN_MODIFY'],
  [4, 'DN_CREATE'],
  [8, 'DN_DELETE'],
  [0x10, 'DN_RENAME'],
  [0x20, 'DN_ATTRIB'],
  [0x80000000, 'DN_MULTISHOT'],
];

// ---- memory ----

export const PROT_FLAGS: Xlat = [
  [0, 'PROT_NONE'],
  [1, 'PROT_READ'],
  [2, 'PROT_WRITE'],
  [4, 'PROT_EXEC'],
  [0x8, 'PROT_SEM'],
  [0x01000000, 'PROT_GROWSDOWN'],
  [0x02000000, 'PROT_GROWSUP'],
];

export const MAP_TYPES: Xlat = [
  [0, 'MAP_FILE'],
  [1, 'MAP_SHARED'],
  [2, 'MAP_PRIVATE'],
  [3, 'MAP_SHARED_VALIDATE'],
];

export const MAP_FLAGS: Xlat = [
  [0x10, 'MAP_FIXED'],
  [0x20, 'MAP_ANONYMOUS'],
  [0x40, 'MAP_32BIT'],
  [0x4000, 'MAP_NORESERVE'],
  [0x8000, 'MAP_POPULATE'],
  [0x10000, 'MAP_NONBLOCK'],
  [0x100, 'MAP_GROWSDOWN'],
  [0x800, 'MAP_DENYWRITE'],
  [0x1000, 'MAP_EXECUTABLE'],
  [0x2000, 'MAP_LOCKED'],
  [0x20000, 'MAP_STACK'],
  [0x40000, 'MAP_HUGETLB'],
  [0x80000, 'MAP_SYNC'],
  [0x100000, 'MAP_FIXED_NOREPLACE'],
];

const MAP_HUGE_SHIFT = 26n;
const MAP_HUGE_MASK = 0x3fn;

/** mmap's flags: the mapping type, the flags, then a huge-page size as N<<MAP_HUGE_SHIFT. */
export function printMmapFlags(v: number | bigint): string {
  let b = BigInt.asUintN(64, BigInt(v));
  const huge = (b >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK;
  b &= ~(MAP_HUGE_MASK << MAP_HUGE_SHIFT);
  const parts = [printXval(MAP_TYPES, b & 0xfn, 'MAP_???')];
  const rest = b & ~0xfn;
  if (rest) parts.push(printFlags(MAP_FLAGS, rest, null));
  if (huge) parts.push(`${huge}<<MAP_HUGE_SHIFT`);
  return parts.join('|');
}

export const MREMAP_FLAGS: Xlat = [
  [1, 'MREMAP_MAYMOVE'],
  [2, 'MREMAP_FIXED'],
  [4, 'MREMAP_DONTUNMAP'],
];

export const MSYNC_FLAGS: Xlat = [
  [4, 'MS_SYNC'],
  [1, 'MS_ASYNC'],
  [2, 'MS_INVALIDATE'],
];

export const MLOCKALL_FLAGS: Xlat = [
  [1, 'MCL_CURRENT'],
  [2, 'MCL_FUTURE'],
  [4, 'MCL_ONFAULT'],
];

export const MLOCK_FLAGS: Xlat = [[1, 'MLOCK_ONFAULT']];

export const MADVISE_ADVICE: Xlat = [
  [0, 'MADV_NORMAL'],
  [1, 'MADV_RANDOM'],
  [2, 'MADV_SEQUENTIAL'],
  [3, 'MADV_WILLNEED'],
  [4, 'MADV_DONTNEED'],
  [8, 'MADV_FREE'],
  [9, 'MADV_REMOVE'],
  [10, 'MADV_DONTFORK'],
  [11, 'MADV_DOFORK'],
  [12, 'MADV_MERGEABLE'],
  [13, 'MADV_UNMERGEABLE'],
  [14, 'MADV_HUGEPAGE'],
  [15, 'MADV_NOHUGEPAGE'],
  [16, 'MADV_DONTDUMP'],
  [17, 'MADV_DODUMP'],
  [18, 'MADV_WIPEONFORK'],
  [19, 'MADV_KEEPONFORK'],
  [20, 'MADV_COLD'],
  [21, 'MADV_PAGEOUT'],
  [22, 'MADV_POPULATE_READ'],
  [23, 'MADV_POPULATE_WRITE'],
  [24, 'MADV_DONTNEED_LOCKED'],
  [25, 'MADV_COLLAPSE'],
  [100, 'MADV_HWPOISON'],
  [101, 'MADV_SOFT_OFFLINE'],
];

// ---- processes, signals, time, misc ----

export const ARCH_PRCTL_CODES: Xlat = [
  [0x1001, 'ARCH_SET_GS'],
  [0x1002, 'ARCH_SET_FS'],
  [0x1003, 'ARCH_GET_FS'],
  [0x1004, 'ARCH_GET_GS'],
  [0x1011, 'ARCH_GET_CPUID'],
  [0x1012, 'ARCH_SET_CPUID'],
  [0x1021, 'ARCH_GET_XCOMP_SUPP'],
  [0x1022, 'ARCH_GET_XCOMP_PERM'],
  [0x1023, 'ARCH_REQ_XCOMP_PERM'],
  [0x1024, 'ARCH_GET_XCOMP_GUEST_PERM'],
  [0x1025, 'ARCH_REQ_XCOMP_GUEST_PERM'],
  [0x2001, 'ARCH_MAP_VDSO_X32'],
  [0x2002, 'ARCH_MAP_VDSO_32'],
  [0x2003, 'ARCH_MAP_VDSO_64'],
  [0x4001, 'ARCH_GET_UNTAG_MASK'],
  [0x4002, 'ARCH_ENABLE_TAGGED_ADDR'],
  [0x4003, 'ARCH_GET_MAX_TAG_BITS'],
  [0x4004, 'ARCH_FORCE_TAGGED_SVA'],
  [0x5001, 'ARCH_SHSTK_ENABLE'],
  [0x5002, 'ARCH_SHSTK_DISABLE'],
  [0x5003, 'ARCH_SHSTK_LOCK'],
  [0x5004, 'ARCH_SHSTK_UNLOCK'],
  [0x5005, 'ARCH_SHSTK_STATUS'],
];

export const RLIMIT_RESOURCES: Xlat = [
  [0, 'RLIMIT_CPU'],
  [1, 'RLIMIT_FSIZE'],
  [2, 'RLIMIT_DATA'],
  [3, 'RLIMIT_STACK'],
  [4, 'RLIMIT_CORE'],
  [5, 'RLIMIT_RSS'],
  [6, 'RLIMIT_NPROC'],
  [7, 'RLIMIT_NOFILE'],
  [8, 'RLIMIT_MEMLOCK'],
  [9, 'RLIMIT_AS'],
  [10, 'RLIMIT_LOCKS'],
  [11, 'RLIMIT_SIGPENDING'],
  [12, 'RLIMIT_MSGQUEUE'],
  [13, 'RLIMIT_NICE'],
  [14, 'RLIMIT_RTPRIO'],
  [15, 'RLIMIT_RTTIME'],
];

export const CLOCK_NAMES: Xlat = [
  [0, 'CLOCK_REALTIME'],
  [1, 'CLOCK_MONOTONIC'],
  [2, 'CLOCK_PROCESS_CPUTIME_ID'],
  [3, 'CLOCK_THREAD_CPUTIME_ID'],
  [4, 'CLOCK_MONOTONIC_RAW'],
  [5, 'CLOCK_REALTIME_COARSE'],
  [6, 'CLOCK_MONOTONIC_COARSE'],
  [7, 'CLOCK_BOOTTIME'],
  [8, 'CLOCK_REALTIME_ALARM'],
  [9, 'CLOCK_BOOTTIME_ALARM'],
  [10, 'CLOCK_SGI_CYCLE'],
  [11, 'CLOCK_TAI'],
];

export const TIMER_FLAGS: Xlat = [[1, 'TIMER_ABSTIME']];

export const SIGPROCMASK_HOW: Xlat = [
  [0, 'SIG_BLOCK'],
  [1, 'SIG_UNBLOCK'],
  [2, 'SIG_SETMASK'],
];

export const SA_FLAGS: Xlat = [
  [0x04000000, 'SA_RESTORER'],
  [0x08000000, 'SA_ONSTACK'],
  [0x10000000, 'SA_RESTART'],
  [0x20000000, 'SA_INTERRUPT'],
  [0x40000000, 'SA_NODEFER'],
  [0x80000000, 'SA_RESETHAND'],
  [4, 'SA_SIGINFO'],
  [1, 'SA_NOCLDSTOP'],
  [2, 'SA_NOCLDWAIT'],
];

export const SA_HANDLERS: Xlat = [
  [0, 'SIG_DFL'],
  [1, 'SIG_IGN'],
];

export const SIGALTSTACK_FLAGS: Xlat = [
  [1, 'SS_ONSTACK'],
  [2, 'SS_DISABLE'],
  [0x80000000, 'SS_AUTODISARM'],
];

export const GETRANDOM_FLAGS: Xlat = [
  [1, 'GRND_NONBLOCK'],
  [2, 'GRND_RANDOM'],
  [4, 'GRND_INSECURE'],
];

export const FUTEX_OPS: Xlat = [
  [0, 'FUTEX_WAIT'],
  [1, 'FUTEX_WAKE'],
  [2, 'FUTEX_FD'],
  [3, 'FUTEX_REQUEUE'],
  [4, 'FUTEX_CMP_REQUEUE'],
  [5, 'FUTEX_WAKE_OP'],
  [6, 'FUTEX_LOCK_PI'],
  [7, 'FUTEX_UNLOCK_PI'],
  [8, 'FUTEX_TRYLOCK_PI'],
  [9, 'FUTEX_WAIT_BITSET'],
  [10, 'FUTEX_WAKE_BITSET'],
  [11, 'FUTEX_WAIT_REQUEUE_PI'],
  [12, 'FUTEX_CMP_REQUEUE_PI'],
  [13, 'FUTEX_LOCK_PI2'],
];

/** futex's op: the command with _PRIVATE / _CLOCK_REALTIME suffixes folded in. */
export function printFutexOp(v: number): string {
  const op = v >>> 0;
  const cmd = op & 0x7f;
  const priv = op & 128 ? '_PRIVATE' : '';
  const rt = op & 256 ? '|FUTEX_CLOCK_REALTIME' : '';
  const rest = op & ~0x17f;
  const name = xlookup(FUTEX_OPS, cmd);
  if (name === undefined) return `${hex(op)} /* FUTEX_??? */`;
  return name + priv + rt + (rest ? '|' + hex(rest) : '');
}

export const WAIT_OPTIONS: Xlat = [
  [1, 'WNOHANG'],
  [2, 'WUNTRACED'],
  [8, 'WCONTINUED'],
  [0x01000000, 'WNOWAIT'],
  [0x20000000, '__WNOTHREAD'],
  [0x40000000, '__WALL'],
  [0x80000000, '__WCLONE'],
];

export const PRCTL_OPTIONS: Xlat = [
  [1, 'PR_SET_PDEATHSIG'],
  [2, 'PR_GET_PDEATHSIG'],
  [3, 'PR_GET_DUMPABLE'],
  [4, 'PR_SET_DUMPABLE'],
  [15, 'PR_SET_NAME'],
  [16, 'PR_GET_NAME'],
  [22, 'PR_SET_SECCOMP'],
  [21, 'PR_GET_SECCOMP'],
  [36, 'PR_SET_CHILD_SUBREAPER'],
  [37, 'PR_GET_CHILD_SUBREAPER'],
  [38, 'PR_SET_NO_NEW_PRIVS'],
  [39, 'PR_GET_NO_NEW_PRIVS'],
  [0x59616d61, 'PR_SET_PTRACER'],
  [0x53564d41, 'PR_SET_VMA'],
];

export const SCHED_POLICIES: Xlat = [
  [0, 'SCHED_OTHER'],
  [1, 'SCHED_FIFO'],
  [2, 'SCHED_RR'],
  [3, 'SCHED_BATCH'],
  [5, 'SCHED_IDLE'],
  [6, 'SCHED_DEADLINE'],
];

export const SOCKET_FAMILIES: Xlat = [
  [0, 'AF_UNSPEC'],
  [1, 'AF_UNIX'],
  [2, 'AF_INET'],
  [10, 'AF_INET6'],
  [16, 'AF_NETLINK'],
  [17, 'AF_PACKET'],
];

export const SOCKET_TYPES: Xlat = [
  [1, 'SOCK_STREAM'],
  [2, 'SOCK_DGRAM'],
  [3, 'SOCK_RAW'],
  [4, 'SOCK_RDM'],
  [5, 'SOCK_SEQPACKET'],
  [6, 'SOCK_DCCP'],
  [10, 'SOCK_PACKET'],
];

export const SOCK_TYPE_FLAGS: Xlat = [
  [0o2000000, 'SOCK_CLOEXEC'],
  [0o4000, 'SOCK_NONBLOCK'],
];

export const POLL_EVENTS: Xlat = [
  [0x1, 'POLLIN'],
  [0x2, 'POLLPRI'],
  [0x4, 'POLLOUT'],
  [0x8, 'POLLERR'],
  [0x10, 'POLLHUP'],
  [0x20, 'POLLNVAL'],
  [0x40, 'POLLRDNORM'],
  [0x80, 'POLLRDBAND'],
  [0x100, 'POLLWRNORM'],
  [0x200, 'POLLWRBAND'],
  [0x400, 'POLLMSG'],
  [0x2000, 'POLLRDHUP'],
];

export const CLONE_FLAGS: Xlat = [
  [0x00000100, 'CLONE_VM'],
  [0x00000200, 'CLONE_FS'],
  [0x00000400, 'CLONE_FILES'],
  [0x00000800, 'CLONE_SIGHAND'],
  [0x00001000, 'CLONE_PIDFD'],
  [0x00002000, 'CLONE_PTRACE'],
  [0x00004000, 'CLONE_VFORK'],
  [0x00008000, 'CLONE_PARENT'],
  [0x00010000, 'CLONE_THREAD'],
  [0x00020000, 'CLONE_NEWNS'],
  [0x00040000, 'CLONE_SYSVSEM'],
  [0x00080000, 'CLONE_SETTLS'],
  [0x00100000, 'CLONE_PARENT_SETTID'],
  [0x00200000, 'CLONE_CHILD_CLEARTID'],
  [0x00400000, 'CLONE_DETACHED'],
  [0x00800000, 'CLONE_UNTRACED'],
  [0x01000000, 'CLONE_CHILD_SETTID'],
  [0x02000000, 'CLONE_NEWCGROUP'],
  [0x04000000, 'CLONE_NEWUTS'],
  [0x08000000, 'CLONE_NEWIPC'],
  [0x10000000, 'CLONE_NEWUSER'],
  [0x20000000, 'CLONE_NEWPID'],
  [0x40000000, 'CLONE_NEWNET'],
  [0x80000000, 'CLONE_IO'],
];

// ---- terminals (ioctl) ----

export const TERMIOS_IFLAGS: Xlat = [
  [0o1, 'IGNBRK'],
  [0o2, 'BRKINT'],
  [0o4, 'IGNPAR'],
  [0o10, 'PARMRK'],
  [0o20, 'INPCK'],
  [0o40, 'ISTRIP'],
  [0o100, 'INLCR'],
  [0o200, 'IGNCR'],
  [0o400, 'ICRNL'],
  [0o1000, 'IUCLC'],
  [0o2000, 'IXON'],
  [0o4000, 'IXANY'],
  [0o10000, 'IXOFF'],
  [0o20000, 'IMAXBEL'],
  [0o40000, 'IUTF8'],
];

export const TERMIOS_OFLAGS: Xlat = [
  [0o1, 'OPOST'],
  [0o2, 'OLCUC'],
  [0o4, 'ONLCR'],
  [0o10, 'OCRNL'],
  [0o20, 'ONOCR'],
  [0o40, 'ONLRET'],
  [0o100, 'OFILL'],
  [0o200, 'OFDEL'],
];

export const TERMIOS_CFLAGS: Xlat = [
  [0o100, 'CSTOPB'],
  [0o200, 'CREAD'],
  [0o400, 'PARENB'],
  [0o1000, 'PARODD'],
  [0o2000, 'HUPCL'],
  [0o4000, 'CLOCAL'],
  [0o10000000000, 'CMSPAR'],
  [0o20000000000, 'CRTSCTS'],
];

export const TERMIOS_LFLAGS: Xlat = [
  [0o1, 'ISIG'],
  [0o2, 'ICANON'],
  [0o4, 'XCASE'],
  [0o10, 'ECHO'],
  [0o20, 'ECHOE'],
  [0o40, 'ECHOK'],
  [0o100, 'ECHONL'],
  [0o200, 'NOFLSH'],
  [0o100000, 'IEXTEN'],
  [0o1000, 'ECHOCTL'],
  [0o2000, 'ECHOPRT'],
  [0o4000, 'ECHOKE'],
  [0o10000, 'FLUSHO'],
  [0o40000, 'PENDIN'],
  [0o400, 'TOSTOP'],
  [0o200000, 'EXTPROC'],
];

export const BAUD_RATES: Xlat = [
  [0o0, 'B0'],
  [0o1, 'B50'],
  [0o2, 'B75'],
  [0o3, 'B110'],
  [0o4, 'B134'],
  [0o5, 'B150'],
  [0o6, 'B200'],
  [0o7, 'B300'],
  [0o10, 'B600'],
  [0o11, 'B1200'],
  [0o12, 'B1800'],
  [0o13, 'B2400'],
  [0o14, 'B4800'],
  [0o15, 'B9600'],
  [0o16, 'B19200'],
  [0o17, 'B38400'],
  [0o10000, 'BOTHER'],
  [0o10001, 'B57600'],
  [0o10002, 'B115200'],
  [0o10003, 'B230400'],
  [0o10004, 'B460800'],
  [0o10005, 'B500000'],
  [0o10006, 'B576000'],
  [0o10007, 'B921600'],
  [0o10010, 'B1000000'],
  [0o10011, 'B1152000'],
  [0o10012, 'B1500000'],
  [0o10013, 'B2000000'],
  [0o10014, 'B2500000'],
  [0o10015, 'B3000000'],
  [0o10016, 'B3500000'],
  [0o10017, 'B4000000'],
];

export const CSIZES: Xlat = [
  [0o0, 'CS5'],
  [0o20, 'CS6'],
  [0o40, 'CS7'],
  [0o60, 'CS8'],
];

export const TCFLSH_QUEUES: Xlat = [
  [0, 'TCIFLUSH'],
  [1, 'TCOFLUSH'],
  [2, 'TCIOFLUSH'],
];

/** c_oflag: the delay fields by name, then the flags (strace prints "NL0|CR0|…|OPOST|ONLCR"). */
export function printTermiosOflag(v: number): string {
  const o = v >>> 0;
  const nl = o & 0o400 ? 'NL1' : 'NL0';
  const cr = ['CR0', 'CR1', 'CR2', 'CR3'][(o >> 9) & 3];
  const tab = ['TAB0', 'TAB1', 'TAB2', 'TAB3'][(o >> 11) & 3];
  const bs = o & 0o20000 ? 'BS1' : 'BS0';
  const vt = o & 0o40000 ? 'VT1' : 'VT0';
  const ff = o & 0o100000 ? 'FF1' : 'FF0';
  const rest = o & ~0o177400;
  return `${nl}|${cr}|${tab}|${bs}|${vt}|${ff}|${rest ? printFlags(TERMIOS_OFLAGS, rest, null) : ''}`;
}

/** c_cflag: output baud, input baud <<IBSHIFT, character size, flags. */
export function printTermiosCflag(v: number): string {
  const c = v >>> 0;
  const CBAUD = 0o10017;
  const parts = [printXval(BAUD_RATES, c & CBAUD, 'B???')];
  const ibaud = (c >>> 16) & CBAUD;
  if (ibaud) parts.push(`${printXval(BAUD_RATES, ibaud, 'B???')}<<IBSHIFT`);
  parts.push(xlookup(CSIZES, c & 0o60) ?? 'CS5');
  const rest = c & ~(CBAUD | (CBAUD << 16) | 0o60);
  if (rest) parts.push(printFlags(TERMIOS_CFLAGS, rest, null));
  return parts.join('|');
}
