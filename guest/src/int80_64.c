/*
 * int80_64.c — a 64-bit program that enters the kernel with `int $0x80`.
 *
 * Linux dispatches such a call through the i386 table with the i386 argument
 * registers (entry_INT80_compat → do_int80_syscall_32), whatever the caller's
 * mode: the number is %eax (i386 numbers: 20 is getpid, 39 is mkdir), the
 * arguments are the low 32 bits of %rbx %rcx %rdx %rsi %rdi %rbp, and the
 * result comes back in %rax, sign-extended to 64 bits. All other registers,
 * r8–r15 included, are preserved (the stub saves and restores them). Memory that
 * mmap2 returns this way lies below 4 GiB, as a 32-bit program's would.
 *
 * Build: musl-gcc -static -O2 (x86-64, like the other 64-bit fixtures).
 * Prints only deterministic values. Needs an empty current directory.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <sysgate/unistd_32.h>
#include "errname.h"

/* int $0x80 with the i386 argument registers; %rbp is saved around it. */
static long int80(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	long ret;
	__asm__ __volatile__("pushq %%rbp\n\t"
			     "movq %[a6], %%rbp\n\t"
			     "int $0x80\n\t"
			     "popq %%rbp"
			     : "=a"(ret)
			     : "a"(nr), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5), [a6] "r"(a6)
			     : "memory");
	return ret;
}

static const char msg[] = "written by int $0x80 from 64-bit code\n";
static char path[] = "int80dir";
static char ubuf[6 * 65];

static const char *res(long r)
{
	static char b[64];
	if (r < 0 && r >= -4095)
		snprintf(b, sizeof b, "-%s", errname((int)-r));
	else
		snprintf(b, sizeof b, "%ld", r);
	return b;
}

int main(void)
{
	char stackbuf[16] = "on the stack\n";
	struct stat st;
	long r;
	uint64_t before[8], after[8];

	setvbuf(stdout, NULL, _IONBF, 0);
	printf("static data below 4 GiB: %s, stack above: %s\n", (uintptr_t)msg < 0x100000000ULL ? "yes" : "no",
	       (uintptr_t)stackbuf >= 0x100000000ULL ? "yes" : "no");

	r = int80(__NR_getpid, 0, 0, 0, 0, 0, 0);
	printf("int80 #%d (i386 getpid) == getpid(): %s\n", __NR_getpid, r == getpid() ? "yes" : "no");

	r = int80(__NR_write, 1, (long)msg, sizeof msg - 1, 0, 0, 0);
	printf("int80 write = %s\n", res(r));

	/* only the low 32 bits of each argument register count */
	r = int80(__NR_write, 0x7ead00000001L, (long)msg | 0x7eef00000000L, sizeof msg - 1, 0, 0, 0);
	printf("int80 write with junk in the upper halves = %s\n", res(r));

	/* a pointer above 4 GiB is cut to its low 32 bits: nothing is mapped there */
	r = int80(__NR_write, 1, (long)stackbuf, 13, 0, 0, 0);
	printf("int80 write from the stack (> 4 GiB) = %s\n", res(r));

	/* the result is sign-extended into all of %rax */
	r = int80(__NR_close, 999, 0, 0, 0, 0, 0);
	printf("int80 close(999): rax = %#lx (%s)\n", (unsigned long)r, res(r));

	/* the number is %eax: the upper half of %rax is ignored */
	r = int80(0x100000000L | __NR_getpid, 0, 0, 0, 0, 0, 0);
	printf("int80 with rax = 1<<32 | 20 is getpid: %s\n", r == getpid() ? "yes" : "no");

	/* 39 is x86-64 getpid but i386 mkdir: the i386 table is used */
	r = int80(39, (long)path, 0755, 0, 0, 0, 0);
	printf("int80 #39 (i386 mkdir) = %s; a directory now: %s\n", res(r),
	       stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? "yes" : "no");
	r = int80(__NR_rmdir, (long)path, 0, 0, 0, 0, 0);
	printf("int80 #%d (i386 rmdir) = %s; gone: %s\n", __NR_rmdir, res(r), stat(path, &st) != 0 ? "yes" : "no");

	r = int80(__NR_uname, (long)ubuf, 0, 0, 0, 0, 0);
	printf("int80 uname = %s: sysname=%s machine=%s\n", res(r), ubuf, ubuf + 4 * 65);

	/* mmap2 through int $0x80 places the mapping below 4 GiB, as for a 32-bit program */
	r = int80(__NR_mmap2, 0, 8192, 3 /* PROT_READ|PROT_WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
	printf("int80 mmap2: below 4 GiB: %s", r > 0 && r < 0x100000000L ? "yes" : "no");
	if (r > 0 && r < 0x100000000L) {
		((volatile int *)r)[100] = 77;
		printf(", usable: %s", ((volatile int *)r)[100] == 77 ? "yes" : "no");
	}
	printf("\n");

	r = int80(__NR_time, 0, 0, 0, 0, 0, 0);
	printf("int80 time > 2020: %s\n", r > 1577836800L ? "yes" : "no");

	printf("int80 #1000 = %s\n", res(int80(1000, 0, 0, 0, 0, 0, 0)));
	printf("int80 #-1 = %s\n", res(int80(-1, 0, 0, 0, 0, 0, 0)));
	printf("int80 #%#x (20 with the x32 bit) = %s\n", 0x40000000 | 20,
	       res(int80(0x40000000 | 20, 0, 0, 0, 0, 0, 0)));

	/* r8-r15, rcx and r11 survive int $0x80 (unlike syscall, which takes rcx/r11) */
	__asm__ __volatile__("movabsq $0x0808080808080808, %%r8\n\t"
			     "movabsq $0x0909090909090909, %%r9\n\t"
			     "movabsq $0x1010101010101010, %%r10\n\t"
			     "movabsq $0x1111111111111111, %%r11\n\t"
			     "movabsq $0x1212121212121212, %%r12\n\t"
			     "movabsq $0x1313131313131313, %%r13\n\t"
			     "movabsq $0x1414141414141414, %%r14\n\t"
			     "movabsq $0x1515151515151515, %%r15\n\t"
			     "movq %%r8, 0(%[b])\n\t"
			     "movq %%r9, 8(%[b])\n\t"
			     "movq %%r10, 16(%[b])\n\t"
			     "movq %%r11, 24(%[b])\n\t"
			     "movq %%r12, 32(%[b])\n\t"
			     "movq %%r13, 40(%[b])\n\t"
			     "movq %%r14, 48(%[b])\n\t"
			     "movq %%r15, 56(%[b])\n\t"
			     "movl $20, %%eax\n\t"
			     "movq $0x7777, %%rcx\n\t"
			     "int $0x80\n\t"
			     "movq %%r8, 0(%[a])\n\t"
			     "movq %%r9, 8(%[a])\n\t"
			     "movq %%r10, 16(%[a])\n\t"
			     "movq %%r11, 24(%[a])\n\t"
			     "movq %%r12, 32(%[a])\n\t"
			     "movq %%r13, 40(%[a])\n\t"
			     "movq %%r14, 48(%[a])\n\t"
			     "movq %%r15, 56(%[a])\n\t"
			     "cmpq $0x7777, %%rcx\n\t"
			     "sete %%al\n\t"
			     "movzbl %%al, %%eax\n\t"
			     "movq %%rax, %[r]"
			     : [r] "=m"(r)
			     : [a] "r"(after), [b] "r"(before)
			     : "rax", "rcx", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "memory");
	printf("r8-r15 preserved: %s, rcx preserved: %s\n", memcmp(before, after, sizeof before) ? "no" : "yes", r ? "yes" : "no");
	return 0;
}
