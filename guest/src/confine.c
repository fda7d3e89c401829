/*
 * confine.c — try to get out of the guest's file-system view, as an attacker would
 * (issue 7). Run as
 *     confine SECRET RO RW [HOSTROOT]
 * SECRET: the HOST absolute path of a file outside the guest's root; RO, RW: the
 * GUEST paths of a read-only and a read-write mount; HOSTROOT: the host path of the
 * directory shown as the guest's "/". Each probe prints one line
 *     <probe> = <result>[ <detail>]
 * <result> is "ok" (an open that worked), a return value, or "-1 ENAME"; the detail
 * shows what came back: data="first bytes", dir=<which known directory> (or "?" for
 * one the guest should not be able to reach), n=<entries>.
 * test/e2e/confine.test.ts runs it under sysgate and compares every result with the
 * same program run natively in a chroot (scripts/record-confine.mjs).
 *
 * The RO mount holds file.txt, dir/inner.txt, emptydir/ and link -> file.txt; RW holds
 * existing.txt; the root holds inside.txt, sub/dir/deep.txt and bin/confine.
 * Probes that change the caller's view for good (mount, chroot escape) come last.
 */
#define _GNU_SOURCE
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/xattr.h>
#include <termios.h>

#include "confine.h"

static const char *S, *RO, *RW, *HR; /* secret (host), ro, rw (guest), host root */
static char SD[PATH_MAX], SB[NAME_MAX + 1], HRB[NAME_MAX + 1], TB[NAME_MAX + 1];

/* ---- the probes, in groups ---------------------------------------------------- */

static void baseline(void)
{
	try_open("base.inside", "/inside.txt", O_RDONLY);
	try_getcwd("base.getcwd");
	try_open("base.root", "/", O_RDONLY | O_DIRECTORY);
	try_open("base.rw-existing", P("%s/existing.txt", RW), O_RDONLY);
	int fd = opendir_fd("/", 0);
	char list[600];
	line("base.list-root", "%d names=%s", names(fd, list, sizeof list), list);
	close(fd);
}

/* the host's own names for things mean nothing in the guest */
static void host_paths(void)
{
	char twice[PATH_MAX * 2], dots[PATH_MAX * 2], *o = twice, *q = dots;
	for (const char *c = S; *c; c++) {
		*o++ = *c;
		if (*c == '/') *o++ = '/';
		q += sprintf(q, *c == '/' ? "/./" : "%c", *c);
	}
	*o = *q = 0;
	try_open("host.secret", S, O_RDONLY);
	try_stat("host.secret-stat", S);
	try_open("host.secret-dir", SD, O_RDONLY | O_DIRECTORY);
	try_open("host.secret-doubled-slashes", twice, O_RDONLY);
	try_open("host.secret-dots", dots, O_RDONLY);
	try_open("host.secret-trailing-slash", P("%s/", S), O_RDONLY);
	try_open("host.root-inside", P("%s/inside.txt", HR), O_RDONLY);
	try_open("host.rw-existing", P("%s/rw/existing.txt", SD), O_RDONLY);
	try_open("host.ro-file", P("%s/ro/file.txt", SD), O_RDONLY);
	char *argv[] = { (char *)S, NULL };
	res("host.execve-secret", execve(S, argv, argv + 1));
	try_open("host.root-link-out", "/link-out", O_RDONLY);
	try_open("host.root-abs-out", "/abs-out", O_RDONLY);
	try_readlink("host.root-abs-out-readlink", "/abs-out");
}

static void dotdot(void)
{
	char many[64 * 3 + NAME_MAX + 2] = "/";
	for (int i = 0; i < 64; i++) strcat(many, "../");
	try_open("dotdot.abs-1", P("/../%s", SB), O_RDONLY);
	try_open("dotdot.abs-64", P("%s%s", many, SB), O_RDONLY);
	try_open("dotdot.abs-tree", P("/../../%s/%s", TB, SB), O_RDONLY);
	try_open("dotdot.abs-hostroot", P("/../%s/inside.txt", HRB), O_RDONLY);
	try_open("dotdot.abs-fullpath", P("/..%s", S), O_RDONLY);
	try_stat("dotdot.stat-root-up", "/..");
	try_stat("dotdot.stat-root-up-up", "/../..");
	try_stat("dotdot.stat-root-mixed", "/./.././../.");
	res("dotdot.chdir-root", chdir("/"));
	try_open("dotdot.rel-1", P("../%s", SB), O_RDONLY);
	try_open("dotdot.rel-64", P("%s%s", many + 1, SB), O_RDONLY);
	try_open("dotdot.rel-fullpath", P("..%s", S), O_RDONLY);
	res("dotdot.chdir-deep", chdir("/sub/dir"));
	try_open("dotdot.rel-deep", P("../../../%s", SB), O_RDONLY);
	try_open("dotdot.rel-deep-ok", "../../inside.txt", O_RDONLY);
	int bad = 0;
	for (int i = 0; i < 100; i++) bad |= chdir("..");
	res("dotdot.chdir-loop-100", bad);
	try_getcwd("dotdot.chdir-loop-getcwd");
	try_stat("dotdot.chdir-loop-dot", ".");
	try_open("dotdot.chdir-loop-secret", SB, O_RDONLY);
	try_open("dotdot.chdir-loop-fullpath", S + 1, O_RDONLY);
	int fd = opendir_fd("/", 0), fd2 = opendir_fd("/..", 0);
	char a[600], b[600];
	names(fd, a, sizeof a);
	names(fd2, b, sizeof b);
	line("dotdot.list-root-up", strcmp(a, b) ? "differs names=%s" : "same-as-root", b);
	res("dotdot.fchdir-root", fchdir(fd));
	res("dotdot.fchdir-up", chdir(".."));
	try_getcwd("dotdot.fchdir-up-getcwd");
	close(fd);
	close(fd2);
	chdir("/");
}

static void dirfds(void)
{
	int root = opendir_fd("/", 0), rootp = open("/", O_PATH | O_DIRECTORY);
	int ro = opendir_fd(RO, 0), rw = opendir_fd(RW, 0), rwp = open(RW, O_PATH);
	try_openat("dirfd.root-up", root, "..", O_RDONLY | O_DIRECTORY);
	try_openat("dirfd.root-up-secret", root, P("../%s", SB), O_RDONLY);
	try_openat("dirfd.root-opath-up-up-secret", rootp, P("../../%s", SB), O_RDONLY);
	try_openat("dirfd.ro-up", ro, "..", O_RDONLY | O_DIRECTORY);
	try_openat("dirfd.ro-up-secret", ro, P("../%s", SB), O_RDONLY);
	try_openat("dirfd.ro-up-rw", ro, "../rw/existing.txt", O_RDONLY);
	try_openat("dirfd.ro-up-sibling-rw", ro, "../rw", O_RDONLY | O_DIRECTORY);
	try_openat("dirfd.rw-up-secret", rw, P("../%s", SB), O_RDONLY);
	try_openat("dirfd.rw-up-up", rw, "../..", O_RDONLY | O_DIRECTORY);
	try_openat("dirfd.rw-opath-up-secret", rwp, P("../%s", SB), O_RDONLY);
	try_openat("dirfd.rw-up-hostroot", rw, P("../%s/inside.txt", HRB), O_RDONLY);
	try_openat("dirfd.rw-up-ro-host", rw, "../ro/file.txt", O_RDONLY);
	try_openat("dirfd.file-as-dirfd", open("/inside.txt", O_RDONLY), "..", O_RDONLY);
	res("dirfd.chdir-rw", chdir(RW));
	try_open("dirfd.cwd-rw-up-secret", P("../%s", SB), O_RDONLY);
	res("dirfd.cwd-rw-up", chdir(".."));
	try_getcwd("dirfd.cwd-rw-up-getcwd");
	chdir("/");
	close(root);
	close(rootp);
	close(ro);
	close(rw);
	close(rwp);
}

static void symlinks(void)
{
	char chain[NAME_MAX];
	res("sym.abs", symlink(S, P("%s/l-abs", RW)));
	try_open("sym.abs-open", P("%s/l-abs", RW), O_RDONLY);
	try_open("sym.abs-nofollow", P("%s/l-abs", RW), O_RDONLY | O_NOFOLLOW);
	try_open("sym.abs-opath-nofollow", P("%s/l-abs", RW), O_PATH | O_NOFOLLOW);
	res("sym.rel", symlink(P("../%s", SB), P("%s/l-rel", RW)));
	try_open("sym.rel-open", P("%s/l-rel", RW), O_RDONLY);
	res("sym.rel-deep", symlink(P("../../../../../../../../../../%s", SB), P("%s/l-deep", RW)));
	try_open("sym.rel-deep-open", P("%s/l-deep", RW), O_RDONLY);
	res("sym.dir-abs", symlink(SD, P("%s/l-sd", RW)));
	try_open("sym.dir-abs-open", P("%s/l-sd/%s", RW, SB), O_RDONLY);
	res("sym.root", symlink("/", P("%s/l-root", RW)));
	try_open("sym.root-up-secret", P("%s/l-root/../%s", RW, SB), O_RDONLY);
	try_open("sym.root-inside", P("%s/l-root/inside.txt", RW), O_RDONLY);
	res("sym.up", symlink("..", P("%s/l-up", RW)));
	try_open("sym.up-inside", P("%s/l-up/inside.txt", RW), O_RDONLY);
	try_open("sym.up-up-secret", P("%s/l-up/../%s", RW, SB), O_RDONLY);
	try_stat("sym.up-stat", P("%s/l-up/..", RW));
	res("sym.proc-root", symlink("/proc/self/root/..", P("%s/l-proc", RW)));
	try_stat("sym.proc-root-stat", P("%s/l-proc", RW));
	try_open("sym.proc-root-secret", P("%s/l-proc/%s", RW, SB), O_RDONLY);
	res("sym.host-rw", symlink(P("%s/rw/existing.txt", SD), P("%s/l-hostrw", RW)));
	try_open("sym.host-rw-open", P("%s/l-hostrw", RW), O_RDONLY);
	res("sym.loop-self", symlink("l-loop", P("%s/l-loop", RW)));
	try_open("sym.loop-self-open", P("%s/l-loop", RW), O_RDONLY);
	try_open("sym.loop-self-dir", P("%s/l-loop/x", RW), O_RDONLY);
	symlink("l-b", P("%s/l-a", RW));
	res("sym.loop-pair", symlink("l-a", P("%s/l-b", RW)));
	try_open("sym.loop-pair-open", P("%s/l-a", RW), O_RDONLY);
	for (int i = 1; i <= 41; i++) {
		snprintf(chain, sizeof chain, "c%d", i + 1);
		symlink(i == 41 ? "/inside.txt" : chain, P("%s/c%d", RW, i));
	}
	try_open("sym.chain-40", P("%s/c2", RW), O_RDONLY);
	try_open("sym.chain-41", P("%s/c1", RW), O_RDONLY);
	res("sym.dangling-host", symlink(P("%s/pwned-dangling", SD), P("%s/l-dangle", RW)));
	try_open("sym.dangling-host-creat", P("%s/l-dangle", RW), O_WRONLY | O_CREAT);
	res("sym.dangling-ro", symlink(P("%s/pwned", RO), P("%s/l-dangle-ro", RW)));
	try_open("sym.dangling-ro-creat", P("%s/l-dangle-ro", RW), O_WRONLY | O_CREAT);
	res("sym.to-ro", symlink(P("%s/file.txt", RO), P("%s/l-ro", RW)));
	try_open("sym.to-ro-read", P("%s/l-ro", RW), O_RDONLY);
	try_open("sym.to-ro-write", P("%s/l-ro", RW), O_WRONLY);
	try_open("sym.ro-link-write", P("%s/link", RO), O_WRONLY);
	try_readlink("sym.abs-readlink", P("%s/l-abs", RW));
}

static void magic(void)
{
	char b[PATH_MAX];
	try_readlink("proc.root", "/proc/self/root");
	try_open("proc.root-up-secret", P("/proc/self/root/../%s", SB), O_RDONLY);
	try_open("proc.root-fullpath", P("/proc/self/root%s", S), O_RDONLY);
	try_stat("proc.root-up", "/proc/self/root/..");
	try_readlink("proc.exe", "/proc/self/exe");
	try_open("proc.exe-open", "/proc/self/exe", O_RDONLY);
	chdir(RW);
	try_readlink("proc.cwd", "/proc/self/cwd");
	try_open("proc.cwd-up-secret", P("/proc/self/cwd/../%s", SB), O_RDONLY);
	try_stat("proc.cwd-up", "/proc/self/cwd/..");
	chdir("/");
	int rw = opendir_fd(RW, 0), ro = open(P("%s/file.txt", RO), O_RDONLY);
	snprintf(b, sizeof b, "/proc/self/fd/%d", rw);
	try_readlink("proc.fd-rw", b);
	try_open("proc.fd-rw-up-secret", P("%s/../%s", b, SB), O_RDONLY);
	try_stat("proc.fd-rw-up", P("%s/..", b));
	snprintf(b, sizeof b, "/proc/self/fd/%d", ro);
	try_readlink("proc.fd-ro-file", b);
	try_open("proc.fd-ro-reopen-read", b, O_RDONLY);
	try_open("proc.fd-ro-reopen-rdwr", b, O_RDWR);
	try_open("proc.fd-ro-reopen-trunc", b, O_WRONLY | O_TRUNC);
	res("proc.fd-ro-truncate", truncate(b, 0));
	res("proc.fd-ro-chmod", chmod(b, 0777));
	close(rw);
	close(ro);
	try_open("proc.pid1-root-secret", P("/proc/1/root/../%s", SB), O_RDONLY);
	const char *texts[] = { "/proc/mounts", "/proc/self/mountinfo", "/proc/self/maps" };
	for (int i = 0; i < 3; i++) {
		static char all[65536];
		int fd = open(texts[i], O_RDONLY);
		long n = 0, r;
		if (fd < 0) {
			line(P("proc.hostpath-in-%s", strrchr(texts[i], '/') + 1), "-1 %s", errname(errno));
			continue;
		}
		while (n < (long)sizeof all - 1 && (r = read(fd, all + n, sizeof all - 1 - n)) > 0) n += r;
		all[n] = 0;
		close(fd);
		line(P("proc.hostpath-in-%s", strrchr(texts[i], '/') + 1), strstr(all, SD) ? "yes" : "no");
	}
}

static void across_mounts(void)
{
	int fd;
	res("xdev.link-ro-rw", link(P("%s/file.txt", RO), P("%s/x1", RW)));
	res("xdev.link-root-rw", link("/inside.txt", P("%s/x2", RW)));
	res("xdev.link-rw-ro", link(P("%s/existing.txt", RW), P("%s/x3", RO)));
	res("xdev.link-rw-root", link(P("%s/existing.txt", RW), "/x4"));
	res("xdev.link-dir-root", link("/", P("%s/x5", RW)));
	res("xdev.rename-rw-root", rename(P("%s/existing.txt", RW), "/x6"));
	res("xdev.rename-root-rw", rename("/inside.txt", P("%s/x7", RW)));
	res("xdev.rename-ro-rw", rename(P("%s/file.txt", RO), P("%s/x8", RW)));
	res("xdev.rename-rw-ro", rename(P("%s/existing.txt", RW), P("%s/x9", RO)));
	mkdir(P("%s/xd", RW), 0755);
	res("xdev.rename-rwdir-root", rename(P("%s/xd", RW), "/xd"));
	res("xdev.exchange-rw-root", syscall(SYS_renameat2, AT_FDCWD, P("%s/existing.txt", RW), AT_FDCWD, "/inside.txt", 2 /* RENAME_EXCHANGE */));
	fd = open(P("%s/file.txt", RO), O_RDONLY);
	res("xdev.linkat-empty-ro-rw", linkat(fd, "", AT_FDCWD, P("%s/x10", RW), AT_EMPTY_PATH));
	close(fd);
	res("xdev.rename-mountpoint-rw", rename(RW, "/rw2"));
	res("xdev.rename-mountpoint-ro", rename(RO, "/ro2"));
	res("xdev.rmdir-mountpoint-rw", rmdir(RW));
	res("xdev.rmdir-mountpoint-ro", rmdir(RO));
	res("xdev.unlink-mountpoint-ro", unlink(RO));
	res("xdev.rename-into-mountpoint", rename(P("%s/existing.txt", RW), P("%s/.", RW)));
}

/* every way of writing to the read-only mount */
static void read_only(void)
{
	char f[PATH_MAX];
	snprintf(f, sizeof f, "%s/file.txt", RO);
	static const struct { const char *name, *path; int flags; } opens[] = {
		{ "ro.open-wronly", "file.txt", O_WRONLY }, { "ro.open-rdwr", "file.txt", O_RDWR },
		{ "ro.open-trunc-rdonly", "file.txt", O_RDONLY | O_TRUNC }, { "ro.open-append", "file.txt", O_WRONLY | O_APPEND },
		{ "ro.open-creat-existing", "file.txt", O_RDONLY | O_CREAT }, { "ro.open-creat-new", "new", O_WRONLY | O_CREAT },
		{ "ro.open-creat-excl", "file.txt", O_WRONLY | O_CREAT | O_EXCL }, { "ro.open-dir-wronly", "dir", O_WRONLY },
		{ "ro.open-link-wronly", "link", O_WRONLY }, { "ro.open-inner-rdwr", "dir/inner.txt", O_RDWR },
		{ "ro.open-tmpfile", "dir", O_RDWR | O_TMPFILE }, { "ro.open-creat-in-dir", "dir/new", O_RDWR | O_CREAT },
	};
	for (unsigned i = 0; i < sizeof opens / sizeof *opens; i++) try_open(opens[i].name, P("%s/%s", RO, opens[i].path), opens[i].flags);
	res("ro.creat", creat(P("%s/new2", RO), 0644));
	res("ro.truncate", truncate(f, 0));
	res("ro.truncate-dir", truncate(P("%s/dir", RO), 0));
	int fd = open(f, O_RDONLY);
	res("ro.ftruncate-rdonly-fd", ftruncate(fd, 0));
	res("ro.write-rdonly-fd", write(fd, "x", 1));
	res("ro.pwrite-rdonly-fd", pwrite(fd, "x", 1, 0));
	res("ro.fallocate-rdonly-fd", fallocate(fd, 0, 0, 10));
	res("ro.fchmod", fchmod(fd, 0777));
	res("ro.fchown", fchown(fd, 0, 0));
	res("ro.futimens", futimens(fd, NULL));
	res("ro.fchownat-empty", fchownat(fd, "", 0, 0, AT_EMPTY_PATH));
	void *m = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	res("ro.mmap-shared-write", m == MAP_FAILED ? -1 : 0);
	m = mmap(0, 4096, PROT_READ, MAP_SHARED, fd, 0);
	res("ro.mmap-shared-read", m == MAP_FAILED ? -1 : 0);
	res("ro.mprotect-shared-write", mprotect(m, 4096, PROT_READ | PROT_WRITE));
	if (m != MAP_FAILED && mprotect(m, 4096, PROT_READ | PROT_WRITE) == 0) { /* must not reach the file */
		memcpy(m, "SHARED", 6);
		msync(m, 4096, MS_SYNC);
	}
	char *pm = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	res("ro.mmap-private-write", pm == MAP_FAILED ? -1 : 0);
	if (pm != MAP_FAILED) memcpy(pm, "PRIVATE", 7);
	close(fd);
	res("ro.unlink-file", unlink(f));
	res("ro.unlink-missing", unlink(P("%s/missing", RO)));
	res("ro.unlink-dir", unlink(P("%s/dir", RO)));
	res("ro.rmdir-dir", rmdir(P("%s/dir", RO)));
	res("ro.rmdir-empty", rmdir(P("%s/emptydir", RO)));
	res("ro.rmdir-missing", rmdir(P("%s/missing", RO)));
	res("ro.rmdir-file", rmdir(f));
	res("ro.mkdir-new", mkdir(P("%s/newdir", RO), 0755));
	res("ro.mkdir-existing", mkdir(P("%s/dir", RO), 0755));
	res("ro.rename", rename(f, P("%s/renamed", RO)));
	res("ro.rename-missing", rename(P("%s/missing", RO), P("%s/renamed", RO)));
	res("ro.rename-noreplace", syscall(SYS_renameat2, AT_FDCWD, f, AT_FDCWD, P("%s/renamed", RO), 1));
	res("ro.rename-exchange", syscall(SYS_renameat2, AT_FDCWD, f, AT_FDCWD, P("%s/dir", RO), 2));
	res("ro.link", link(f, P("%s/hard", RO)));
	res("ro.symlink-new", symlink("file.txt", P("%s/newlink", RO)));
	res("ro.symlink-existing", symlink("file.txt", P("%s/link", RO)));
	res("ro.chmod-file", chmod(f, 0777));
	res("ro.chmod-dir", chmod(P("%s/dir", RO), 0777));
	res("ro.chmod-mountroot", chmod(RO, 0777));
	res("ro.chown-file", chown(f, 0, 0));
	res("ro.lchown-link", lchown(P("%s/link", RO), 0, 0));
	res("ro.chown-mountroot", chown(RO, 0, 0));
	struct timespec ts[2] = { { 1, 0 }, { 1, 0 } };
	res("ro.utimensat-now", utimensat(AT_FDCWD, f, NULL, 0));
	res("ro.utimensat-explicit", utimensat(AT_FDCWD, f, ts, 0));
	res("ro.utimensat-link-nofollow", utimensat(AT_FDCWD, P("%s/link", RO), ts, AT_SYMLINK_NOFOLLOW));
	ts[0].tv_nsec = ts[1].tv_nsec = UTIME_OMIT;
	res("ro.utimensat-omit", utimensat(AT_FDCWD, f, ts, 0));
	res("ro.utimes", utimes(f, NULL));
	res("ro.mknod-fifo", mknod(P("%s/fifo", RO), S_IFIFO | 0644, 0));
	res("ro.mknod-reg", mknod(P("%s/reg", RO), S_IFREG | 0644, 0));
	res("ro.mknod-chr", mknod(P("%s/null", RO), S_IFCHR | 0644, makedev(1, 3)));
	res("ro.mknod-existing", mknod(f, S_IFIFO | 0644, 0));
	res("ro.setxattr", setxattr(f, "user.x", "1", 1, 0));
	res("ro.removexattr", removexattr(f, "user.x"));
	res("ro.access-w-file", access(f, W_OK));
	res("ro.access-w-dir", access(P("%s/dir", RO), W_OK));
	res("ro.access-r-file", access(f, R_OK));
	try_open("ro.via-rw-dotdot", P("%s/..%s/file.txt", RW, RO), O_WRONLY);
	try_open("ro.via-proc-root", P("/proc/self/root%s/file.txt", RO), O_WRONLY);
	int rop = open(RO, O_PATH | O_DIRECTORY);
	try_openat("ro.dirfd-wronly", rop, "file.txt", O_WRONLY);
	try_openat("ro.dirfd-creat", rop, "new3", O_WRONLY | O_CREAT);
	res("ro.dirfd-mkdirat", mkdirat(rop, "x", 0755));
	res("ro.dirfd-unlinkat", unlinkat(rop, "file.txt", 0));
	res("ro.dirfd-fchownat-empty", fchownat(rop, "", 0, 0, AT_EMPTY_PATH));
	close(rop);
	try_open("ro.after-file", f, O_RDONLY);
	int d = opendir_fd(RO, 0);
	char list[600];
	line("ro.after-list", "%d names=%s", names(d, list, sizeof list), list);
	close(d);
}

static void odd_paths(void)
{
	try_open("path.double-slash", P("/%s//existing.txt", RW), O_RDONLY);
	try_open("path.dot", P("%s/./existing.txt", RW), O_RDONLY);
	try_open("path.file-slash", P("%s/existing.txt/", RW), O_RDONLY);
	try_open("path.file-dot", P("%s/existing.txt/.", RW), O_RDONLY);
	try_open("path.file-dotdot", P("%s/existing.txt/..", RW), O_RDONLY);
	try_open("path.three-dots", "/...", O_RDONLY);
	try_open("path.creat-dot", P("%s/.", RW), O_WRONLY | O_CREAT);
	try_open("path.creat-slash", P("%s/newfile/", RW), O_WRONLY | O_CREAT);
	res("path.mkdir-slash", mkdir(P("%s/newdir/", RW), 0755));
	res("path.rmdir-dot", rmdir(P("%s/newdir/.", RW)));
	res("path.rmdir-dotdot", rmdir(P("%s/newdir/..", RW)));
	res("path.rmdir-root", rmdir("/"));
	res("path.rmdir-root-up", rmdir("/.."));
	res("path.unlink-root-up", unlink("/.."));
	res("path.rename-root-up", rename("/..", P("%s/x", RW)));
	res("path.rename-root", rename("/", "/x"));
	try_open("path.root-up-write", "/..", O_WRONLY);
	static const char *weird[] = { "\xff\xfe", "a\nb", "...", " ..", ".. ", "-" };
	for (int i = 0; i < 6; i++) {
		int fd = open(P("%s/%s", RW, weird[i]), O_WRONLY | O_CREAT | O_EXCL, 0644);
		res(P("path.weird-name-%d", i), fd < 0 ? -1 : 0);
		if (fd >= 0) close(fd);
	}
	char name[258];
	memset(name, 'n', 257);
	name[255] = 0;
	try_open("path.name-255", P("%s/%s", RW, name), O_WRONLY | O_CREAT);
	res("path.name-255-unlink", unlink(P("%s/%s", RW, name)));
	name[255] = 'n', name[256] = 0;
	try_open("path.name-256", P("%s/%s", RW, name), O_WRONLY | O_CREAT);
	try_open("path.name-256-in-ro", P("%s/%s", RO, name), O_WRONLY | O_CREAT);
	/* PATH_MAX counts the NUL: 4095 bytes are the longest path (getname) */
	static char longp[4200];
	for (int extra = 0; extra <= 1; extra++) {
		strcpy(longp, extra ? "//" : "/");
		for (int i = 0; i < 2042; i++) strcat(longp, "./");
		strcat(longp, "inside.txt");
		try_open(extra ? "path.len-4096" : "path.len-4095", longp, O_RDONLY);
	}
	strcpy(longp, "/");
	while (strlen(longp) < 4000) strcat(longp, "../");
	strcat(longp, SB);
	try_open("path.dotdot-4000-secret", longp, O_RDONLY);
}

/* a deep tree under RW: Linux has no limit on depth, only on the path given at once */
static void deep(void)
{
	char name[41];
	int depth = 0, err = 0;
	memset(name, 'd', 40);
	name[40] = 0;
	chdir(RW);
	while (depth < 120) {
		if (mkdir(name, 0755) < 0 || chdir(name) < 0) {
			err = errno;
			break;
		}
		depth++;
	}
	if (err) line("deep.mkdir-120", "-1 %s depth=%d", errname(err), depth);
	else line("deep.mkdir-120", "0 depth=%d", depth);
	try_getcwd("deep.getcwd");
	try_open("deep.creat", "f", O_WRONLY | O_CREAT);
	unlink("f");
	char up[120 * 3 + NAME_MAX + 8] = "";
	for (int i = 0; i <= depth; i++) strcat(up, "../");
	strcat(up, SB);
	try_open("deep.up-secret", up, O_RDONLY);
	int bad = 0;
	for (; depth > 0; depth--) bad |= chdir("..") | rmdir(name);
	res("deep.cleanup", bad);
	chdir("/");
}

static void mmap_rw(void)
{
	int fd = open(P("%s/mm.txt", RW), O_RDWR | O_CREAT | O_TRUNC, 0644);
	char page[4096], back[8] = "";
	memset(page, '.', sizeof page);
	res("mmap.rw-write", write(fd, page, sizeof page));
	char *m = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	res("mmap.rw-shared", m == MAP_FAILED ? -1 : 0);
	if (m != MAP_FAILED) {
		memcpy(m, "SHARED", 6);
		msync(m, 4096, MS_SYNC);
		munmap(m, 4096);
	}
	pread(fd, back, 6, 0);
	line("mmap.rw-readback", "0 data=\"%.6s\"", back);
	close(fd);
}

/* held directories and files whose names are swapped for symlinks to the outside */
static void stale(void)
{
	char b[64];
	int fd;
	/* the cwd, renamed away and replaced by a symlink to the secret's directory */
	mkdir(P("%s/s1", RW), 0755);
	res("stale.cwd-chdir", chdir(P("%s/s1", RW)));
	rename(P("%s/s1", RW), P("%s/s1-moved", RW));
	res("stale.cwd-swap", symlink(SD, P("%s/s1", RW)));
	try_open("stale.cwd-secret", SB, O_RDONLY);
	try_open("stale.cwd-list", ".", O_RDONLY | O_DIRECTORY);
	try_getcwd("stale.cwd-getcwd");
	try_open("stale.cwd-creat", "pwned-cwd", O_WRONLY | O_CREAT);
	chdir("/");
	/* a directory fd (and an O_PATH one) */
	mkdir(P("%s/s2", RW), 0755);
	int dfd = opendir_fd(P("%s/s2", RW), 0), pfd = open(P("%s/s2", RW), O_PATH);
	rename(P("%s/s2", RW), P("%s/s2-moved", RW));
	res("stale.dirfd-swap", symlink(SD, P("%s/s2", RW)));
	try_openat("stale.dirfd-secret", dfd, SB, O_RDONLY);
	try_openat("stale.opath-secret", pfd, SB, O_RDONLY);
	try_openat("stale.dirfd-creat", dfd, "pwned-dirfd", O_WRONLY | O_CREAT);
	char list[600];
	int n = names(dfd, list, sizeof list);
	if (n < 0) line("stale.dirfd-list", "-1 %s", errname(errno));
	else line("stale.dirfd-list", "%d names=%s", n, list);
	res("stale.fchdir", fchdir(pfd));
	try_open("stale.fchdir-secret", SB, O_RDONLY);
	chdir("/");
	close(dfd);
	close(pfd);
	/* the removed cwd */
	mkdir(P("%s/s3", RW), 0755);
	chdir(P("%s/s3", RW));
	res("stale.rmdir-cwd", rmdir(P("%s/s3", RW)));
	symlink(SD, P("%s/s3", RW));
	try_open("stale.rmdir-cwd-secret", SB, O_RDONLY);
	chdir("/");
	/* a file fd whose directory is swapped: reopen, link, stat, set attributes */
	mkdir(P("%s/s4", RW), 0755);
	fd = open(P("%s/s4/%s", RW, SB), O_RDWR | O_CREAT, 0600);
	write(fd, "decoy\n", 6);
	rename(P("%s/s4", RW), P("%s/s4-moved", RW));
	res("stale.file-swap", symlink(SD, P("%s/s4", RW)));
	snprintf(b, sizeof b, "/proc/self/fd/%d", fd);
	try_open("stale.file-reopen", b, O_RDONLY);
	res("stale.file-linkat", linkat(fd, "", AT_FDCWD, P("%s/stolen", RW), AT_EMPTY_PATH));
	try_open("stale.file-stolen", P("%s/stolen", RW), O_RDONLY);
	struct stat st;
	if (fstat(fd, &st) < 0) line("stale.file-fstat", "-1 %s", errname(errno));
	else line("stale.file-fstat", "0 size=%ld", (long)st.st_size);
	res("stale.file-fchmod", fchmod(fd, 0604));
	res("stale.file-fchown", fchown(fd, 1234, 1234));
	struct timespec ts[2] = { { 12345, 0 }, { 12345, 0 } };
	res("stale.file-futimens", futimens(fd, ts));
	res("stale.file-chmod-proc", chmod(b, 0606));
	res("stale.file-truncate-proc", truncate(b, 0));
	char d[8] = "";
	res("stale.file-read", pread(fd, d, 6, 0));
	close(fd);
	/* a file fd whose own name is swapped for a symlink to the secret */
	fd = open(P("%s/s5", RW), O_RDWR | O_CREAT, 0600);
	rename(P("%s/s5", RW), P("%s/s5-moved", RW));
	res("stale.name-swap", symlink(S, P("%s/s5", RW)));
	snprintf(b, sizeof b, "/proc/self/fd/%d", fd);
	try_open("stale.name-reopen", b, O_RDONLY);
	res("stale.name-fchmod", fchmod(fd, 0604));
	res("stale.name-truncate-proc", truncate(b, 0));
	close(fd);
}

static void devices(void)
{
	static const struct { const char *name; mode_t type; unsigned ma, mi; } nodes[] = {
		{ "mem", S_IFCHR, 1, 1 }, { "kmsg", S_IFCHR, 1, 11 }, { "sda", S_IFBLK, 8, 0 },
		{ "vda", S_IFBLK, 254, 0 }, { "null", S_IFCHR, 1, 3 },
	};
	for (unsigned i = 0; i < sizeof nodes / sizeof *nodes; i++) {
		char in_rw[PATH_MAX], in_dev[PATH_MAX];
		snprintf(in_rw, sizeof in_rw, "%s/dev-%s", RW, nodes[i].name);
		snprintf(in_dev, sizeof in_dev, "/dev/x-%s", nodes[i].name);
		res(P("dev.mknod-rw-%s", nodes[i].name), mknod(in_rw, nodes[i].type | 0600, makedev(nodes[i].ma, nodes[i].mi)));
		try_open(P("dev.open-rw-%s", nodes[i].name), in_rw, O_RDONLY);
		res(P("dev.mknod-dev-%s", nodes[i].name), mknod(in_dev, nodes[i].type | 0600, makedev(nodes[i].ma, nodes[i].mi)));
		try_open(P("dev.open-dev-%s", nodes[i].name), in_dev, O_RDONLY);
	}
	res("dev.mkfifo-rw", mkfifo(P("%s/fifo", RW), 0600));
	int fd = open("/dev/full", O_WRONLY);
	res("dev.full-write", write(fd, "x", 1));
	close(fd);
	try_open("dev.zero", "/dev/zero", O_RDONLY);
	try_open("dev.console", "/dev/console", O_RDONLY);
	try_open("dev.sys", "/sys/kernel", O_RDONLY);
	char c = 'x';
	res("dev.tiocsti-stdin", ioctl(0, TIOCSTI, &c));
	try_open("dev.list", "/dev", O_RDONLY | O_DIRECTORY);
}

/* changing the view itself: mounts, handles, chroot (last: Linux lets root escape) */
static void admin(void)
{
	struct statfs sf;
	const char *fss[] = { "/", RO, RW };
	for (int i = 0; i < 3; i++) {
		if (statfs(fss[i], &sf) < 0) line(P("admin.statfs-%d", i), "-1 %s", errname(errno));
		else line(P("admin.statfs-%d", i), "0 rdonly=%d", (int)((sf.f_flags & ST_RDONLY) != 0));
	}
	mkdir(P("%s/mnt", RW), 0755);
	res("admin.mount-tmpfs", mount("tmpfs", P("%s/mnt", RW), "tmpfs", 0, ""));
	res("admin.umount-tmpfs", umount2(P("%s/mnt", RW), 0));
	res("admin.mount-bind-root", mount("/", P("%s/mnt", RW), NULL, MS_BIND, NULL));
	res("admin.remount-ro-rw", mount(NULL, RO, NULL, MS_REMOUNT | MS_BIND, NULL));
	try_open("admin.remount-ro-write", P("%s/file.txt", RO), O_WRONLY);
	res("admin.umount-ro", umount2(RO, MNT_DETACH));
	try_open("admin.umount-ro-list", RO, O_RDONLY | O_DIRECTORY);
	res("admin.pivot-root", syscall(SYS_pivot_root, ".", "."));
	struct { struct file_handle h; unsigned char b[128]; } fh = { .h.handle_bytes = 128 };
	int mnt;
	res("admin.name-to-handle", name_to_handle_at(AT_FDCWD, "/inside.txt", &fh.h, &mnt, 0));
	/* shocker: the file system's root directory by inode number (ext4 FILEID_INO32_GEN) */
	struct { struct file_handle h; unsigned b[2]; } root = { .h = { .handle_bytes = 8, .handle_type = 1 }, .b = { 2, 0 } };
	int rfd = open("/", O_RDONLY | O_DIRECTORY);
	int hfd = open_by_handle_at(rfd, &root.h, O_RDONLY | O_DIRECTORY);
	if (hfd < 0) {
		line("admin.open-by-handle-fsroot", "-1 %s", errname(errno));
	} else {
		struct stat st;
		fstat(hfd, &st);
		line("admin.open-by-handle-fsroot", "ok dir=%s", which(&st)); /* the host's names stay unprinted */
		close(hfd);
	}
	/* RESOLVE_BENEATH 0x08, NO_MAGICLINKS 0x02, NO_SYMLINKS 0x04, NO_XDEV 0x01, IN_ROOT 0x10 */
	try_openat2("admin.openat2-beneath-up", rfd, "..", 0x08);
	try_openat2("admin.openat2-beneath-secret", rfd, P("../%s", SB), 0x08);
	try_openat2("admin.openat2-no-magiclinks", AT_FDCWD, "/proc/self/root", 0x02);
	try_openat2("admin.openat2-no-symlinks", AT_FDCWD, P("%s/l-up/inside.txt", RW), 0x04);
	try_openat2("admin.openat2-no-xdev", rfd, P("%s/existing.txt", RW + 1), 0x01);
	int rwfd = opendir_fd(RW, 0);
	try_openat2("admin.openat2-in-root-abs", rwfd, "/existing.txt", 0x10);
	try_openat2("admin.openat2-in-root-up-secret", rwfd, P("../%s", SB), 0x10);
	close(rwfd);
	/* the classic chroot escape: the cwd stays outside the new root */
	mkdir(P("%s/jail", RW), 0755);
	res("admin.chroot", chroot(P("%s/jail", RW)));
	int bad = 0;
	for (int i = 0; i < 64; i++) bad |= chdir("..");
	res("admin.chroot-climb", bad);
	try_open("admin.chroot-escape-secret", S + 1, O_RDONLY);
	res("admin.chroot-dot", chroot("."));
	try_open("admin.chroot-dot-secret", S, O_RDONLY);
	try_open("admin.chroot-dot-write", P("%s/pwned-after-chroot", SD), O_WRONLY | O_CREAT);
	close(rfd);
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: confine SECRET-HOST-PATH RO-GUEST-PATH RW-GUEST-PATH [HOST-ROOT]\n");
		return 2;
	}
	S = argv[1], RO = argv[2], RW = argv[3], HR = argc > 4 ? argv[4] : "/nonexistent-root";
	snprintf(SD, sizeof SD, "%.*s", (int)(strrchr(S, '/') - S), S);
	snprintf(SB, sizeof SB, "%s", strrchr(S, '/') + 1);
	snprintf(HRB, sizeof HRB, "%s", strrchr(HR, '/') + 1);
	snprintf(TB, sizeof TB, "%.255s", strrchr(SD, '/') ? strrchr(SD, '/') + 1 : SD);
	umask(022);
	remember("/", "/");
	remember("/sub", "/sub");
	remember("ro", RO);
	remember("rw", RW);
	remember("/proc", "/proc");
	remember("/dev", "/dev");
	baseline();
	host_paths();
	dotdot();
	dirfds();
	symlinks();
	magic();
	across_mounts();
	read_only();
	odd_paths();
	deep();
	mmap_rw();
	stale();
	devices();
	admin();
	printf("probes = %d\n", nprobes);
	return 0;
}
