// i386 (compat) service routines: the entry points of syscall_32.tbl whose 32-bit ABI
// differs from the native routine's — Linux's compat_sys_*, sys_*16, *_time32 and
// sys_ia32_* routines of a 64-bit kernel with IA32 emulation. The ia32 table
// (kernel.ts buildTables) uses a row's compat entry point when it is declared, else
// the native one; where the ABI is the same, the native routine serves both tables.
//
//   compat-misc.ts  16-bit uids, old uname structures, mmap2 / old mmap
//                   (placed below 4 GiB for 64-bit callers of int $0x80), rlimits with
//                   32-bit words, the old sigaction, socketcall / ipc multiplexers,
//                   msgsnd, compat aliases of natives that read the compat layouts
//                   themselves, arch_prctl for 32-bit callers
//   compat-fs.ts    struct stat64 / compat_stat / __old_kernel_stat, getdents and the
//                   one-entry readdir, lseek / _llseek and the split 64-bit offsets,
//                   fcntl64, ioctl, statfs / statfs64, *utime* with 32-bit times,
//                   open / openat without the forced O_LARGEFILE
//   ../tls.ts       set_thread_area / get_thread_area (GDT entries 12–14)
//   time.ts         (a native file) also holds the *_time32 routines and compat times/gettimeofday
//
// Arguments: the dispatcher (entry.ts convertArg) hands i386 routines unsigned 32-bit
// values, except for the argument kinds that are C ints/longs (int, long, off, fd,
// dirfd, signum, clockid, at_flags, oflags, access_mode), which arrive sign-extended —
// so AT_FDCWD is -100 and a compat_off_t of -1 is -1.
//
// Some compat routines are thin conversions around a native routine and are declared
// only when that routine is (SYSCALL_IF in compat-misc.ts), so `sysgate table` never
// lists a call that would end in ENOSYS. This file must therefore be imported after the
// native routine files (it is the last import of index.ts).
import '../tls.js';
import './compat-fs.js';
import './compat-misc.js';
