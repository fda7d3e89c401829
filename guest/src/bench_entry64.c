/*
 * guest/src/bench_entry64.c — times N calls made by one system-call path, for
 * `sysgate bench entry` (src/cli/bench-entry.ts), natively and under sysgate.
 *
 *   bench_entry64 PATH N
 *
 * PATH is one of
 *   none                    the empty loop (the baseline to subtract)
 *   getpid-syscall          getpid with the syscall instruction
 *   getpid-int80            getpid with int $0x80 (i386 number 20: the compat path)
 *   clock_gettime-syscall   clock_gettime(CLOCK_MONOTONIC) with the syscall instruction
 *   clock_gettime-vdso      __vdso_clock_gettime(CLOCK_MONOTONIC), found via AT_SYSINFO_EHDR
 *   gettimeofday-vdso       __vdso_gettimeofday
 *   gettimeofday-vsyscall   call 0xffffffffff600000 (the legacy vsyscall page)
 * and prints one line: PATH N NANOSECONDS TSC_CYCLES for the whole loop (measured
 * with the vDSO's CLOCK_MONOTONIC and rdtsc around it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/time.h>
#include <time.h>

#include "vdso_parse.h"

typedef int (*gettime_t)(clockid_t, struct timespec *);
typedef int (*gtod_t)(struct timeval *, void *);

static inline unsigned long long rdtsc(void)
{
	unsigned lo, hi;
	__asm__ __volatile__("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return ((unsigned long long)hi << 32) | lo;
}

int main(int argc, char **argv)
{
	struct vp_vdso v = { 0 };
	struct timespec ts, t0, t1;
	struct timeval tv;
	long i, n;
	const char *path;

	if (argc < 3) {
		fprintf(stderr, "usage: bench_entry64 PATH N\n");
		return 2;
	}
	path = argv[1];
	n = atol(argv[2]);
	vp_init(&v, getauxval(AT_SYSINFO_EHDR));
	gettime_t vgettime = (gettime_t)vp_sym(&v, "LINUX_2.6", "__vdso_clock_gettime");
	gtod_t vgtod = (gtod_t)vp_sym(&v, "LINUX_2.6", "__vdso_gettimeofday");
	gtod_t vsgtod = (gtod_t)0xffffffffff600000UL;
	if (!vgettime || !vgtod) {
		fprintf(stderr, "bench_entry64: no vDSO\n");
		return 1;
	}
	int which = !strcmp(path, "none") ? 0 : !strcmp(path, "getpid-syscall") ? 1 : !strcmp(path, "getpid-int80") ? 2
		: !strcmp(path, "clock_gettime-syscall") ? 3 : !strcmp(path, "clock_gettime-vdso") ? 4
		: !strcmp(path, "gettimeofday-vdso") ? 5 : !strcmp(path, "gettimeofday-vsyscall") ? 6 : -1;
	if (which < 0) {
		fprintf(stderr, "bench_entry64: unknown path %s\n", path);
		return 2;
	}
	vgettime(CLOCK_MONOTONIC, &t0);
	unsigned long long c0 = rdtsc();
	switch (which) {
	case 0:
		for (i = 0; i < n; i++)
			__asm__ __volatile__("" : : : "memory");
		break;
	case 1:
		for (i = 0; i < n; i++) {
			long r;
			__asm__ __volatile__("syscall" : "=a"(r) : "0"(39L) : "rcx", "r11", "memory");
		}
		break;
	case 2:
		for (i = 0; i < n; i++) {
			long r;
			__asm__ __volatile__("int $0x80" : "=a"(r) : "0"(20L) : "r8", "r9", "r10", "r11", "memory");
		}
		break;
	case 3:
		for (i = 0; i < n; i++) {
			long r;
			__asm__ __volatile__("syscall" : "=a"(r) : "0"(228L), "D"(1L), "S"(&ts) : "rcx", "r11", "memory");
		}
		break;
	case 4:
		for (i = 0; i < n; i++) {
			vgettime(CLOCK_MONOTONIC, &ts);
			__asm__ __volatile__("" : : : "memory");
		}
		break;
	case 5:
		for (i = 0; i < n; i++) {
			vgtod(&tv, 0);
			__asm__ __volatile__("" : : : "memory");
		}
		break;
	case 6:
		for (i = 0; i < n; i++) {
			vsgtod(&tv, 0);
			__asm__ __volatile__("" : : : "memory");
		}
		break;
	}
	unsigned long long c1 = rdtsc();
	vgettime(CLOCK_MONOTONIC, &t1);
	long long ns = (t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
	printf("%s %ld %lld %llu\n", path, n, ns, c1 - c0);
	return 0;
}
