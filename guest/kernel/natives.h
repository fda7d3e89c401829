/*
 * Native-call addresses: the TypeScript half of the kernel. Calling one of these
 * addresses at CPL 0 runs the registered TypeScript function, which returns like a C
 * function. The TypeScript side finds them by name in the symbol map that
 * build.sh extracts from the linked image, so this file is the one source of truth.
 */
#define NATIVE_BASE 0xffffffff81800000
	.set do_syscall_64,		NATIVE_BASE + 0x00
	.set do_int80_syscall_32,	NATIVE_BASE + 0x10
	.set do_fast_syscall_32,	NATIVE_BASE + 0x20
	.set do_SYSENTER_32,		NATIVE_BASE + 0x30
	.set exc_handler,		NATIVE_BASE + 0x40
	.globl do_syscall_64, do_int80_syscall_32, do_fast_syscall_32, do_SYSENTER_32, exc_handler
