/*
 * errno_cases.c — the error half of the system-call convention.
 *
 * Each case is made twice: once through the project's own wrapper routines
 * (the _syscallN macros of <sysgate/syscall64.h>, names prefixed "sg_" so they
 * do not collide with libc) and once through musl.  Both must agree: the
 * kernel returns -errno in %rax, the wrapper stores errno and returns -1.
 * A few cases also show the raw kernel value (sg_syscallN, no errno).
 *
 * Output lines are "name: ret errno=NAME".  Needs an empty current directory
 * (creates "f", "d", "d/x" and removes them at the end).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include <sysgate/syscall64.h>
#include "errname.h"

/* wrapper routines, old-Linux style, under non-libc names */
#define __NR_sg_open __NR_open
#define __NR_sg_close __NR_close
#define __NR_sg_read __NR_read
#define __NR_sg_write __NR_write
#define __NR_sg_stat __NR_stat
#define __NR_sg_fstat __NR_fstat
#define __NR_sg_ioctl __NR_ioctl
#define __NR_sg_mkdir __NR_mkdir
#define __NR_sg_rmdir __NR_rmdir
#define __NR_sg_unlink __NR_unlink
#define __NR_sg_lseek __NR_lseek
#define __NR_sg_pipe __NR_pipe
#define __NR_sg_getpid __NR_getpid

_syscall3(int, sg_open, const char *, path, int, flags, int, mode)
_syscall1(int, sg_close, int, fd)
_syscall3(long, sg_read, int, fd, void *, buf, unsigned long, count)
_syscall3(long, sg_write, int, fd, const void *, buf, unsigned long, count)
_syscall2(int, sg_stat, const char *, path, struct stat *, st)
_syscall2(int, sg_fstat, int, fd, struct stat *, st)
_syscall3(int, sg_ioctl, int, fd, unsigned long, cmd, void *, arg)
_syscall2(int, sg_mkdir, const char *, path, int, mode)
_syscall1(int, sg_rmdir, const char *, path)
_syscall1(int, sg_unlink, const char *, path)
_syscall3(long, sg_lseek, int, fd, long, off, int, whence)
_syscall1(int, sg_pipe, int *, fds)
_syscall0(int, sg_getpid)

/* "name: ret errno=NAME"; errno is cleared before the call */
#define T(name, call)                                                        \
	do {                                                                 \
		long r_;                                                     \
		errno = 0;                                                   \
		r_ = (long)(call);                                           \
		printf("%s: %ld errno=%s\n", name, r_, errname(errno));      \
	} while (0)

/* raw kernel result, no errno convention */
#define RAW(name, call)                                                      \
	do {                                                                 \
		long r_ = (call);                                            \
		printf("%s: raw %ld (%s)\n", name, r_,                       \
		       SG_IS_ERR(r_) ? errname((int)-r_) : "not an error");  \
	} while (0)

int main(void)
{
	static char longname[5000];
	char * volatile nullp = NULL; /* hide NULL from nonnull warnings */
	void * volatile badp = (void *)1;
	struct stat st;
	struct termios tio;
	int fd, p[2];
	char buf[64];

	/* set-up: a regular file with content, a non-empty directory, a pipe */
	fd = open("f", O_CREAT | O_TRUNC | O_RDWR, 0644);
	if (fd < 0 || write(fd, "some content\n", 13) != 13 || lseek(fd, 0, SEEK_SET) != 0) {
		printf("setup failed: %s\n", errname(errno));
		return 1;
	}
	mkdir("d", 0755);
	close(open("d/x", O_CREAT | O_WRONLY, 0644));
	if (pipe(p) != 0) {
		printf("pipe failed: %s\n", errname(errno));
		return 1;
	}
	memset(longname, 'a', sizeof longname - 1);

	printf("== through the _syscallN wrapper routines\n");
	T("sg_open missing", sg_open("missing", O_RDONLY, 0));
	T("sg_open O_CREAT in missing dir", sg_open("nodir/x", O_CREAT | O_WRONLY, 0644));
	T("sg_open file/x (not a dir)", sg_open("f/x", O_RDONLY, 0));
	T("sg_open bad path pointer", sg_open(badp, O_RDONLY, 0));
	T("sg_open path too long", sg_open(longname, O_RDONLY, 0));
	T("sg_close 999", sg_close(999));
	T("sg_close -1", sg_close(-1));
	T("sg_read bad fd", sg_read(-1, buf, 1));
	T("sg_read into bad pointer", sg_read(fd, badp, 16));
	T("sg_write from bad pointer", sg_write(fd, badp, 16));
	T("sg_read ok", sg_read(fd, buf, 4));
	T("sg_write to pipe read end", sg_write(p[0], "x", 1));
	T("sg_stat NULL", sg_stat(nullp, &st));
	T("sg_stat bad path pointer", sg_stat(badp, &st));
	T("sg_stat bad stat buffer", sg_stat("f", badp));
	T("sg_fstat bad fd", sg_fstat(42, &st));
	T("sg_ioctl TCGETS on file", sg_ioctl(fd, TCGETS, &tio));
	T("sg_ioctl TCGETS on pipe", sg_ioctl(p[0], TCGETS, &tio));
	T("sg_ioctl bad fd", sg_ioctl(77, TCGETS, &tio));
	T("sg_mkdir existing", sg_mkdir("d", 0755));
	T("sg_mkdir in missing dir", sg_mkdir("nodir/y", 0755));
	T("sg_rmdir non-empty", sg_rmdir("d"));
	T("sg_rmdir file", sg_rmdir("f"));
	T("sg_rmdir missing", sg_rmdir("missing"));
	T("sg_unlink dir", sg_unlink("d"));
	T("sg_unlink missing", sg_unlink("missing"));
	T("sg_lseek pipe", sg_lseek(p[0], 0, SEEK_SET));
	T("sg_lseek bad whence", sg_lseek(fd, 0, 7));
	T("sg_lseek negative", sg_lseek(fd, -1, SEEK_SET));
	T("sg_lseek 1 TiB (large, not an error)", sg_lseek(fd, 1L << 40, SEEK_SET));
	T("sg_pipe bad pointer", sg_pipe(badp));
	printf("sg_getpid positive: %s\n", sg_getpid() > 0 ? "yes" : "no");
	errno = EINTR;
	sg_close(sg_open("f", O_RDONLY, 0));
	printf("errno untouched by successful calls: %s\n", errno == EINTR ? "yes" : "no");

	/* 400 lies in the 387..423 hole of syscall_64.tbl that is reserved
	 * (never assigned), 1000 is past the end of every table, -1 is what
	 * ptrace tracers use to skip a call.  (Do not use 335/336 here: newer
	 * kernels than syscall_64.tbl assign them to uretprobe/uprobe, which
	 * answer a stray call with SIGILL.) */
	printf("== unused system-call numbers\n");
	RAW("raw syscall 400", sg_syscall0(400));
	RAW("raw syscall 1000", sg_syscall0(1000));
	RAW("raw syscall -1", sg_syscall0(-1));
	RAW("raw syscall 0x40000000|400 (x32 bit)", sg_syscall0(0x40000000 | 400));
	T("sg_syscall_ret(400)", sg_syscall_ret(sg_syscall0(400)));
	T("sg_syscall_ret(1000)", sg_syscall_ret(sg_syscall0(1000)));
	T("sg_syscall_ret(-1)", sg_syscall_ret(sg_syscall0(-1)));
	T("libc syscall(400)", syscall(400));
	T("libc syscall(1000)", syscall(1000));
	T("libc syscall(-1)", syscall(-1));

	printf("== the same through musl\n");
	lseek(fd, 0, SEEK_SET);
	T("open missing", open("missing", O_RDONLY));
	T("close 999", close(999));
	T("read into bad pointer", read(fd, badp, 16));
	T("write from bad pointer", write(fd, badp, 16));
	T("stat NULL", stat(nullp, &st));
	T("stat bad path pointer", stat(badp, &st));
	T("ioctl TCGETS on file", ioctl(fd, TCGETS, &tio));
	T("tcgetattr on file", tcgetattr(fd, &tio));
	T("isatty(file)", isatty(fd));
	T("mkdir existing", mkdir("d", 0755));
	T("rmdir non-empty", rmdir("d"));
	T("unlink dir", unlink("d"));
	T("lseek pipe", lseek(p[0], 0, SEEK_SET));
	T("access missing", access("missing", F_OK));
	T("chdir file", chdir("f"));
	T("rename into missing dir", rename("f", "nodir/f"));
	T("rename dir onto file", rename("d", "f"));
	T("rename file onto non-empty dir", rename("f", "d"));

	/* clean up */
	close(fd);
	close(p[0]);
	close(p[1]);
	T("unlink d/x", unlink("d/x"));
	T("rmdir d", rmdir("d"));
	T("unlink f", unlink("f"));
	return 0;
}
