/* SPDX-License-Identifier: MIT */
/*
 * sysgate/syscall64.h — the project's own x86-64 system-call wrapper routines.
 *
 * This is the "wrapper routine" layer of a system call, written out in the
 * style of old Linux's <asm/unistd.h> (2.4/2.6 era) so that the whole user-side
 * half of the system-call path is visible in one place:
 *
 *   _syscall3(ssize_t, write, int, fd, const void *, buf, size_t, count)
 *
 * DEFINES a function `ssize_t write(int fd, const void *buf, size_t count)` that
 *
 *   1. puts the system-call number __NR_write in %rax,
 *   2. puts the arguments in %rdi, %rsi, %rdx, %r10, %r8, %r9 (the x86-64
 *      kernel ABI: %r10 instead of the C ABI's %rcx for argument 4, because the
 *      `syscall` instruction overwrites %rcx with the return %rip and %r11 with
 *      %rflags),
 *   3. executes `syscall` (so %rcx, %r11 and memory are clobbered), and
 *   4. applies the errno convention with __syscall_return(): a raw result in
 *      [-4095, -1] is an error; it sets `errno = -res` and the function
 *      returns -1.  Anything else is returned unchanged (cast to `type`).
 *
 * The number comes from __NR_##name, so `name` must have a __NR_ macro.  The
 * numbers are in <sysgate/unistd_64.h>, generated from syscall_64.tbl by
 * guest/gen-unistd.sh.  To give a wrapper a name that does not collide with
 * a libc function, define an alias number first:
 *
 *   #define __NR_sg_write __NR_write
 *   _syscall3(long, sg_write, int, fd, const void *, buf, unsigned long, n)
 *
 * The raw helpers sg_syscall0() … sg_syscall6() execute `syscall` with any
 * number and return the raw kernel result (-errno on failure, errno untouched).
 * sg_syscall_ret() applies the errno convention to such a raw result.
 *
 * libc or not:
 *   - With a libc (musl, glibc), errno is the libc's (<errno.h>, thread-local).
 *   - Freestanding: define SG_NOLIBC before including this header; the header
 *     then provides a weak global `int errno` (one definition survives the
 *     link however many translation units include it) and does not include
 *     <errno.h> (the header itself needs no E* constants).
 *
 * Linkage: the functions the _syscallN macros define have the linkage given by
 * SG_SYSCALL_LINKAGE, default `static __attribute__((unused))` so the header
 * can be included in several translation units.  Define SG_SYSCALL_LINKAGE to
 * nothing before including the header to get old-Linux-style external
 * functions.
 */
#ifndef _SYSGATE_SYSCALL64_H
#define _SYSGATE_SYSCALL64_H

#if !defined(__x86_64__) || defined(__ILP32__)
#error "sysgate/syscall64.h is for the x86-64 (LP64) ABI"
#endif

#include <sysgate/unistd_64.h>

#ifdef SG_NOLIBC
/* No libc: a weak, zero-initialised global errno.  A program (or a tiny
 * runtime) may define its own strong `int errno` to replace it. */
__attribute__((weak)) int errno;
#else
#include <errno.h>
#endif

#ifndef SG_SYSCALL_LINKAGE
#define SG_SYSCALL_LINKAGE static __attribute__((unused))
#endif

/* Largest errno value the kernel can return (include/linux/err.h MAX_ERRNO). */
#define SG_MAX_ERRNO 4095

/* True if a raw syscall result encodes an error (-4095 <= res <= -1). */
#define SG_IS_ERR(res) ((unsigned long)(res) >= (unsigned long)-SG_MAX_ERRNO)

/*
 * The errno convention, as in old Linux:
 * "user-visible error numbers are in the range -1 - -4095".
 * `res` must be an lvalue of type long; the macro returns from the function.
 */
#define __syscall_return(type, res)                                          \
	do {                                                                 \
		if (SG_IS_ERR(res)) {                                        \
			errno = (int)-(res);                                 \
			(res) = -1;                                          \
		}                                                            \
		return (type)(res);                                          \
	} while (0)

/* ------------------------------------------------------------------------ */
/* Raw helpers: number in rax, args in rdi rsi rdx r10 r8 r9, result in rax. */

static inline long sg_syscall6(long nr, long a1, long a2, long a3, long a4,
			       long a5, long a6)
{
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	long ret;
	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10),
			       "r"(r8), "r"(r9)
			     : "rcx", "r11", "memory");
	return ret;
}

static inline long sg_syscall5(long nr, long a1, long a2, long a3, long a4,
			       long a5)
{
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	long ret;
	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10),
			       "r"(r8)
			     : "rcx", "r11", "memory");
	return ret;
}

static inline long sg_syscall4(long nr, long a1, long a2, long a3, long a4)
{
	register long r10 __asm__("r10") = a4;
	long ret;
	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
			     : "rcx", "r11", "memory");
	return ret;
}

static inline long sg_syscall3(long nr, long a1, long a2, long a3)
{
	long ret;
	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a1), "S"(a2), "d"(a3)
			     : "rcx", "r11", "memory");
	return ret;
}

static inline long sg_syscall2(long nr, long a1, long a2)
{
	long ret;
	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a1), "S"(a2)
			     : "rcx", "r11", "memory");
	return ret;
}

static inline long sg_syscall1(long nr, long a1)
{
	long ret;
	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a1)
			     : "rcx", "r11", "memory");
	return ret;
}

static inline long sg_syscall0(long nr)
{
	long ret;
	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr)
			     : "rcx", "r11", "memory");
	return ret;
}

/* Apply the errno convention to a raw result (for use with sg_syscallN). */
static inline long sg_syscall_ret(long res)
{
	if (SG_IS_ERR(res)) {
		errno = (int)-res;
		return -1;
	}
	return res;
}

/* ------------------------------------------------------------------------ */
/* _syscallN: define `type name(type1 arg1, ...)` calling __NR_##name.       */
/* Arguments are converted to long the way the kernel will read them (a     */
/* 32-bit int is sign-extended, a pointer is passed as its address).        */

#define _syscall0(type, name)                                                \
	SG_SYSCALL_LINKAGE type name(void)                                   \
	{                                                                    \
		long __res;                                                  \
		__asm__ __volatile__("syscall"                               \
				     : "=a"(__res)                           \
				     : "a"((long)(__NR_##name))              \
				     : "rcx", "r11", "memory");              \
		__syscall_return(type, __res);                               \
	}

#define _syscall1(type, name, type1, arg1)                                   \
	SG_SYSCALL_LINKAGE type name(type1 arg1)                             \
	{                                                                    \
		long __res;                                                  \
		__asm__ __volatile__("syscall"                               \
				     : "=a"(__res)                           \
				     : "a"((long)(__NR_##name)),             \
				       "D"((long)(arg1))                     \
				     : "rcx", "r11", "memory");              \
		__syscall_return(type, __res);                               \
	}

#define _syscall2(type, name, type1, arg1, type2, arg2)                      \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2)                 \
	{                                                                    \
		long __res;                                                  \
		__asm__ __volatile__("syscall"                               \
				     : "=a"(__res)                           \
				     : "a"((long)(__NR_##name)),             \
				       "D"((long)(arg1)), "S"((long)(arg2))  \
				     : "rcx", "r11", "memory");              \
		__syscall_return(type, __res);                               \
	}

#define _syscall3(type, name, type1, arg1, type2, arg2, type3, arg3)         \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3)     \
	{                                                                    \
		long __res;                                                  \
		__asm__ __volatile__("syscall"                               \
				     : "=a"(__res)                           \
				     : "a"((long)(__NR_##name)),             \
				       "D"((long)(arg1)), "S"((long)(arg2)), \
				       "d"((long)(arg3))                     \
				     : "rcx", "r11", "memory");              \
		__syscall_return(type, __res);                               \
	}

#define _syscall4(type, name, type1, arg1, type2, arg2, type3, arg3, type4,  \
		  arg4)                                                      \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3,     \
				     type4 arg4)                             \
	{                                                                    \
		long __res;                                                  \
		register long __r10 __asm__("r10") = (long)(arg4);           \
		__asm__ __volatile__("syscall"                               \
				     : "=a"(__res)                           \
				     : "a"((long)(__NR_##name)),             \
				       "D"((long)(arg1)), "S"((long)(arg2)), \
				       "d"((long)(arg3)), "r"(__r10)         \
				     : "rcx", "r11", "memory");              \
		__syscall_return(type, __res);                               \
	}

#define _syscall5(type, name, type1, arg1, type2, arg2, type3, arg3, type4,  \
		  arg4, type5, arg5)                                         \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3,     \
				     type4 arg4, type5 arg5)                 \
	{                                                                    \
		long __res;                                                  \
		register long __r10 __asm__("r10") = (long)(arg4);           \
		register long __r8 __asm__("r8") = (long)(arg5);             \
		__asm__ __volatile__("syscall"                               \
				     : "=a"(__res)                           \
				     : "a"((long)(__NR_##name)),             \
				       "D"((long)(arg1)), "S"((long)(arg2)), \
				       "d"((long)(arg3)), "r"(__r10),        \
				       "r"(__r8)                             \
				     : "rcx", "r11", "memory");              \
		__syscall_return(type, __res);                               \
	}

#define _syscall6(type, name, type1, arg1, type2, arg2, type3, arg3, type4,  \
		  arg4, type5, arg5, type6, arg6)                            \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3,     \
				     type4 arg4, type5 arg5, type6 arg6)     \
	{                                                                    \
		long __res;                                                  \
		register long __r10 __asm__("r10") = (long)(arg4);           \
		register long __r8 __asm__("r8") = (long)(arg5);             \
		register long __r9 __asm__("r9") = (long)(arg6);             \
		__asm__ __volatile__("syscall"                               \
				     : "=a"(__res)                           \
				     : "a"((long)(__NR_##name)),             \
				       "D"((long)(arg1)), "S"((long)(arg2)), \
				       "d"((long)(arg3)), "r"(__r10),        \
				       "r"(__r8), "r"(__r9)                  \
				     : "rcx", "r11", "memory");              \
		__syscall_return(type, __res);                               \
	}

#endif /* _SYSGATE_SYSCALL64_H */
