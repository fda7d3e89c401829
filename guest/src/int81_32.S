/*
 * int81_32.S — the DPL check on a software interrupt. Vector 0x80 is a DPL-3
 * gate, so `int $0x80` from ring 3 enters the kernel; vector 0x81 has no gate a
 * user may use, so `int $0x81` raises #GP(0x81*8+2) and the kernel sends SIGSEGV.
 *
 * Prints "int $0x80 works" through int $0x80, then executes int $0x81; the second
 * message is never printed. Exit status 139 (128 + SIGSEGV).
 *
 * Build: gcc -m32 -nostdlib -static -no-pie -o guest/bin/int81_32 guest/src/int81_32.S
 */
#include <sysgate/unistd_32.h>

	.file	"int81_32.S"

	.section .rodata
ok:
	.ascii "int $0x80 works\n"
	.set oklen, . - ok
notreached:
	.ascii "int $0x81 returned?!\n"
	.set nrlen, . - notreached

	.text
	.code32
	.globl _start
	.type _start, @function
_start:
	movl	$__NR_write, %eax
	movl	$1, %ebx
	movl	$ok, %ecx
	movl	$oklen, %edx
	int	$0x80

	.globl int81_insn
int81_insn:
	int	$0x81			/* #GP: gate DPL 0 (or absent) < CPL 3 */

	movl	$__NR_write, %eax
	movl	$1, %ebx
	movl	$notreached, %ecx
	movl	$nrlen, %edx
	int	$0x80
	movl	$__NR_exit_group, %eax
	movl	$1, %ebx
	int	$0x80
	hlt
	.size _start, . - _start

	.section .note.GNU-stack,"",@progbits
