/*
 * exec-referee: runs one program natively and says what the kernel did with it — the
 * ground truth for the ELF fuzzer (scripts/fuzz-elf.mjs, test/fuzz/).
 *
 *   exec-referee TIMEOUT_MS PROG [ARGS...]
 *
 * The program runs as user/group 65534 (nobody) — an unprivileged user, which is what
 * sysgate models (e.g. vm.mmap_min_addr binds, CAP_SYS_RAWIO is absent), and which keeps a
 * mutated program from harming the host — with an empty environment, stdin closed, no
 * core dumps, 1 MiB files at most, no fork (RLIMIT_NPROC 1) and no address-space
 * randomization (the fixed layout sysgate models). Memory is NOT limited: RLIMIT_AS would
 * change the loader's answers.
 *
 * The child asks to be traced (PTRACE_TRACEME) before execve(), so a successful exec
 * stops it with SIGTRAP before its first instruction. That separates the three
 * outcomes Linux has:
 *   refused E          execve() failed with errno E (ENOEXEC, EACCES, EINVAL, ...):
 *                      nothing of the caller was lost
 *   killed-in-exec S   the exec failed after the point of no return (load_elf_binary
 *                      → bprm_execve forces SIGSEGV) or the kernel killed it (SIGKILL)
 *                      before the program's first instruction
 *   exit C / signal S  the program was loaded and ran, then exited or was killed
 *   timeout            still running after TIMEOUT_MS (killed)
 * The verdict is one line on fd 3 (the program's own output goes to fds 1 and 2).
 *
 * Plain execve(), not execvp(): glibc's execvp runs a file that gives ENOEXEC through
 * /bin/sh, which would hide the kernel's refusal.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>

static FILE *verdict;

static void limit(int res, rlim_t v)
{
	struct rlimit r = { v, v };
	setrlimit(res, &r);
}

/* The child: drop to nobody, limit, ask to be traced, execve. Reports errno on `pipe`. */
static void child(int pipefd, char **argv)
{
	char *envp[] = { NULL };
	int e;

	setpgid(0, 0);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	/* the layout sysgate models (and setarch -R gives): no address-space randomization */
	personality(ADDR_NO_RANDOMIZE);
	int null = open("/dev/null", O_RDONLY);
	if (null >= 0) dup2(null, 0);
	if (setgroups(0, NULL) || setgid(65534) || setuid(65534)) {
		e = errno;
		(void)!write(pipefd, &e, sizeof e);
		_exit(127);
	}
	/* after setuid, so the PF_NPROC_EXCEEDED check of set_user() does not fire at exec */
	limit(RLIMIT_NPROC, 1);
	limit(RLIMIT_CORE, 0);
	limit(RLIMIT_FSIZE, 1 << 20);
	ptrace(PTRACE_TRACEME, 0, 0, 0);
	execve(argv[0], argv, envp);
	e = errno;
	(void)!write(pipefd, &e, sizeof e);
	_exit(127);
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* waitpid with a deadline: returns 0 (and kills the group) when the deadline passes. */
static int wait_until(pid_t pid, int *status, long long deadline)
{
	for (;;) {
		pid_t r = waitpid(pid, status, WNOHANG);
		if (r == pid) return 1;
		if (r < 0 && errno != EINTR) return -1;
		if (now_ms() >= deadline) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			while (waitpid(pid, status, 0) < 0 && errno == EINTR) {}
			return 0;
		}
		usleep(1000);
	}
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: exec-referee TIMEOUT_MS PROG [ARGS...]\n");
		return 2;
	}
	verdict = fdopen(3, "w");
	if (!verdict) verdict = stderr;
	fcntl(3, F_SETFD, FD_CLOEXEC);
	long long deadline = now_ms() + atoll(argv[1]);
	int p[2];
	if (pipe2(p, O_CLOEXEC)) { perror("pipe2"); return 2; }
	pid_t pid = fork();
	if (pid < 0) { perror("fork"); return 2; }
	if (pid == 0) child(p[1], argv + 2);
	close(p[1]);

	int status, e;
	int w = wait_until(pid, &status, deadline);
	if (w <= 0) {
		fprintf(verdict, w == 0 ? "timeout\n" : "wait-failed\n");
		return 0;
	}
	if (read(p[0], &e, sizeof e) == (ssize_t)sizeof e) {
		waitpid(pid, &status, 0);
		fprintf(verdict, "refused %s\n", strerrorname_np(e) ? strerrorname_np(e) : "?");
		return 0;
	}
	if (WIFSTOPPED(status) && WSTOPSIG(status) == SIGTRAP) {
		/* loaded: let it run untraced */
		ptrace(PTRACE_DETACH, pid, 0, 0);
		w = wait_until(pid, &status, deadline);
		if (w == 0) { fprintf(verdict, "timeout\n"); return 0; }
		if (WIFEXITED(status)) fprintf(verdict, "exit %d\n", WEXITSTATUS(status));
		else if (WIFSIGNALED(status)) fprintf(verdict, "signal %d\n", WTERMSIG(status));
		else fprintf(verdict, "wait-status 0x%x\n", status);
		return 0;
	}
	if (WIFSIGNALED(status)) fprintf(verdict, "killed-in-exec %d\n", WTERMSIG(status));
	else if (WIFSTOPPED(status)) {
		/* a fatal signal queued during exec shows as a stop first: see what it becomes */
		int sig = WSTOPSIG(status);
		ptrace(PTRACE_CONT, pid, 0, sig);
		w = wait_until(pid, &status, deadline);
		if (w > 0 && WIFSIGNALED(status)) fprintf(verdict, "killed-in-exec %d\n", WTERMSIG(status));
		else fprintf(verdict, "stopped %d\n", sig);
	} else fprintf(verdict, "wait-status 0x%x\n", status);
	return 0;
}
