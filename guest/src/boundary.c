/*
 * boundary.c — the user/kernel boundary, tried as a hostile program would (issue 7).
 * Every line it prints is compared with the same program run natively on Linux:
 *   - memory-management calls that reach outside user space (TASK_SIZE) are refused
 *     with Linux's errno, and nothing in the kernel half is mapped or unmapped;
 *   - copies that run into an unmapped page return what was copied (copy_to_user);
 *   - the argument checks of mmap, write to /dev/null, getrandom, times, clock ids;
 *   - execve's checks (NULL and straddling pointers, permissions, #! scripts).
 * Built for x86-64 (musl) and i386 (glibc static, as boundary32).
 * With argv[1] == "--script-run" it only reports how it was started (the #! test).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096UL

#ifdef __x86_64__
/* the kernel's text, the direct map, the last user page, a non-canonical address */
static const uintptr_t KTEXT = 0xffffffff81000000UL;
static const uintptr_t KDIRECT = 0xffff888000000000UL;
static const uintptr_t TOP = 0x7ffffffff000UL; /* TASK_SIZE_MAX */
#else
static const uintptr_t KTEXT = 0xfffff000UL; /* above a compat task's TASK_SIZE */
static const uintptr_t KDIRECT = 0xffffe000UL;
static const uintptr_t TOP = 0xffffe000UL;
#endif

static const char *ename(int e)
{
	switch (e) {
	case 0: return "0";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EBADF: return "EBADF";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	case EFAULT: return "EFAULT";
	case EEXIST: return "EEXIST";
	case EINVAL: return "EINVAL";
	case EFBIG: return "EFBIG";
	case ENOEXEC: return "ENOEXEC";
	case E2BIG: return "E2BIG";
	case ENAMETOOLONG: return "ENAMETOOLONG";
	case EOVERFLOW: return "EOVERFLOW";
	case ELOOP: return "ELOOP";
	case ENOSYS: return "ENOSYS";
	case ETXTBSY: return "ETXTBSY";
	case EISDIR: return "EISDIR";
	default: {
		static char buf[32];
		snprintf(buf, sizeof buf, "errno %d", e);
		return buf;
	}
	}
}

/* A raw system call's result: the value, or -1 and the errno name. */
static void report(const char *what, long r)
{
	if (r == -1)
		printf("%-58s = -1 %s\n", what, ename(errno));
	else
		printf("%-58s = %ld\n", what, r);
}

static void ok_or_errno(const char *what, void *p)
{
	if (p == MAP_FAILED)
		printf("%-58s = MAP_FAILED %s\n", what, ename(errno));
	else
		printf("%-58s = an address\n", what);
}

/*
 * Two RW pages with nothing mapped after them, at a fixed low address that mmap's
 * top-down placement never reaches in this program (so no later mapping fills the hole).
 */
static char *arena;

static void setup_arena(void)
{
	arena = mmap((void *)0x10000000, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (arena == MAP_FAILED) {
		perror("arena");
		_exit(2);
	}
}

static void mm_outside_user_space(void)
{
	char *page = arena;
	puts("== memory management outside user space");
	report("mremap(page, MAYMOVE|FIXED, kernel text)",
	       (long)syscall(SYS_mremap, page, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, KTEXT));
	report("mremap(page, MAYMOVE|FIXED, direct map)",
	       (long)syscall(SYS_mremap, page, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, KDIRECT));
	report("mremap(page, MAYMOVE|FIXED, last user page, 2 pages)",
	       (long)syscall(SYS_mremap, page, PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, TOP - PAGE));
	report("mremap(kernel text, grow)", (long)syscall(SYS_mremap, KTEXT, PAGE, 2 * PAGE, MREMAP_MAYMOVE, 0));
	ok_or_errno("mmap(kernel text, MAP_FIXED)",
		    mmap((void *)KTEXT, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	ok_or_errno("mmap(TASK_SIZE, MAP_FIXED)",
		    mmap((void *)TOP, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	ok_or_errno("mmap(TASK_SIZE - page, 2 pages, MAP_FIXED)",
		    mmap((void *)(TOP - PAGE), 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	ok_or_errno("mmap(kernel text, MAP_FIXED_NOREPLACE)",
		    mmap((void *)KTEXT, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0));
	report("munmap(kernel text)", (long)syscall(SYS_munmap, KTEXT, PAGE));
	report("munmap(direct map, 1 GiB)", (long)syscall(SYS_munmap, KDIRECT, 1UL << 30));
	report("mprotect(kernel text, RWX)", (long)syscall(SYS_mprotect, KTEXT, PAGE, 7));
	report("madvise(kernel text, DONTNEED)", (long)syscall(SYS_madvise, KTEXT, PAGE, MADV_DONTNEED));
	report("madvise(top of the address space, wraps)", (long)syscall(SYS_madvise, (uintptr_t)-PAGE, 2 * PAGE, MADV_DONTNEED));
	report("mlock(kernel text)", (long)syscall(SYS_mlock, KTEXT, PAGE));
	report("munlock(kernel text)", (long)syscall(SYS_munlock, KTEXT, PAGE));
	report("msync(kernel text, MS_SYNC)", (long)syscall(SYS_msync, KTEXT, PAGE, MS_SYNC));
	long brk0 = (long)syscall(SYS_brk, 0);
	printf("%-58s = %s\n", "brk(kernel text) leaves the break", syscall(SYS_brk, KTEXT) == brk0 ? "unchanged" : "CHANGED");
	printf("%-58s = %s\n", "brk(TASK_SIZE) leaves the break", syscall(SYS_brk, TOP) == brk0 ? "unchanged" : "CHANGED");
	/* and the machine still works: a system call after all that */
	report("getppid() still answers (> 0)", syscall(SYS_getppid) > 0);
}

static void mmap_arguments(void)
{
	void *p;
	puts("== mmap arguments");
	ok_or_errno("mmap(MAP_PRIVATE|MAP_SHARED anonymous)", mmap(0, PAGE, PROT_READ, MAP_PRIVATE | MAP_SHARED | MAP_ANONYMOUS, -1, 0));
	ok_or_errno("mmap(anonymous, offset -4096)", mmap(0, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, (off_t)-4096));
	p = mmap(0, PAGE, PROT_READ | 0x10, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ok_or_errno("mmap(prot with an unknown bit 0x10)", p);
	if (p != MAP_FAILED)
		munmap(p, PAGE);
	ok_or_errno("mmap(length 0)", mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	ok_or_errno("mmap(length (size_t)-1)", mmap(0, (size_t)-1, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	ok_or_errno("mmap(fd -1 without MAP_ANONYMOUS)", mmap(0, PAGE, PROT_READ, MAP_PRIVATE, -1, 0));
	report("mprotect(unknown prot bit 0x10)", (long)syscall(SYS_mprotect, arena, PAGE, PROT_READ | 0x10));
	report("mprotect(PROT_SEM)", (long)syscall(SYS_mprotect, arena, PAGE, PROT_READ | PROT_WRITE | 0x8));
	report("mprotect(GROWSDOWN|GROWSUP)", (long)syscall(SYS_mprotect, arena, PAGE, PROT_READ | 0x03000000));
}

static void partial_copies(void)
{
	int fds[2];
	char *edge = arena + 2 * PAGE - 100; /* 100 bytes before the hole */
	int z = open("/dev/zero", O_RDONLY);
	int n = open("/dev/null", O_WRONLY);
	puts("== copies that run into an unmapped page");
	report("read(/dev/zero, 100 bytes before a hole, 200)", (long)syscall(SYS_read, z, edge, 200));
	report("read(/dev/zero, at the hole, 200)", (long)syscall(SYS_read, z, arena + 2 * PAGE, 200));
	pipe(fds);
	write(fds[1], arena, 300);
	report("read(pipe holding 300, 100 bytes before a hole, 300)", (long)syscall(SYS_read, fds[0], edge, 300));
	report("read(pipe, the rest)", (long)syscall(SYS_read, fds[0], arena, 300));
	report("getrandom(100 bytes before a hole, 200)", (long)syscall(SYS_getrandom, edge, 200, 0));
	report("getrandom(at the hole, 200)", (long)syscall(SYS_getrandom, arena + 2 * PAGE, 200, 0));
	report("getrandom(100 bytes before a hole, (size_t)-1)", (long)syscall(SYS_getrandom, edge, (size_t)-1, 0));
	report("write(/dev/null, NULL, 100)", (long)syscall(SYS_write, n, 0, 100));
	report("write(/dev/null, a hole, 100)", (long)syscall(SYS_write, n, arena + 2 * PAGE, 100));
	report("write(/dev/null, buf, (size_t)-1 / 4)", (long)syscall(SYS_write, n, arena, (size_t)-1 / 4));
	report("write(pipe, 100 bytes before a hole, 200)", (long)syscall(SYS_write, fds[1], edge, 200));
	report("write(pipe, kernel text, 10)", (long)syscall(SYS_write, fds[1], KTEXT, 10));
	report("times(NULL)", syscall(SYS_times, 0) == -1 ? -1 : 0);
	report("times(kernel text)", (long)syscall(SYS_times, KTEXT));
	report("times(a hole)", (long)syscall(SYS_times, arena + 2 * PAGE));
}

static void clocks(void)
{
	struct timespec ts;
	clockid_t cid;
	puts("== clocks");
	report("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", (long)syscall(SYS_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, &ts));
	report("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", (long)syscall(SYS_clock_gettime, CLOCK_THREAD_CPUTIME_ID, &ts));
	clock_getcpuclockid(0, &cid);
	report("clock_gettime(the CPU clock of pid 0's process)", (long)syscall(SYS_clock_gettime, cid, &ts));
	report("clock_getres(CLOCK_PROCESS_CPUTIME_ID)", (long)syscall(SYS_clock_getres, CLOCK_PROCESS_CPUTIME_ID, &ts));
	report("clock_gettime(clock 99)", (long)syscall(SYS_clock_gettime, 99, &ts));
	report("clock_gettime(CLOCK_MONOTONIC, a hole)", (long)syscall(SYS_clock_gettime, CLOCK_MONOTONIC, arena + 2 * PAGE));
}

static void names(void)
{
	char longname[301];
	int fd;
	puts("== names");
	memset(longname, 'a', 300);
	longname[300] = 0;
	report("open(300-character name, O_CREAT)", (long)syscall(SYS_openat, AT_FDCWD, longname, O_CREAT | O_WRONLY, 0644));
	report("mkdir(300-character name)", (long)syscall(SYS_mkdirat, AT_FDCWD, longname, 0755));
	memset(longname, 'b', 255);
	longname[255] = 0;
	fd = (int)syscall(SYS_openat, AT_FDCWD, longname, O_CREAT | O_WRONLY, 0644);
	report("open(255-character name, O_CREAT) works", fd >= 0);
	if (fd >= 0) {
		close(fd);
		unlink(longname);
	}
}

static char *const *straddling_argv(void)
{
	/* a pointer array whose last entry is the last word before the hole: no NULL in sight */
	char **v = (char **)(arena + 2 * PAGE - sizeof(char *));
	*v = "x";
	return v;
}

static void exec_checks(const char *self)
{
	char *argv[] = { "prog", 0 };
	char *envp[] = { 0 };
	int fd;
	puts("== execve");
	report("execve(NULL, ...)", (long)syscall(SYS_execve, 0, argv, envp));
	report("execve(kernel text, ...)", (long)syscall(SYS_execve, KTEXT, argv, envp));
	report("execve(\"\", ...)", (long)syscall(SYS_execve, "", argv, envp));
	report("execve(self, argv straddling a hole)", (long)syscall(SYS_execve, self, straddling_argv(), envp));
	report("execve(self, argv = kernel text)", (long)syscall(SYS_execve, self, KTEXT, envp));
	report("execve(self, envp = a hole)", (long)syscall(SYS_execve, self, argv, arena + 2 * PAGE));
	report("execve(/dev/zero)", (long)syscall(SYS_execve, "/dev/zero", argv, envp));
	report("execve(/, a directory)", (long)syscall(SYS_execve, "/", argv, envp));
	fd = open("noexec", O_CREAT | O_WRONLY, 0644);
	write(fd, "#!/bin/sh\n", 10);
	close(fd);
	report("execve(a file without execute permission)", (long)syscall(SYS_execve, "noexec", argv, envp));
	fd = open("garbage", O_CREAT | O_WRONLY, 0755);
	write(fd, "this is not a program\n", 22);
	close(fd);
	report("execve(an executable file of no known format)", (long)syscall(SYS_execve, "garbage", argv, envp));
	fd = open("nointerp", O_CREAT | O_WRONLY, 0755);
	write(fd, "#!\n", 3);
	close(fd);
	report("execve(a #! line without an interpreter)", (long)syscall(SYS_execve, "nointerp", argv, envp));
	fd = open("badinterp", O_CREAT | O_WRONLY, 0755);
	write(fd, "#!/nonexistent/interpreter\n", 27);
	close(fd);
	report("execve(a #! script whose interpreter is missing)", (long)syscall(SYS_execve, "badinterp", argv, envp));
}

/* The #! script: this very program as its interpreter, with an argument. */
static void exec_script(const char *self)
{
	char line[4200];
	char *argv[] = { "script-argv0", "one", "two", 0 };
	char *envp[] = { "SCRIPT=yes", 0 };
	int fd = open("script", O_CREAT | O_WRONLY, 0755);
	int len = snprintf(line, sizeof line, "#!%s --script-run\necho this is not read\n", self);
	write(fd, line, len);
	close(fd);
	puts("== a #! script (this program is its interpreter)");
	fflush(stdout);
	syscall(SYS_execve, "./script", argv, envp);
	printf("execve of the script failed: %s\n", ename(errno));
}

int main(int argc, char **argv)
{
	static char self[4096];
	ssize_t n;
	int i;
	if (argc > 1 && strcmp(argv[1], "--script-run") == 0) {
		/* argv: interpreter as written in the #! line, its argument, the script, the rest */
		printf("started by #!: argc %d, argv[1] %s, argv[2] %s", argc, argv[1], argv[2]);
		for (i = 3; i < argc; i++)
			printf(", argv[%d] %s", i, argv[i]);
		printf(", SCRIPT=%s\n", getenv("SCRIPT") ? getenv("SCRIPT") : "(unset)");
		return 3;
	}
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	self[n > 0 ? n : 0] = 0;
	setvbuf(stdout, 0, _IOLBF, 0);
	setup_arena();
	mm_outside_user_space();
	mmap_arguments();
	partial_copies();
	clocks();
	names();
	exec_checks(self);
	exec_script(self);
	return 1;
}
