/*
 * guest/vdso/vvar.h — the vvar area as the vDSO reads it.
 *
 * The kernel (src/kernel/vdso.ts, constants VVAR_*) writes these bytes; the vDSO
 * (vclock.c) only reads them. Keep both sides in step: the offsets are checked
 * below with _Static_assert and in test/kernel/vdso.test.ts.
 *
 * The layout follows Linux 6.1 on x86 (include/vdso/datapage.h, asm/vvar.h), so a
 * reader who knows Linux recognises it:
 *
 *   vvar area = 4 pages directly below the vDSO text
 *     page 0       the data page; struct sg_vdso_data[2] at offset 128
 *                  ([0] = high-resolution and coarse clocks, [1] = CLOCK_MONOTONIC_RAW)
 *     pages 1..3   where Linux keeps the pvclock, hvclock and time-namespace pages
 *                  (unused here: sysgate has no paravirtual clocks or time namespaces)
 *
 * One record (240 bytes, every 64-bit field naturally aligned, so the i386 and
 * x86-64 images agree without packing):
 *
 *   off  size  field
 *     0     4  seq           sequence count: odd while the kernel is writing
 *     4     4  clock_mode    0 = none (always use the system call), 1 = TSC
 *     8     8  cycle_last    TSC value at which the base times were taken
 *    16     8  mask          mask applied to (tsc - cycle_last): all ones for the TSC
 *    24     4  mult          ns = (cycles * mult) >> shift
 *    28     4  shift
 *    32   192  basetime[12]  per clock id: { u64 sec; u64 nsec; } — for the
 *                            high-resolution clocks nsec is shifted left by `shift`
 *                            (sub-nanosecond precision, as Linux's timekeeper keeps
 *                            it); for the coarse clocks it is plain nanoseconds
 *   224     4  tz_minuteswest
 *   228     4  tz_dsttime
 *   232     4  hrtimer_res   resolution of the high-resolution clocks, ns
 *   236     4  (unused)
 */
#ifndef SYSGATE_VVAR_H
#define SYSGATE_VVAR_H

#define SG_VVAR_PAGES		4
#define SG_VDSO_DATA_OFFSET	128

#define SG_CS_HRES_COARSE	0
#define SG_CS_RAW		1
#define SG_CS_BASES		2

#define SG_CLOCKMODE_NONE	0
#define SG_CLOCKMODE_TSC	1

/* clock ids (uapi/linux/time.h) */
#define SG_CLOCK_REALTIME		0
#define SG_CLOCK_MONOTONIC		1
#define SG_CLOCK_PROCESS_CPUTIME_ID	2
#define SG_CLOCK_THREAD_CPUTIME_ID	3
#define SG_CLOCK_MONOTONIC_RAW		4
#define SG_CLOCK_REALTIME_COARSE	5
#define SG_CLOCK_MONOTONIC_COARSE	6
#define SG_CLOCK_BOOTTIME		7
#define SG_CLOCK_TAI			11
#define SG_MAX_CLOCKS			16
#define SG_CLOCK_BASES			(SG_CLOCK_TAI + 1)

/* which clocks the vDSO serves, and from which record */
#define SG_BIT(n)	(1u << (n))
#define SG_VDSO_HRES	(SG_BIT(SG_CLOCK_REALTIME) | SG_BIT(SG_CLOCK_MONOTONIC) | \
			 SG_BIT(SG_CLOCK_BOOTTIME) | SG_BIT(SG_CLOCK_TAI))
#define SG_VDSO_COARSE	(SG_BIT(SG_CLOCK_REALTIME_COARSE) | SG_BIT(SG_CLOCK_MONOTONIC_COARSE))
#define SG_VDSO_RAW	(SG_BIT(SG_CLOCK_MONOTONIC_RAW))

/* resolution of the coarse clocks: one tick (CONFIG_HZ=250) */
#define SG_TICK_NSEC	4000000u

#ifndef __ASSEMBLER__
typedef unsigned int sg_u32;
typedef int sg_s32;
typedef unsigned long long sg_u64;

struct sg_vdso_timestamp {
	sg_u64 sec;
	sg_u64 nsec;
};

struct sg_vdso_data {
	sg_u32 seq;
	sg_s32 clock_mode;
	sg_u64 cycle_last;
	sg_u64 mask;
	sg_u32 mult;
	sg_u32 shift;
	struct sg_vdso_timestamp basetime[SG_CLOCK_BASES];
	sg_s32 tz_minuteswest;
	sg_s32 tz_dsttime;
	sg_u32 hrtimer_res;
	sg_u32 unused;
};

#define SG_OFFSET(f) __builtin_offsetof(struct sg_vdso_data, f)
_Static_assert(SG_OFFSET(seq) == 0, "vvar layout");
_Static_assert(SG_OFFSET(clock_mode) == 4, "vvar layout");
_Static_assert(SG_OFFSET(cycle_last) == 8, "vvar layout");
_Static_assert(SG_OFFSET(mask) == 16, "vvar layout");
_Static_assert(SG_OFFSET(mult) == 24, "vvar layout");
_Static_assert(SG_OFFSET(shift) == 28, "vvar layout");
_Static_assert(SG_OFFSET(basetime) == 32, "vvar layout");
_Static_assert(SG_OFFSET(tz_minuteswest) == 224, "vvar layout");
_Static_assert(SG_OFFSET(hrtimer_res) == 232, "vvar layout");
_Static_assert(sizeof(struct sg_vdso_data) == 240, "vvar layout");
#endif

#endif
