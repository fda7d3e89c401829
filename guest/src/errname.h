/*
 * errname.h — errno value → symbolic name ("ENOENT"), for deterministic
 * fixture output (strerror() texts differ between libcs; names do not).
 * Header-only; shared by the sysgate C fixtures.
 */
#ifndef SG_ERRNAME_H
#define SG_ERRNAME_H
#include <errno.h>

static const char *errname(int e)
{
	switch (e) {
	case 0: return "0";
#define E(x) case x: return #x;
	E(EPERM) E(ENOENT) E(ESRCH) E(EINTR) E(EIO) E(ENXIO) E(E2BIG)
	E(ENOEXEC) E(EBADF) E(ECHILD) E(EAGAIN) E(ENOMEM) E(EACCES)
	E(EFAULT) E(ENOTBLK) E(EBUSY) E(EEXIST) E(EXDEV) E(ENODEV)
	E(ENOTDIR) E(EISDIR) E(EINVAL) E(ENFILE) E(EMFILE) E(ENOTTY)
	E(ETXTBSY) E(EFBIG) E(ENOSPC) E(ESPIPE) E(EROFS) E(EMLINK)
	E(EPIPE) E(EDOM) E(ERANGE) E(EDEADLK) E(ENAMETOOLONG) E(ENOLCK)
	E(ENOSYS) E(ENOTEMPTY) E(ELOOP) E(ENOTSUP) E(EOVERFLOW)
	E(ETIMEDOUT)
#undef E
	default: {
		/* unknown: "E#<n>" */
		static char buf[16];
		char *p = buf + sizeof buf;
		unsigned u = e < 0 ? -(unsigned)e : (unsigned)e;
		*--p = 0;
		do *--p = (char)('0' + u % 10); while (u /= 10);
		if (e < 0) *--p = '-';
		*--p = '#'; *--p = 'E';
		return p;
	}
	}
}
#endif
