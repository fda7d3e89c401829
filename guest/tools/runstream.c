/*
 * runstream: the native (ptrace) side of sysgate's instruction-level tests. One
 * freestanding source, built as a static x86-64 binary (runstream64) and a static
 * i386 binary (runstream32, which runs in compatibility mode), by guest/tools/build.sh.
 * No libc: the process has no mappings but its own, so a child can be emptied.
 *
 *   runstream run
 *       Reads test cases from stdin, one per line:
 *         CODEHEX RFLAGS MXCSR FCW XSEED MSEED R0 ... R15     (hex; 8 registers on i386)
 *       For each one, forks a child that maps CODE at 0x400000 (one page, rwx), a data
 *       area at 0x600000 (4 pages) and a stack at 0x7fc000 (4 pages) filled from MSEED,
 *       unmaps everything else (munmap injected through ptrace), loads the registers,
 *       flags and SSE/x87 state, and single-steps it with PTRACE_SYSEMU_SINGLESTEP (a
 *       system call stops it before it runs) until RIP reaches the end of the code, or a
 *       signal, or LIMIT counted instructions. Prints one result line per case; the
 *       fields are described at print_result(). test/cpu/insnfuzz/ is the other side.
 *
 *   runstream trace START END PROG [ARGS...]
 *       Runs PROG (a static x86-64 program) single-stepped and prints, after every
 *       instruction whose address lies in [START, END), "rip rax rcx rdx rbx rsp rbp rsi
 *       rdi r8 ... r15 rflags" in hex (the differential tests, scripts/gen-difftest.mjs).
 */

typedef unsigned long word;
typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned char u8;

/* ---------------- system calls ---------------- */

#ifdef __x86_64__
__asm__(".text\n.globl _start\n_start:\n\txor %ebp,%ebp\n\tmov %rsp,%rdi\n\tand $-16,%rsp\n\tcall cmain\n\thlt\n"
	"sys6:\n\tmov %rdi,%rax\n\tmov %rsi,%rdi\n\tmov %rdx,%rsi\n\tmov %rcx,%rdx\n\tmov %r8,%r10\n\tmov %r9,%r8\n"
	"\tmov 8(%rsp),%r9\n\tsyscall\n\tret\n");
enum { NR_read = 0, NR_write = 1, NR_open = 2, NR_close = 3, NR_mmap = 9, NR_munmap = 11, NR_pread = 17, NR_pwrite = 18,
       NR_fork = 57, NR_execve = 59, NR_exit = 60, NR_wait4 = 61, NR_kill = 62, NR_ptrace = 101, NR_getpid = 39,
       NR_setrlimit = 160, NR_personality = 135 };
#define SYSCALL_INSN 0x050f /* syscall */
#else
__asm__(".text\n.globl _start\n_start:\n\txor %ebp,%ebp\n\tmov %esp,%eax\n\tand $-16,%esp\n\tsub $12,%esp\n\tpush %eax\n\tcall cmain\n\thlt\n"
	"sys6:\n\tpush %ebp\n\tpush %edi\n\tpush %esi\n\tpush %ebx\n\tmov 20(%esp),%eax\n\tmov 24(%esp),%ebx\n\tmov 28(%esp),%ecx\n"
	"\tmov 32(%esp),%edx\n\tmov 36(%esp),%esi\n\tmov 40(%esp),%edi\n\tmov 44(%esp),%ebp\n\tint $0x80\n"
	"\tpop %ebx\n\tpop %esi\n\tpop %edi\n\tpop %ebp\n\tret\n");
enum { NR_read = 3, NR_write = 4, NR_open = 5, NR_close = 6, NR_mmap = 192 /* mmap2 */, NR_munmap = 91, NR_pread = 180,
       NR_pwrite = 181, NR_fork = 2, NR_execve = 11, NR_exit = 1, NR_wait4 = 114, NR_kill = 37, NR_ptrace = 26,
       NR_getpid = 20, NR_setrlimit = 75, NR_personality = 136 };
#define SYSCALL_INSN 0x80cd /* int $0x80 */
#endif

long sys6(long nr, long a, long b, long c, long d, long e, long f);
#define sys(nr, a, b, c) sys6(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)

enum { PTRACE_TRACEME = 0, PTRACE_KILL = 8, PTRACE_SINGLESTEP = 9, PTRACE_GETREGS = 12, PTRACE_SETREGS = 13,
       PTRACE_SYSEMU_SINGLESTEP = 32, PTRACE_SETOPTIONS = 0x4200, PTRACE_GETSIGINFO = 0x4202,
       PTRACE_O_TRACESYSGOOD = 1, PTRACE_O_EXITKILL = 0x100000 };
#ifdef __x86_64__
enum { PTRACE_GETFP = 14, PTRACE_SETFP = 15 };          /* struct user_fpregs_struct: the FXSAVE image */
#else
enum { PTRACE_GETFP = 18, PTRACE_SETFP = 19 };          /* PTRACE_GETFPXREGS: the FXSAVE image */
#endif
enum { SIGTRAP = 5, SIGKILL = 9, SIGSTOP = 19, SIGXCPU = 24, SI_KERNEL = 0x80 };

static long ptrace(long req, long pid, void *addr, void *data) { return sys6(NR_ptrace, req, pid, (long)addr, (long)data, 0, 0); }

static long pread_at(int fd, void *buf, long n, u64 off)
{
#ifdef __x86_64__
	return sys6(NR_pread, fd, (long)buf, n, (long)off, 0, 0);
#else
	return sys6(NR_pread, fd, (long)buf, n, (long)(u32)off, (long)(u32)(off >> 32), 0);
#endif
}

static long pwrite_at(int fd, const void *buf, long n, u64 off)
{
#ifdef __x86_64__
	return sys6(NR_pwrite, fd, (long)buf, n, (long)off, 0, 0);
#else
	return sys6(NR_pwrite, fd, (long)buf, n, (long)(u32)off, (long)(u32)(off >> 32), 0);
#endif
}

static void *mmap_fixed(word addr, word len, int prot)
{
	/* MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED */
	return (void *)sys6(NR_mmap, addr, len, prot, 0x22 | 0x10, -1, 0);
}

/* gcc may emit calls to these */
void *memset(void *d, int c, unsigned long n) { u8 *p = d; while (n--) *p++ = (u8)c; return d; }
void *memcpy(void *d, const void *s, unsigned long n) { u8 *p = d; const u8 *q = s; while (n--) *p++ = *q++; return d; }

/* ---------------- output ---------------- */

static char obuf[1 << 16];
static int olen;

static void flush(void)
{
	int off = 0;
	while (off < olen) {
		long w = sys(NR_write, 1, obuf + off, olen - off);
		if (w <= 0) sys(NR_exit, 3, 0, 0);
		off += w;
	}
	olen = 0;
}

static void putch(char c) { if (olen == sizeof obuf) flush(); obuf[olen++] = c; }
static void puts_(const char *s) { while (*s) putch(*s++); }

static void puthex(u64 v)
{
	char t[16];
	int n = 0;
	do t[n++] = "0123456789abcdef"[v & 15]; while (v >>= 4);
	while (n) putch(t[--n]);
}

static void die(const char *msg)
{
	flush();
	int n = 0;
	while (msg[n]) n++;
	sys(NR_write, 2, msg, n);
	sys(NR_exit, 2, 0, 0);
}

/* ---------------- input ---------------- */

static int hexval(char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; }

static u64 parsehex(const char **p)
{
	u64 v = 0;
	while (**p == ' ') (*p)++;
	for (int d; (d = hexval(**p)) >= 0; (*p)++) v = v << 4 | (u64)d;
	return v;
}

/* ---------------- the test-case layout (shared with test/cpu/insnfuzz/case.ts) ---------------- */

#define CODE 0x400000UL
#define DATA 0x600000UL
#define DATA_SIZE 0x4000UL
#define STACK 0x7fc000UL
#define STACK_SIZE 0x4000UL
#define LIMIT 50              /* counted instructions, as the emulator run */
#define RAW_LIMIT 200000      /* single steps, including rep iterations */
#define TRAMPOLINE (CODE + 0xffc)

#ifdef __x86_64__
#define NREGS 16
#else
#define NREGS 8
#endif

struct tcase {
	u8 code[4096];
	int len;
	u64 rflags, mxcsr, fcw, xseed, mseed, regs[16];
};

/* A 32-bit mixing function (lowbias32); every pattern byte derives from it. */
static u32 mix(u32 x)
{
	x ^= x >> 16; x *= 0x7feb352dU; x ^= x >> 15; x *= 0x846ca68bU; x ^= x >> 16;
	return x;
}

/* The 32-bit word at address a (a multiple of 4) of a memory pattern. */
static u32 pattern32(u32 seed, u32 a) { return mix(a ^ mix(seed)); }

static void fill_pattern(u8 *p, word addr, word len, u32 seed)
{
	for (word k = 0; k < len; k += 4) {
		u32 v = pattern32(seed, (u32)(addr + k));
		p[k] = (u8)v; p[k + 1] = (u8)(v >> 8); p[k + 2] = (u8)(v >> 16); p[k + 3] = (u8)(v >> 24);
	}
}

static int parse_case(const char *p, struct tcase *t)
{
	memset(t, 0, sizeof *t);
	while (*p == ' ') p++;
	for (; hexval(p[0]) >= 0 && hexval(p[1]) >= 0; p += 2) {
		if (t->len >= 4000) return -1;
		t->code[t->len++] = (u8)(hexval(p[0]) << 4 | hexval(p[1]));
	}
	t->rflags = parsehex(&p);
	t->mxcsr = parsehex(&p);
	t->fcw = parsehex(&p);
	t->xseed = parsehex(&p);
	t->mseed = parsehex(&p);
	for (int r = 0; r < NREGS; r++) t->regs[r] = parsehex(&p);
	return 0;
}

/* ---------------- registers (struct user_regs_struct) ---------------- */

#ifdef __x86_64__
struct regs { word r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, cs, flags, sp, ss,
	      fs_base, gs_base, ds, es, fs, gs; };
/* in the encoding order rax rcx rdx rbx rsp rbp rsi rdi r8..r15 */
static word *gpr(struct regs *r, int n)
{
	word *map[16] = { &r->ax, &r->cx, &r->dx, &r->bx, &r->sp, &r->bp, &r->si, &r->di,
			  &r->r8, &r->r9, &r->r10, &r->r11, &r->r12, &r->r13, &r->r14, &r->r15 };
	return map[n];
}
#else
struct regs { word bx, cx, dx, si, di, bp, ax, ds, es, fs, gs, orig_ax, ip, cs, flags, sp, ss; };
static word *gpr(struct regs *r, int n)
{
	word *map[8] = { &r->ax, &r->cx, &r->dx, &r->bx, &r->sp, &r->bp, &r->si, &r->di };
	return map[n];
}
#endif

static void getregs(int pid, struct regs *r) { if (ptrace(PTRACE_GETREGS, pid, 0, r) < 0) die("runstream: PTRACE_GETREGS failed\n"); }
static void setregs(int pid, struct regs *r) { if (ptrace(PTRACE_SETREGS, pid, 0, r) < 0) die("runstream: PTRACE_SETREGS failed\n"); }

static int wait_stop(int pid, int *status)
{
	if (sys6(NR_wait4, pid, (long)status, 0x40000000 /* __WALL */, 0, 0, 0) != pid) die("runstream: wait4 failed\n");
	return (*status & 0xff) == 0x7f ? (*status >> 8) & 0xff : -1;
}

/* ---------------- the child ---------------- */

/* Runs in the forked child: maps the three areas, then stops for the tracer. */
static void child(const struct tcase *t)
{
	struct { word cur, max; } cpu = { 1, 2 };        /* a #MF retried forever ends in SIGXCPU */
	ptrace(PTRACE_TRACEME, 0, 0, 0);
	sys(NR_setrlimit, 0 /* RLIMIT_CPU */, &cpu, 0);
	if ((word)mmap_fixed(CODE, 4096, 7) != CODE || (word)mmap_fixed(DATA, DATA_SIZE, 3) != DATA ||
	    (word)mmap_fixed(STACK, STACK_SIZE, 3) != STACK)
		sys(NR_exit, 120, 0, 0);
	memcpy((void *)CODE, t->code, t->len);
	fill_pattern((u8 *)DATA, DATA, DATA_SIZE, (u32)t->mseed);
	fill_pattern((u8 *)STACK, STACK, STACK_SIZE, (u32)t->mseed);
	*(unsigned short *)TRAMPOLINE = SYSCALL_INSN;
	sys(NR_kill, sys(NR_getpid, 0, 0, 0), SIGSTOP, 0);
	sys(NR_exit, 121, 0, 0);
}

/* Executes munmap(addr, len) in the stopped child through the trampoline. */
static void inject_munmap(int pid, word addr, word len)
{
	struct regs r;
	int st;
	getregs(pid, &r);
	r.ip = TRAMPOLINE;
	r.ax = NR_munmap;
	r.orig_ax = (word)-1;
#ifdef __x86_64__
	r.di = addr;
	r.si = len;
#else
	r.bx = addr;
	r.cx = len;
#endif
	setregs(pid, &r);
	ptrace(PTRACE_SINGLESTEP, pid, 0, 0);
	if (wait_stop(pid, &st) != SIGTRAP) die("runstream: injected munmap did not stop\n");
}

static int ours(word lo, word hi)
{
	return (lo == CODE && hi == CODE + 4096) || (lo == DATA && hi == DATA + DATA_SIZE) || (lo == STACK && hi == STACK + STACK_SIZE);
}

/* Unmaps every mapping of the child but the three areas (its text, stack, vDSO...). */
static void empty_child(int pid, int memfd)
{
	static char maps[16384];
	char path[40] = "/proc/", *q = path + 6;
	char digits[12];
	int n = 0, len = 0;
	for (int v = pid; v; v /= 10) digits[n++] = (char)('0' + v % 10);
	while (n) *q++ = digits[--n];
	memcpy(q, "/maps", 6);
	int fd = sys(NR_open, path, 0, 0);
	if (fd < 0) die("runstream: cannot open /proc/PID/maps\n");
	for (long r; (r = sys(NR_read, fd, maps + len, sizeof maps - 1 - len)) > 0;) len += r;
	sys(NR_close, fd, 0, 0);
	maps[len] = 0;
	for (const char *p = maps; *p;) {
		word lo = parsehex(&p);
		p++;
		word hi = parsehex(&p);
		while (*p && *p != '\n') p++;
		if (*p) p++;
		if (!ours(lo, hi) && lo < hi) inject_munmap(pid, lo, hi - lo);
	}
	static const u8 zero[2];
	pwrite_at(memfd, zero, 2, TRAMPOLINE);
}

/* The FXSAVE image that PTRACE_GETFPREGS / GETFPXREGS transfer (512 bytes). */
struct fx { unsigned short fcw, fsw; u8 ftw, pad; unsigned short fop; u8 ipdp[16]; u32 mxcsr, mxcsr_mask;
	    u8 st[8][16]; u8 xmm[16][16]; u8 rest[96]; };

static void load_state(int pid, const struct tcase *t)
{
	struct regs r;
	struct fx f;
	getregs(pid, &r);
	for (int n = 0; n < NREGS; n++) *gpr(&r, n) = (word)t->regs[n];
	r.ip = CODE;
	r.flags = (word)t->rflags;
	r.orig_ax = (word)-1;
#ifdef __x86_64__
	r.cs = 0x33; r.ss = 0x2b; r.ds = r.es = r.fs = r.gs = 0; r.fs_base = r.gs_base = 0;
#else
	r.cs = 0x23; r.ss = r.ds = r.es = r.fs = r.gs = 0x2b;   /* FS/GS flat too: see case.ts */
#endif
	setregs(pid, &r);
	memset(&f, 0, sizeof f);
	f.fcw = (unsigned short)t->fcw;
	f.mxcsr = (u32)t->mxcsr;
	for (int k = 0; k < NREGS; k++)
		for (int d = 0; d < 4; d++) {
			u32 v = pattern32((u32)t->xseed, (u32)(k * 16 + d * 4));
			memcpy(&f.xmm[k][d * 4], &v, 4);
		}
	if (ptrace(PTRACE_SETFP, pid, 0, &f) < 0) die("runstream: PTRACE_SETFPREGS failed\n");
}

/* Legacy prefixes (and REX in 64-bit mode) skipped: the opcode's offset in b, or -1. */
static int opcode_at(const u8 *b, int n)
{
	for (int k = 0; k < n; k++) {
		u8 c = b[k];
		if (c == 0xf0 || c == 0xf2 || c == 0xf3 || c == 0x2e || c == 0x36 || c == 0x3e || c == 0x26 || c == 0x64 || c == 0x65 || c == 0x66 || c == 0x67) continue;
#ifdef __x86_64__
		if ((c & 0xf0) == 0x40) continue;
#endif
		return k;
	}
	return -1;
}

static int has_rep(const u8 *b, int op)
{
	for (int k = 0; k < op; k++) if (b[k] == 0xf2 || b[k] == 0xf3) return 1;
	return 0;
}

/* A REP-prefixed string instruction: one single-step per iteration, one counted instruction. */
static int rep_string(const u8 *b, int n)
{
	int op = opcode_at(b, n);
	if (op < 0 || !has_rep(b, op)) return 0;
	u8 c = b[op];
	return (c >= 0x6c && c <= 0x6f) || (c >= 0xa4 && c <= 0xa7) || (c >= 0xaa && c <= 0xaf);
}

struct result {
	const char *status;
	int steps, sig, code;
	word addr;
	word trace_ip[LIMIT], trace_flags[LIMIT];
};

/*
 * Under single-stepping the kernel keeps TF set in the tracee's RFLAGS, so pushf
 * pushes it (step.c hides it from PTRACE_GETREGS only): clear it in the pushed copy,
 * as the program would see it unsupervised. (Programs that set TF are not compared.)
 */
static void unforce_tf(int pid, int memfd)
{
	struct regs r;
	u8 b;
	getregs(pid, &r);
	if (pread_at(memfd, &b, 1, r.sp + 1) == 1) {
		b &= (u8)~1;
		pwrite_at(memfd, &b, 1, r.sp + 1);
	}
}

static void step_loop(int pid, int memfd, word end, struct result *res)
{
	long raw = 0;
	res->status = "limit";
	for (;;) {
		struct regs r;
		u8 insn[16];
		int st;
		getregs(pid, &r);
		if (r.ip == end) { res->status = "end"; return; }
		if (res->steps >= LIMIT) return;
		if (++raw > RAW_LIMIT) { res->status = "toolong"; return; }
		long n = pread_at(memfd, insn, 16, r.ip);
		if (n < 0) n = 0;
		int op = opcode_at(insn, (int)n);
		int rep = rep_string(insn, (int)n), pushf = op >= 0 && insn[op] == 0x9c;
		ptrace(PTRACE_SYSEMU_SINGLESTEP, pid, 0, 0);
		int sig = wait_stop(pid, &st);
		if (sig < 0) { res->status = "died"; return; }
		if (sig == (SIGTRAP | 0x80)) { res->status = "syscall"; return; }
		int info[32];
		ptrace(PTRACE_GETSIGINFO, pid, 0, info);
		if (sig != SIGTRAP || info[2] == SI_KERNEL) {
			/* siginfo: si_signo, si_errno, si_code, then si_addr (aligned to a word) */
			res->status = sig == SIGXCPU ? "timeout" : "signal";
			res->sig = sig;
			res->code = info[2];
			memcpy(&res->addr, &info[sizeof(word) == 8 ? 4 : 3], sizeof(word));
			return;
		}
		struct regs after;
		getregs(pid, &after);
		if (pushf) unforce_tf(pid, memfd);
		if (rep && after.ip == r.ip) continue;   /* one more iteration */
		res->trace_ip[res->steps] = r.ip;
		res->trace_flags[res->steps] = after.flags;
		res->steps++;
	}
}

/* FNV-1a over a memory area, and up to MAXDIFF changed 8-byte words ("offset:value"). */
#define MAXDIFF 8
static void put_area(int memfd, word addr, word len, const u8 *initial)
{
	static u8 now[16384];
	u32 h = 2166136261U;
	if (pread_at(memfd, now, (long)len, addr) != (long)len) die("runstream: cannot read the child's memory\n");
	for (word k = 0; k < len; k++) h = (h ^ now[k]) * 16777619U;
	puthex(h);
	int shown = 0;
	for (word k = 0; k < len && shown < MAXDIFF; k += 8) {
		u64 a, b;
		memcpy(&a, now + k, 8);
		memcpy(&b, initial + k, 8);
		if (a == b) continue;
		putch(shown++ ? ';' : ':');
		puthex(k);
		putch('=');
		puthex(a);
	}
}

static void put_bytes(const u8 *p, int n)
{
	for (int k = n - 1; k >= 0; k--) { putch("0123456789abcdef"[p[k] >> 4]); putch("0123456789abcdef"[p[k] & 15]); }
}

/*
 * One line: status=end|limit|signal|syscall|timeout|toolong|died steps=N sig=S code=C
 * addr=A rip=R regs=R0,..(NREGS) flags=F seg=cs,ss,ds,es,fs,gs[,fsbase,gsbase] fpu=fcw,fsw,ftw,mxcsr
 * st=ST0,..,ST7 (80-bit raw) xmm=X0,.. (128-bit) mem=CODE,DATA,STACK (hash[:off=value;...])
 * trace=ip:flags,... (per counted instruction: its address and RFLAGS after it). Hex.
 */
static void print_result(int pid, int memfd, const struct tcase *t, const struct result *res)
{
	static u8 init_code[4096], init_data[DATA_SIZE], init_stack[STACK_SIZE];
	struct regs r;
	struct fx f;
	getregs(pid, &r);
	if (ptrace(PTRACE_GETFP, pid, 0, &f) < 0) die("runstream: PTRACE_GETFPREGS failed\n");
	puts_("status="); puts_(res->status);
	puts_(" steps="); puthex(res->steps);
	puts_(" sig="); puthex(res->sig);
	puts_(" code="); puthex((u32)res->code);
	puts_(" addr="); puthex(res->addr);
	puts_(" rip="); puthex(r.ip);
	puts_(" regs=");
	for (int n = 0; n < NREGS; n++) { if (n) putch(','); puthex(*gpr(&r, n)); }
	puts_(" flags="); puthex(r.flags);
	puts_(" seg="); puthex(r.cs); putch(','); puthex(r.ss); putch(','); puthex(r.ds); putch(',');
	puthex(r.es); putch(','); puthex(r.fs); putch(','); puthex(r.gs);
#ifdef __x86_64__
	putch(','); puthex(r.fs_base); putch(','); puthex(r.gs_base);
#endif
	puts_(" fpu="); puthex(f.fcw); putch(','); puthex(f.fsw); putch(','); puthex(f.ftw); putch(','); puthex(f.mxcsr);
	puts_(" st=");
	for (int k = 0; k < 8; k++) { if (k) putch(','); put_bytes(f.st[k], 10); }
	puts_(" xmm=");
	for (int k = 0; k < NREGS; k++) { if (k) putch(','); put_bytes(f.xmm[k], 16); }
	memset(init_code, 0, sizeof init_code);
	memcpy(init_code, t->code, t->len);
	fill_pattern(init_data, DATA, DATA_SIZE, (u32)t->mseed);
	fill_pattern(init_stack, STACK, STACK_SIZE, (u32)t->mseed);
	puts_(" mem=");
	put_area(memfd, CODE, 4096, init_code); putch(',');
	put_area(memfd, DATA, DATA_SIZE, init_data); putch(',');
	put_area(memfd, STACK, STACK_SIZE, init_stack);
	puts_(" trace=");
	for (int k = 0; k < res->steps; k++) { if (k) putch(','); puthex(res->trace_ip[k]); putch(':'); puthex(res->trace_flags[k]); }
	putch('\n');
}

static int open_mem(int pid)
{
	char path[40] = "/proc/", *q = path + 6, digits[12];
	int n = 0;
	for (int v = pid; v; v /= 10) digits[n++] = (char)('0' + v % 10);
	while (n) *q++ = digits[--n];
	memcpy(q, "/mem", 5);
	int fd = sys(NR_open, path, 2 /* O_RDWR */, 0);
	if (fd < 0) die("runstream: cannot open /proc/PID/mem\n");
	return fd;
}

static void run_case(const struct tcase *t)
{
	int st;
	long pid = sys(NR_fork, 0, 0, 0);
	if (pid < 0) die("runstream: fork failed\n");
	if (pid == 0) child(t);
	if (wait_stop(pid, &st) != SIGSTOP) die("runstream: the child did not stop (mmap failed?)\n");
	ptrace(PTRACE_SETOPTIONS, pid, 0, (void *)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL));
	int memfd = open_mem(pid);
	empty_child(pid, memfd);
	load_state(pid, t);
	struct result res;
	memset(&res, 0, sizeof res);
	step_loop(pid, memfd, CODE + t->len, &res);
	print_result(pid, memfd, t, &res);
	sys(NR_close, memfd, 0, 0);
	sys(NR_kill, pid, SIGKILL, 0);
	while (sys6(NR_wait4, pid, (long)&st, 0x40000000, 0, 0, 0) == pid && (st & 0x7f) == 0x7f) {
	}
}

static void run_all(void)
{
	static char in[1 << 16];
	static struct tcase t;
	int len = 0, eof = 0;
	for (;;) {
		char *nl = 0;
		for (int k = 0; k < len && !nl; k++) if (in[k] == '\n') nl = in + k;
		if (!nl) {
			if (eof) return;
			if (len == sizeof in) die("runstream: line too long\n");
			long r = sys(NR_read, 0, in + len, sizeof in - len);
			if (r < 0) die("runstream: read failed\n");
			if (r == 0) {
				eof = 1;
				if (len && len < (int)sizeof in) in[len++] = '\n';
			}
			len += r;
			continue;
		}
		*nl = 0;
		if (parse_case(in, &t) < 0 || t.len == 0) die("runstream: bad test case line\n");
		run_case(&t);
		flush();
		int used = (int)(nl + 1 - in);
		memcpy(in, nl + 1, len - used);   /* forward copy: overlap-safe */
		len -= used;
	}
}

/* ---------------- trace mode (the differential tests) ---------------- */

#ifdef __x86_64__
static int trace(word start, word end, char **argv, char **envp)
{
	int st;
	long pid = sys(NR_fork, 0, 0, 0);
	if (pid == 0) {
		sys(NR_personality, 0x0040000 /* ADDR_NO_RANDOMIZE */, 0, 0);
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		sys(NR_execve, argv[0], argv, envp);
		sys(NR_exit, 127, 0, 0);
	}
	wait_stop(pid, &st);
	int inside = 0;
	for (;;) {
		struct regs r;
		if (ptrace(PTRACE_GETREGS, pid, 0, &r) < 0) break;
		if (inside) {
			word v[18] = { r.ip, r.ax, r.cx, r.dx, r.bx, r.sp, r.bp, r.si, r.di, r.r8, r.r9, r.r10, r.r11, r.r12, r.r13, r.r14, r.r15, r.flags };
			for (int k = 0; k < 18; k++) { puthex(v[k]); putch(k == 17 ? '\n' : ' '); }
		}
		inside = r.ip >= start && r.ip < end;
		if (ptrace(PTRACE_SINGLESTEP, pid, 0, 0) < 0 || wait_stop(pid, &st) < 0) break;
	}
	flush();
	return 0;
}
#endif

static int streq(const char *a, const char *b) { while (*a && *a == *b) a++, b++; return *a == *b; }

int cmain(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	if (argc == 2 && streq(argv[1], "run")) run_all();
#ifdef __x86_64__
	else if (argc >= 5 && streq(argv[1], "trace")) {
		const char *a = argv[2], *b = argv[3];
		trace(parsehex(&a), parsehex(&b), argv + 4, argv + argc + 1);
	}
#endif
	else die("usage: runstream run | runstream trace START END PROG [ARGS...]\n");
	flush();
	sys(NR_exit, 0, 0, 0);
	return 0;
}
