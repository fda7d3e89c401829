/*
 * sysfuzz_calls.h — the calls the fuzzer makes: each generates its arguments and
 * calls call() (sysfuzz.c). Header-only; included once, by sysfuzz.c. Numbers are
 * the calling ABI's; where i386 has a second variant (64-bit time, mmap2, _llseek)
 * both are made.
 */
#ifndef SYSFUZZ_CALLS_H
#define SYSFUZZ_CALLS_H

#define O_CLOEXEC_ 02000000UL

/* ---- read and write --------------------------------------------------------- */

static void c_read(void) { g_fd(); g_ptr(); g_len(); call(__NR_read, "read", RK_INT, F_MEM); }
static void c_write(void) { g_fd(); g_ptr(); g_len(); call(__NR_write, "write", RK_INT, 0); }

static void c_pread64(void)
{
	g_fd(); g_ptr(); g_len(); g_off64(0);
	call(__NR_pread64, "pread64", RK_INT, F_MEM);
}

static void c_pwrite64(void)
{
	g_fd(); g_ptr(); g_len(); g_off64(0);
	call(__NR_pwrite64, "pwrite64", RK_INT, 0);
}

static const struct named IOVCNT[] = { { 0, "0" }, { 1, "1" }, { 2, "2" }, { 3, "3" }, { 4, "4" }, { 1024, "1024" }, { 1025, "1025" }, { (word)-1, "-1" } };

static void c_readv(void) { g_fd(); g_struct(D_IOV, 6, 64, "iov"); FROM(IOVCNT); call(__NR_readv, "readv", RK_INT, F_MEM); }
static void c_writev(void) { g_fd(); g_struct(D_IOV, 6, 64, "iov"); FROM(IOVCNT); call(__NR_writev, "writev", RK_INT, 0); }

static void c_preadv2(void)
{
	g_fd(); g_struct(D_IOV, 6, 64, "iov"); FROM(IOVCNT); g_off64(0);
#ifndef __i386__
	push_hidden(0);
#endif
	g_flags(0x1f);
	call(__NR_preadv2, "preadv2", RK_INT, F_MEM);
}

static const struct named WHENCE[] = { { 0, "SEEK_SET" }, { 1, "SEEK_CUR" }, { 2, "SEEK_END" }, { 3, "SEEK_DATA" }, { 4, "SEEK_HOLE" }, { 5, "5" }, { (word)-1, "-1" } };

static void c_lseek(void) { g_fd(); FROM(OFFS); FROM(WHENCE); call(__NR_lseek, "lseek", RK_INT, 0); }

#ifdef __i386__
static void c_llseek(void)
{
	g_fd(); g_off64(1); g_ptr(); FROM(WHENCE);
	call(__NR__llseek, "_llseek", RK_INT, F_MEM);
}
#endif

static void c_getrandom(void) { g_ptr(); g_len(); g_flags(7); call(__NR_getrandom, "getrandom", RK_INT, 0); }

/* ---- descriptors ------------------------------------------------------------ */

static const struct named NEWFDS[] = {
	{ FD_PIPE_R, "pipe_r" }, { FD_DEVNULL, "null" }, { FD_CLOSED, "closed" }, { 100, "100" }, { 1000, "1000" },
	{ (word)-1, "-1" }, { 0x7fffffff, "INT_MAX" }, { 0x80000000UL, "INT_MIN" },
};

static void c_close(void) { g_fd(); call(__NR_close, "close", RK_INT, 0); }
static void c_dup(void) { g_fd(); call(__NR_dup, "dup", RK_INT, 0); }
static void c_dup2(void) { g_fd(); FROM(NEWFDS); call(__NR_dup2, "dup2", RK_INT, 0); }

static void c_dup3(void)
{
	g_fd(); FROM(NEWFDS);
	if (chance(2))
		push(chance(2) ? O_CLOEXEC_ : 0, "flags");
	else
		g_flags(O_CLOEXEC_);
	call(__NR_dup3, "dup3", RK_INT, 0);
}

/* fcntl commands with the arguments each one takes (F_DUPFD below 1024 or beyond
 * any RLIMIT_NOFILE; F_SETOWN never a real process or group; pipe sizes up to the
 * unprivileged maximum) */
static void c_fcntl(void)
{
	static const struct named DUPARG[] = { { 0, "0" }, { 10, "10" }, { 1000, "1000" }, { 0x7fffffff, "INT_MAX" }, { (word)-1, "-1" } };
	static const struct named PIPESZ[] = { { 0, "0" }, { 1, "1" }, { 4096, "4096" }, { 65536, "65536" }, { 1 << 20, "1M" }, { (word)-1, "-1" } };
	static const struct named OWN[] = { { 0, "0" }, { 0x3fffffff, "0x3fffffff" } };
	static const struct named SIGARG[] = { { 0, "0" }, { 10, "10" }, { 65, "65" }, { (word)-1, "-1" } };
	g_fd();
	static const word cmds[14] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 1026, 1030, 1031, 1032 };
	word cmd = cmds[rnd(14)];
	if (chance(8))
		cmd = (word)(uint32_t)rnd64();
	push_hex(cmd);
	switch (cmd) {
	case 0: case 1030: FROM(DUPARG); break;
	case 5: case 6: case 7: g_struct(D_FLOCK, 1, 0, "flock"); break;
	case 8: FROM(OWN); break;
	case 10: FROM(SIGARG); break;
	case 1031: FROM(PIPESZ); break;
	default: g_flags(0x7fffffff); break;
	}
	call(__NR_fcntl, "fcntl", RK_INT, 0);
}

/* ioctls that act on the descriptor only, tty requests (ENOTTY here), random
 * requests in the tty range (never a file-system ioctl such as FIFREEZE) */
static void c_ioctl(void)
{
	static const struct named CMDS[] = {
		{ 0x541b, "FIONREAD" }, { 0x5421, "FIONBIO" }, { 0x5451, "FIOCLEX" }, { 0x5450, "FIONCLEX" },
		{ 0x5452, "FIOASYNC" }, { 0x5401, "TCGETS" }, { 0x5413, "TIOCGWINSZ" }, { 0x5460, "FIOQSIZE" },
		{ 2, "FIGETBSZ" },
	};
	g_fd();
	if (chance(4))
		push_hex(0x5400 + rnd(0x100));
	else
		FROM(CMDS);
	g_ptr();
	call(__NR_ioctl, "ioctl", RK_INT, F_MEM);
}

static void c_pipe2(void)
{
	g_ptr();
	switch (rnd(3)) {
	case 0: push(O_NONBLOCK_ | O_CLOEXEC_, "O_NONBLOCK|O_CLOEXEC"); break;
	case 1: push(040000, "O_DIRECT"); break;
	default: g_flags(O_CLOEXEC_ | O_NONBLOCK_ | 040000); break;
	}
	call(__NR_pipe2, "pipe2", RK_INT, F_MEM);
}

static void c_pipe(void) { g_ptr(); call(__NR_pipe, "pipe", RK_INT, F_MEM); }

static const struct named NFDS[] = { { 0, "0" }, { 1, "1" }, { 2, "2" }, { 3, "3" }, { 6, "6" }, { 100, "100" }, { 1000, "1000" }, { 0x7fffffff, "INT_MAX" } };

static void c_poll(void)
{
	g_struct(D_POLL, 1, 0, "pollfds"); FROM(NFDS); push(0, "0");
	call(__NR_poll, "poll", RK_INT, F_MEM);
}

/* a timeout pointer that is never NULL (NULL = wait forever); ts1 (1 us) only when
 * `small`: ppoll writes the time left back, which after a real wait depends on timing */
static word g_timeout(word off, int small)
{
	for (;;) {
		word v = g_struct(off, 4, 16, "ts");
		if (v && (small || v != DATA + off + 16))
			return v;
		nargs--;
	}
}

static void g_ppoll_args(word tsoff)
{
	g_struct(D_POLL, 1, 0, "pollfds"); FROM(NFDS); g_timeout(tsoff, 0);
	g_struct(D_SIGSET, 3, 8, "sigset"); FROM(SIGSETSIZES);
}

static void c_ppoll(void) { g_ppoll_args(D_TSW); call(__NR_ppoll, "ppoll", RK_INT, F_MEM); }
#ifdef __i386__
static void c_ppoll_time64(void) { g_ppoll_args(D_TS64); call(__NR_ppoll_time64, "ppoll_time64", RK_INT, F_MEM); }
#endif

/* ---- time --------------------------------------------------------------------- */

static void c_clock_gettime(void) { FROM(CLOCKS); g_ptr(); call(__NR_clock_gettime, "clock_gettime", RK_INT, 0); }
static void c_clock_getres(void) { FROM(CLOCKS); g_ptr(); call(__NR_clock_getres, "clock_getres", RK_INT, 0); }
#ifdef __i386__
static void c_clock_gettime64(void) { FROM(CLOCKS); g_ptr(); call(__NR_clock_gettime64, "clock_gettime64", RK_INT, 0); }
static void c_clock_getres64(void) { FROM(CLOCKS); g_ptr(); call(__NR_clock_getres_time64, "clock_getres_time64", RK_INT, 0); }
#endif
static void c_gettimeofday(void) { g_ptr(); g_ptr(); call(__NR_gettimeofday, "gettimeofday", RK_INT, 0); }
static void c_time(void) { g_ptr(); call(__NR_time, "time", RK_VAL, 0); }
static void c_times(void) { g_ptr(); call(__NR_times, "times", RK_VAL, 0); }
static void c_nanosleep(void) { g_timeout(D_TSW, 1); g_ptr(); call(__NR_nanosleep, "nanosleep", RK_INT, 0); }

/* never a CPU clock: a relative sleep on the process's own CPU clock never ends */
static const struct named SLEEPCLOCKS[] = {
	{ 0, "REALTIME" }, { 1, "MONOTONIC" }, { 7, "BOOTTIME" }, { 11, "TAI" }, { 3, "THREAD_CPUTIME" },
	{ 4, "MONOTONIC_RAW" }, { 10, "10" }, { (word)-1, "-1" }, { (word)-2, "cpu(thread,sched)" },
};

static void g_clock_nanosleep_args(word tsoff)
{
	FROM(SLEEPCLOCKS);
	if (chance(2))
		push(chance(2) ? 1 : 0, chance(2) ? "TIMER_ABSTIME" : "0");
	else
		g_flags(1);
	g_timeout(tsoff, 1); g_ptr();
}

static void c_clock_nanosleep(void) { g_clock_nanosleep_args(D_TSW); call(__NR_clock_nanosleep, "clock_nanosleep", RK_INT, 0); }
#ifdef __i386__
static void c_clock_nanosleep64(void) { g_clock_nanosleep_args(D_TS64); call(__NR_clock_nanosleep_time64, "clock_nanosleep_time64", RK_INT, 0); }
#endif

/* ---- information ------------------------------------------------------------ */

static void c_uname(void) { g_ptr(); call(__NR_uname, "uname", RK_INT, 0); }
static void c_getcwd(void) { g_ptr(); g_len(); call(__NR_getcwd, "getcwd", RK_INT, F_MEM); }
static void c_sysinfo(void) { g_ptr(); call(__NR_sysinfo, "sysinfo", RK_INT, 0); }

static const struct named RLIMS[] = { { 0, "0" }, { 3, "STACK" }, { 7, "NOFILE" }, { 9, "AS" }, { 15, "RTTIME" }, { 16, "16" }, { 1000, "1000" }, { (word)-1, "-1" } };

#ifdef __i386__
static void c_getrlimit(void) { FROM(RLIMS); g_ptr(); call(__NR_ugetrlimit, "ugetrlimit", RK_INT, 0); }
static void c_old_getrlimit(void) { FROM(RLIMS); g_ptr(); call(__NR_getrlimit, "getrlimit", RK_INT, 0); }
#else
static void c_getrlimit(void) { FROM(RLIMS); g_ptr(); call(__NR_getrlimit, "getrlimit", RK_INT, 0); }
#endif

/* never a real new limit: NULL or a pointer that faults */
static void c_prlimit64(void)
{
	static const struct named PIDS[] = { { 0, "0" }, { (word)-1, "-1" }, { 0x3fffffff, "0x3fffffff" } };
	static const struct named NEWLIM[] = { { 0, "NULL" }, { 0, "NULL" }, { KERN1, "kern1" }, { HOLE, "hole" }, { HOLE - 8, "rw_end-8" } };
	FROM(PIDS); FROM(RLIMS); FROM(NEWLIM); g_ptr();
	call(__NR_prlimit64, "prlimit64", RK_INT, 0);
}

static void c_getrusage(void)
{
	static const struct named WHO[] = { { 0, "SELF" }, { (word)-1, "CHILDREN" }, { 1, "THREAD" }, { 2, "2" }, { (word)-2, "-2" } };
	FROM(WHO); g_ptr();
	call(__NR_getrusage, "getrusage", RK_INT, 0);
}

/* ---- signals ---------------------------------------------------------------------- */

static void c_rt_sigaction(void)
{
	FROM(SIGS); g_struct(D_SIGACT, 2, 32, "sigact"); g_ptr(); FROM(SIGSETSIZES);
	call(__NR_rt_sigaction, "rt_sigaction", RK_INT, F_MEM | F_SIG);
}

static void c_rt_sigprocmask(void)
{
	static const struct named HOW[] = { { 0, "SIG_BLOCK" }, { 1, "SIG_UNBLOCK" }, { 2, "SIG_SETMASK" }, { 3, "3" }, { (word)-1, "-1" } };
	FROM(HOW); g_struct(D_SIGSET, 3, 8, "sigset"); g_ptr(); FROM(SIGSETSIZES);
	call(__NR_rt_sigprocmask, "rt_sigprocmask", RK_INT, F_MEM | F_SIG);
}

static void c_rt_sigpending(void) { g_ptr(); FROM(SIGSETSIZES); call(__NR_rt_sigpending, "rt_sigpending", RK_INT, F_MEM); }

static void c_sigaltstack(void)
{
	g_struct(D_STACK, 4, 32, "stack"); g_ptr();
	call(__NR_sigaltstack, "sigaltstack", RK_INT, F_MEM | F_SIG);
}

static void c_rt_sigtimedwait(void)
{
	g_struct(D_SIGSET, 3, 8, "sigset"); g_ptr(); g_timeout(D_TSW, 1); FROM(SIGSETSIZES);
	call(__NR_rt_sigtimedwait, "rt_sigtimedwait", RK_INT, F_MEM | F_SIG);
}

/* ---- paths and exec ----------------------------------------------------------------- */

static const struct named PATHS[] = {
	{ 0, "NULL" }, { KERN1, "kern1" }, { HOLE - 1, "rw_end-1" }, { HOLE, "hole" }, { NONE, "none" }, { NONE - 8, "ro_end-8" },
	{ DATA + D_STR, "\"/dev/null\"" }, { DATA + D_STR + 0x60, "\"/dev/zero\"" }, { DATA + D_STR + 0x10, "\"\"" },
	{ DATA + D_STR + 0x20, "\"/nonexistent\"" }, { DATA + D_STR + 0x40, "\"/\"" }, { DATA + D_LONG, "long_name" },
};

/* no O_CREAT, O_TRUNC or O_TMPFILE: nothing is ever created or changed */
#define OPEN_FLAGS_MASK (~(0100UL | 01000UL | 020000000UL))

static void c_open(void)
{
	FROM(PATHS); g_flags(0x7fffffff & OPEN_FLAGS_MASK); args[nargs - 1].v &= OPEN_FLAGS_MASK;
	push(0, "0");
	call(__NR_open, "open", RK_INT, 0);
}

static void c_access(void)
{
	static const struct named MODES[] = { { 0, "F_OK" }, { 1, "X_OK" }, { 2, "W_OK" }, { 4, "R_OK" }, { 8, "8" }, { (word)-1, "-1" } };
	FROM(PATHS); FROM(MODES);
	call(__NR_access, "access", RK_INT, 0);
}

/* execve and execveat, never with arguments that could succeed */
static void g_exec_args(void)
{
	static const struct named ARRAYS[] = {
		{ 0, "NULL" }, { DATA + D_ARGV, "argv_exe" }, { DATA + D_ARGV + 2 * W, "envp_good" }, { DATA, "data" },
	};
	int exe = chance(3);
	if (exe)
		push(DATA + D_EXE, "exe");
	else
		FROM(PATHS);
	int bad = 0;
	for (int i = 0; i < 2; i++) {
		if (chance(2)) {
			FROM(ARRAYS);
		} else {
			FROM(BAD_ARRAYS);
			bad = 1;
		}
	}
	if (exe && !bad) {
		args[nargs - 2].v = HOLE - 8;
		snprintf(args[nargs - 2].text, sizeof args[0].text, "rw_end-8");
	}
}

static void c_execve(void) { g_exec_args(); call(__NR_execve, "execve", RK_INT, 0); }

static void c_execveat(void)
{
	static const struct named FLAGS[] = { { 0, "0" }, { 0x1000, "AT_EMPTY_PATH" }, { 0x100, "AT_SYMLINK_NOFOLLOW" }, { 0x1, "1" }, { 0xffffffffUL, "0xffffffff" } };
	static const struct named DIRFDS[] = { { (word)-100, "AT_FDCWD" }, { FD_DEVNULL, "null" }, { FD_PIPE_R, "pipe_r" }, { FD_CLOSED, "closed" }, { (word)-1, "-1" } };
	FROM(DIRFDS); g_exec_args(); FROM(FLAGS);
	call(__NR_execveat, "execveat", RK_INT, 0);
}

#include "sysfuzz_mm.h"

typedef void (*call_fn)(void);
static const call_fn calls[] = {
	c_read, c_read, c_write, c_write, c_pread64, c_pwrite64, c_readv, c_writev, c_preadv2, c_lseek, c_getrandom,
	c_close, c_dup, c_dup2, c_dup3, c_fcntl, c_ioctl, c_pipe2, c_pipe, c_poll, c_ppoll,
	c_clock_gettime, c_clock_getres, c_gettimeofday, c_time, c_times, c_nanosleep, c_clock_nanosleep,
	c_uname, c_getcwd, c_sysinfo, c_getrlimit, c_prlimit64, c_getrusage,
	c_rt_sigaction, c_rt_sigprocmask, c_rt_sigpending, c_sigaltstack, c_rt_sigtimedwait,
	c_open, c_access, c_execve, c_execveat,
	c_mmap, c_mmap, c_munmap, c_mprotect, c_mremap, c_mremap, c_madvise, c_msync, c_mlock, c_munlock, c_mlock2,
	c_mincore, c_brk,
#ifdef __i386__
	c_llseek, c_ppoll_time64, c_clock_gettime64, c_clock_getres64, c_clock_nanosleep64, c_old_getrlimit,
	c_get_thread_area,
#else
	c_arch_prctl,
#endif
};

#endif
