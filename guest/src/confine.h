/*
 * confine.h — the probe harness of confine.c: one line per probe ("<name> = <result>
 * [detail]"), results as errno names, what an fd turned out to be (data read, a known
 * directory, sorted directory entries). Header-only, for confine.c alone.
 */
#ifndef SG_CONFINE_H
#define SG_CONFINE_H
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "errname.h"

static char pbuf[16][8192];
static int nprobes;

/* a path built from pieces, in one of 16 rotating buffers (use it at once) */
static const char *P(const char *fmt, ...)
{
	static int i;
	char *b = pbuf[i++ & 15];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(b, sizeof pbuf[0], fmt, ap);
	va_end(ap);
	return b;
}

static void line(const char *name, const char *fmt, ...)
{
	va_list ap;
	nprobes++;
	printf("%s = ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

/* a system call's result: the value, or -1 and the errno name */
static void res(const char *name, long r)
{
	if (r < 0)
		line(name, "-1 %s", errname(errno));
	else
		line(name, "%ld", r);
}

/* ---- what an fd or a path turned out to be --------------------------------- */

static struct known { const char *name; dev_t dev; ino_t ino; } known[8];
static int nknown;

static void remember(const char *name, const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && nknown < 8)
		known[nknown++] = (struct known){ name, st.st_dev, st.st_ino };
}

static const char *which(const struct stat *st)
{
	for (int i = 0; i < nknown; i++)
		if (known[i].dev == st->st_dev && known[i].ino == st->st_ino) return known[i].name;
	return "?";
}

static void escaped(char *out, const unsigned char *d, long n)
{
	for (long i = 0; i < n; i++) {
		unsigned c = d[i];
		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') *out++ = (char)c;
		else out += sprintf(out, "\\x%02x", c);
	}
	*out = 0;
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* the sorted names in an open directory (without . and ..), comma-separated */
static int names(int fd, char *out, size_t cap)
{
	static char buf[32768];
	char *v[512];
	int n = 0;
	DIR *d = fdopendir(dup(fd));
	struct dirent *e;
	if (!d) return -1;
	while ((e = readdir(d)) && n < 512) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
		v[n++] = strcpy(malloc(strlen(e->d_name) + 1), e->d_name);
	}
	closedir(d);
	qsort(v, n, sizeof *v, cmpstr);
	buf[0] = 0;
	for (int i = 0; i < n; i++) {
		char esc[4 * NAME_MAX + 1];
		escaped(esc, (unsigned char *)v[i], (long)strlen(v[i]));
		if (strlen(buf) + strlen(esc) + 2 < sizeof buf) strcat(strcat(buf, i ? "," : ""), esc);
		free(v[i]);
	}
	snprintf(out, cap, "%s", buf);
	return n;
}

/* "ok" and what the fd is: a known directory, file data, or its type */
static void describe(const char *name, int fd)
{
	struct stat st;
	char esc[4 * 48 + 1], list[600];
	if (fstat(fd, &st) < 0) {
		line(name, "ok fstat=-1 %s", errname(errno));
	} else if (S_ISDIR(st.st_mode)) {
		const char *w = which(&st);
		int n = names(fd, list, sizeof list);
		if (*w == '?') line(name, "ok dir=? n=%d names=%s", n, list);
		else line(name, "ok dir=%s", w);
	} else if (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
		unsigned char d[48];
		long n = pread(fd, d, sizeof d, 0);
		if (n < 0) {
			line(name, "ok read=-1 %s", errname(errno));
			return;
		}
		escaped(esc, d, n);
		line(name, "ok data=\"%s\"", esc);
	} else {
		line(name, "ok type=0%o", st.st_mode & S_IFMT);
	}
}

static void try_openat(const char *name, int dfd, const char *path, int flags)
{
	int fd = openat(dfd, path, flags | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0644);
	if (fd < 0) {
		line(name, "-1 %s", errname(errno));
		return;
	}
	if (flags & O_PATH || (flags & O_ACCMODE) == O_WRONLY) line(name, "ok");
	else describe(name, fd);
	close(fd);
}

static void try_open(const char *name, const char *path, int flags)
{
	try_openat(name, AT_FDCWD, path, flags);
}

/* openat2(dfd, path, {O_RDONLY, 0, resolve}) */
static void try_openat2(const char *name, int dfd, const char *path, unsigned long long resolve)
{
	struct { unsigned long long flags, mode, resolve; } how = { O_RDONLY | O_CLOEXEC, 0, resolve };
	long fd = syscall(SYS_openat2, dfd, path, &how, sizeof how);
	if (fd < 0) {
		line(name, "-1 %s", errname(errno));
		return;
	}
	describe(name, (int)fd);
	close((int)fd);
}

static void try_stat(const char *name, const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0) line(name, "-1 %s", errname(errno));
	else if (S_ISDIR(st.st_mode)) line(name, "0 dir=%s", which(&st));
	else line(name, "0 mode=0%o size=%ld", st.st_mode, (long)st.st_size);
}

static void try_readlink(const char *name, const char *path)
{
	char b[PATH_MAX + 1];
	long n = readlink(path, b, PATH_MAX);
	if (n < 0) {
		line(name, "-1 %s", errname(errno));
		return;
	}
	b[n] = 0;
	if (strncmp(b, "pipe:[", 6) == 0) b[5] = 0; /* the inode number differs run to run */
	line(name, "%ld \"%s\"", n, b);
}

static void try_getcwd(const char *name)
{
	char b[PATH_MAX];
	if (!getcwd(b, sizeof b)) line(name, "-1 %s", errname(errno));
	else line(name, "0 \"%s\"", b);
}

static int opendir_fd(const char *path, int flags)
{
	return open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | flags);
}

#endif
