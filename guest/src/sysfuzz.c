/*
 * sysfuzz.c — a system-call fuzzer in the style of trinity/syzkaller, for comparing
 * sysgate with Linux call by call (issue 7, "Hold the boundary").
 *
 *   sysfuzz SEED COUNT        (argv[0] must be the program's absolute path)
 *
 * Sets up a controlled world at fixed addresses (sysfuzz_world.h), then makes COUNT
 * system calls chosen by a deterministic generator from SEED, with hostile arguments
 * (sysfuzz_gen.h): NULL, straddling, read-only, PROT_NONE, kernel and non-canonical
 * pointers; huge and negative lengths; bad and closed descriptors; random flags.
 * Only calls whose result does not depend on the host are made, and only results
 * that do not (times, random bytes and host limits are made but only their error
 * status is printed). One line per call:
 *
 *   <index> <name>(<symbolic arguments>) = <result>[ mem=<checksum>]
 *
 * where the result is a number, -ENAME, or for values that legitimately depend on
 * placement "addr" / "=<argument>" (mmap, mremap), "brk0…" (brk), "val" (time).
 * mem= is a checksum of the writable arena pages after calls whose output there is
 * deterministic. After each call the world is put back (descriptors, arena contents,
 * and after memory-management calls the mappings; after signal calls the signal
 * state), so every call sees the same world natively and under sysgate.
 *
 * Safety (natively this runs as root): mm calls are generated only with ranges that
 * cannot touch the program itself (range_safe), execve only with arguments that must
 * fail, no ioctl/madvise/mmap flag with effects outside the process (MADV_HWPOISON,
 * FIFREEZE, MAP_HUGETLB), no blocking call without a zero or tiny timeout.
 */
#define _GNU_SOURCE
#include "sysfuzz_world.h"
#include "sysfuzz_gen.h"
#include "errname.h"
#include <stdlib.h>

/* ---- making a call and printing it ---------------------------------------- */

enum rk { RK_INT, RK_ADDR, RK_BRK, RK_VAL };
#define F_MEM 1 /* print the checksum of the writable arena pages */
#define F_SIG 2 /* restore the signal state afterwards */
#define F_MM 4  /* restore the mappings afterwards */
#define F_BRK 8
#define F_GS 16

static int call_index;
static word undo_len; /* RK_ADDR: the length of a mapping the call may create */

/*
 * The writable arena pages, without the program's own path (D_EXE..D_LONG): where the
 * checkout lies must not change the recorded results.
 */
static uint32_t checksum(void)
{
	uint32_t h = 2166136261u;
	const word *p = (const word *)RW;
	for (word i = 0; i < 2 * PG / W; i++)
		h = (h ^ (uint32_t)p[i]) * 16777619u;
	p = (const word *)DATA;
	for (word i = 0; i < PG / W; i++)
		if (i * W < D_EXE || i * W >= D_LONG)
			h = (h ^ (uint32_t)p[i]) * 16777619u;
	return h;
}

static int is_err(long r) { return (unsigned long)r >= (unsigned long)-4095; }

static void format_result(char *b, size_t n, long r, enum rk kind)
{
	if (is_err(r)) {
		snprintf(b, n, "-%s", errname((int)-r));
	} else if (kind == RK_ADDR) {
		if ((word)r == args[0].v)
			snprintf(b, n, "=%s", args[0].text);
		else if (nargs >= 5 && (word)r == args[4].v)
			snprintf(b, n, "=%s", args[4].text);
		else
			snprintf(b, n, "addr");
	} else if (kind == RK_BRK) {
		if ((word)r == brk0)
			snprintf(b, n, "brk0");
		else if ((word)r == args[0].v)
			snprintf(b, n, "=%s", args[0].text);
		else
			snprintf(b, n, "brk0%+ld", (long)((word)r - brk0));
	} else if (kind == RK_VAL) {
		snprintf(b, n, "val");
	} else {
		snprintf(b, n, "%ld", r);
	}
}

static void restore(long r, enum rk kind, int flags)
{
	if (kind == RK_ADDR && !is_err(r) && undo_len)
		SC2(__NR_munmap, r, undo_len);
	if (flags & F_MM)
		world_memory();
	else
		world_contents();
	world_fds();
	if (flags & F_SIG)
		world_signals();
	if (flags & F_BRK)
		SC1(__NR_brk, brk0);
#ifndef __i386__
	if (flags & F_GS)
		SC2(__NR_arch_prctl, 0x1001 /* ARCH_SET_GS */, 0);
#endif
}

static void call(long nr, const char *name, enum rk kind, int flags)
{
	word a[6] = { 0 };
	for (int i = 0; i < nargs; i++)
		a[i] = args[i].v;
	long r = sg_syscall6(nr, (long)a[0], (long)a[1], (long)a[2], (long)a[3], (long)a[4], (long)a[5]);
	char line[640], res[128];
	int n = snprintf(line, sizeof line, "%d %s(", call_index, name);
	for (int i = 0, first = 1; i < nargs; i++) {
		if (args[i].hidden)
			continue;
		n += snprintf(line + n, sizeof line - (size_t)n, "%s%s", first ? "" : ", ", args[i].text);
		first = 0;
	}
	format_result(res, sizeof res, r, kind);
	n += snprintf(line + n, sizeof line - (size_t)n, ") = %s", res);
	if (flags & F_MEM)
		n += snprintf(line + n, sizeof line - (size_t)n, " mem=%08x", checksum());
	n += snprintf(line + n, sizeof line - (size_t)n, "\n");
	out(line, (size_t)n);
	restore(r, kind, flags);
}

/* ---- which memory ranges may be handed to the mm calls -------------------- */

#ifdef __i386__
#define ZTOP 0xe0000000ULL    /* vDSO, stack */
#else
#define ZTOP 0x7f0000000000ULL /* mmap base, vDSO, stack */
#endif
#define ZLOW 0x10000ULL       /* below: nothing is ever mapped */
#define ZIMAGE 0x10000000ULL  /* [ZLOW, ZIMAGE): the program image and its heap */
enum { K_CHECKED, K_HOLESTOP, K_WALK };

/*
 * May a call act on [addr, addr+len) without touching the program? K_CHECKED calls
 * (munmap, MAP_FIXED, mremap's ranges) refuse ranges past the end of user space;
 * K_HOLESTOP calls (mprotect, mlock) stop at the first hole, so any range starting
 * in an arena or in a hole is safe; K_WALK calls (madvise, msync) skip holes and act
 * on everything in range. Lengths that wrap or round up to zero are refused by all.
 */
static int range_safe(word addr, word len, int kind)
{
	uint64_t a = addr, l = ((uint64_t)len + 4095) & ~4095ULL, e = a + l;
	const uint64_t user_end = TASK_TOP;
	if (e < a || (len && !l) || a >= user_end)
		return 1;
	if (kind == K_CHECKED && e > user_end)
		return 1;
	int in_zone = (a >= ZLOW && a < ZIMAGE) || a >= ZTOP;
	if (kind == K_HOLESTOP && !in_zone)
		return 1;
	return e <= ZLOW || (a >= ZIMAGE && e <= ZTOP);
}

#include "sysfuzz_calls.h"

/* ---- main ------------------------------------------------------------------ */

int main(int argc, char **argv)
{
	if (argc != 3 || argv[0][0] != '/') {
		static const char u[] = "usage: /absolute/path/sysfuzz SEED COUNT\n";
		SC3(__NR_write, 2, u, sizeof u - 1);
		return 2;
	}
	uint64_t seed = strtoull(argv[1], 0, 0);
	int count = atoi(argv[2]);
	world_init(argv[0]);
	rng_state = seed * 0x2545f4914f6cdd1dULL + 1;
	for (call_index = 0; call_index < count; call_index++) {
		nargs = 0;
		undo_len = 0;
		calls[rnd(N_OF(calls))]();
	}
	static const char done[] = "done\n";
	out(done, sizeof done - 1);
	return 0;
}
