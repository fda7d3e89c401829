/*
 * regs32: loads a distinct value into every general register, executes one raw
 * `int $0x80` (getpid), then — when the auxiliary vector has AT_SYSINFO — the
 * same call through __kernel_vsyscall, then exits with status 0. Tests stop in
 * the kernel at the service routine and compare the pt_regs frame with these
 * registers (test/kernel/i386.test.ts).
 *
 * Build: gcc -m32 -nostdlib -static -no-pie -o guest/bin/regs32 guest/src/regs32.S
 */
#include <sysgate/unistd_32.h>

#define AT_SYSINFO 32

	.file	"regs32.S"
	.text
	.code32
	.globl _start
	.type _start, @function
_start:
	/* find AT_SYSINFO: skip argc, argv[], NULL, envp[], NULL */
	movl	%esp, %esi
	movl	(%esi), %eax		/* argc */
	leal	8(%esi,%eax,4), %esi	/* &envp[0] */
1:	cmpl	$0, (%esi)
	leal	4(%esi), %esi
	jne	1b
	xorl	%edi, %edi		/* AT_SYSINFO value, 0 if absent */
2:	movl	(%esi), %eax
	testl	%eax, %eax
	jz	3f
	cmpl	$AT_SYSINFO, %eax
	jne	4f
	movl	4(%esi), %edi
4:	addl	$8, %esi
	jmp	2b
3:	movl	%edi, sysinfo

	movl	$0x11111111, %ebx
	movl	$0x22222222, %ecx
	movl	$0x33333333, %edx
	movl	$0x44444444, %esi
	movl	$0x55555555, %edi
	movl	$0x66666666, %ebp
	stc				/* a visible flag in the saved EFLAGS */
	movl	$__NR_getpid, %eax
	.globl regs32_int80
regs32_int80:
	int	$0x80
	.globl regs32_after_int80
regs32_after_int80:
	movl	sysinfo, %eax
	testl	%eax, %eax
	jz	5f
	movl	$0x11111111, %ebx
	movl	$0x22222222, %ecx
	movl	$0x33333333, %edx
	movl	$0x44444444, %esi
	movl	$0x55555555, %edi
	movl	$0x66666666, %ebp
	stc
	movl	$__NR_getpid, %eax
	.globl regs32_vsyscall
regs32_vsyscall:
	call	*sysinfo
	.globl regs32_after_vsyscall
regs32_after_vsyscall:
5:	movl	$__NR_exit_group, %eax
	xorl	%ebx, %ebx
	int	$0x80
	hlt
	.size _start, . - _start

	.bss
	.align 4
sysinfo:
	.long	0

	.section .note.GNU-stack,"",@progbits
