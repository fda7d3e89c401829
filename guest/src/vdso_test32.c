/*
 * guest/src/vdso_test32.c — the i386 vDSO (linux-gate.so.1), as a 32-bit program
 * sees it. No libc: only `int $0x80` and the vDSO itself, so it runs wherever the
 * i386 entry paths work, without a 32-bit libc's start-up.
 *
 * Finds the vDSO through AT_SYSINFO_EHDR, parses it as the kernel's parse_vdso.c
 * does (vdso_parse.h), looks up LINUX_2.6 { __vdso_clock_gettime,
 * __vdso_gettimeofday, __vdso_time, __vdso_clock_getres, __vdso_clock_gettime64 }
 * and LINUX_2.5 { __kernel_vsyscall, __kernel_sigreturn, __kernel_rt_sigreturn },
 * checks AT_SYSINFO is __kernel_vsyscall, makes system calls through
 * __kernel_vsyscall (getpid; a six-argument call; an error return; registers kept),
 * and compares each time function with the int $0x80 system call (properties only,
 * as times differ between runs).
 *
 * Built with gcc -m32 -static -nostdlib (guest/vdso/build.sh).
 */
#include "vdso_parse.h"

#define NR_exit_group		252
#define NR_write		4
#define NR_getpid		20
#define NR_time			13
#define NR_gettimeofday		78
#define NR_clock_gettime	265
#define NR_clock_getres		266
#define NR_clock_gettime64	403
#define NR_mmap2		192
#define NR_sched_setaffinity	241

struct ts32 { int tv_sec; int tv_nsec; };
struct ts64 { long long tv_sec; long long tv_nsec; };
struct tv32 { int tv_sec; int tv_usec; };
struct tz { int minuteswest; int dsttime; };

typedef int (*gettime32_t)(int, struct ts32 *);
typedef int (*gettime64_t)(int, struct ts64 *);
typedef int (*gtod_t)(struct tv32 *, struct tz *);
typedef long (*time_fn_t)(long *);

/* the compiler may emit calls to these even with -ffreestanding */
void *memset(void *d, int c, unsigned n)
{
	unsigned char *p = d;
	while (n--)
		*p++ = (unsigned char)c;
	return d;
}
void *memcpy(void *d, const void *s, unsigned n)
{
	unsigned char *p = d;
	const unsigned char *q = s;
	while (n--)
		*p++ = *q++;
	return d;
}

static long sys(long nr, long a, long b, long c)
{
	long r;
	__asm__ __volatile__("int $0x80" : "=a"(r) : "0"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return r;
}

/* ---- output, buffered ---- */
static char obuf[8192];
static unsigned olen;

static void flush(void)
{
	unsigned off = 0;
	while (off < olen) {
		long r = sys(NR_write, 1, (long)(obuf + off), olen - off);
		if (r <= 0)
			break;
		off += r;
	}
	olen = 0;
}
static void put(const char *s)
{
	while (*s) {
		if (olen == sizeof obuf)
			flush();
		obuf[olen++] = *s++;
	}
}
static void putnum(long long v)
{
	char b[24];
	int n = 0;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	if (v < 0)
		put("-");
	do {
		b[n++] = '0' + (char)(u % 10);	/* libgcc's __umoddi3 (linked with -lgcc) */
		u /= 10;
	} while (u);
	while (n)
		olen < sizeof obuf ? (void)(obuf[olen++] = b[--n]) : (flush(), (void)0);
}
static void yn(int b) { put(b ? "yes" : "no"); }
static void nl(void) { put("\n"); }

static long long ns32(const struct ts32 *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }
static long long ns64(const struct ts64 *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

/*
 * A system call through __kernel_vsyscall, with all six argument registers:
 * vsys6(nr, a1..a6) loads eax, ebx, ecx, edx, esi, edi, ebp from its stack
 * arguments and calls the entry whose address is in vsyscall_entry.
 */
long (*vsyscall_entry)(void);
long vsys6(long nr, long a, long b, long c, long d, long e, long f);
__asm__(".text\n"
	"vsys6:\n"
	"	push %ebp\n"
	"	push %edi\n"
	"	push %esi\n"
	"	push %ebx\n"
	"	mov 20(%esp), %eax\n"
	"	mov 24(%esp), %ebx\n"
	"	mov 28(%esp), %ecx\n"
	"	mov 32(%esp), %edx\n"
	"	mov 36(%esp), %esi\n"
	"	mov 40(%esp), %edi\n"
	"	mov 44(%esp), %ebp\n"
	"	call *vsyscall_entry\n"
	"	pop %ebx\n"
	"	pop %esi\n"
	"	pop %edi\n"
	"	pop %ebp\n"
	"	ret\n");

static const char *const v26[] = { "__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time", "__vdso_clock_getres", "__vdso_clock_gettime64" };
static const char *const v25[] = { "__kernel_vsyscall", "__kernel_sigreturn", "__kernel_rt_sigreturn" };

static int bytes_are(const void *p, const unsigned char *want, unsigned n)
{
	const unsigned char *q = p;
	unsigned i;
	for (i = 0; i < n; i++)
		if (q[i] != want[i])
			return 0;
	return 1;
}

int test_main(unsigned long *sp)
{
	int argc = (int)sp[0];
	unsigned long *envp = sp + 1 + argc + 1;
	unsigned long *auxv = envp;
	struct vp_vdso v;
	unsigned i;

	memset(&v, 0, sizeof v);
	while (*auxv)
		auxv++;
	auxv++;
	unsigned long base = vp_auxv(auxv, VP_AT_SYSINFO_EHDR);
	unsigned long sysinfo = vp_auxv(auxv, VP_AT_SYSINFO);

	/* on CPU 0 */
	unsigned long mask = 1;
	sys(NR_sched_setaffinity, 0, sizeof mask, (long)&mask);

	put("== finding the vDSO\n");
	put("AT_SYSINFO_EHDR present: "); yn(base != 0); put(", page aligned: "); yn((base & 4095) == 0); nl();
	put("AT_SYSINFO present: "); yn(sysinfo != 0); nl();
	if (!base) {
		flush();
		return 1;
	}
	const struct vp_ehdr *eh = (const struct vp_ehdr *)base;
	put("ELF class 32: "); yn(eh->e_ident[4] == 1); put(", type ET_DYN: "); yn(eh->e_type == 3);
	put(", machine i386: "); yn(eh->e_machine == 3); nl();
	vp_init(&v, base);
	put("parsed: "); yn(v.valid); put(" (PT_LOAD segments: "); putnum(v.n_load); put(", PT_DYNAMIC: "); yn(v.has_dynamic);
	put(", load offset = base: "); yn(v.load_offset == base); put(")\n");
	put("symbol versions: "); yn(v.versym != 0); nl();

	put("== lookups\n");
	void *s26[5], *s25[3];
	for (i = 0; i < 5; i++) {
		s26[i] = vp_sym(&v, "LINUX_2.6", v26[i]);
		put(v26[i]); put("@LINUX_2.6: "); put(s26[i] ? "found" : "MISSING"); nl();
	}
	for (i = 0; i < 3; i++) {
		s25[i] = vp_sym(&v, "LINUX_2.5", v25[i]);
		put(v25[i]); put("@LINUX_2.5: "); put(s25[i] ? "found" : "MISSING"); nl();
	}
	put("__kernel_vsyscall at LINUX_2.6: "); put(vp_sym(&v, "LINUX_2.6", "__kernel_vsyscall") ? "found" : "not found"); nl();
	put("AT_SYSINFO is __kernel_vsyscall: "); yn(sysinfo && (void *)sysinfo == s25[0]); nl();
	put("ELF entry is __kernel_vsyscall: "); yn(v.load_offset + eh->e_entry == (unsigned long)s25[0]); nl();
	for (i = 0; i < 5; i++)
		if (!s26[i]) {
			flush();
			return 1;
		}
	if (!s25[0]) {
		flush();
		return 1;
	}

	put("== __kernel_vsyscall\n");
	{
		static const unsigned char prologue[] = { 0x51, 0x52, 0x55 };	/* push ecx; push edx; push ebp */
		put("starts with push %ecx; push %edx; push %ebp: "); yn(bytes_are(s25[0], prologue, 3)); nl();
	}
	vsyscall_entry = (long (*)(void))s25[0];
	{
		long p1 = sys(NR_getpid, 0, 0, 0);
		long p2 = vsys6(NR_getpid, 0, 0, 0, 0, 0, 0);
		put("getpid through it equals int $0x80's: "); yn(p1 == p2 && p1 > 0); nl();
		long bad = vsys6(NR_getpid + 100000, 0, 0, 0, 0, 0, 0);
		put("an invalid number returns: "); putnum(bad); nl();
		/* six arguments: mmap2(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) */
		long m = vsys6(NR_mmap2, 0, 4096, 3, 0x22, -1, 0);
		int mok = (unsigned long)m < 0xfffff000UL && (m & 4095) == 0;
		put("mmap2 with six arguments: "); put(mok ? "a page" : "error"); nl();
		if (mok) {
			*(volatile int *)m = 42;
			put("the page is writable: "); yn(*(volatile int *)m == 42); nl();
		}
		/* registers other than eax survive the call */
		long r_b, r_c, r_d, r_s, r_D, r_bp;
		__asm__ __volatile__(
			"push %%ebp\n\t"
			"mov $0x11111111,%%ebx\n\t"
			"mov $0x22222222,%%ecx\n\t"
			"mov $0x33333333,%%edx\n\t"
			"mov $0x44444444,%%esi\n\t"
			"mov $0x55555555,%%edi\n\t"
			"mov $0x66666666,%%ebp\n\t"
			"mov $20,%%eax\n\t"
			"call *%[entry]\n\t"
			"mov %%ebp,%%eax\n\t"
			"pop %%ebp\n\t"
			: "=b"(r_b), "=c"(r_c), "=d"(r_d), "=S"(r_s), "=D"(r_D), "=a"(r_bp)
			: [entry] "m"(vsyscall_entry)
			: "memory");
		put("ebx ecx edx esi edi ebp preserved: ");
		yn(r_b == 0x11111111 && r_c == 0x22222222 && r_d == 0x33333333 && r_s == 0x44444444 && r_D == 0x55555555 && r_bp == 0x66666666);
		nl();
	}

	put("== the signal trampolines\n");
	{
		static const unsigned char sigret[] = { 0x58, 0xb8, 0x77, 0, 0, 0, 0xcd, 0x80 };	/* pop eax; mov $119,eax; int $0x80 */
		static const unsigned char rtret[] = { 0xb8, 0xad, 0, 0, 0, 0xcd, 0x80 };		/* mov $173,eax; int $0x80 */
		put("__kernel_sigreturn: popl %eax; movl $__NR_sigreturn,%eax; int $0x80: "); yn(s25[1] && bytes_are(s25[1], sigret, 8)); nl();
		put("__kernel_rt_sigreturn: movl $__NR_rt_sigreturn,%eax; int $0x80: "); yn(s25[2] && bytes_are(s25[2], rtret, 7)); nl();
	}

	gettime32_t vgt = (gettime32_t)s26[0];
	gtod_t vgtod = (gtod_t)s26[1];
	time_fn_t vtime = (time_fn_t)s26[2];
	gettime32_t vgetres = (gettime32_t)s26[3];
	gettime64_t vgt64 = (gettime64_t)s26[4];

	put("== clock_gettime and clock_gettime64: vDSO against int $0x80\n");
	static const int ids[] = { 0, 1, 2, 3, 4, 5, 6, 7, 11, 10, 16, -1 };
	for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		struct ts32 a = { 0, 0 }, b = { 0, 0 }, c = { 0, 0 };
		struct ts64 a6 = { 0, 0 }, b6 = { 0, 0 }, c6 = { 0, 0 };
		long ra = sys(NR_clock_gettime, ids[i], (long)&a, 0);
		int rb = vgt(ids[i], &b);
		long rc = sys(NR_clock_gettime, ids[i], (long)&c, 0);
		long ra6 = sys(NR_clock_gettime64, ids[i], (long)&a6, 0);
		int rb6 = vgt64(ids[i], &b6);
		long rc6 = sys(NR_clock_gettime64, ids[i], (long)&c6, 0);
		put("clock "); putnum(ids[i]); put(": ");
		if (ra < 0) {
			put("syscall "); putnum(ra); put(", vDSO "); putnum(rb); put(", 64-bit: syscall "); putnum(ra6); put(", vDSO "); putnum(rb6); nl();
			continue;
		}
		put("vDSO "); putnum(rb); put(", ordered: "); yn(rc == 0 && ns32(&a) <= ns32(&b) && ns32(&b) <= ns32(&c));
		put(", nsec in range: "); yn(b.tv_nsec >= 0 && b.tv_nsec < 1000000000);
		put("; 64-bit vDSO "); putnum(rb6); put(", ordered: "); yn(rc6 == 0 && ns64(&a6) <= ns64(&b6) && ns64(&b6) <= ns64(&c6));
		put(", agrees with the 32-bit one: "); yn(b6.tv_sec >= b.tv_sec && b6.tv_sec - b.tv_sec <= 1);
		nl();
	}
	{
		struct ts64 prev, cur;
		int ok = 1, n;
		vgt64(1, &prev);
		for (n = 0; n < 20000; n++) {
			if (n % 1000 == 999)
				sys(NR_clock_gettime64, 1, (long)&cur, 0);
			else
				vgt64(1, &cur);
			if (ns64(&cur) < ns64(&prev))
				ok = 0;
			prev = cur;
		}
		put("CLOCK_MONOTONIC: 20000 reads (vDSO, every 1000th a system call) never go backwards: "); yn(ok); nl();
	}

	put("== clock_getres\n");
	for (i = 0; i < 9; i++) {
		static const int rid[] = { 0, 1, 2, 3, 4, 5, 6, 7, 11 };
		struct ts32 a = { -1, -1 }, b = { -1, -1 };
		long ra = sys(NR_clock_getres, rid[i], (long)&a, 0);
		int rb = vgetres(rid[i], &b);
		put("clock "); putnum(rid[i]); put(": vDSO "); putnum(rb); put(", "); putnum(b.tv_sec); put(" s "); putnum(b.tv_nsec);
		put(" ns, same as the system call: "); yn(ra == rb && a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec); nl();
	}
	put("clock_getres(CLOCK_MONOTONIC, NULL) = "); putnum(vgetres(1, 0)); nl();
	put("clock_getres(100) = "); putnum(vgetres(100, 0)); nl();

	put("== gettimeofday and time\n");
	{
		struct tv32 a, b, c;
		struct tz z = { 123, 456 };
		sys(NR_gettimeofday, (long)&a, 0, 0);
		int r = vgtod(&b, &z);
		sys(NR_gettimeofday, (long)&c, 0, 0);
		long long ua = a.tv_sec * 1000000LL + a.tv_usec, ub = b.tv_sec * 1000000LL + b.tv_usec, uc = c.tv_sec * 1000000LL + c.tv_usec;
		put("gettimeofday: vDSO "); putnum(r); put(", ordered: "); yn(ua <= ub && ub <= uc);
		put(", usec in range: "); yn(b.tv_usec >= 0 && b.tv_usec < 1000000); put(", timezone 0 0: "); yn(z.minuteswest == 0 && z.dsttime == 0); nl();
		long t0 = sys(NR_time, 0, 0, 0), t1 = 0;
		long tr = vtime(&t1);
		long t2 = sys(NR_time, 0, 0, 0);
		put("time: returns t: "); yn(tr == t1); put(", ordered: "); yn(t0 <= tr && tr <= t2); put(", time(NULL) works: "); yn(vtime(0) >= tr); nl();
	}
	flush();
	return 0;
}

/* the process entry point: the initial stack pointer is the argument */
__asm__(".text\n"
	".globl _start\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	mov %esp, %eax\n"
	"	and $-16, %esp\n"
	"	sub $12, %esp\n"
	"	push %eax\n"
	"	call test_main\n"
	"	mov %eax, %ebx\n"
	"	mov $252, %eax\n"
	"	int $0x80\n"
	"	hlt\n");
