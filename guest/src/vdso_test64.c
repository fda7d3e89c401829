/*
 * guest/src/vdso_test64.c — the x86-64 vDSO and vsyscall page, as a program sees
 * them.
 *
 * Finds the vDSO through AT_SYSINFO_EHDR, parses it the way the kernel's
 * parse_vdso.c does (vdso_parse.h), looks up every function Linux exports at
 * LINUX_2.6, calls each one and compares it with the real system call. Times differ
 * from run to run, so only properties are printed: found or not, return values,
 * errno, resolutions, ordering between the vDSO and the system call (t_syscall1 <=
 * t_vdso <= t_syscall2), monotonicity over many calls, ranges. Then the legacy
 * vsyscall page at 0xffffffffff600000: gettimeofday (+0), time (+0x400), getcpu
 * (+0x800). Finally musl's own clock_gettime (which uses the vDSO: shown by a trace
 * with no clock_gettime system call).
 *
 *   vdso_test64                  everything above, exit 0
 *   vdso_test64 vsyscall-middle  calls 0xffffffffff600001 (inside the gettimeofday
 *                                entry): the kernel kills it with SIGSEGV
 *   vdso_test64 vsyscall-badptr  vsyscall gettimeofday with a kernel pointer: SIGSEGV
 *   vdso_test64 musl-clock       only musl's clock_gettime, gettimeofday and time (a
 *                                trace of it has no clock_gettime system call)
 *
 * Built with musl-gcc -static (guest/vdso/build.sh).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "vdso_parse.h"

typedef int (*gettime_t)(clockid_t, struct timespec *);
typedef int (*gtod_t)(struct timeval *, struct timezone *);
typedef time_t (*time_fn_t)(time_t *);
typedef long (*getcpu_t)(unsigned *, unsigned *, void *);

#define VSYSCALL_GTOD	0xffffffffff600000UL
#define VSYSCALL_TIME	0xffffffffff600400UL
#define VSYSCALL_GETCPU	0xffffffffff600800UL

static const char *yesno(int b) { return b ? "yes" : "no"; }

static long long ns_of(const struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

static int raw_clock_gettime(clockid_t c, struct timespec *t)
{
	long r = syscall(SYS_clock_gettime, c, t);
	return r < 0 ? -errno : (int)r;
}

static const char *const names[] = {
	"__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time", "__vdso_clock_getres", "__vdso_getcpu",
	"clock_gettime", "gettimeofday", "time", "clock_getres", "getcpu",
};

static int vsyscall_mode(const char *mode)
{
	if (!strcmp(mode, "vsyscall-middle")) {
		gtod_t f = (gtod_t)(VSYSCALL_GTOD + 1);
		struct timeval tv;

		printf("calling 0xffffffffff600001 (inside an entry)\n");
		fflush(stdout);
		f(&tv, 0);
		printf("still alive: the call returned\n");
		return 1;
	}
	if (!strcmp(mode, "vsyscall-badptr")) {
		gtod_t f = (gtod_t)VSYSCALL_GTOD;

		printf("vsyscall gettimeofday with a kernel pointer\n");
		fflush(stdout);
		f((struct timeval *)0xffff888000000000UL, 0);
		printf("still alive: the call returned\n");
		return 1;
	}
	if (!strcmp(mode, "musl-clock")) {
		struct timespec a, b;
		struct timeval tv;
		int ok = 1, n;

		clock_gettime(CLOCK_MONOTONIC, &a);
		for (n = 0; n < 100; n++) {
			clock_gettime(CLOCK_MONOTONIC, &b);
			if (ns_of(&b) < ns_of(&a))
				ok = 0;
			a = b;
		}
		clock_gettime(CLOCK_REALTIME, &b);
		gettimeofday(&tv, 0);
		time_t t = time(0);
		printf("musl: 100 clock_gettime(CLOCK_MONOTONIC) in order: %s\n", yesno(ok));
		printf("musl: clock_gettime(CLOCK_REALTIME) <= gettimeofday: %s, time() agrees: %s\n",
		       yesno(b.tv_sec < tv.tv_sec || (b.tv_sec == tv.tv_sec && b.tv_nsec / 1000 <= tv.tv_usec)),
		       yesno(t >= tv.tv_sec && t <= tv.tv_sec + 1));
		return 0;
	}
	printf("unknown mode %s\n", mode);
	return 2;
}

int main(int argc, char **argv)
{
	struct vp_vdso v = { 0 };
	unsigned long base = getauxval(AT_SYSINFO_EHDR);
	unsigned i;

	if (argc > 1)
		return vsyscall_mode(argv[1]);

	/* run on CPU 0, so getcpu has one right answer natively too */
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	sched_setaffinity(0, sizeof set, &set);

	printf("== finding the vDSO\n");
	printf("AT_SYSINFO_EHDR present: %s, page aligned: %s\n", yesno(base != 0), yesno((base & 4095) == 0));
	printf("AT_SYSINFO (i386 only) present: %s\n", yesno(getauxval(AT_SYSINFO) != 0));
	if (!base)
		return 1;
	const struct vp_ehdr *eh = (const struct vp_ehdr *)base;
	printf("ELF magic: %s, class 64: %s, type ET_DYN: %s, machine x86-64: %s\n",
	       yesno(!memcmp(eh->e_ident, "\177ELF", 4)), yesno(eh->e_ident[4] == 2), yesno(eh->e_type == 3), yesno(eh->e_machine == 62));
	vp_init(&v, base);
	printf("parsed: %s (PT_LOAD segments: %d, PT_DYNAMIC: %s, load offset = base: %s)\n",
	       yesno(v.valid), v.n_load, yesno(v.has_dynamic), yesno(v.load_offset == base));
	printf("symbol versions: %s\n", yesno(v.versym != 0));

	printf("== lookups (version LINUX_2.6)\n");
	void *sym[10];
	for (i = 0; i < 10; i++) {
		sym[i] = vp_sym(&v, "LINUX_2.6", names[i]);
		printf("%-22s %s\n", names[i], sym[i] ? "found" : "MISSING");
	}
	for (i = 0; i < 5; i++)
		printf("%s is an alias of %s: %s\n", names[i + 5], names[i], yesno(sym[i] && sym[i] == sym[i + 5]));
	printf("__vdso_time at version LINUX_2.5: %s\n", vp_sym(&v, "LINUX_2.5", "__vdso_time") ? "found" : "not found");
	printf("__vdso_nonexistent: %s\n", vp_sym(&v, "LINUX_2.6", "__vdso_nonexistent") ? "found" : "not found");
	for (i = 0; i < 5; i++)
		if (!sym[i])
			return 1;
	gettime_t vgettime = (gettime_t)sym[0];
	gtod_t vgtod = (gtod_t)sym[1];
	time_fn_t vtime = (time_fn_t)sym[2];
	gettime_t vgetres = (gettime_t)sym[3];
	getcpu_t vgetcpu = (getcpu_t)sym[4];

	printf("== clock_gettime: vDSO against the system call\n");
	static const int ids[] = { 0, 1, 2, 3, 4, 5, 6, 7, 11, 10, 12, 15, 16, 100, -1 };
	for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		struct timespec a = { 0, 0 }, b = { 0, 0 }, c = { 0, 0 };
		int ra = raw_clock_gettime(ids[i], &a);
		int rb = vgettime(ids[i], &b);
		int rc = raw_clock_gettime(ids[i], &c);
		if (ra < 0 || rc < 0) {
			printf("clock %3d: syscall %d, vDSO %d (same: %s)\n", ids[i], ra, rb, yesno(ra == rb));
			continue;
		}
		printf("clock %3d: syscall 0, vDSO %d, nsec in range: %s, syscall <= vDSO <= syscall: %s\n", ids[i], rb,
		       yesno(b.tv_nsec >= 0 && b.tv_nsec < 1000000000), yesno(ns_of(&a) <= ns_of(&b) && ns_of(&b) <= ns_of(&c)));
	}
	for (i = 0; i < 5; i++) {
		static const int mono[] = { 0, 1, 4, 6, 7 };
		struct timespec prev, cur;
		int ok = 1, n;

		vgettime(mono[i], &prev);
		for (n = 0; n < 20000; n++) {
			if (n % 1000 == 999)
				raw_clock_gettime(mono[i], &cur);
			else
				vgettime(mono[i], &cur);
			if (ns_of(&cur) < ns_of(&prev))
				ok = 0;
			prev = cur;
		}
		printf("clock %d: 20000 reads (vDSO, every 1000th a system call) never go backwards: %s\n", mono[i], yesno(ok));
	}
	{
		struct timespec r, m;
		vgettime(CLOCK_REALTIME, &r);
		vgettime(CLOCK_MONOTONIC, &m);
		printf("CLOCK_REALTIME after 2020: %s, CLOCK_MONOTONIC positive: %s\n", yesno(r.tv_sec > 1577836800), yesno(ns_of(&m) > 0));
	}

	printf("== clock_getres\n");
	for (i = 0; i < 9; i++) {
		static const int rid[] = { 0, 1, 2, 3, 4, 5, 6, 7, 11 };
		struct timespec a = { -1, -1 }, b = { -1, -1 };
		long ra = syscall(SYS_clock_getres, rid[i], &a);
		int rb = vgetres(rid[i], &b);
		printf("clock %2d: vDSO %d, %ld.%09ld s, same as the system call: %s\n", rid[i], rb, (long)b.tv_sec, b.tv_nsec,
		       yesno(ra == rb && a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec));
	}
	printf("clock_getres(CLOCK_MONOTONIC, NULL) = %d\n", vgetres(CLOCK_MONOTONIC, 0));
	printf("clock_getres(-1) = %d, clock_getres(100) = %d\n", vgetres(-1, 0), vgetres(100, 0));

	printf("== gettimeofday\n");
	{
		struct timeval a, b, c;
		struct timezone tz = { 123, 456 }, tz2 = { 789, 1 };
		syscall(SYS_gettimeofday, &a, 0);
		int r = vgtod(&b, &tz);
		syscall(SYS_gettimeofday, &c, &tz2);
		long long ua = a.tv_sec * 1000000LL + a.tv_usec, ub = b.tv_sec * 1000000LL + b.tv_usec,
			  uc = c.tv_sec * 1000000LL + c.tv_usec;
		printf("vDSO %d, usec in range: %s, syscall <= vDSO <= syscall: %s\n", r, yesno(b.tv_usec >= 0 && b.tv_usec < 1000000),
		       yesno(ua <= ub && ub <= uc));
		printf("timezone same as the system call's: %s\n", yesno(tz.tz_minuteswest == tz2.tz_minuteswest && tz.tz_dsttime == tz2.tz_dsttime));
		printf("gettimeofday(NULL, NULL) = %d\n", vgtod(0, 0));
	}

	printf("== time\n");
	{
		time_t t0 = syscall(SYS_time, 0);
		time_t t1 = 0;
		time_t r = vtime(&t1);
		time_t t2 = syscall(SYS_time, 0);
		struct timeval tv;
		vgtod(&tv, 0);
		printf("time(&t) returns t: %s, syscall <= vDSO <= syscall: %s, <= gettimeofday: %s\n", yesno(r == t1),
		       yesno(t0 <= r && r <= t2), yesno(r <= tv.tv_sec));
		printf("time(NULL) works: %s\n", yesno(vtime(0) >= r));
	}

	printf("== getcpu\n");
	{
		unsigned cpu = 99, node = 99, scpu = 98, snode = 98;
		long r = vgetcpu(&cpu, &node, 0);
		long rs = syscall(SYS_getcpu, &scpu, &snode, 0);
		printf("vDSO %ld: cpu %u node %u; system call %ld: same: %s\n", r, cpu, node, rs, yesno(cpu == scpu && node == snode));
		printf("getcpu(NULL, NULL, NULL) = %ld\n", vgetcpu(0, 0, 0));
	}

	printf("== the vsyscall page\n");
	{
		gtod_t vs_gtod = (gtod_t)VSYSCALL_GTOD;
		time_fn_t vs_time = (time_fn_t)VSYSCALL_TIME;
		getcpu_t vs_getcpu = (getcpu_t)VSYSCALL_GETCPU;
		struct timeval a, b, c;
		time_t t1 = 0;
		unsigned cpu = 99, node = 99;

		vgtod(&a, 0);
		int r = vs_gtod(&b, 0);
		vgtod(&c, 0);
		long long ua = a.tv_sec * 1000000LL + a.tv_usec, ub = b.tv_sec * 1000000LL + b.tv_usec,
			  uc = c.tv_sec * 1000000LL + c.tv_usec;
		printf("gettimeofday at +0x000: %d, vDSO <= vsyscall <= vDSO: %s\n", r, yesno(ua <= ub && ub <= uc));
		time_t tr = vs_time(&t1);
		printf("time at +0x400: returns t: %s, agrees with gettimeofday: %s\n", yesno(tr == t1),
		       yesno(tr >= b.tv_sec && tr <= c.tv_sec + 1));
		long gr = vs_getcpu(&cpu, &node, 0);
		printf("getcpu at +0x800: %ld, cpu %u node %u\n", gr, cpu, node);
		printf("NULL arguments: gettimeofday %d, time > 0: %s, getcpu %ld\n", vs_gtod(0, 0), yesno(vs_time(0) > 0), vs_getcpu(0, 0, 0));
	}

	printf("== musl's clock_gettime\n");
	{
		struct timespec a, b, c;
		vgettime(CLOCK_MONOTONIC, &a);
		int r = clock_gettime(CLOCK_MONOTONIC, &b);
		vgettime(CLOCK_MONOTONIC, &c);
		printf("clock_gettime(CLOCK_MONOTONIC) = %d, vDSO <= musl <= vDSO: %s\n", r, yesno(ns_of(&a) <= ns_of(&b) && ns_of(&b) <= ns_of(&c)));
		r = clock_gettime(CLOCK_REALTIME, &b);
		printf("clock_gettime(CLOCK_REALTIME) = %d\n", r);
	}
	return 0;
}
