/*
 * hello64.S — the smallest sysgate fixture: two raw x86-64 system calls and
 * nothing else (no libc, no stack use, no TLS).
 *
 *   write(1, "Hello from sysgate!\n", 20)   rax=1   (__NR_write)
 *   exit_group(0)                           rax=231 (__NR_exit_group)
 *
 * Build: gcc -nostdlib -static -no-pie -o guest/bin/hello64 guest/src/hello64.S
 * The numbers come from <sysgate/unistd_64.h> (generated from syscall_64.tbl);
 * .S files go through the C preprocessor, so the header's #defines work here.
 */
#include <sysgate/unistd_64.h>

	.file	"hello64.S"	/* else the symbol table names a random temp file */

	.section .rodata
msg:
	.ascii "Hello from sysgate!\n"
	.set msglen, . - msg

	.text
	.globl _start
	.type _start, @function
_start:
	mov	$__NR_write, %eax	/* rax = system-call number      */
	mov	$1, %edi		/* rdi = fd 1 (stdout)            */
	lea	msg(%rip), %rsi		/* rsi = buffer                   */
	mov	$msglen, %edx		/* rdx = count                    */
	syscall				/* rax = bytes written or -errno  */

	mov	$__NR_exit_group, %eax	/* exit_group(0): never returns   */
	xor	%edi, %edi
	syscall
	hlt				/* not reached (would #GP at CPL 3) */
	.size _start, . - _start

	.section .note.GNU-stack,"",@progbits
