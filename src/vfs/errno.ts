/**
 * The Linux errno table (x86 / asm-generic numbering), one source of truth for the
 * kernel, the vfs and the tracer.
 *
 * - `Errno.ENOENT === 2` etc.: every name glibc knows, plus the aliases EWOULDBLOCK
 *   (= EAGAIN), EDEADLOCK (= EDEADLK) and ENOTSUP (= EOPNOTSUPP).
 * - `ERRNO_TABLE`: one row per number (primary name, number, message). Messages are
 *   exactly what glibc 2.36's strerror() prints in the C locale.
 * - Kernel-internal codes (ERESTARTSYS 512 ... ERECALLCONN 530; include/linux/errno.h)
 *   must never reach user space, but the tracer shows them when a system call is
 *   interrupted, so they are in the table with `internal: true`. For the four restart
 *   codes the message is strace's text ("To be restarted if SA_RESTART is set", ...);
 *   for the others it is glibc's "Unknown error N".
 *
 * Generated from /usr/include/asm-generic/errno{-base,}.h and glibc's strerror().
 */

export interface ErrnoInfo {
  /** Primary symbolic name, as strace prints it (EAGAIN, not EWOULDBLOCK). */
  readonly name: string;
  /** Positive errno number. System calls return its negation. */
  readonly num: number;
  /** strerror() text. */
  readonly message: string;
  /** True for kernel-internal codes (>= 512) that user space never sees. */
  readonly internal?: boolean;
}

export const Errno = {
  EPERM: 1,
  ENOENT: 2,
  ESRCH: 3,
  EINTR: 4,
  EIO: 5,
  ENXIO: 6,
  E2BIG: 7,
  ENOEXEC: 8,
  EBADF: 9,
  ECHILD: 10,
  EAGAIN: 11,
  ENOMEM: 12,
  EACCES: 13,
  EFAULT: 14,
  ENOTBLK: 15,
  EBUSY: 16,
  EEXIST: 17,
  EXDEV: 18,
  ENODEV: 19,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  ENFILE: 23,
  EMFILE: 24,
  ENOTTY: 25,
  ETXTBSY: 26,
  EFBIG: 27,
  ENOSPC: 28,
  ESPIPE: 29,
  EROFS: 30,
  EMLINK: 31,
  EPIPE: 32,
  EDOM: 33,
  ERANGE: 34,
  EDEADLK: 35,
  ENAMETOOLONG: 36,
  ENOLCK: 37,
  ENOSYS: 38,
  ENOTEMPTY: 39,
  ELOOP: 40,
  ENOMSG: 42,
  EIDRM: 43,
  ECHRNG: 44,
  EL2NSYNC: 45,
  EL3HLT: 46,
  EL3RST: 47,
  ELNRNG: 48,
  EUNATCH: 49,
  ENOCSI: 50,
  EL2HLT: 51,
  EBADE: 52,
  EBADR: 53,
  EXFULL: 54,
  ENOANO: 55,
  EBADRQC: 56,
  EBADSLT: 57,
  EBFONT: 59,
  ENOSTR: 60,
  ENODATA: 61,
  ETIME: 62,
  ENOSR: 63,
  ENONET: 64,
  ENOPKG: 65,
  EREMOTE: 66,
  ENOLINK: 67,
  EADV: 68,
  ESRMNT: 69,
  ECOMM: 70,
  EPROTO: 71,
  EMULTIHOP: 72,
  EDOTDOT: 73,
  EBADMSG: 74,
  EOVERFLOW: 75,
  ENOTUNIQ: 76,
  EBADFD: 77,
  EREMCHG: 78,
  ELIBACC: 79,
  ELIBBAD: 80,
  ELIBSCN: 81,
  ELIBMAX: 82,
  ELIBEXEC: 83,
  EILSEQ: 84,
  ERESTART: 85,
  ESTRPIPE: 86,
  EUSERS: 87,
  ENOTSOCK: 88,
  EDESTADDRREQ: 89,
  EMSGSIZE: 90,
  EPROTOTYPE: 91,
  ENOPROTOOPT: 92,
  EPROTONOSUPPORT: 93,
  ESOCKTNOSUPPORT: 94,
  EOPNOTSUPP: 95,
  EPFNOSUPPORT: 96,
  EAFNOSUPPORT: 97,
  EADDRINUSE: 98,
  EADDRNOTAVAIL: 99,
  ENETDOWN: 100,
  ENETUNREACH: 101,
  ENETRESET: 102,
  ECONNABORTED: 103,
  ECONNRESET: 104,
  ENOBUFS: 105,
  EISCONN: 106,
  ENOTCONN: 107,
  ESHUTDOWN: 108,
  ETOOMANYREFS: 109,
  ETIMEDOUT: 110,
  ECONNREFUSED: 111,
  EHOSTDOWN: 112,
  EHOSTUNREACH: 113,
  EALREADY: 114,
  EINPROGRESS: 115,
  ESTALE: 116,
  EUCLEAN: 117,
  ENOTNAM: 118,
  ENAVAIL: 119,
  EISNAM: 120,
  EREMOTEIO: 121,
  EDQUOT: 122,
  ENOMEDIUM: 123,
  EMEDIUMTYPE: 124,
  ECANCELED: 125,
  ENOKEY: 126,
  EKEYEXPIRED: 127,
  EKEYREVOKED: 128,
  EKEYREJECTED: 129,
  EOWNERDEAD: 130,
  ENOTRECOVERABLE: 131,
  ERFKILL: 132,
  EHWPOISON: 133,
  // aliases (glibc <bits/errno.h> / asm-generic)
  EWOULDBLOCK: 11,
  EDEADLOCK: 35,
  ENOTSUP: 95,
  // kernel-internal (include/linux/errno.h)
  ERESTARTSYS: 512,
  ERESTARTNOINTR: 513,
  ERESTARTNOHAND: 514,
  ENOIOCTLCMD: 515,
  ERESTART_RESTARTBLOCK: 516,
  EPROBE_DEFER: 517,
  EOPENSTALE: 518,
  ENOPARAM: 519,
  EBADHANDLE: 521,
  ENOTSYNC: 522,
  EBADCOOKIE: 523,
  ENOTSUPP: 524,
  ETOOSMALL: 525,
  ESERVERFAULT: 526,
  EBADTYPE: 527,
  EJUKEBOX: 528,
  EIOCBQUEUED: 529,
  ERECALLCONN: 530,
} as const;

export type ErrnoName = keyof typeof Errno;

export const ERRNO_TABLE: readonly ErrnoInfo[] = [
  { name: "EPERM", num: 1, message: "Operation not permitted" },
  { name: "ENOENT", num: 2, message: "No such file or directory" },
  { name: "ESRCH", num: 3, message: "No such process" },
  { name: "EINTR", num: 4, message: "Interrupted system call" },
  { name: "EIO", num: 5, message: "Input/output error" },
  { name: "ENXIO", num: 6, message: "No such device or address" },
  { name: "E2BIG", num: 7, message: "Argument list too long" },
  { name: "ENOEXEC", num: 8, message: "Exec format error" },
  { name: "EBADF", num: 9, message: "Bad file descriptor" },
  { name: "ECHILD", num: 10, message: "No child processes" },
  { name: "EAGAIN", num: 11, message: "Resource temporarily unavailable" },
  { name: "ENOMEM", num: 12, message: "Cannot allocate memory" },
  { name: "EACCES", num: 13, message: "Permission denied" },
  { name: "EFAULT", num: 14, message: "Bad address" },
  { name: "ENOTBLK", num: 15, message: "Block device required" },
  { name: "EBUSY", num: 16, message: "Device or resource busy" },
  { name: "EEXIST", num: 17, message: "File exists" },
  { name: "EXDEV", num: 18, message: "Invalid cross-device link" },
  { name: "ENODEV", num: 19, message: "No such device" },
  { name: "ENOTDIR", num: 20, message: "Not a directory" },
  { name: "EISDIR", num: 21, message: "Is a directory" },
  { name: "EINVAL", num: 22, message: "Invalid argument" },
  { name: "ENFILE", num: 23, message: "Too many open files in system" },
  { name: "EMFILE", num: 24, message: "Too many open files" },
  { name: "ENOTTY", num: 25, message: "Inappropriate ioctl for device" },
  { name: "ETXTBSY", num: 26, message: "Text file busy" },
  { name: "EFBIG", num: 27, message: "File too large" },
  { name: "ENOSPC", num: 28, message: "No space left on device" },
  { name: "ESPIPE", num: 29, message: "Illegal seek" },
  { name: "EROFS", num: 30, message: "Read-only file system" },
  { name: "EMLINK", num: 31, message: "Too many links" },
  { name: "EPIPE", num: 32, message: "Broken pipe" },
  { name: "EDOM", num: 33, message: "Numerical argument out of domain" },
  { name: "ERANGE", num: 34, message: "Numerical result out of range" },
  { name: "EDEADLK", num: 35, message: "Resource deadlock avoided" },
  { name: "ENAMETOOLONG", num: 36, message: "File name too long" },
  { name: "ENOLCK", num: 37, message: "No locks available" },
  { name: "ENOSYS", num: 38, message: "Function not implemented" },
  { name: "ENOTEMPTY", num: 39, message: "Directory not empty" },
  { name: "ELOOP", num: 40, message: "Too many levels of symbolic links" },
  { name: "ENOMSG", num: 42, message: "No message of desired type" },
  { name: "EIDRM", num: 43, message: "Identifier removed" },
  { name: "ECHRNG", num: 44, message: "Channel number out of range" },
  { name: "EL2NSYNC", num: 45, message: "Level 2 not synchronized" },
  { name: "EL3HLT", num: 46, message: "Level 3 halted" },
  { name: "EL3RST", num: 47, message: "Level 3 reset" },
  { name: "ELNRNG", num: 48, message: "Link number out of range" },
  { name: "EUNATCH", num: 49, message: "Protocol driver not attached" },
  { name: "ENOCSI", num: 50, message: "No CSI structure available" },
  { name: "EL2HLT", num: 51, message: "Level 2 halted" },
  { name: "EBADE", num: 52, message: "Invalid exchange" },
  { name: "EBADR", num: 53, message: "Invalid request descriptor" },
  { name: "EXFULL", num: 54, message: "Exchange full" },
  { name: "ENOANO", num: 55, message: "No anode" },
  { name: "EBADRQC", num: 56, message: "Invalid request code" },
  { name: "EBADSLT", num: 57, message: "Invalid slot" },
  { name: "EBFONT", num: 59, message: "Bad font file format" },
  { name: "ENOSTR", num: 60, message: "Device not a stream" },
  { name: "ENODATA", num: 61, message: "No data available" },
  { name: "ETIME", num: 62, message: "Timer expired" },
  { name: "ENOSR", num: 63, message: "Out of streams resources" },
  { name: "ENONET", num: 64, message: "Machine is not on the network" },
  { name: "ENOPKG", num: 65, message: "Package not installed" },
  { name: "EREMOTE", num: 66, message: "Object is remote" },
  { name: "ENOLINK", num: 67, message: "Link has been severed" },
  { name: "EADV", num: 68, message: "Advertise error" },
  { name: "ESRMNT", num: 69, message: "Srmount error" },
  { name: "ECOMM", num: 70, message: "Communication error on send" },
  { name: "EPROTO", num: 71, message: "Protocol error" },
  { name: "EMULTIHOP", num: 72, message: "Multihop attempted" },
  { name: "EDOTDOT", num: 73, message: "RFS specific error" },
  { name: "EBADMSG", num: 74, message: "Bad message" },
  { name: "EOVERFLOW", num: 75, message: "Value too large for defined data type" },
  { name: "ENOTUNIQ", num: 76, message: "Name not unique on network" },
  { name: "EBADFD", num: 77, message: "File descriptor in bad state" },
  { name: "EREMCHG", num: 78, message: "Remote address changed" },
  { name: "ELIBACC", num: 79, message: "Can not access a needed shared library" },
  { name: "ELIBBAD", num: 80, message: "Accessing a corrupted shared library" },
  { name: "ELIBSCN", num: 81, message: ".lib section in a.out corrupted" },
  { name: "ELIBMAX", num: 82, message: "Attempting to link in too many shared libraries" },
  { name: "ELIBEXEC", num: 83, message: "Cannot exec a shared library directly" },
  { name: "EILSEQ", num: 84, message: "Invalid or incomplete multibyte or wide character" },
  { name: "ERESTART", num: 85, message: "Interrupted system call should be restarted" },
  { name: "ESTRPIPE", num: 86, message: "Streams pipe error" },
  { name: "EUSERS", num: 87, message: "Too many users" },
  { name: "ENOTSOCK", num: 88, message: "Socket operation on non-socket" },
  { name: "EDESTADDRREQ", num: 89, message: "Destination address required" },
  { name: "EMSGSIZE", num: 90, message: "Message too long" },
  { name: "EPROTOTYPE", num: 91, message: "Protocol wrong type for socket" },
  { name: "ENOPROTOOPT", num: 92, message: "Protocol not available" },
  { name: "EPROTONOSUPPORT", num: 93, message: "Protocol not supported" },
  { name: "ESOCKTNOSUPPORT", num: 94, message: "Socket type not supported" },
  { name: "EOPNOTSUPP", num: 95, message: "Operation not supported" },
  { name: "EPFNOSUPPORT", num: 96, message: "Protocol family not supported" },
  { name: "EAFNOSUPPORT", num: 97, message: "Address family not supported by protocol" },
  { name: "EADDRINUSE", num: 98, message: "Address already in use" },
  { name: "EADDRNOTAVAIL", num: 99, message: "Cannot assign requested address" },
  { name: "ENETDOWN", num: 100, message: "Network is down" },
  { name: "ENETUNREACH", num: 101, message: "Network is unreachable" },
  { name: "ENETRESET", num: 102, message: "Network dropped connection on reset" },
  { name: "ECONNABORTED", num: 103, message: "Software caused connection abort" },
  { name: "ECONNRESET", num: 104, message: "Connection reset by peer" },
  { name: "ENOBUFS", num: 105, message: "No buffer space available" },
  { name: "EISCONN", num: 106, message: "Transport endpoint is already connected" },
  { name: "ENOTCONN", num: 107, message: "Transport endpoint is not connected" },
  { name: "ESHUTDOWN", num: 108, message: "Cannot send after transport endpoint shutdown" },
  { name: "ETOOMANYREFS", num: 109, message: "Too many references: cannot splice" },
  { name: "ETIMEDOUT", num: 110, message: "Connection timed out" },
  { name: "ECONNREFUSED", num: 111, message: "Connection refused" },
  { name: "EHOSTDOWN", num: 112, message: "Host is down" },
  { name: "EHOSTUNREACH", num: 113, message: "No route to host" },
  { name: "EALREADY", num: 114, message: "Operation already in progress" },
  { name: "EINPROGRESS", num: 115, message: "Operation now in progress" },
  { name: "ESTALE", num: 116, message: "Stale file handle" },
  { name: "EUCLEAN", num: 117, message: "Structure needs cleaning" },
  { name: "ENOTNAM", num: 118, message: "Not a XENIX named type file" },
  { name: "ENAVAIL", num: 119, message: "No XENIX semaphores available" },
  { name: "EISNAM", num: 120, message: "Is a named type file" },
  { name: "EREMOTEIO", num: 121, message: "Remote I/O error" },
  { name: "EDQUOT", num: 122, message: "Disk quota exceeded" },
  { name: "ENOMEDIUM", num: 123, message: "No medium found" },
  { name: "EMEDIUMTYPE", num: 124, message: "Wrong medium type" },
  { name: "ECANCELED", num: 125, message: "Operation canceled" },
  { name: "ENOKEY", num: 126, message: "Required key not available" },
  { name: "EKEYEXPIRED", num: 127, message: "Key has expired" },
  { name: "EKEYREVOKED", num: 128, message: "Key has been revoked" },
  { name: "EKEYREJECTED", num: 129, message: "Key was rejected by service" },
  { name: "EOWNERDEAD", num: 130, message: "Owner died" },
  { name: "ENOTRECOVERABLE", num: 131, message: "State not recoverable" },
  { name: "ERFKILL", num: 132, message: "Operation not possible due to RF-kill" },
  { name: "EHWPOISON", num: 133, message: "Memory page has hardware error" },
  { name: "ERESTARTSYS", num: 512, message: "To be restarted if SA_RESTART is set", internal: true },
  { name: "ERESTARTNOINTR", num: 513, message: "To be restarted", internal: true },
  { name: "ERESTARTNOHAND", num: 514, message: "To be restarted if no handler", internal: true },
  { name: "ENOIOCTLCMD", num: 515, message: "Unknown error 515", internal: true },
  { name: "ERESTART_RESTARTBLOCK", num: 516, message: "Interrupted by signal", internal: true },
  { name: "EPROBE_DEFER", num: 517, message: "Unknown error 517", internal: true },
  { name: "EOPENSTALE", num: 518, message: "Unknown error 518", internal: true },
  { name: "ENOPARAM", num: 519, message: "Unknown error 519", internal: true },
  { name: "EBADHANDLE", num: 521, message: "Unknown error 521", internal: true },
  { name: "ENOTSYNC", num: 522, message: "Unknown error 522", internal: true },
  { name: "EBADCOOKIE", num: 523, message: "Unknown error 523", internal: true },
  { name: "ENOTSUPP", num: 524, message: "Unknown error 524", internal: true },
  { name: "ETOOSMALL", num: 525, message: "Unknown error 525", internal: true },
  { name: "ESERVERFAULT", num: 526, message: "Unknown error 526", internal: true },
  { name: "EBADTYPE", num: 527, message: "Unknown error 527", internal: true },
  { name: "EJUKEBOX", num: 528, message: "Unknown error 528", internal: true },
  { name: "EIOCBQUEUED", num: 529, message: "Unknown error 529", internal: true },
  { name: "ERECALLCONN", num: 530, message: "Unknown error 530", internal: true },
];
const BY_NUM = new Map<number, ErrnoInfo>();
for (const e of ERRNO_TABLE) BY_NUM.set(e.num, e);

/** Row for an errno number (sign ignored: `errnoInfo(-2)` is ENOENT), or undefined. */
export function errnoInfo(num: number): ErrnoInfo | undefined {
  return BY_NUM.get(Math.abs(num));
}

/** Primary symbolic name ("ENOENT"), or undefined for numbers Linux does not define. */
export function errnoName(num: number): string | undefined {
  return BY_NUM.get(Math.abs(num))?.name;
}

/** glibc strerror() text; "Unknown error N" for undefined numbers, as glibc prints it. */
export function strerror(num: number): string {
  const n = Math.abs(num);
  return BY_NUM.get(n)?.message ?? `Unknown error ${n}`;
}

/** Number for a name, aliases included ("EWOULDBLOCK" → 11); undefined if unknown. */
export function errnoByName(name: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(Errno, name) ? Errno[name as ErrnoName] : undefined;
}

/**
 * strace's rendering of a failed call's result: `-1 ENOENT (No such file or directory)`
 * (`-1 ERRNO_41 (Unknown error 41)` for numbers without a name).
 * `ret` is the raw negative kernel return value.
 */
export function formatErrnoResult(ret: number): string {
  const n = -ret;
  const name = errnoName(n);
  return `-1 ${name ?? `ERRNO_${n}`} (${strerror(n)})`;
}

/** Largest errno: return values in [-MAX_ERRNO, -1] are errors (include/linux/err.h). */
export const MAX_ERRNO = 4095;

/** True if a raw syscall/vfs return value denotes an error. */
export function isErrnoValue(ret: number): boolean {
  return ret < 0 && ret >= -MAX_ERRNO;
}
