/*
 * guest/vdso/vdso64.lds.S — the x86-64 vDSO (linux-vdso.so.1): layout and the
 * exported symbols, all at version LINUX_2.6 (the names Linux 6.1 exports; the
 * unprefixed names are weak aliases of the __vdso_ ones).
 */
#include "vdso-layout.lds.S"

VERSION {
	LINUX_2.6 {
	global:
		clock_gettime;
		__vdso_clock_gettime;
		gettimeofday;
		__vdso_gettimeofday;
		getcpu;
		__vdso_getcpu;
		time;
		__vdso_time;
		clock_getres;
		__vdso_clock_getres;
	local: *;
	};
}
