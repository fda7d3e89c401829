/*
 * fsize.c — RLIMIT_FSIZE, the limit behind `sysgate run --max-write` (issue 7).
 *
 * With SIGXFSZ ignored: a write crossing the limit is shortened, one at the limit is
 * EFBIG; pwrite, writev, O_APPEND, ftruncate, truncate and fallocate past it are EFBIG;
 * pipes and /dev/null are not limited. Then SIGXFSZ back to its default action: the
 * next write past the limit ends the program (exit status 128 + 25, "core dumped" not
 * asked for: RLIMIT_CORE is 0).
 *
 * Built for x86-64 (musl) and i386 (glibc static, as fsize32).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

static void report(const char *what, long r)
{
	if (r < 0)
		printf("%-44s -1 %s\n", what, strerror(errno));
	else
		printf("%-44s %ld\n", what, r);
	fflush(stdout);
}

static long size_of(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

int main(void)
{
	char buf[256];
	struct rlimit lim = { 100, 100 };
	struct iovec iov[2] = { { buf, 30 }, { buf, 30 } };
	int fd, p[2];

	memset(buf, 'x', sizeof buf);
	signal(SIGXFSZ, SIG_IGN);
	report("setrlimit(RLIMIT_FSIZE, 100)", setrlimit(RLIMIT_FSIZE, &lim));
	fd = open("out", O_CREAT | O_RDWR | O_TRUNC, 0644);
	report("write(60)", write(fd, buf, 60));
	report("write(60) crossing the limit", write(fd, buf, 60));
	report("write(1) at the limit", write(fd, buf, 1));
	report("write(0) at the limit", write(fd, buf, 0));
	report("pwrite(10) at 95", pwrite(fd, buf, 10, 95));
	report("pwrite(10) at 100", pwrite(fd, buf, 10, 100));
	report("lseek(0)", lseek(fd, 0, SEEK_SET));
	report("writev(2 x 30) from 0", writev(fd, iov, 2));
	report("ftruncate(100)", ftruncate(fd, 100));
	report("ftruncate(101)", ftruncate(fd, 101));
	report("truncate(\"out\", 200)", truncate("out", 200));
	report("truncate(\"out\", 50)", truncate("out", 50));
	report("fallocate(0, 200)", fallocate(fd, 0, 0, 200));
	report("size", size_of("out"));
	close(fd);
	fd = open("out", O_WRONLY | O_APPEND);
	report("append write(60) at 50", write(fd, buf, 60));
	report("append write(1) at 100", write(fd, buf, 1));
	close(fd);
	report("pipe", pipe(p));
	report("write(pipe, 200)", write(p[1], buf, 200));
	fd = open("/dev/null", O_WRONLY);
	report("write(/dev/null, 200)", write(fd, buf, 200));
	close(fd);
	report("size", size_of("out"));

	signal(SIGXFSZ, SIG_DFL);
	fd = open("out", O_WRONLY);
	report("lseek(100)", lseek(fd, 100, SEEK_SET));
	puts("write(1) past the limit, SIGXFSZ at its default action:");
	fflush(stdout);
	write(fd, buf, 1);
	puts("still alive (wrong)");
	return 0;
}
