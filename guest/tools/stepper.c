/*
 * stepper: single-steps a static x86-64 program natively with ptrace and prints the
 * general registers and RFLAGS after every instruction whose address lies in
 * [START, END) — the ground truth for sysgate's instruction-level differential tests.
 *
 *   stepper START END PROG [ARGS...]    (addresses in hex)
 *
 * Output: one line per step: "rip rax rcx rdx rbx rsp rbp rsi rdi r8 ... r15 rflags"
 * in hex, describing the state *after* the instruction at the previous rip.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <sys/user.h>
#include <sys/personality.h>

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: stepper START END PROG [ARGS...]\n");
		return 2;
	}
	unsigned long start = strtoul(argv[1], 0, 16), end = strtoul(argv[2], 0, 16);
	pid_t pid = fork();
	if (pid == 0) {
		personality(ADDR_NO_RANDOMIZE);
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execv(argv[3], argv + 3);
		perror("execv");
		_exit(127);
	}
	int status;
	waitpid(pid, &status, 0);
	int inside = 0;
	for (;;) {
		struct user_regs_struct r;
		if (ptrace(PTRACE_GETREGS, pid, 0, &r) < 0)
			break;
		if (inside)
			printf("%llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx\n",
			       r.rip, r.rax, r.rcx, r.rdx, r.rbx, r.rsp, r.rbp, r.rsi, r.rdi,
			       r.r8, r.r9, r.r10, r.r11, r.r12, r.r13, r.r14, r.r15, r.eflags);
		inside = r.rip >= start && r.rip < end;
		if (ptrace(PTRACE_SINGLESTEP, pid, 0, 0) < 0)
			break;
		if (waitpid(pid, &status, 0) < 0 || WIFEXITED(status) || WIFSIGNALED(status))
			break;
	}
	return 0;
}
