/*
 * sysfuzz_gen.h — the fuzzer's deterministic random numbers, its hostile argument
 * generators, and the argument list of the call being made (each argument keeps a
 * symbolic name, so a call prints the same text natively and under sysgate).
 * Header-only; included once, by sysfuzz.c, after sysfuzz_world.h.
 */
#ifndef SYSFUZZ_GEN_H
#define SYSFUZZ_GEN_H

/* splitmix64: small, fast, the same sequence on both ABIs */
static uint64_t rng_state;
static uint64_t rnd64(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}
static unsigned rnd(unsigned n) { return (unsigned)(rnd64() % n); }
static int chance(unsigned n) { return rnd(n) == 0; }

/* ---- the argument list ----------------------------------------------------- */

struct arg {
	word v;
	char text[96];
	int hidden; /* passed but not printed (the high half of a split i386 offset) */
};
static struct arg args[6];
static int nargs;

static word push(word v, const char *name)
{
	struct arg *a = &args[nargs++];
	a->v = v;
	a->hidden = 0;
	snprintf(a->text, sizeof a->text, "%s", name);
	return v;
}
static word push_hex(word v)
{
	char b[24];
	snprintf(b, sizeof b, "0x%lx", v);
	return push(v, b);
}
static void push_hidden(word v)
{
	push(v, "");
	args[nargs - 1].hidden = 1;
}

struct named {
	word v;
	const char *name;
};
#define N_OF(t) (sizeof(t) / sizeof((t)[0]))
static const struct named *pick(const struct named *t, unsigned n) { return &t[rnd(n)]; }
static const struct named *pick_last;
static word push_from(const struct named *t, unsigned n)
{
	pick_last = pick(t, n);
	return push(pick_last->v, pick_last->name);
}
#define FROM(t) push_from(t, N_OF(t))

/* ---- the value tables ------------------------------------------------------- */

/* user pointers: good, straddling into a hole / into PROT_NONE / into read-only
 * memory, unmapped, kernel, non-canonical, past the end of user space */
static const struct named PTRS[] = {
	{ 0, "NULL" }, { 1, "1" }, { 0x1000, "0x1000" }, { RW, "rw" }, { RW + 100, "rw+100" },
	{ RW + 4093, "rw+4093" }, { HOLE - 1, "rw_end-1" }, { HOLE - 8, "rw_end-8" }, { HOLE - 100, "rw_end-100" },
	{ HOLE, "hole" }, { RO, "ro" }, { NONE - 8, "ro_end-8" }, { NONE, "none" }, { DATA, "data" },
	{ RO2 - 8, "data_end-8" }, { RO2, "ro2" }, { B_BASE, "mm" }, { KERN1, "kern1" }, { KERN2, "kern2" },
	{ TASK_TOP, "task_top" }, { (word)-1, "-1" },
#ifdef __i386__
	{ 0xfffff000UL, "0xfffff000" }, { 0x80000000UL, "0x80000000" },
#else
	{ 0x800000000000UL, "noncanon" }, { 0x8000000000000000UL, "noncanon_hi" }, { 0xffffffffff600000UL, "vsyscall" },
#endif
};

/*
 * Pointers that make any argv/envp walk fault whatever the writable memory holds: an
 * execve that could succeed would replace the fuzzer. Unmapped, PROT_NONE, kernel and
 * straddling pointers fault by themselves; read-only pages (never written) and the
 * data page (rebuilt before every call) hold no NULL word before the next fault.
 */
static const struct named BAD_ARRAYS[] = {
	{ 1, "1" }, { 0x1000, "0x1000" }, { HOLE - 1, "rw_end-1" }, { HOLE, "hole" }, { RO, "ro" },
	{ NONE - 8, "ro_end-8" }, { NONE, "none" }, { RO2 - 8, "data_end-8" }, { KERN1, "kern1" },
	{ KERN2, "kern2" }, { (word)-1, "-1" }, { DATA + D_ARGV + 4 * W, "argv_kernstr" },
};

static const struct named LENS[] = {
	{ 0, "0" }, { 1, "1" }, { 8, "8" }, { 16, "16" }, { 100, "100" }, { 4095, "4095" }, { 4096, "4096" },
	{ 4097, "4097" }, { 8192, "8192" }, { 65536, "65536" }, { 0x7fffffff, "INT_MAX" }, { 0x80000000UL, "0x80000000" },
	{ 0xffffffffUL, "UINT_MAX" }, { (word)-4096, "-4096" }, { (word)-1, "-1" },
#ifndef __i386__
	{ 1UL << 40, "1<<40" }, { 1UL << 47, "1<<47" },
#endif
};

static const struct named MMLENS[] = {
	{ 0, "0" }, { 1, "1" }, { 4096, "4096" }, { 8192, "8192" }, { 12288, "12288" }, { 65536, "65536" },
	{ 69632, "69632" }, { 0x7fffffff, "INT_MAX" }, { 0x80000000UL, "0x80000000" }, { (word)-4096, "-4096" },
	{ (word)-1, "-1" },
#ifndef __i386__
	{ 1UL << 40, "1<<40" }, { 1UL << 47, "1<<47" },
#endif
};

static const struct named MMADDRS[] = {
	{ 0, "NULL" }, { 0x1000, "0x1000" }, { RW, "rw" }, { RW + PG, "rw+4096" }, { HOLE, "hole" }, { RO, "ro" },
	{ NONE, "none" }, { DATA, "data" }, { RO2, "ro2" }, { A_BASE + 0x7000, "hole2" }, { B_BASE, "mm" },
	{ B_BASE + 0x8000, "mm+0x8000" }, { B_BASE + 0x10000, "mm_end" }, { B_BASE + 1, "mm+1" },
	{ B_BASE + 0x100000, "mm+1M" }, { KERN1, "kern1" }, { KERN2, "kern2" }, { TASK_TOP, "task_top" },
	{ (word)-4096, "-4096" },
#ifndef __i386__
	{ 0x800000000000UL, "noncanon" }, { 0xffffffffff600000UL, "vsyscall" },
#endif
};

static const struct named FDS[] = {
	{ FD_PIPE_R, "pipe_r" }, { FD_PIPE_W, "pipe_w" }, { FD_DEVNULL, "null" }, { FD_DEVZERO, "zero" },
	{ FD_PIPE_R, "pipe_r" }, { FD_PIPE_W, "pipe_w" }, { FD_DEVNULL, "null" }, { FD_DEVZERO, "zero" },
	{ FD_CLOSED, "closed" }, { (word)-1, "-1" }, { 1000, "1000" }, { 0x7fffffff, "INT_MAX" },
	{ 0x80000000UL, "INT_MIN" },
};

static const struct named OFFS[] = {
	{ 0, "0" }, { 1, "1" }, { 4096, "4096" }, { 2999, "2999" }, { 0x80000000UL, "1<<31" },
	{ (word)-1, "-1" }, { (word)-4096, "-4096" }, { 0x7fffffff, "INT_MAX" },
};

/* 64-bit file offsets (pread64 & co.: split in two registers on i386) */
static const int64_t OFF64[] = { 0, 1, 4096, 2999, 1LL << 31, 1LL << 40, -1, -4096, 0x7fffffffffffffffLL };

/* ---- generators ---------------------------------------------------------- */

static word g_ptr(void) { return FROM(PTRS); }
static word g_len(void) { return FROM(LENS); }
static word g_fd(void) { return FROM(FDS); }

/* a random flag word: zero, one bit, a few bits, or anything */
static word g_flags(word known)
{
	switch (rnd(5)) {
	case 0: return push_hex(0);
	case 1: return push_hex(1UL << rnd(32));
	case 2: return push_hex(known & (word)rnd64());
	case 3: return push_hex(known & (word)rnd64() & (word)rnd64());
	default: return push_hex((word)(uint32_t)rnd64());
	}
}

/* a pointer to a prepared structure (one of n, `stride` apart) or any pointer */
static word g_struct(word off, int n, int stride, const char *kind)
{
	if (chance(2))
		return g_ptr();
	int i = (int)rnd((unsigned)n);
	char b[32];
	snprintf(b, sizeof b, "%s%d", kind, i);
	return push(DATA + off + (word)(stride * i), b);
}

/* a 64-bit offset: one argument on x86-64, (lo, hi) on i386 */
static void g_off64(int hi_first)
{
	int64_t v = OFF64[rnd(N_OF(OFF64))];
	char b[32];
	snprintf(b, sizeof b, "%lld", (long long)v);
#ifdef __i386__
	if (hi_first) {
		push((word)((uint64_t)v >> 32), b);
		push_hidden((word)(uint32_t)v);
	} else {
		push((word)(uint32_t)v, b);
		push_hidden((word)((uint64_t)v >> 32));
	}
#else
	(void)hi_first;
	push((word)v, b);
#endif
}

static const struct named SIGS[] = {
	{ 0, "0" }, { 1, "1" }, { 2, "2" }, { 9, "SIGKILL" }, { 11, "SIGSEGV" }, { 13, "SIGPIPE" }, { 17, "SIGCHLD" },
	{ 19, "SIGSTOP" }, { 31, "31" }, { 32, "32" }, { 34, "34" }, { 64, "64" }, { 65, "65" }, { (word)-1, "-1" },
};
static const struct named SIGSETSIZES[] = { { 8, "8" }, { 8, "8" }, { 8, "8" }, { 0, "0" }, { 4, "4" }, { 16, "16" }, { (word)-1, "-1" } };

/* clock ids: the standard ones (not the *_ALARM ones: they need an RTC), the CPU
 * clocks of this process/thread ((~pid << 3) | type, 4 = per-thread), bad ones */
static const struct named CLOCKS[] = {
	{ 0, "REALTIME" }, { 1, "MONOTONIC" }, { 2, "PROCESS_CPUTIME" }, { 3, "THREAD_CPUTIME" },
	{ 4, "MONOTONIC_RAW" }, { 5, "REALTIME_COARSE" }, { 6, "MONOTONIC_COARSE" }, { 7, "BOOTTIME" },
	{ 10, "10" }, { 11, "TAI" }, { 12, "12" }, { (word)-6, "cpu(self,sched)" }, { (word)-2, "cpu(thread,sched)" },
	{ (word)-8, "cpu(self,prof)" }, { (word)-7, "cpu(self,virt)" }, { (word)-5, "cpu(self,3)" },
	{ (word)(long)(int)0x80000002, "cpu(pid 0x0fffffff)" }, { (word)-1, "-1" }, { 0x7fffffff, "INT_MAX" },
};

#endif
