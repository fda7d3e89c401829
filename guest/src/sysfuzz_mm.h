/*
 * sysfuzz_mm.h — the memory-management calls of the fuzzer (and brk, arch_prctl,
 * get_thread_area): hostile ranges, kernel and non-canonical addresses, unknown
 * flag and protection bits, MAP_FIXED / MREMAP_FIXED onto the kernel. Every range
 * passes range_safe() (sysfuzz.c) first, so natively nothing but the arenas can be
 * hit; the mappings are rebuilt after each call. Included once, by sysfuzz_calls.h.
 */
#ifndef SYSFUZZ_MM_H
#define SYSFUZZ_MM_H

struct bitname {
	word bit;
	const char *name;
};

/* "NAME|NAME|0xrest" for a flag word; `type` names the MAP_TYPE field (mmap) */
static void push_bits(word v, const struct bitname *t, unsigned n, int type)
{
	char b[96];
	size_t k = 0;
	b[0] = 0;
	if (type) {
		static const char *types[4] = { "0", "MAP_SHARED", "MAP_PRIVATE", "MAP_SHARED_VALIDATE" };
		if ((v & 0xf) < 4)
			k += (size_t)snprintf(b, sizeof b, "%s", types[v & 0xf]);
		else
			k += (size_t)snprintf(b, sizeof b, "0x%lx", v & 0xf);
	}
	word rest = type ? v & ~0xfUL : v;
	for (unsigned i = 0; i < n && k < sizeof b; i++)
		if (rest & t[i].bit) {
			k += (size_t)snprintf(b + k, sizeof b - k, "%s%s", k ? "|" : "", t[i].name);
			rest &= ~t[i].bit;
		}
	if ((rest || !k) && k < sizeof b)
		snprintf(b + k, sizeof b - k, "%s0x%lx", k ? "|" : "", rest);
	push(v, b);
}

static const struct bitname PROTBITS[] = {
	{ 1, "PROT_READ" }, { 2, "PROT_WRITE" }, { 4, "PROT_EXEC" }, { 8, "PROT_SEM" },
	{ 0x01000000, "PROT_GROWSDOWN" }, { 0x02000000, "PROT_GROWSUP" },
};

static void g_prot(void)
{
	static const word P[] = { 0, 1, 3, 5, 7, 2, 8, 0x10, 0x01000003, 0x02000003 };
	word p = chance(6) ? (word)(uint32_t)rnd64() : P[rnd(N_OF(P))];
	push_bits(p, PROTBITS, N_OF(PROTBITS), 0);
}

static const struct bitname MAPBITS[] = {
	{ M_ANON, "MAP_ANON" }, { M_FIXED, "MAP_FIXED" }, { M_FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE" },
	{ 0x4000, "MAP_NORESERVE" }, { 0x8000, "MAP_POPULATE" }, { 0x100, "MAP_GROWSDOWN" },
	{ 0x800, "MAP_DENYWRITE" }, { 0x1000, "MAP_EXECUTABLE" }, { 0x2000, "MAP_LOCKED" }, { 0x20000, "MAP_STACK" },
	{ 0x40, "MAP_32BIT" }, { 0x80000, "MAP_SYNC" }, { 0x4000000, "MAP_UNINITIALIZED" },
};

/* mmap flags: any type, usually anonymous, often fixed; never MAP_HUGETLB (its
 * result depends on the host's reserved huge pages) */
static word mmap_flags(void)
{
	static const word types[] = { 0, M_SHARED, M_PRIVATE, M_PRIVATE, M_SHARED | M_PRIVATE, 0xf };
	word f = types[rnd(N_OF(types))];
	if (!chance(5))
		f |= M_ANON;
	if (chance(3))
		f |= M_FIXED;
	else if (chance(4))
		f |= M_FIXED_NOREPLACE;
	for (int k = (int)rnd(3); k > 0; k--)
		f |= MAPBITS[3 + rnd(N_OF(MAPBITS) - 3)].bit;
	if (chance(6))
		f |= 1UL << rnd(32);
	return f & ~0x40000UL;
}

static const struct named MMFDS[] = {
	{ (word)-1, "-1" }, { (word)-1, "-1" }, { (word)-1, "-1" }, { FD_DEVZERO, "zero" }, { FD_DEVNULL, "null" },
	{ FD_PIPE_R, "pipe_r" }, { FD_CLOSED, "closed" }, { 1000, "1000" },
};

#ifdef __i386__
static const struct named PGOFFS[] = { { 0, "0" }, { 1, "1" }, { 0xfffff, "0xfffff" }, { 0x7fffffff, "INT_MAX" }, { (word)-1, "-1" } };
#endif

/* fixed mappings are never asked for below 64 KiB: whether Linux allows them
 * depends on vm.mmap_min_addr and CAP_SYS_RAWIO, i.e. on the host */
static void c_mmap(void)
{
	word addr, len, flags;
	do {
		nargs = 0;
		addr = FROM(MMADDRS);
		len = FROM(MMLENS);
		flags = mmap_flags();
	} while ((flags & (M_FIXED | M_FIXED_NOREPLACE)) && (addr < ZLOW || ((flags & M_FIXED) && !range_safe(addr, len, K_CHECKED))));
	/* populating (or locking) more than a few pages would cost time and memory */
	if (len > 65536)
		flags &= ~(0x8000UL | 0x2000UL);
	g_prot();
	push_bits(flags, MAPBITS, N_OF(MAPBITS), 1);
	FROM(MMFDS);
	undo_len = len;
#ifdef __i386__
	FROM(PGOFFS);
	call(__NR_mmap2, "mmap2", RK_ADDR, F_MM);
#else
	FROM(OFFS);
	call(__NR_mmap, "mmap", RK_ADDR, F_MM);
#endif
}

/* an (address, length) pair that range_safe() accepts for `kind` */
static void g_range(int kind)
{
	int base = nargs;
	for (;;) {
		nargs = base;
		word a = FROM(MMADDRS), l = FROM(MMLENS);
		if (range_safe(a, l, kind))
			return;
	}
}

static void c_munmap(void) { g_range(K_CHECKED); call(__NR_munmap, "munmap", RK_INT, F_MM); }
static void c_mprotect(void) { g_range(K_HOLESTOP); g_prot(); call(__NR_mprotect, "mprotect", RK_INT, F_MM); }

static const struct bitname MREMAPBITS[] = { { 1, "MREMAP_MAYMOVE" }, { 2, "MREMAP_FIXED" }, { 4, "MREMAP_DONTUNMAP" } };

static void c_mremap(void)
{
	static const word F[] = { 0, 1, 3, 3, 3, 2, 5, 7 };
	for (;;) {
		nargs = 0;
		word old = FROM(MMADDRS), olen = FROM(MMLENS), nlen = FROM(MMLENS);
		word fl = chance(8) ? (word)(uint32_t)rnd64() : F[rnd(N_OF(F))];
		push_bits(fl, MREMAPBITS, N_OF(MREMAPBITS), 0);
		word na = FROM(MMADDRS);
		undo_len = nlen;
		/* a shrink unmaps the tail, MREMAP_FIXED unmaps the target, before any check */
		if (range_safe(old, olen, K_CHECKED) && (!(fl & 2) || (na >= ZLOW && range_safe(na, nlen, K_CHECKED))))
			break;
	}
	call(__NR_mremap, "mremap", RK_ADDR, F_MM);
}

/* advice values; never MADV_HWPOISON / MADV_SOFT_OFFLINE (they act on physical
 * pages) nor MADV_COLLAPSE (its result depends on the host's free huge pages) */
static const struct named ADVICE[] = {
	{ 0, "NORMAL" }, { 1, "RANDOM" }, { 2, "SEQUENTIAL" }, { 3, "WILLNEED" }, { 4, "DONTNEED" }, { 8, "FREE" },
	{ 9, "REMOVE" }, { 10, "DONTFORK" }, { 11, "DOFORK" }, { 12, "MERGEABLE" }, { 13, "UNMERGEABLE" },
	{ 14, "HUGEPAGE" }, { 15, "NOHUGEPAGE" }, { 16, "DONTDUMP" }, { 17, "DODUMP" }, { 18, "WIPEONFORK" },
	{ 19, "KEEPONFORK" }, { 20, "COLD" }, { 21, "PAGEOUT" }, { 22, "POPULATE_READ" }, { 23, "POPULATE_WRITE" },
	{ 24, "DONTNEED_LOCKED" }, { 5, "5" }, { 99, "99" }, { (word)-1, "-1" },
};

static void c_madvise(void) { g_range(K_WALK); FROM(ADVICE); call(__NR_madvise, "madvise", RK_INT, F_MM); }

static void c_msync(void)
{
	static const struct named MS[] = { { 0, "0" }, { 1, "MS_ASYNC" }, { 2, "MS_INVALIDATE" }, { 4, "MS_SYNC" }, { 5, "MS_ASYNC|MS_SYNC" }, { 8, "8" } };
	g_range(K_WALK); FROM(MS);
	call(__NR_msync, "msync", RK_INT, F_MM);
}

static void c_mlock(void) { g_range(K_HOLESTOP); call(__NR_mlock, "mlock", RK_INT, F_MM); }
static void c_munlock(void) { g_range(K_HOLESTOP); call(__NR_munlock, "munlock", RK_INT, F_MM); }

static void c_mlock2(void)
{
	g_range(K_HOLESTOP); g_flags(3);
	call(__NR_mlock2, "mlock2", RK_INT, F_MM);
}

static void c_mincore(void)
{
	FROM(MMADDRS); FROM(MMLENS); g_ptr();
	call(__NR_mincore, "mincore", RK_INT, F_MEM);
}

/* brk: never below the start (the i386 libc keeps its TLS at the bottom of the
 * heap), and only relative to it or far outside user space: with ASLR the heap
 * starts anywhere in the first GiB after the program, so the fate of an absolute
 * address in user space would depend on the host */
static void c_brk(void)
{
	const struct named B[] = {
		{ 0, "0" }, { brk0, "brk0" }, { brk0 + 1, "brk0+1" }, { brk0 + PG, "brk0+4096" },
		{ brk0 + 0x100000, "brk0+1M" }, { KERN1, "kern1" }, { (word)-1, "-1" }, { 0x1000, "0x1000" }, { TASK_TOP, "task_top" },
	};
	FROM(B);
	call(__NR_brk, "brk", RK_BRK, F_BRK);
}

#ifdef __i386__
static void c_get_thread_area(void) { g_ptr(); call(__NR_get_thread_area, "get_thread_area", RK_INT, 0); }
#else
/* arch_prctl: never a real new FS base (musl's thread pointer), never
 * ARCH_SET_CPUID or the XCOMP requests (they depend on the host CPU) */
static void c_arch_prctl(void)
{
	static const struct named GSADDR[] = { { 0, "0" }, { RW, "rw" }, { KERN1, "kern1" }, { 0x800000000000UL, "noncanon" }, { TASK_TOP, "task_top" } };
	static const struct named FSADDR[] = { { KERN1, "kern1" }, { 0x800000000000UL, "noncanon" }, { (word)-1, "-1" }, { TASK_TOP, "task_top" } };
	static const struct named VDSO[] = { { 0, "0" }, { B_BASE + 0x100000, "mm+1M" }, { KERN1, "kern1" } };
	switch (rnd(8)) {
	case 0: push(0x1001, "ARCH_SET_GS"); FROM(GSADDR); break;
	case 1: push(0x1002, "ARCH_SET_FS"); FROM(FSADDR); break;
	case 2: push(0x1003, "ARCH_GET_FS"); g_ptr(); break;
	case 3: push(0x1004, "ARCH_GET_GS"); g_ptr(); break;
	case 4: push(0x1011, "ARCH_GET_CPUID"); g_ptr(); break;
	case 5: push(0x2003, "ARCH_MAP_VDSO_64"); FROM(VDSO); break;
	case 6: push(0x2002, "ARCH_MAP_VDSO_32"); FROM(VDSO); break;
	default: push_hex(chance(2) ? 0x3000 + rnd(16) : 0x80000000UL | (word)rnd(1 << 20)); g_ptr(); break;
	}
	call(__NR_arch_prctl, "arch_prctl", RK_INT, F_MEM | F_GS);
}
#endif

#endif
