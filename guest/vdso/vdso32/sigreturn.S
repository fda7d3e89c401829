/*
 * guest/vdso/vdso32/sigreturn.S — the i386 signal trampolines.
 *
 * When a 32-bit signal handler has no SA_RESTORER, the kernel makes it return
 * here: __kernel_sigreturn for a sigaction without SA_SIGINFO (the frame still
 * holds the signal number, which is popped first), __kernel_rt_sigreturn for
 * SA_SIGINFO handlers. Each asks the kernel to restore the interrupted context.
 *
 * The unwind table below (.eh_frame, written out by hand because the rules are
 * DWARF expressions) tells debuggers and libgcc's unwinder where the interrupted
 * registers are: in the struct sigcontext on the stack. Layout facts used:
 *   struct sigcontext (i386): di 16, si 20, bp 24, sp 28, bx 32, dx 36, cx 40,
 *     ax 44, ip 56
 *   struct sigframe:    pretcode, sig, sigcontext ...  -> sigcontext at esp+4 on
 *     entry to __kernel_sigreturn (pretcode was consumed by the handler's ret),
 *     at esp+0 after its popl
 *   struct rt_sigframe: pretcode, sig, pinfo, puc, siginfo (128 bytes),
 *     ucontext { flags, link, stack (12 bytes), mcontext = sigcontext ... }
 *     -> sigcontext at esp + 4+4+4+128+20 = esp+160
 * A nop precedes each entry point: unwinders look up (return address - 1).
 */
#define NR_sigreturn	119
#define NR_rt_sigreturn	173

#define SC_DI	16
#define SC_SI	20
#define SC_BP	24
#define SC_SP	28
#define SC_BX	32
#define SC_DX	36
#define SC_CX	40
#define SC_AX	44
#define SC_IP	56
#define RT_SC	160

	.text
	.globl	__kernel_sigreturn
	.type	__kernel_sigreturn, @function
	nop
	.p2align 4, 0x90
	nop
__kernel_sigreturn:
.Lsig_start:
	popl	%eax
	movl	$NR_sigreturn, %eax
	int	$0x80
.Lsig_end:
	nop
	.size	__kernel_sigreturn, . - __kernel_sigreturn

	.globl	__kernel_rt_sigreturn
	.type	__kernel_rt_sigreturn, @function
	.p2align 4, 0x90
	nop
__kernel_rt_sigreturn:
.Lrt_start:
	movl	$NR_rt_sigreturn, %eax
	int	$0x80
.Lrt_end:
	nop
	.size	__kernel_rt_sigreturn, . - __kernel_rt_sigreturn

/* DW_CFA_def_cfa_expression: CFA = *(esp + off) */
#define CFA_AT(off) \
	.byte 0x0f; .uleb128 3f - 2f; 2: .byte 0x74; .sleb128 off; .byte 0x06; 3:
/* DW_CFA_expression: register reg is saved at esp + off */
#define REG_AT(reg, off) \
	.byte 0x10; .uleb128 reg; .uleb128 3f - 2f; 2: .byte 0x74; .sleb128 off; 3:
/* all of the sigcontext, based at esp + base */
#define SIGCONTEXT_AT(base) \
	CFA_AT(base + SC_SP) \
	REG_AT(0, base + SC_AX) \
	REG_AT(1, base + SC_CX) \
	REG_AT(2, base + SC_DX) \
	REG_AT(3, base + SC_BX) \
	REG_AT(5, base + SC_BP) \
	REG_AT(6, base + SC_SI) \
	REG_AT(7, base + SC_DI) \
	REG_AT(8, base + SC_IP)

	.section .eh_frame, "a", @progbits
.Lcie:
	.long	.Lcie_end - .Lcie_start		/* length */
.Lcie_start:
	.long	0				/* CIE id */
	.byte	1				/* version */
	.string	"zRS"				/* augmentation: signal frame */
	.uleb128 1				/* code alignment */
	.sleb128 -4				/* data alignment */
	.byte	8				/* return address column: eip */
	.uleb128 1				/* augmentation data length */
	.byte	0x1b				/* FDE pointers: pcrel | sdata4 */
	.p2align 2
.Lcie_end:

	.long	.Lfde1_end - .Lfde1_start	/* length */
.Lfde1_start:
	.long	.Lfde1_start - .Lcie		/* CIE pointer */
	.long	.Lsig_start - 1 - .		/* start (including the nop before) */
	.long	.Lsig_end - .Lsig_start + 1	/* size */
	.uleb128 0				/* augmentation data length */
	SIGCONTEXT_AT(4)
	.byte	0x42				/* DW_CFA_advance_loc 2: nop, popl %eax */
	SIGCONTEXT_AT(0)
	.p2align 2
.Lfde1_end:

	.long	.Lfde2_end - .Lfde2_start
.Lfde2_start:
	.long	.Lfde2_start - .Lcie
	.long	.Lrt_start - 1 - .
	.long	.Lrt_end - .Lrt_start + 1
	.uleb128 0
	SIGCONTEXT_AT(RT_SC)
	.p2align 2
.Lfde2_end:
