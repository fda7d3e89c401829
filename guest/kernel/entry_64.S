/*
 * sysgate kernel entry code, x86-64 — executed by the emulated CPU at CPL 0.
 *
 * Modelled on Linux 6.1 arch/x86/entry/entry_64.S and entry_64_compat.S (restated,
 * simplified: no PTI CR3 switch, no trampoline stack, no IBRS/retpolines). The "C" half
 * of the kernel (do_syscall_64, the exception handlers, …) is TypeScript, reached by
 * `call` to native-call addresses: kernel addresses whose execution the CPU hands to a
 * registered TypeScript function (see natives.h).
 *
 * struct pt_regs (x86-64), low to high: r15 r14 r13 r12 bp bx r11 r10 r9 r8 ax cx dx
 * si di orig_ax ip cs flags sp ss.
 */
#include "natives.h"

#define __KERNEL_CS	0x10
#define __KERNEL_DS	0x18
#define __USER32_CS	0x23
#define __USER_DS	0x2b
#define __USER_CS	0x33
#define ENOSYS		38

/* per-CPU area (GS base in the kernel after swapgs) */
#define PCPU_USER_RSP_SCRATCH	0	/* Linux: cpu_tss_rw + TSS_sp2 */
#define PCPU_TOP_OF_STACK	8	/* Linux: cpu_current_top_of_stack */

/* offsets in pt_regs */
#define R15	0*8
#define R14	1*8
#define R13	2*8
#define R12	3*8
#define RBP	4*8
#define RBX	5*8
#define R11	6*8
#define R10	7*8
#define R9	8*8
#define R8	9*8
#define RAX	10*8
#define RCX	11*8
#define RDX	12*8
#define RSI	13*8
#define RDI	14*8
#define ORIG_RAX 15*8
#define RIP	16*8
#define CS	17*8
#define EFLAGS	18*8
#define RSP	19*8
#define SS	20*8

	.code64
	.text

/* Push the general registers below orig_ax/ip/cs/flags/sp/ss, then clear them
 * (as Linux does, so user values cannot steer speculation in the kernel). */
.macro PUSH_AND_CLEAR_REGS rax=%rax
	pushq	%rdi		/* pt_regs->di */
	pushq	%rsi		/* pt_regs->si */
	pushq	%rdx		/* pt_regs->dx */
	pushq	%rcx		/* pt_regs->cx */
	pushq	\rax		/* pt_regs->ax */
	pushq	%r8		/* pt_regs->r8 */
	pushq	%r9		/* pt_regs->r9 */
	pushq	%r10		/* pt_regs->r10 */
	pushq	%r11		/* pt_regs->r11 */
	pushq	%rbx		/* pt_regs->bx */
	pushq	%rbp		/* pt_regs->bp */
	pushq	%r12		/* pt_regs->r12 */
	pushq	%r13		/* pt_regs->r13 */
	pushq	%r14		/* pt_regs->r14 */
	pushq	%r15		/* pt_regs->r15 */
	xorl	%esi, %esi
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	xorl	%r10d, %r10d
	xorl	%r11d, %r11d
	xorl	%ebx, %ebx
	xorl	%ebp, %ebp
	xorl	%r12d, %r12d
	xorl	%r13d, %r13d
	xorl	%r14d, %r14d
	xorl	%r15d, %r15d
.endm

.macro POP_REGS pop_rdi=1
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rsi
	.if \pop_rdi
	popq	%rdi
	.endif
.endm

/*
 * 64-bit SYSCALL entry. The CPU has put the return address in rcx and rflags in r11,
 * loaded CS/SS from MSR_STAR, masked rflags with MSR_SYSCALL_MASK and jumped here
 * (MSR_LSTAR) at CPL 0 — still on the user stack, with the user's GS base.
 */
	.globl entry_SYSCALL_64
entry_SYSCALL_64:
	swapgs
	movq	%rsp, %gs:PCPU_USER_RSP_SCRATCH
	movq	%gs:PCPU_TOP_OF_STACK, %rsp
	.globl entry_SYSCALL_64_after_hwframe
	pushq	$__USER_DS			/* pt_regs->ss */
	pushq	%gs:PCPU_USER_RSP_SCRATCH	/* pt_regs->sp */
	pushq	%r11				/* pt_regs->flags */
	pushq	$__USER_CS			/* pt_regs->cs */
	pushq	%rcx				/* pt_regs->ip */
entry_SYSCALL_64_after_hwframe:
	pushq	%rax				/* pt_regs->orig_ax */
	PUSH_AND_CLEAR_REGS rax=$-ENOSYS
	movq	%rsp, %rdi			/* struct pt_regs * */
	movslq	%eax, %rsi			/* int nr */
	call	do_syscall_64			/* returns true if SYSRET may be used */
	testb	%al, %al
	jz	swapgs_restore_regs_and_return_to_usermode

	.globl syscall_return_via_sysret
syscall_return_via_sysret:
	POP_REGS pop_rdi=0
	popq	%rdi
	/* now at orig_ax: ip(8) cs(16) flags(24) sp(32) ss(40) */
	movq	4*8(%rsp), %rsp			/* the user stack */
	swapgs
	sysretq

/* The general exit: restore everything and return with IRET. */
	.globl swapgs_restore_regs_and_return_to_usermode
swapgs_restore_regs_and_return_to_usermode:
	POP_REGS
	addq	$8, %rsp			/* skip orig_ax */
	testb	$3, 8(%rsp)			/* returning to user mode? (CS.RPL) */
	jz	1f
	swapgs
1:	iretq

/*
 * 32-bit SYSCALL from compatibility mode (AMD only: MSR_CSTAR). rcx holds the
 * return EIP, r11 the flags; the user ESP is still in esp, the sixth argument in ebp.
 */
	.globl entry_SYSCALL_compat
entry_SYSCALL_compat:
	swapgs
	movl	%esp, %esp			/* zero-extend the user stack pointer */
	movq	%rsp, %gs:PCPU_USER_RSP_SCRATCH
	movq	%gs:PCPU_TOP_OF_STACK, %rsp
	pushq	$__USER_DS			/* pt_regs->ss */
	pushq	%gs:PCPU_USER_RSP_SCRATCH	/* pt_regs->sp */
	pushq	%r11				/* pt_regs->flags */
	pushq	$__USER32_CS			/* pt_regs->cs */
	pushq	%rcx				/* pt_regs->ip */
	movl	%eax, %eax
	pushq	%rax				/* pt_regs->orig_ax */
	pushq	%rdi				/* pt_regs->di */
	pushq	%rsi				/* pt_regs->si */
	pushq	%rdx				/* pt_regs->dx */
	pushq	%rbp				/* pt_regs->cx (the 32-bit ABI's arg 2, moved by SYSCALL) */
	pushq	$-ENOSYS			/* pt_regs->ax */
	pushq	$0				/* pt_regs->r8 */
	pushq	$0				/* pt_regs->r9 */
	pushq	$0				/* pt_regs->r10 */
	pushq	$0				/* pt_regs->r11 */
	pushq	%rbx				/* pt_regs->bx */
	pushq	%rbp				/* pt_regs->bp */
	pushq	$0				/* pt_regs->r12 */
	pushq	$0				/* pt_regs->r13 */
	pushq	$0				/* pt_regs->r14 */
	pushq	$0				/* pt_regs->r15 */
	movq	%rsp, %rdi
	call	do_fast_syscall_32
	testb	%al, %al
	jz	swapgs_restore_regs_and_return_to_usermode
	jmp	sysret32_from_system_call

/*
 * Opportunistic SYSRETL back to 32-bit user mode (Linux: sysret32_from_system_call),
 * used by both the SYSCALL and the SYSENTER compat entries: RIP from pt_regs->ip (the
 * vDSO's landing pad) via ECX, RFLAGS from pt_regs->flags via R11, the user ESP.
 */
	.globl sysret32_from_system_call
sysret32_from_system_call:
	POP_REGS pop_rdi=0
	popq	%rdi
	/* now at orig_ax: ip(8) cs(16) flags(24) sp(32) ss(40) */
	movl	8(%rsp), %ecx			/* pt_regs->ip */
	movl	24(%rsp), %r11d			/* pt_regs->flags */
	movl	32(%rsp), %esp			/* pt_regs->sp: the user stack */
	xorl	%r8d, %r8d			/* r8-r10 are invisible to 32-bit code: */
	xorl	%r9d, %r9d			/* do not leak kernel values (as Linux) */
	xorl	%r10d, %r10d
	swapgs
	sysretl

/*
 * 32-bit SYSENTER (from __kernel_vsyscall in the vDSO). The CPU loaded CS/SS from
 * IA32_SYSENTER_CS, RSP from IA32_SYSENTER_ESP (the per-CPU entry stack) and RIP from
 * IA32_SYSENTER_EIP; nothing was saved. The user's esp is in ebp's neighbour: the vDSO
 * saved ecx, edx, ebp on the user stack and put esp in ebp.
 */
	.globl entry_SYSENTER_compat
entry_SYSENTER_compat:
	swapgs
	movq	%gs:PCPU_TOP_OF_STACK, %rsp
	movl	%eax, %eax
	pushq	$__USER_DS			/* pt_regs->ss */
	pushq	$0				/* pt_regs->sp: set by do_SYSENTER_32 from ebp */
	pushfq					/* pt_regs->flags (IF was cleared by SYSENTER) */
	orl	$0x200, (%rsp)			/* user mode always runs with IF set */
	pushq	$__USER32_CS			/* pt_regs->cs */
	pushq	$0				/* pt_regs->ip: set by do_SYSENTER_32 (vDSO return point) */
	pushq	%rax				/* pt_regs->orig_ax */
	pushq	%rdi				/* pt_regs->di */
	pushq	%rsi				/* pt_regs->si */
	pushq	%rdx				/* pt_regs->dx */
	pushq	%rcx				/* pt_regs->cx */
	pushq	$-ENOSYS			/* pt_regs->ax */
	pushq	$0				/* pt_regs->r8 */
	pushq	$0				/* pt_regs->r9 */
	pushq	$0				/* pt_regs->r10 */
	pushq	$0				/* pt_regs->r11 */
	pushq	%rbx				/* pt_regs->bx */
	pushq	%rbp				/* pt_regs->bp */
	pushq	$0				/* pt_regs->r12 */
	pushq	$0				/* pt_regs->r13 */
	pushq	$0				/* pt_regs->r14 */
	pushq	$0				/* pt_regs->r15 */
	cld
	movq	%rsp, %rdi
	call	do_SYSENTER_32
	testb	%al, %al
	jz	swapgs_restore_regs_and_return_to_usermode
	/* A 64-bit Linux kernel leaves SYSENTER through SYSRETL too (not SYSEXIT). */
	jmp	sysret32_from_system_call

/*
 * int $0x80: the IDT gate (DPL 3 trap gate) switched to the TSS stack and pushed
 * ss, rsp, rflags, cs, rip. Used by 32-bit programs and, with the i386 table, by
 * 64-bit programs too.
 */
	.globl entry_INT80_compat
entry_INT80_compat:
	swapgs
	movl	%eax, %eax
	pushq	%rax				/* pt_regs->orig_ax */
	pushq	%rdi				/* pt_regs->di */
	pushq	%rsi				/* pt_regs->si */
	pushq	%rdx				/* pt_regs->dx */
	pushq	%rcx				/* pt_regs->cx */
	pushq	$-ENOSYS			/* pt_regs->ax */
	pushq	%r8				/* pt_regs->r8 */
	pushq	%r9				/* pt_regs->r9 */
	pushq	%r10				/* pt_regs->r10 */
	pushq	%r11				/* pt_regs->r11 */
	pushq	%rbx				/* pt_regs->bx */
	pushq	%rbp				/* pt_regs->bp */
	pushq	%r12				/* pt_regs->r12 */
	pushq	%r13				/* pt_regs->r13 */
	pushq	%r14				/* pt_regs->r14 */
	pushq	%r15				/* pt_regs->r15 */
	cld
	movq	%rsp, %rdi
	call	do_int80_syscall_32
	jmp	swapgs_restore_regs_and_return_to_usermode

/*
 * Exceptions: one stub per vector. Vectors without a hardware error code push -1 so
 * every frame has the same shape; the error code lands in the orig_ax slot.
 */
.macro IDTENTRY vec, has_err
	.globl asm_exc_\vec
asm_exc_\vec:
	.if \has_err == 0
	pushq	$-1
	.endif
	testb	$3, 16(%rsp)			/* from user mode? (CS.RPL) */
	jz	1f
	swapgs
1:	PUSH_AND_CLEAR_REGS
	movq	%rsp, %rdi
	movl	$\vec, %esi
	call	exc_handler
	jmp	swapgs_restore_regs_and_return_to_usermode
.endm

IDTENTRY 0, 0
IDTENTRY 1, 0
IDTENTRY 2, 0
IDTENTRY 3, 0
IDTENTRY 4, 0
IDTENTRY 5, 0
IDTENTRY 6, 0
IDTENTRY 7, 0
IDTENTRY 8, 1
IDTENTRY 9, 0
IDTENTRY 10, 1
IDTENTRY 11, 1
IDTENTRY 12, 1
IDTENTRY 13, 1
IDTENTRY 14, 1
IDTENTRY 15, 0
IDTENTRY 16, 0
IDTENTRY 17, 1
IDTENTRY 18, 0
IDTENTRY 19, 0
IDTENTRY 20, 0
IDTENTRY 21, 1

/*
 * Boot: what syscall_init(), load_current_idt() and the GDT/TSS setup do, as
 * instructions. rdi points at a boot parameter block filled by the TypeScript half:
 * 0: GDT pseudo-descriptor, 16: IDT pseudo-descriptor, 32: TSS selector,
 * 40: KERNEL_GS_BASE (the per-CPU area), 48: SYSENTER_ESP.
 */
	.globl sysgate_boot
sysgate_boot:
	lgdt	0(%rdi)
	lidt	16(%rdi)
	movw	32(%rdi), %ax
	ltr	%ax
	/* EFER.SCE: enable SYSCALL/SYSRET */
	movl	$0xc0000080, %ecx
	rdmsr
	orl	$1, %eax
	wrmsr
	/* MSR_STAR: sysret base __USER32_CS in 63:48, syscall CS __KERNEL_CS in 47:32 */
	movl	$0xc0000081, %ecx
	xorl	%eax, %eax
	movl	$((__USER32_CS << 16) | __KERNEL_CS), %edx
	wrmsr
	/* MSR_LSTAR: entry_SYSCALL_64 */
	movl	$0xc0000082, %ecx
	leaq	entry_SYSCALL_64(%rip), %rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	wrmsr
	/* MSR_CSTAR: entry_SYSCALL_compat */
	movl	$0xc0000083, %ecx
	leaq	entry_SYSCALL_compat(%rip), %rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	wrmsr
	/* IA32_SYSENTER_CS / ESP / EIP */
	movl	$0x174, %ecx
	movl	$__KERNEL_CS, %eax
	xorl	%edx, %edx
	wrmsr
	movl	$0x175, %ecx
	movq	48(%rdi), %rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	wrmsr
	movl	$0x176, %ecx
	leaq	entry_SYSENTER_compat(%rip), %rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	wrmsr
	/* MSR_SYSCALL_MASK: TF DF IF IOPL AC NT and the arithmetic flags (Linux 6.1) */
	movl	$0xc0000084, %ecx
	movl	$0x47fd5, %eax			/* CF PF AF ZF SF TF IF DF OF IOPL NT AC */
	orl	$0x210000, %eax			/* RF ID */
	xorl	%edx, %edx
	wrmsr
	/* MSR_KERNEL_GS_BASE: the per-CPU area, swapped in by swapgs on entry */
	movl	$0xc0000102, %ecx
	movq	40(%rdi), %rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	wrmsr
	hlt
