/*
 * bench_getpid.c — the system-call round-trip benchmark: N raw getpid calls
 * through the project's wrapper routine (<sysgate/syscall64.h>), so that no
 * libc pid cache can short-circuit the kernel entry.
 *
 * Usage: bench_getpid [N]   (default 1000000)
 * Prints one line only; the pid itself is not printed (it differs per run),
 * just whether every call returned the same value.
 */
#include <stdio.h>
#include <stdlib.h>

#include <sysgate/syscall64.h>

#define __NR_sg_getpid __NR_getpid
_syscall0(int, sg_getpid)

int main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], 0, 10) : 1000000L, i;
	int first = sg_getpid(), same = 1;

	for (i = 1; i < n; i++)
		same &= sg_getpid() == first;
	printf("bench_getpid: calls=%ld consistent=%s\n", n < 1 ? 1 : n,
	       same && first > 0 ? "yes" : "no");
	return 0;
}
