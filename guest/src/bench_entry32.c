/*
 * guest/src/bench_entry32.c — times N calls made by one i386 system-call path, for
 * `sysgate bench entry` (src/cli/bench-entry.ts). No libc.
 *
 *   bench_entry32 PATH N
 *
 * PATH is one of
 *   none                    the empty loop (the baseline to subtract)
 *   getpid-int80            getpid with int $0x80
 *   getpid-vsyscall         getpid through __kernel_vsyscall (SYSENTER on Intel,
 *                           SYSCALL on AMD: whatever the kernel patched in)
 *   clock_gettime-int80     clock_gettime64(CLOCK_MONOTONIC) with int $0x80
 *   clock_gettime-vdso      __vdso_clock_gettime64(CLOCK_MONOTONIC)
 * and prints: PATH N NANOSECONDS TSC_CYCLES for the whole loop.
 */
#include "vdso_parse.h"

struct ts64 { long long tv_sec; long long tv_nsec; };
typedef int (*gettime64_t)(int, struct ts64 *);

void *memset(void *d, int c, unsigned n)
{
	unsigned char *p = d;
	while (n--)
		*p++ = (unsigned char)c;
	return d;
}

static long sys3(long nr, long a, long b, long c)
{
	long r;
	__asm__ __volatile__("int $0x80" : "=a"(r) : "0"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return r;
}

static unsigned long long rdtsc(void)
{
	unsigned lo, hi;
	__asm__ __volatile__("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return ((unsigned long long)hi << 32) | lo;
}

static char out[128];
static unsigned olen;
static void put(const char *s) { while (*s && olen < sizeof out) out[olen++] = *s++; }
static void putu(unsigned long long u)
{
	char b[24];
	int n = 0;
	do {
		b[n++] = '0' + (char)(u % 10);
		u /= 10;
	} while (u);
	while (n && olen < sizeof out)
		out[olen++] = b[--n];
}
static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

void (*vsyscall_entry)(void);

int bench_main(unsigned long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	unsigned long *auxv = sp + 1 + argc + 1;
	struct vp_vdso v;
	struct ts64 ts, t0, t1;
	long i, n = 0;

	memset(&v, 0, sizeof v);
	while (*auxv)
		auxv++;
	auxv++;
	if (argc < 3) {
		sys3(4, 2, (long)"usage: bench_entry32 PATH N\n", 28);
		return 2;
	}
	for (const char *p = argv[2]; *p >= '0' && *p <= '9'; p++)
		n = n * 10 + (*p - '0');
	vp_init(&v, vp_auxv(auxv, VP_AT_SYSINFO_EHDR));
	gettime64_t vgt = (gettime64_t)vp_sym(&v, "LINUX_2.6", "__vdso_clock_gettime64");
	vsyscall_entry = (void (*)(void))vp_sym(&v, "LINUX_2.5", "__kernel_vsyscall");
	if (!vgt || !vsyscall_entry)
		return 1;
	const char *path = argv[1];
	int which = streq(path, "none") ? 0 : streq(path, "getpid-int80") ? 1 : streq(path, "getpid-vsyscall") ? 2
		: streq(path, "clock_gettime-int80") ? 3 : streq(path, "clock_gettime-vdso") ? 4 : -1;
	if (which < 0)
		return 2;
	vgt(1, &t0);
	unsigned long long c0 = rdtsc();
	switch (which) {
	case 0:
		for (i = 0; i < n; i++)
			__asm__ __volatile__("" : : : "memory");
		break;
	case 1:
		for (i = 0; i < n; i++) {
			long r;
			__asm__ __volatile__("int $0x80" : "=a"(r) : "0"(20L) : "memory");
		}
		break;
	case 2:
		for (i = 0; i < n; i++) {
			long r;
			__asm__ __volatile__("call *vsyscall_entry" : "=a"(r) : "0"(20L) : "memory");
		}
		break;
	case 3:
		for (i = 0; i < n; i++)
			sys3(403, 1, (long)&ts, 0);
		break;
	case 4:
		for (i = 0; i < n; i++) {
			vgt(1, &ts);
			__asm__ __volatile__("" : : : "memory");
		}
		break;
	}
	unsigned long long c1 = rdtsc();
	vgt(1, &t1);
	long long ns = (t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
	put(path); put(" "); putu((unsigned long long)n); put(" "); putu((unsigned long long)ns); put(" "); putu(c1 - c0); put("\n");
	sys3(4, 1, (long)out, olen);
	return 0;
}

__asm__(".text\n"
	".globl _start\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	mov %esp, %eax\n"
	"	and $-16, %esp\n"
	"	sub $12, %esp\n"
	"	push %eax\n"
	"	call bench_main\n"
	"	mov %eax, %ebx\n"
	"	mov $252, %eax\n"
	"	int $0x80\n"
	"	hlt\n");
