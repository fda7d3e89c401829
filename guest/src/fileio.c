/*
 * fileio.c — file-system system calls through musl, in the current directory.
 *
 * Covers: umask, mkdir, chdir, getcwd, open(O_CREAT|O_TRUNC), write, pwrite64,
 * lseek, read, pread64, readv, writev, fstat/stat/lstat (newfstatat in musl),
 * statx (raw, via <sysgate/syscall64.h>: musl 1.2.3 has no statx wrapper),
 * access, rename, getdents64 (raw, and through opendir/readdir), readlink of
 * /proc/self/exe, dup/dup2/dup3, fcntl (F_GETFL/F_SETFL/F_GETFD/F_SETFD/
 * F_DUPFD/F_DUPFD_CLOEXEC), O_APPEND, pipe/pipe2, unlink, rmdir.
 *
 * Must run in an empty directory (it creates "d" and "work" and removes them
 * again).  Output is deterministic: no inode numbers, times, device numbers,
 * block counts, or absolute paths; directory listings are sorted; st_nlink is
 * printed only for regular files (a directory's link count is fs-specific).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <sysgate/syscall64.h>
#include "errname.h"

/* Print "label = ret" or "label = -1 errno=ENAME" (errno is reset first). */
#define R(label, expr)                                                      \
	do {                                                                \
		long r_;                                                    \
		errno = 0;                                                  \
		r_ = (long)(expr);                                          \
		report(label, r_);                                          \
	} while (0)

static void report(const char *label, long r)
{
	if (r < 0)
		printf("%s = %ld errno=%s\n", label, r, errname(errno));
	else
		printf("%s = %ld\n", label, r);
}

static void show_bytes(const char *label, const char *buf, long n)
{
	long i;
	printf("%s: \"", label);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (c == '\n')
			printf("\\n");
		else if (c >= 32 && c < 127)
			putchar(c);
		else
			printf("\\x%02x", c);
	}
	printf("\"\n");
}

static void show_stat(const char *label, const struct stat *st)
{
	printf("%s: mode=%04o reg=%d dir=%d lnk=%d", label,
	       (unsigned)(st->st_mode & 07777),
	       S_ISREG(st->st_mode) ? 1 : 0, S_ISDIR(st->st_mode) ? 1 : 0,
	       S_ISLNK(st->st_mode) ? 1 : 0);
	/* a directory's size and link count are file-system specific */
	if (S_ISREG(st->st_mode))
		printf(" size=%lld nlink=%lu", (long long)st->st_size,
		       (unsigned long)st->st_nlink);
	printf("\n");
}

/* --- statx, raw (struct layout from include/uapi/linux/stat.h) --------- */
struct sg_statx_timestamp { long long tv_sec; unsigned tv_nsec; int pad; };
struct sg_statx {
	unsigned stx_mask, stx_blksize;
	unsigned long long stx_attributes;
	unsigned stx_nlink, stx_uid, stx_gid;
	unsigned short stx_mode, pad1;
	unsigned long long stx_ino, stx_size, stx_blocks, stx_attributes_mask;
	struct sg_statx_timestamp stx_atime, stx_btime, stx_ctime, stx_mtime;
	unsigned stx_rdev_major, stx_rdev_minor, stx_dev_major, stx_dev_minor;
	unsigned long long spare[14];
};
#define SG_STATX_TYPE 0x1u
#define SG_STATX_MODE 0x2u
#define SG_STATX_NLINK 0x4u
#define SG_STATX_SIZE 0x200u
#define SG_STATX_BASIC_STATS 0x7ffu

#define __NR_sg_statx __NR_statx
_syscall5(int, sg_statx, int, dfd, const char *, path, int, flags,
	  unsigned, mask, struct sg_statx *, buf)

#define __NR_sg_getdents64 __NR_getdents64
_syscall3(long, sg_getdents64, int, fd, void *, buf, unsigned long, len)

static void show_statx(const char *label, int r, const struct sg_statx *sx)
{
	if (r < 0) {
		printf("%s = -1 errno=%s\n", label, errname(errno));
		return;
	}
	printf("%s = %d: basic=%s size=%llu mode=%04o reg=%d nlink=%u\n", label,
	       r,
	       (sx->stx_mask & (SG_STATX_TYPE | SG_STATX_MODE | SG_STATX_NLINK |
				SG_STATX_SIZE)) ==
			       (SG_STATX_TYPE | SG_STATX_MODE | SG_STATX_NLINK |
				SG_STATX_SIZE)
		       ? "yes"
		       : "no",
	       sx->stx_size, sx->stx_mode & 07777u,
	       S_ISREG(sx->stx_mode) ? 1 : 0, sx->stx_nlink);
}

/* --- sorted directory listings ----------------------------------------- */
struct ent { char name[64]; int type; };

static int cmp_ent(const void *a, const void *b)
{
	return strcmp(((const struct ent *)a)->name, ((const struct ent *)b)->name);
}

static const char *dtype(int t)
{
	switch (t) {
	case DT_REG: return "REG";
	case DT_DIR: return "DIR";
	case DT_LNK: return "LNK";
	case DT_FIFO: return "FIFO";
	case DT_UNKNOWN: return "UNKNOWN";
	default: return "OTHER";
	}
}

static void print_ents(const char *label, struct ent *e, int n)
{
	int i;
	qsort(e, (size_t)n, sizeof *e, cmp_ent);
	printf("%s (%d):", label, n);
	for (i = 0; i < n; i++)
		printf(" %s/%s", e[i].name, dtype(e[i].type));
	printf("\n");
}

/* getdents64 called directly, with a small buffer so that several calls are
 * needed; the records are struct linux_dirent64 {u64 ino; s64 off;
 * u16 reclen; u8 type; char name[];}. */
static void list_getdents64(const char *path)
{
	struct ent e[32];
	int n = 0, calls = 0;
	long nread, off;
	char buf[80] __attribute__((aligned(8)));
	int fd = open(path, O_RDONLY | O_DIRECTORY);
	if (fd < 0) {
		printf("open dir %s: errno=%s\n", path, errname(errno));
		return;
	}
	while ((nread = sg_getdents64(fd, buf, sizeof buf)) > 0) {
		calls++;
		for (off = 0; off < nread;) {
			unsigned short reclen;
			memcpy(&reclen, buf + off + 16, 2);
			if (n < 32) {
				snprintf(e[n].name, sizeof e[n].name, "%.63s",
					 buf + off + 19);
				e[n].type = (unsigned char)buf[off + 18];
				n++;
			}
			off += reclen;
		}
	}
	if (nread < 0)
		printf("getdents64 %s: errno=%s\n", path, errname(errno));
	printf("getdents64 %s: needed more than one call: %s\n", path,
	       calls > 1 ? "yes" : "no");
	close(fd);
	print_ents("getdents64 listing", e, n);
}

static void list_readdir(const char *path)
{
	struct ent e[32];
	int n = 0;
	struct dirent *de;
	DIR *d = opendir(path);
	if (!d) {
		printf("opendir %s: errno=%s\n", path, errname(errno));
		return;
	}
	while ((de = readdir(d)) && n < 32) {
		snprintf(e[n].name, sizeof e[n].name, "%.63s", de->d_name);
		e[n].type = de->d_type;
		n++;
	}
	closedir(d);
	print_ents("readdir listing", e, n);
}

static const char *base(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

int main(void)
{
	char buf[256], cwd[4096];
	struct stat st;
	struct sg_statx sx;
	struct iovec iov[3];
	int fd, fd2, p[2], q[2], r;
	long n;

	printf("== umask / mkdir / chdir / getcwd\n");
	umask(022);
	printf("umask(027) old = %03o\n", (unsigned)umask(027));
	R("mkdir d 0777", mkdir("d", 0777));
	R("stat d", stat("d", &st));
	show_stat("  d", &st); /* 0750: 0777 & ~027 */
	printf("umask(022) old = %03o\n", (unsigned)umask(022));
	R("mkdir d again", mkdir("d", 0755));
	R("mkdir work", mkdir("work", 0755));
	R("chdir work", chdir("work"));
	if (getcwd(cwd, sizeof cwd))
		printf("getcwd basename: %s\n", base(cwd));
	else
		printf("getcwd: errno=%s\n", errname(errno));
	R("chdir ..", chdir(".."));
	R("chdir missing", chdir("missing"));
	R("getcwd small buffer", getcwd(cwd, 1) ? 0 : -1);

	printf("== open / write / pwrite / lseek / read / pread\n");
	R("open d/file.txt O_CREAT|O_TRUNC|O_RDWR 0644",
	  fd = open("d/file.txt", O_CREAT | O_TRUNC | O_RDWR, 0644));
	R("write", write(fd, "Hello, file!\n", 13));
	R("pwrite @20", pwrite(fd, "XYZ", 3, 20));
	R("lseek cur (pwrite leaves offset)", lseek(fd, 0, SEEK_CUR));
	R("lseek set 0", lseek(fd, 0, SEEK_SET));
	memset(buf, 0, sizeof buf);
	R("read 64", n = read(fd, buf, 64));
	show_bytes("  data", buf, n);
	R("read at EOF", read(fd, buf, 64));
	R("pread 5 @7", n = pread(fd, buf, 5, 7));
	show_bytes("  data", buf, n);
	R("lseek end", lseek(fd, 0, SEEK_END));
	R("lseek end-3", lseek(fd, -3, SEEK_END));
	R("lseek negative", lseek(fd, -100, SEEK_SET));
	R("lseek bad whence", lseek(fd, 0, 42));

	printf("== writev / readv\n");
	R("lseek set 23", lseek(fd, 23, SEEK_SET));
	iov[0].iov_base = "alpha,";
	iov[0].iov_len = 6;
	iov[1].iov_base = "";
	iov[1].iov_len = 0;
	iov[2].iov_base = "beta\n";
	iov[2].iov_len = 5;
	R("writev 3 iov", writev(fd, iov, 3));
	{
		char a[4], b[32];
		memset(b, 0, sizeof b);
		R("lseek set 18", lseek(fd, 18, SEEK_SET));
		iov[0].iov_base = a;
		iov[0].iov_len = sizeof a;
		iov[1].iov_base = b;
		iov[1].iov_len = sizeof b;
		R("readv 2 iov", n = readv(fd, iov, 2));
		show_bytes("  iov0", a, sizeof a);
		show_bytes("  iov1", b, n - (long)sizeof a);
	}

	printf("== fstat / stat / lstat / statx\n");
	R("fstat", fstat(fd, &st));
	show_stat("  fstat", &st);
	R("stat", stat("d/file.txt", &st));
	show_stat("  stat", &st);
	R("lstat", lstat("d/file.txt", &st));
	show_stat("  lstat", &st);
	R("stat missing", stat("d/missing", &st));
	R("stat file-as-dir", stat("d/file.txt/x", &st));
	memset(&sx, 0, sizeof sx);
	errno = 0;
	r = sg_statx(AT_FDCWD, "d/file.txt", 0, SG_STATX_BASIC_STATS, &sx);
	show_statx("statx d/file.txt", r, &sx);
	memset(&sx, 0, sizeof sx);
	r = sg_statx(fd, "", AT_EMPTY_PATH, SG_STATX_BASIC_STATS, &sx);
	show_statx("statx fd AT_EMPTY_PATH", r, &sx);
	r = sg_statx(AT_FDCWD, "d/missing", 0, SG_STATX_BASIC_STATS, &sx);
	show_statx("statx missing", r, &sx);

	printf("== access\n");
	R("access R_OK|W_OK", access("d/file.txt", R_OK | W_OK));
	R("access X_OK (mode 0644)", access("d/file.txt", X_OK));
	R("access F_OK missing", access("d/missing", F_OK));
	R("access d X_OK", access("d", X_OK));

	printf("== dup / dup2 / dup3 / fcntl\n");
	R("dup", fd2 = dup(fd));
	R("close dup", close(fd2));
	R("dup2 -> 10", dup2(fd, 10));
	R("dup2 same fd", dup2(fd, fd));
	R("dup3 -> 11 O_CLOEXEC", dup3(fd, 11, O_CLOEXEC));
	R("dup3 same fd", dup3(fd, fd, 0));
	R("dup2 bad old", dup2(99, 12));
	R("fcntl(10, F_GETFD)", fcntl(10, F_GETFD));
	R("fcntl(11, F_GETFD)", fcntl(11, F_GETFD));
	R("fcntl(10, F_SETFD, FD_CLOEXEC)", fcntl(10, F_SETFD, FD_CLOEXEC));
	R("fcntl(10, F_GETFD)", fcntl(10, F_GETFD));
	R("fcntl(F_DUPFD, 20)", fcntl(fd, F_DUPFD, 20));
	R("fcntl(F_DUPFD, 20) again", fcntl(fd, F_DUPFD, 20));
	R("fcntl(F_DUPFD_CLOEXEC, 5)", fd2 = fcntl(fd, F_DUPFD_CLOEXEC, 5));
	R("fcntl(new, F_GETFD)", fcntl(fd2, F_GETFD));
	printf("fcntl(F_GETFL) = 0x%x\n", (unsigned)fcntl(fd, F_GETFL));
	R("fcntl(F_SETFL, O_APPEND|O_NONBLOCK)",
	  fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK));
	printf("fcntl(F_GETFL) = 0x%x\n", (unsigned)fcntl(fd, F_GETFL));
	printf("fcntl(F_GETFL) of dup 10 (shared description) = 0x%x\n",
	       (unsigned)fcntl(10, F_GETFL));
	R("lseek set 0", lseek(fd, 0, SEEK_SET));
	R("write with O_APPEND", write(fd, "END\n", 4));
	R("lseek cur after append", lseek(fd, 0, SEEK_CUR));
	R("lseek cur of dup 11 (shared offset)", lseek(11, 0, SEEK_CUR));
	R("fcntl bad fd", fcntl(77, F_GETFL));
	R("close 10", close(10));
	R("close 11", close(11));
	R("close 20", close(20));
	R("close 21", close(21));
	R("close dupfd_cloexec", close(fd2));
	R("close 10 again", close(10));
	R("fstat closed fd", fstat(10, &st));

	printf("== O_RDONLY / O_WRONLY and EBADF\n");
	R("open O_RDONLY", fd2 = open("d/file.txt", O_RDONLY));
	printf("fcntl(F_GETFL) = 0x%x\n", (unsigned)fcntl(fd2, F_GETFL));
	R("write to O_RDONLY fd", write(fd2, "x", 1));
	R("close", close(fd2));
	R("open O_WRONLY", fd2 = open("d/file.txt", O_WRONLY));
	R("read from O_WRONLY fd", read(fd2, buf, 1));
	R("close", close(fd2));
	R("open dir O_RDONLY", fd2 = open("d", O_RDONLY));
	R("read on dir", read(fd2, buf, 1));
	R("close", close(fd2));
	R("open dir O_RDWR", open("d", O_RDWR));
	R("open O_CREAT|O_EXCL existing",
	  open("d/file.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
	R("open O_DIRECTORY on file", open("d/file.txt", O_RDONLY | O_DIRECTORY));

	printf("== rename\n");
	R("close file", close(fd));
	R("rename file.txt -> renamed.txt", rename("d/file.txt", "d/renamed.txt"));
	R("stat old name", stat("d/file.txt", &st));
	R("stat new name", stat("d/renamed.txt", &st));
	show_stat("  renamed", &st);
	R("rename missing", rename("d/nothing", "d/x"));

	printf("== directory listing\n");
	R("creat d/b", fd = open("d/b", O_CREAT | O_WRONLY | O_TRUNC, 0600));
	R("close", close(fd));
	R("creat d/a", fd = open("d/a", O_CREAT | O_WRONLY | O_TRUNC, 0640));
	R("close", close(fd));
	R("mkdir d/sub", mkdir("d/sub", 0700));
	R("mkdir d/a-long-directory-name-to-fill-the-buffer",
	  mkdir("d/a-long-directory-name-to-fill-the-buffer", 0700));
	list_getdents64("d");
	list_readdir("d");
	R("stat d/a", stat("d/a", &st));
	show_stat("  d/a", &st);
	R("stat d/sub", stat("d/sub", &st));
	show_stat("  d/sub", &st);

	printf("== readlink /proc/self/exe\n");
	memset(buf, 0, sizeof buf);
	n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n > 0)
		printf("readlink /proc/self/exe: ok, basename=%s\n", base(buf));
	else
		printf("readlink /proc/self/exe: failed errno=%s\n",
		       errname(errno));
	R("readlink regular file", readlink("d/a", buf, sizeof buf));

	printf("== pipe / pipe2\n");
	R("pipe", pipe(p));
	printf("pipe fds: %d %d\n", p[0], p[1]);
	printf("F_GETFL read end = 0x%x, write end = 0x%x\n",
	       (unsigned)fcntl(p[0], F_GETFL), (unsigned)fcntl(p[1], F_GETFL));
	R("write pipe", write(p[1], "ping", 4));
	memset(buf, 0, sizeof buf);
	R("read pipe", n = read(p[0], buf, sizeof buf));
	show_bytes("  got", buf, n);
	R("write to read end", write(p[0], "x", 1));
	R("pipe2 O_CLOEXEC|O_NONBLOCK", pipe2(q, O_CLOEXEC | O_NONBLOCK));
	printf("pipe2 fds: %d %d\n", q[0], q[1]);
	printf("F_GETFD = %d, F_GETFL read end = 0x%x\n", fcntl(q[0], F_GETFD),
	       (unsigned)fcntl(q[0], F_GETFL));
	R("read empty nonblocking pipe", read(q[0], buf, 1));
	iov[0].iov_base = "po";
	iov[0].iov_len = 2;
	iov[1].iov_base = "ng";
	iov[1].iov_len = 2;
	R("writev pipe2", writev(q[1], iov, 2));
	R("close pipe2 write end", close(q[1]));
	R("read pipe2", n = read(q[0], buf, sizeof buf));
	show_bytes("  got", buf, n);
	R("read pipe2 at EOF", read(q[0], buf, sizeof buf));
	R("close", close(q[0]));
	R("close", close(p[0]));
	R("close", close(p[1]));

	printf("== unlink / rmdir\n");
	R("unlink d/a", unlink("d/a"));
	R("unlink d/a again", unlink("d/a"));
	R("unlink d/b", unlink("d/b"));
	R("unlink d/renamed.txt", unlink("d/renamed.txt"));
	R("rmdir d/sub", rmdir("d/sub"));
	R("rmdir d/a-long...", rmdir("d/a-long-directory-name-to-fill-the-buffer"));
	R("rmdir d", rmdir("d"));
	R("rmdir work", rmdir("work"));
	R("rmdir d again", rmdir("d"));
	list_readdir(".");
	return 0;
}
