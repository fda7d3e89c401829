/*
 * sysfuzz_world.h — the controlled world of the system-call fuzzer (sysfuzz.c):
 * fixed-address memory arenas, the descriptors, the prepared argument structures,
 * and how all of it is put back after each call, so that every call sees the same
 * world natively and under sysgate. Header-only; included once, by sysfuzz.c.
 *
 * Arena A (0x10000000, in 32-bit range so both ABIs share the generator):
 *   A+0x0000  RW    "rw"    2 pages, filled with PATTERN
 *   A+0x2000  hole          (so rw_end-k straddles into unmapped memory)
 *   A+0x3000  RO    "ro"    PATTERN
 *   A+0x4000  NONE  "none"
 *   A+0x5000  RW    "data"  the prepared structures (below), 0xff elsewhere
 *   A+0x6000  RO    "ro2"   PATTERN (data_end-k straddles into read-only memory)
 *   A+0x7000  hole
 * Arena B (0x20000000): 16 RW pages "mm", PATTERN, then a hole: the playground of
 * the memory-management calls.
 *
 * PATTERN bytes are 0x40..0x7e: never NUL (strings and pointer arrays built from
 * them never end) and any timespec read from them has tv_nsec >= 0x40404040 >
 * 999999999 (EINVAL, never a long sleep); any pollfd read from them has a huge fd.
 */
#ifndef SYSFUZZ_WORLD_H
#define SYSFUZZ_WORLD_H

#include <stdint.h>
#include <string.h>
#include <stdio.h>

#ifdef __i386__
#include <sysgate/syscall32.h>
#else
#include <sysgate/syscall64.h>
#endif

typedef unsigned long word;
#define W sizeof(word)
#define PG 4096UL

#define A_BASE 0x10000000UL
#define B_BASE 0x20000000UL
#define A_PAGES 8
#define B_PAGES 16
#define RW (A_BASE)
#define HOLE (A_BASE + 0x2000)
#define RO (A_BASE + 0x3000)
#define NONE (A_BASE + 0x4000)
#define DATA (A_BASE + 0x5000)
#define RO2 (A_BASE + 0x6000)

/* the descriptors of the world (the lowest free numbers, so the same in every run) */
#define FD_PIPE_R 3
#define FD_PIPE_W 4
#define FD_DEVNULL 5
#define FD_DEVZERO 6
#define FD_CLOSED 7
#define PIPE_FILL 3000

/* mm constants (raw values: the same for both ABIs) */
#define P_R 1
#define P_W 2
#define P_X 4
#define M_SHARED 0x01
#define M_PRIVATE 0x02
#define M_FIXED 0x10
#define M_ANON 0x20
#define M_FIXED_NOREPLACE 0x100000
#define O_NONBLOCK_ 04000
#define O_RDWR_ 2

/* prepared structures in the data page: offsets from DATA */
#define D_TSW 0x000    /* 4 timespecs of the native word size, 16 bytes apart */
#define D_TS64 0x040   /* 4 struct __kernel_timespec (64-bit fields) */
#define D_SIGSET 0x080 /* full, empty, {SIGPIPE}: 8 bytes each */
#define D_SIGACT 0x0a0 /* SIG_IGN, garbage: 32 bytes each */
#define D_STACK 0x0e0  /* stack_t good, small, bad flags, SS_DISABLE: 32 bytes each */
#define D_IOV 0x180    /* 6 iovec arrays of 4 entries, 64 bytes apart */
#define D_STR 0x300    /* strings, see data_strings() */
#define D_EXE 0x400    /* the program's own (absolute) path */
#define D_LONG 0x600   /* "/" + 300 'a' */
#define D_ARGV 0x800   /* {exe, NULL}, {"A=1", NULL}, {kernel, NULL} */
#define D_FLOCK 0x880  /* struct flock {F_RDLCK, SEEK_SET, 0, 0} */
#define D_POLL 0xe00   /* 6 pollfds, then 0xff up to the read-only page */

#ifdef __i386__
#define KERN1 0xc1000000UL
#define KERN2 0xffffe000UL
#define TASK_TOP 0xffffe000UL
#else
#define KERN1 0xffffffff81000000UL
#define KERN2 0xffff888000000000UL
#define TASK_TOP 0x7ffffffff000UL
#endif

static unsigned char pattern[PG];
static char exe_path[500];
static word brk0;

/* ---- raw calls used by the world itself ---------------------------------- */

#define SC0(n) sg_syscall0(n)
#define SC1(n, a) sg_syscall1(n, (long)(a))
#define SC2(n, a, b) sg_syscall2(n, (long)(a), (long)(b))
#define SC3(n, a, b, c) sg_syscall3(n, (long)(a), (long)(b), (long)(c))
#define SC4(n, a, b, c, d) sg_syscall4(n, (long)(a), (long)(b), (long)(c), (long)(d))
#define SC6(n, a, b, c, d, e, f) sg_syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* the output channel: stdout moved out of the way (see world_init) */
#define OUT_FD 200

static void out(const char *s, size_t n)
{
	while (n) {
		long r = SC3(__NR_write, OUT_FD, s, n);
		if (r <= 0)
			return;
		s += r;
		n -= (size_t)r;
	}
}

static void die(const char *what, long r)
{
	char b[160];
	int n = snprintf(b, sizeof b, "sysfuzz: world broken: %s (%ld)\n", what, r);
	out(b, (size_t)n);
	SC1(__NR_exit_group, 99);
}

static long map_at(word addr, word len, int prot)
{
#ifdef __i386__
	return SC6(__NR_mmap2, addr, len, prot, M_PRIVATE | M_ANON | M_FIXED_NOREPLACE, -1, 0);
#else
	return SC6(__NR_mmap, addr, len, prot, M_PRIVATE | M_ANON | M_FIXED_NOREPLACE, -1, 0);
#endif
}

static void map_page(word addr, word pages, int prot, const void *fill)
{
	long r = map_at(addr, pages * PG, P_R | P_W);
	if (r != (long)addr)
		die("map", r);
	for (word i = 0; i < pages && fill; i++)
		memcpy((void *)(addr + i * PG), fill, PG);
	if (prot != (P_R | P_W) && SC3(__NR_mprotect, addr, pages * PG, prot) != 0)
		die("mprotect", 0);
}

/* ---- the prepared structures of the data page ----------------------------- */

static void put_w(word off, word v) { memcpy((void *)(DATA + off), &v, W); }
static void put_64(word off, uint64_t v) { memcpy((void *)(DATA + off), &v, 8); }
static void put_32(word off, uint32_t v) { memcpy((void *)(DATA + off), &v, 4); }

static void data_timespecs(void)
{
	static const int64_t ts[4][2] = { { 0, 0 }, { 0, 1000 }, { 0, 1000000000 }, { -1, 0 } };
	for (int i = 0; i < 4; i++) {
		put_w(D_TSW + 16 * i, (word)ts[i][0]);
		put_w(D_TSW + 16 * i + W, (word)ts[i][1]);
		put_64(D_TS64 + 16 * i, (uint64_t)ts[i][0]);
		put_64(D_TS64 + 16 * i + 8, (uint64_t)ts[i][1]);
	}
}

/* struct sigaction as the kernel reads it: handler, flags, restorer, mask */
static void data_signals(void)
{
	put_64(D_SIGSET, ~0ULL);
	put_64(D_SIGSET + 8, 0);
	put_64(D_SIGSET + 16, 1ULL << (13 - 1));
	for (int i = 0; i < 2; i++) {
		word o = D_SIGACT + 32 * i;
		put_w(o, i ? 0xdead0000UL : 1 /* SIG_IGN */);
		put_w(o + W, i ? 0xffffffffUL : 0);
		put_w(o + 2 * W, 0);
		put_64(o + 3 * W, i ? ~0ULL : 0);
	}
	/* stack_t: ss_sp, ss_flags (int, padded to a word), ss_size */
	static const word st[4][3] = { { RW, 0, 8192 }, { RW, 0, 1024 }, { RW, 0x12345, 8192 }, { 0, 2 /* SS_DISABLE */, 0 } };
	for (int i = 0; i < 4; i++) {
		put_w(D_STACK + 32 * i, st[i][0]);
		put_w(D_STACK + 32 * i + W, st[i][1]);
		put_w(D_STACK + 32 * i + 2 * W, st[i][2]);
	}
}

/* 6 iovec arrays: good, straddling, kernel, negative length, ro/none, NULL/empty */
static void data_iovecs(void)
{
	const word K = KERN1;
	const word v[6][4][2] = {
		{ { RW, 16 }, { RW + 100, 50 }, { RW + 1000, 0 }, { RW + 2000, 4096 } },
		{ { RW, 16 }, { HOLE - 8, 100 }, { RW, 16 }, { RW, 16 } },
		{ { RW, 16 }, { K, 16 }, { RW, 16 }, { RW, 16 } },
		{ { RW, 16 }, { RW, (word)-1 }, { RW, 16 }, { RW, 16 } },
		{ { RO, 16 }, { NONE, 16 }, { RW, 16 }, { RW, 16 } },
		{ { 0, 0 }, { RW, 10 }, { 0, 0 }, { HOLE, 0 } },
	};
	for (int a = 0; a < 6; a++)
		for (int i = 0; i < 4; i++) {
			put_w(D_IOV + 64 * a + 2 * W * i, v[a][i][0]);
			put_w(D_IOV + 64 * a + 2 * W * i + W, v[a][i][1]);
		}
}

static void data_strings(void)
{
	strcpy((char *)(DATA + D_STR), "/dev/null");
	*(char *)(DATA + D_STR + 0x10) = 0;
	strcpy((char *)(DATA + D_STR + 0x20), "/nonexistent");
	strcpy((char *)(DATA + D_STR + 0x40), "/");
	strcpy((char *)(DATA + D_STR + 0x50), "A=1");
	strcpy((char *)(DATA + D_STR + 0x60), "/dev/zero");
	strcpy((char *)(DATA + D_EXE), exe_path);
	char *l = (char *)(DATA + D_LONG);
	l[0] = '/';
	memset(l + 1, 'a', 300);
	l[301] = 0;
	put_w(D_ARGV, DATA + D_EXE);
	put_w(D_ARGV + W, 0);
	put_w(D_ARGV + 2 * W, DATA + D_STR + 0x50);
	put_w(D_ARGV + 3 * W, 0);
	put_w(D_ARGV + 4 * W, KERN1);
	put_w(D_ARGV + 5 * W, 0);
}

static void data_files(void)
{
	/* struct flock: l_type, l_whence (shorts), l_start, l_len, l_pid: zeros but F_RDLCK 0 */
	memset((void *)(DATA + D_FLOCK), 0, 32);
	static const int pfd[6][2] = { { FD_PIPE_R, 1 | 4 }, { FD_PIPE_W, 4 }, { FD_DEVNULL, 1 }, { -1, 1 }, { 1000, 1 }, { FD_DEVZERO, 0xffff } };
	for (int i = 0; i < 6; i++) {
		put_32(D_POLL + 8 * i, (uint32_t)pfd[i][0]);
		put_32(D_POLL + 8 * i + 4, (uint32_t)pfd[i][1]);
	}
}

static void data_fill(void)
{
	memset((void *)DATA, 0xff, PG);
	data_timespecs();
	data_signals();
	data_iovecs();
	data_strings();
	data_files();
}

/* ---- building and restoring the world ------------------------------------- */

static void world_memory(void)
{
	SC2(__NR_munmap, A_BASE, A_PAGES * PG);
	SC2(__NR_munmap, B_BASE, 2 * B_PAGES * PG);
	map_page(RW, 2, P_R | P_W, pattern);
	map_page(RO, 1, P_R, pattern);
	map_page(NONE, 1, 0, NULL);
	map_page(DATA, 1, P_R | P_W, NULL);
	map_page(RO2, 1, P_R, pattern);
	map_page(B_BASE, B_PAGES, P_R | P_W, pattern);
	data_fill();
}

/* memory contents only (the mappings are as they were): every writable page */
static void world_contents(void)
{
	memcpy((void *)RW, pattern, PG);
	memcpy((void *)(RW + PG), pattern, PG);
	for (word i = 0; i < B_PAGES; i++)
		memcpy((void *)(B_BASE + i * PG), pattern, PG);
	data_fill();
}

static void world_fds(void)
{
	int fds[2];
	for (int fd = 3; fd < 24; fd++)
		SC1(__NR_close, fd);
	SC1(__NR_close, 100);
	SC1(__NR_close, 1000);
	long r = SC2(__NR_pipe2, fds, O_NONBLOCK_);
	if (r || fds[0] != FD_PIPE_R || fds[1] != FD_PIPE_W)
		die("pipe2", r);
	if ((r = SC3(__NR_open, "/dev/null", O_RDWR_, 0)) != FD_DEVNULL)
		die("open /dev/null", r);
	if ((r = SC3(__NR_open, "/dev/zero", O_RDWR_, 0)) != FD_DEVZERO)
		die("open /dev/zero", r);
	if ((r = SC3(__NR_write, FD_PIPE_W, pattern, PIPE_FILL)) != PIPE_FILL)
		die("fill pipe", r);
}

/* the kernel's struct sigaction (compat_sigaction for i386: 4-byte words, the
 * 64-bit mask 4-aligned) with SIG_DFL/SIG_IGN, no flags, empty mask */
struct ksigaction {
	word handler, flags, restorer;
	uint64_t mask;
};

static void set_disposition(int sig, word handler)
{
	struct ksigaction act = { handler, 0, 0, 0 };
	SC4(__NR_rt_sigaction, sig, &act, 0, 8);
}

static void world_signals(void)
{
	for (int s = 1; s <= 64; s++)
		if (s != 9 && s != 19)
			set_disposition(s, s == 13 /* SIGPIPE */ ? 1 : 0);
	uint64_t none = 0;
	SC4(__NR_rt_sigprocmask, 2 /* SIG_SETMASK */, &none, 0, 8);
	word ss[3] = { 0, 2 /* SS_DISABLE */, 0 };
	SC2(__NR_sigaltstack, ss, 0);
}

/*
 * stdout moves to OUT_FD and fds 0-2 become /dev/null: the standard streams are
 * whatever the host made them (pipes, a terminal), which a call given a small number
 * as a descriptor (poll entries read from the prepared data) would otherwise see.
 */
static void world_stdio(void)
{
	long r = SC2(__NR_dup2, 1, OUT_FD);
	if (r != OUT_FD)
		SC1(__NR_exit_group, 98);
	long nul = SC3(__NR_open, "/dev/null", O_RDWR_, 0);
	for (int fd = 0; fd < 3; fd++)
		if (SC2(__NR_dup2, nul, fd) != fd)
			die("stdio", fd);
	if (nul > 2)
		SC1(__NR_close, nul);
}

static void world_init(const char *argv0)
{
	world_stdio();
	for (word i = 0; i < PG; i++)
		pattern[i] = (unsigned char)(0x40 + i % 63);
	size_t n = strlen(argv0);
	if (n >= sizeof exe_path)
		n = sizeof exe_path - 1;
	memcpy(exe_path, argv0, n);
	SC1(__NR_chdir, "/");
	brk0 = (word)SC1(__NR_brk, 0);
	long r;
	if ((r = map_at(A_BASE, PG, P_R)) != (long)A_BASE)
		die("arena A is not free", r);
	if ((r = map_at(B_BASE, PG, P_R)) != (long)B_BASE)
		die("arena B is not free", r);
	world_memory();
	world_fds();
	world_signals();
}

#endif
