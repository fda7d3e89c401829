/*
 * regs64: loads a distinct value into every general register, executes one raw
 * `syscall` (getpid), then exits with status 0. Tests stop in the kernel at the
 * service routine and compare the pt_regs frame with these registers.
 */
	.globl _start
	.text
_start:
	movabsq	$0x1111111111111111, %rbx
	movabsq	$0x2222222222222222, %rbp
	movabsq	$0x3333333333333333, %r12
	movabsq	$0x4444444444444444, %r13
	movabsq	$0x5555555555555555, %r14
	movabsq	$0x6666666666666666, %r15
	movabsq	$0x7777777777777777, %rdi
	movabsq	$0x8888888888888888, %rsi
	movabsq	$0x9999999999999999, %rdx
	movabsq	$0xaaaaaaaaaaaaaaaa, %r10
	movabsq	$0xbbbbbbbbbbbbbbbb, %r8
	movabsq	$0xcccccccccccccccc, %r9
	movabsq	$0xdddddddddddddddd, %rcx	/* overwritten by syscall (return address) */
	movabsq	$0xeeeeeeeeeeeeeeee, %r11	/* overwritten by syscall (rflags) */
	stc				/* a visible flag in the saved RFLAGS */
	movl	$39, %eax		/* __NR_getpid */
	.globl regs64_syscall
regs64_syscall:
	syscall
	movl	$231, %eax		/* __NR_exit_group */
	xorl	%edi, %edi
	syscall
	hlt
