/*
 * hello32.S — the smallest i386 fixture: two raw `int $0x80` system calls and
 * nothing else (no libc, no stack use, no TLS).
 *
 *   write(1, "Hello from i386!\n", 17)   eax=4 (__NR_write), ebx ecx edx = args
 *   exit_group(0)                        eax=252 (__NR_exit_group)
 *
 * Build: gcc -m32 -nostdlib -static -no-pie -o guest/bin/hello32 guest/src/hello32.S
 * The numbers come from <sysgate/unistd_32.h> (generated from syscall_32.tbl).
 */
#include <sysgate/unistd_32.h>

	.file	"hello32.S"

	.section .rodata
msg:
	.ascii "Hello from i386!\n"
	.set msglen, . - msg

	.text
	.code32
	.globl _start
	.type _start, @function
_start:
	movl	$__NR_write, %eax	/* eax = system-call number      */
	movl	$1, %ebx		/* ebx = fd 1 (stdout)            */
	movl	$msg, %ecx		/* ecx = buffer                   */
	movl	$msglen, %edx		/* edx = count                    */
	int	$0x80			/* eax = bytes written or -errno  */

	movl	$__NR_exit_group, %eax	/* exit_group(0): never returns   */
	xorl	%ebx, %ebx
	int	$0x80
	hlt				/* not reached (would #GP at CPL 3) */
	.size _start, . - _start

	.section .note.GNU-stack,"",@progbits
