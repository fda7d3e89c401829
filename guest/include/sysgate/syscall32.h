/* SPDX-License-Identifier: MIT */
/*
 * sysgate/syscall32.h — the project's own i386 system-call wrapper routines.
 *
 * The i386 convention: the number in %eax, arguments 1–6 in %ebx %ecx %edx %esi
 * %edi %ebp, then `int $0x80`; the result comes back in %eax and every other
 * register is preserved. A result in [-4095, -1] is -errno.
 *
 *   #include <sysgate/syscall32.h>
 *   #define __NR_sg_write __NR_write
 *   _syscall3(long, sg_write, int, fd, const void *, buf, unsigned long, count)
 *
 * defines `long sg_write(int fd, const void *buf, unsigned long count)` that sets
 * errno and returns -1 on an error, as the old Linux <asm/unistd.h> macros did.
 * sg_syscall0 … sg_syscall6(nr, …) return the raw result (-errno) without touching
 * errno; sg_syscall_ret(res) applies the convention; sg_syscall(nr, …) is the
 * syscall(2)-style indirect call (the number is an argument, up to six longs follow).
 *
 * The entry instruction. By default `int $0x80`. With SG_VSYSCALL defined, every
 * wrapper instead does `call *sg_kernel_vsyscall`: the kernel's __kernel_vsyscall in
 * the vDSO, whose address the kernel passes in the auxiliary vector as AT_SYSINFO
 * (32). Call sg_use_vsyscall(getauxval(AT_SYSINFO)) (or sg_auxv_get() without a libc)
 * first; until then, and when the kernel passes no AT_SYSINFO, the pointer holds a
 * two-instruction routine of this header (`int $0x80; ret`), which has the same
 * contract as __kernel_vsyscall: all registers but %eax preserved. SG_VSYSCALL needs
 * non-PIC code (the pointer is addressed absolutely while all six argument
 * registers are in use).
 *
 * Without a libc, define SG_NOLIBC before the include: a weak `int errno` is defined.
 * The defined functions are `static __attribute__((unused))` unless you define
 * SG_SYSCALL_LINKAGE.
 *
 * SG_STAND_IN_FOR_SYSCALL64: a C file written for <sysgate/syscall64.h> can be
 * built for i386 with `-DSG_STAND_IN_FOR_SYSCALL64 -include sysgate/syscall32.h`:
 * this header then provides the same API (i386 numbers, int $0x80) and makes the
 * later #include <sysgate/syscall64.h> a no-op.
 */
#ifndef _SYSGATE_SYSCALL32_H
#define _SYSGATE_SYSCALL32_H

#if !defined(__i386__)
#error "sysgate/syscall32.h is for the i386 ABI (gcc -m32)"
#endif

#ifdef SG_STAND_IN_FOR_SYSCALL64
#define _SYSGATE_SYSCALL64_H 1
#endif

#include <sysgate/unistd_32.h>

#ifdef SG_NOLIBC
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

#define __syscall_return(type, res)                                          \
	do {                                                                 \
		if (SG_IS_ERR(res)) {                                        \
			errno = (int)-(res);                                 \
			(res) = -1;                                          \
		}                                                            \
		return (type)(res);                                          \
	} while (0)

/* ------------------------------------------------------------------------ */
/* The entry instruction                                                    */

#ifdef SG_VSYSCALL
/* `int $0x80; ret`: the fallback when there is no __kernel_vsyscall. */
__asm__(".pushsection .text\n"
	".type sg_int80_entry, @function\n"
	"sg_int80_entry:\n\t"
	"int $0x80\n\t"
	"ret\n"
	".size sg_int80_entry, .-sg_int80_entry\n"
	".popsection");
extern char sg_int80_entry[];
static void *sg_kernel_vsyscall __attribute__((used)) = sg_int80_entry;

/* Use the kernel's __kernel_vsyscall (the AT_SYSINFO value; 0 keeps int $0x80). */
static inline __attribute__((unused)) void sg_use_vsyscall(unsigned long at_sysinfo)
{
	if (at_sysinfo)
		sg_kernel_vsyscall = (void *)at_sysinfo;
}

#define SG_ENTER "call *%[sg_vs]\n\t"
#define SG_VS , [sg_vs] "m"(sg_kernel_vsyscall)
#else
#define SG_ENTER "int $0x80\n\t"
#define SG_VS
#endif

/* The value of auxiliary-vector entry `type` (0 if absent), from envp: the vector
 * starts after the NULL that ends the environment. */
static inline __attribute__((unused)) unsigned long sg_auxv_get(char **envp, unsigned long type)
{
	unsigned long *av;
	while (*envp)
		envp++;
	for (av = (unsigned long *)(envp + 1); av[0] != 0; av += 2)
		if (av[0] == type)
			return av[1];
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Raw helpers: number in eax, args in ebx ecx edx esi edi ebp, result eax. */

static inline long sg_syscall0(long nr)
{
	long ret;
	__asm__ __volatile__(SG_ENTER : "=a"(ret) : "a"(nr) SG_VS : "memory");
	return ret;
}

static inline long sg_syscall1(long nr, long a1)
{
	long ret;
	__asm__ __volatile__(SG_ENTER : "=a"(ret) : "a"(nr), "b"(a1) SG_VS : "memory");
	return ret;
}

static inline long sg_syscall2(long nr, long a1, long a2)
{
	long ret;
	__asm__ __volatile__(SG_ENTER : "=a"(ret) : "a"(nr), "b"(a1), "c"(a2) SG_VS : "memory");
	return ret;
}

static inline long sg_syscall3(long nr, long a1, long a2, long a3)
{
	long ret;
	__asm__ __volatile__(SG_ENTER : "=a"(ret) : "a"(nr), "b"(a1), "c"(a2), "d"(a3) SG_VS : "memory");
	return ret;
}

static inline long sg_syscall4(long nr, long a1, long a2, long a3, long a4)
{
	long ret;
	__asm__ __volatile__(SG_ENTER : "=a"(ret) : "a"(nr), "b"(a1), "c"(a2), "d"(a3), "S"(a4) SG_VS : "memory");
	return ret;
}

static inline long sg_syscall5(long nr, long a1, long a2, long a3, long a4, long a5)
{
	long ret;
	__asm__ __volatile__(SG_ENTER : "=a"(ret) : "a"(nr), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5) SG_VS : "memory");
	return ret;
}

/* The sixth argument goes in %ebp, which the compiler may be using: it is pushed
 * with the sixth argument, loaded from the stack, and restored (as musl does). */
static inline long sg_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	long ret;
	__asm__ __volatile__("pushl %[a6]\n\t"
			     "pushl %%ebp\n\t"
			     "movl 4(%%esp), %%ebp\n\t"
			     SG_ENTER
			     "popl %%ebp\n\t"
			     "addl $4, %%esp"
			     : "=a"(ret)
			     : "a"(nr), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5), [a6] "g"(a6) SG_VS
			     : "memory");
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

/* syscall(2)-style: the number is the first argument; six longs are always passed
 * (the kernel ignores what the call does not use). */
#include <stdarg.h>
static __attribute__((unused, noinline)) long sg_syscall(long nr, ...)
{
	va_list ap;
	long a1, a2, a3, a4, a5, a6;
	va_start(ap, nr);
	a1 = va_arg(ap, long);
	a2 = va_arg(ap, long);
	a3 = va_arg(ap, long);
	a4 = va_arg(ap, long);
	a5 = va_arg(ap, long);
	a6 = va_arg(ap, long);
	va_end(ap);
	return sg_syscall_ret(sg_syscall6(nr, a1, a2, a3, a4, a5, a6));
}

/* ------------------------------------------------------------------------ */
/* _syscallN: define `type name(type1 arg1, ...)` calling __NR_##name.       */

#define _syscall0(type, name)                                                \
	SG_SYSCALL_LINKAGE type name(void)                                   \
	{                                                                    \
		long __res = sg_syscall0(__NR_##name);                       \
		__syscall_return(type, __res);                               \
	}

#define _syscall1(type, name, type1, arg1)                                   \
	SG_SYSCALL_LINKAGE type name(type1 arg1)                             \
	{                                                                    \
		long __res = sg_syscall1(__NR_##name, (long)(arg1));         \
		__syscall_return(type, __res);                               \
	}

#define _syscall2(type, name, type1, arg1, type2, arg2)                      \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2)                 \
	{                                                                    \
		long __res = sg_syscall2(__NR_##name, (long)(arg1),          \
					 (long)(arg2));                      \
		__syscall_return(type, __res);                               \
	}

#define _syscall3(type, name, type1, arg1, type2, arg2, type3, arg3)         \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3)     \
	{                                                                    \
		long __res = sg_syscall3(__NR_##name, (long)(arg1),          \
					 (long)(arg2), (long)(arg3));        \
		__syscall_return(type, __res);                               \
	}

#define _syscall4(type, name, type1, arg1, type2, arg2, type3, arg3, type4,  \
		  arg4)                                                      \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3,     \
				     type4 arg4)                             \
	{                                                                    \
		long __res = sg_syscall4(__NR_##name, (long)(arg1),          \
					 (long)(arg2), (long)(arg3),         \
					 (long)(arg4));                      \
		__syscall_return(type, __res);                               \
	}

#define _syscall5(type, name, type1, arg1, type2, arg2, type3, arg3, type4,  \
		  arg4, type5, arg5)                                         \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3,     \
				     type4 arg4, type5 arg5)                 \
	{                                                                    \
		long __res = sg_syscall5(__NR_##name, (long)(arg1),          \
					 (long)(arg2), (long)(arg3),         \
					 (long)(arg4), (long)(arg5));        \
		__syscall_return(type, __res);                               \
	}

#define _syscall6(type, name, type1, arg1, type2, arg2, type3, arg3, type4,  \
		  arg4, type5, arg5, type6, arg6)                            \
	SG_SYSCALL_LINKAGE type name(type1 arg1, type2 arg2, type3 arg3,     \
				     type4 arg4, type5 arg5, type6 arg6)     \
	{                                                                    \
		long __res = sg_syscall6(__NR_##name, (long)(arg1),          \
					 (long)(arg2), (long)(arg3),         \
					 (long)(arg4), (long)(arg5),         \
					 (long)(arg6));                      \
		__syscall_return(type, __res);                               \
	}

#endif /* _SYSGATE_SYSCALL32_H */
