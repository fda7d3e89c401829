/*
 * guest/vdso/vdso32.lds.S — the i386 vDSO (linux-gate.so.1): layout and exports.
 * LINUX_2.5 holds the system-call entry and the signal trampolines; LINUX_2.6 the
 * time functions. The ELF entry point is __kernel_vsyscall (AT_SYSINFO).
 */
#include "vdso-layout.lds.S"

ENTRY(__kernel_vsyscall);

VERSION
{
	LINUX_2.6 {
	global:
		__vdso_clock_gettime;
		__vdso_gettimeofday;
		__vdso_time;
		__vdso_clock_getres;
		__vdso_clock_gettime64;
	};

	LINUX_2.5 {
	global:
		__kernel_vsyscall;
		__kernel_sigreturn;
		__kernel_rt_sigreturn;
	local: *;
	};
}
