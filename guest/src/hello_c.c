/*
 * hello_c.c — "hello" through musl's stdio: exercises the libc start-up path
 * (__libc_start_main, TLS set-up via arch_prctl, set_tid_address), stdio's
 * buffering (stdout is a pipe under the test harness, so it is fully
 * buffered and flushed at exit with writev) and exit_group.
 *
 * Built twice: hello_c (static, ET_EXEC) and hello_c_pie (static-pie, ET_DYN
 * that relocates itself via musl's rcrt1.o _dlstart_c).
 */
#include <stdio.h>

int main(void)
{
	printf("Hello from sysgate, via %s!\n", "musl printf");
	printf("%d + %d = %d\n", 2, 3, 2 + 3);
	return 0;
}
