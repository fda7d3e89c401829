/*
 * guest/vdso/vclock.c — the time functions of sysgate's vDSO (x86-64 and i386).
 *
 * The same file is compiled twice: with -m64 for vdso64.so and with -m32 for
 * vdso32.so. It runs in user mode, inside every process, with no libc and no
 * kernel help: the clock is computed from the vvar page (see vvar.h), which the
 * kernel keeps up to date, and the time-stamp counter, read with rdtsc:
 *
 *     ns  = basetime[clock].nsec + (tsc - cycle_last) * mult     (shifted ns)
 *     ns >>= shift
 *     sec = basetime[clock].sec + ns / 1e9,   nsec = ns % 1e9
 *
 * read under the vvar's sequence count, retried if the kernel was writing.
 * Clocks the vvar does not describe (the CPU-time clocks, invalid ids) and a
 * vvar whose clock_mode is "none" are handed to the real system call, as Linux's
 * lib/vdso/gettimeofday.c does. Written for sysgate; the behaviour is Linux 6.1's.
 */
#include "vvar.h"

#define NSEC_PER_SEC	1000000000ULL
#define NSEC_PER_USEC	1000U

/* system-call numbers for the fallbacks */
#ifdef __x86_64__
# define NR_gettimeofday	96
# define NR_time		201
# define NR_clock_gettime	228
# define NR_clock_getres	229
#else
# define NR_gettimeofday	78
# define NR_clock_gettime	265
# define NR_clock_getres	266
# define NR_clock_gettime64	403
#endif

/* struct __kernel_timespec: 64-bit seconds and nanoseconds on both ABIs */
struct sg_kernel_timespec {
	long long tv_sec;
	long long tv_nsec;
};

/* struct old_timespec32 (i386's struct timespec) */
struct sg_old_timespec32 {
	int tv_sec;
	int tv_nsec;
};

/* struct __kernel_old_timeval: two longs (64-bit on x86-64, 32-bit on i386) */
struct sg_old_timeval {
	long tv_sec;
	long tv_usec;
};

struct sg_timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

/*
 * The data page: a hidden symbol the linker script places 4 pages below the
 * image (vvar_page + 128), so the code reaches it PC-relative (x86-64) or
 * GOT-relative (i386) and the image needs no relocations.
 */
extern const volatile struct sg_vdso_data sg_vdso_data[SG_CS_BASES]
	__attribute__((visibility("hidden")));

static inline sg_u64 read_tsc(void)
{
	sg_u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return ((sg_u64)hi << 32) | lo;
}

static inline sg_u32 seq_begin(const volatile struct sg_vdso_data *vd)
{
	sg_u32 seq;

	while ((seq = vd->seq) & 1)
		__asm__ __volatile__("pause" : : : "memory");
	__asm__ __volatile__("" : : : "memory");
	return seq;
}

static inline int seq_retry(const volatile struct sg_vdso_data *vd, sg_u32 start)
{
	__asm__ __volatile__("" : : : "memory");
	return vd->seq != start;
}

/*
 * Splits ns into whole seconds (added to *sec) and the remainder, by repeated
 * subtraction: the remainder is below a few seconds, and the i386 image has no
 * libgcc for a 64-bit division. The empty asm keeps the compiler from turning
 * the loop back into a division.
 */
static inline sg_u32 split_seconds(sg_u64 ns, sg_u64 *sec)
{
	while (ns >= NSEC_PER_SEC) {
		__asm__("" : "+rm"(ns));
		ns -= NSEC_PER_SEC;
		(*sec)++;
	}
	return (sg_u32)ns;
}

/* A high-resolution clock from the TSC. Returns -1 when the vvar says "no vDSO clock". */
static inline int do_hres(const volatile struct sg_vdso_data *vd, sg_u32 clk,
			  sg_u64 *sec_out, sg_u32 *nsec_out)
{
	sg_u64 cycles, last, ns, sec;
	sg_u32 seq;

	do {
		seq = seq_begin(vd);
		if (vd->clock_mode != SG_CLOCKMODE_TSC)
			return -1;
		cycles = read_tsc();
		last = vd->cycle_last;
		ns = vd->basetime[clk].nsec;
		/* a TSC read that lags cycle_last counts as no time passed (x86's rule) */
		if (cycles > last)
			ns += ((cycles - last) & vd->mask) * vd->mult;
		ns >>= vd->shift;
		sec = vd->basetime[clk].sec;
	} while (seq_retry(vd, seq));

	*nsec_out = split_seconds(ns, &sec);
	*sec_out = sec;
	return 0;
}

/* A coarse clock: the base time of the last tick, no TSC read. */
static inline void do_coarse(const volatile struct sg_vdso_data *vd, sg_u32 clk,
			     sg_u64 *sec_out, sg_u32 *nsec_out)
{
	sg_u64 sec, nsec;
	sg_u32 seq;

	do {
		seq = seq_begin(vd);
		sec = vd->basetime[clk].sec;
		nsec = vd->basetime[clk].nsec;
	} while (seq_retry(vd, seq));
	*sec_out = sec;
	*nsec_out = (sg_u32)nsec;
}

/* 0 and the time, or -1: the caller must use the system call. */
static inline int vdso_clock(sg_u32 clk, sg_u64 *sec, sg_u32 *nsec)
{
	const volatile struct sg_vdso_data *vd = sg_vdso_data;
	sg_u32 msk;

	if (clk >= SG_MAX_CLOCKS)	/* also catches negative ids (per-process CPU clocks) */
		return -1;
	msk = SG_BIT(clk);
	if (msk & SG_VDSO_HRES)
		return do_hres(&vd[SG_CS_HRES_COARSE], clk, sec, nsec);
	if (msk & SG_VDSO_COARSE) {
		do_coarse(&vd[SG_CS_HRES_COARSE], clk, sec, nsec);
		return 0;
	}
	if (msk & SG_VDSO_RAW)
		return do_hres(&vd[SG_CS_RAW], clk, sec, nsec);
	return -1;
}

/* Resolution in ns of a clock the vDSO serves, or -1. */
static inline long long vdso_res(sg_u32 clk)
{
	sg_u32 msk;

	if (clk >= SG_MAX_CLOCKS)
		return -1;
	msk = SG_BIT(clk);
	if (msk & (SG_VDSO_HRES | SG_VDSO_RAW))
		return sg_vdso_data[SG_CS_HRES_COARSE].hrtimer_res;
	if (msk & SG_VDSO_COARSE)
		return SG_TICK_NSEC;
	return -1;
}

/* ---------------- the fallbacks: the real system calls ---------------- */

#ifdef __x86_64__
static inline long sys2(long nr, long a1, long a2)
{
	long ret;

	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "0"(nr), "D"(a1), "S"(a2)
			     : "rcx", "r11", "memory");
	return ret;
}
#else
/*
 * i386: through __kernel_vsyscall (its hidden alias, so the call binds inside the
 * image), with the first argument in ebx — the PIC register, saved in edx around
 * the call as Linux's vDSO does.
 */
static inline long sys2(long nr, long a1, long a2)
{
	long ret;

	__asm__ __volatile__("mov %%ebx, %%edx\n\t"
			     "mov %[a1], %%ebx\n\t"
			     "call sg_vsyscall_entry\n\t"
			     "mov %%edx, %%ebx"
			     : "=a"(ret)
			     : "0"(nr), [a1] "g"(a1), "c"(a2)
			     : "edx", "memory");
	return ret;
}
#endif

/* ---------------- the exported functions ---------------- */

#ifdef __x86_64__

int __vdso_clock_gettime(int clk, struct sg_kernel_timespec *ts)
{
	sg_u64 sec;
	sg_u32 nsec;

	if (vdso_clock((sg_u32)clk, &sec, &nsec))
		return (int)sys2(NR_clock_gettime, clk, (long)ts);
	ts->tv_sec = (long long)sec;
	ts->tv_nsec = nsec;
	return 0;
}
int clock_gettime(int, struct sg_kernel_timespec *)
	__attribute__((weak, alias("__vdso_clock_gettime")));

int __vdso_gettimeofday(struct sg_old_timeval *tv, struct sg_timezone *tz)
{
	if (tv) {
		sg_u64 sec;
		sg_u32 nsec;

		if (do_hres(&sg_vdso_data[SG_CS_HRES_COARSE], SG_CLOCK_REALTIME, &sec, &nsec))
			return (int)sys2(NR_gettimeofday, (long)tv, (long)tz);
		tv->tv_sec = (long)sec;
		tv->tv_usec = nsec / NSEC_PER_USEC;
	}
	if (tz) {
		tz->tz_minuteswest = sg_vdso_data[SG_CS_HRES_COARSE].tz_minuteswest;
		tz->tz_dsttime = sg_vdso_data[SG_CS_HRES_COARSE].tz_dsttime;
	}
	return 0;
}
int gettimeofday(struct sg_old_timeval *, struct sg_timezone *)
	__attribute__((weak, alias("__vdso_gettimeofday")));

/*
 * time(): Linux's vDSO returns the seconds of the last tick (basetime.sec). sysgate
 * has no periodic tick (the vvar is refreshed when the kernel is entered), so the
 * seconds come from the same TSC computation as gettimeofday: time() can never be
 * behind a gettimeofday() made before it. Falls back to the system call when the
 * vvar has no clock.
 */
long __vdso_time(long *t)
{
	sg_u64 sec;
	sg_u32 nsec;

	if (do_hres(&sg_vdso_data[SG_CS_HRES_COARSE], SG_CLOCK_REALTIME, &sec, &nsec))
		return sys2(NR_time, (long)t, 0);
	if (t)
		*t = (long)sec;
	return (long)sec;
}
long time(long *) __attribute__((weak, alias("__vdso_time")));

int __vdso_clock_getres(int clk, struct sg_kernel_timespec *res)
{
	long long ns = vdso_res((sg_u32)clk);

	if (ns < 0)
		return (int)sys2(NR_clock_getres, clk, (long)res);
	if (res) {
		res->tv_sec = 0;
		res->tv_nsec = ns;
	}
	return 0;
}
int clock_getres(int, struct sg_kernel_timespec *)
	__attribute__((weak, alias("__vdso_clock_getres")));

#else /* i386 */

int __vdso_clock_gettime(int clk, struct sg_old_timespec32 *ts)
{
	sg_u64 sec;
	sg_u32 nsec;

	if (vdso_clock((sg_u32)clk, &sec, &nsec))
		return (int)sys2(NR_clock_gettime, clk, (long)ts);
	ts->tv_sec = (int)sec;
	ts->tv_nsec = (int)nsec;
	return 0;
}

int __vdso_clock_gettime64(int clk, struct sg_kernel_timespec *ts)
{
	sg_u64 sec;
	sg_u32 nsec;

	if (vdso_clock((sg_u32)clk, &sec, &nsec))
		return (int)sys2(NR_clock_gettime64, clk, (long)ts);
	ts->tv_sec = (long long)sec;
	ts->tv_nsec = nsec;
	return 0;
}

int __vdso_gettimeofday(struct sg_old_timeval *tv, struct sg_timezone *tz)
{
	if (tv) {
		sg_u64 sec;
		sg_u32 nsec;

		if (do_hres(&sg_vdso_data[SG_CS_HRES_COARSE], SG_CLOCK_REALTIME, &sec, &nsec))
			return (int)sys2(NR_gettimeofday, (long)tv, (long)tz);
		tv->tv_sec = (long)sec;
		tv->tv_usec = (long)(nsec / NSEC_PER_USEC);
	}
	if (tz) {
		tz->tz_minuteswest = sg_vdso_data[SG_CS_HRES_COARSE].tz_minuteswest;
		tz->tz_dsttime = sg_vdso_data[SG_CS_HRES_COARSE].tz_dsttime;
	}
	return 0;
}

/* see the x86-64 time() above; i386 has no time() system call fallback in Linux's
 * vDSO either, so with no vvar clock it uses gettimeofday's */
long __vdso_time(long *t)
{
	sg_u64 sec;
	sg_u32 nsec;

	if (do_hres(&sg_vdso_data[SG_CS_HRES_COARSE], SG_CLOCK_REALTIME, &sec, &nsec)) {
		struct sg_old_timeval tv;

		if (sys2(NR_gettimeofday, (long)&tv, 0))
			return -1;
		sec = (sg_u64)tv.tv_sec;
	}
	if (t)
		*t = (long)sec;
	return (long)sec;
}

int __vdso_clock_getres(int clk, struct sg_old_timespec32 *res)
{
	long long ns = vdso_res((sg_u32)clk);

	if (ns < 0)
		return (int)sys2(NR_clock_getres, clk, (long)res);
	if (res) {
		res->tv_sec = 0;
		res->tv_nsec = (int)ns;
	}
	return 0;
}

#endif
