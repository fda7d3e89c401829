/*
 * guest/vdso/vdso32/system_call.S — __kernel_vsyscall, the i386 system-call entry
 * point (AT_SYSINFO). A 32-bit program calls it with the number in eax and the
 * arguments in ebx, ecx, edx, esi, edi, ebp, exactly as for int $0x80.
 *
 * It saves ecx, edx and ebp (which the fast entry instructions lose or need), then
 * enters the kernel by the fastest instruction this CPU has. Which one is decided
 * when the kernel maps the image, like Linux's boot-time "alternatives": the four
 * bytes at sg_vsyscall_alt are replaced by one of the sequences in
 * .altinstr_replacement (src/kernel/vdso.ts, patchAlternatives):
 *
 *   Intel        movl %esp, %ebp ; sysenter   (SYSENTER saves nothing: the kernel
 *                                             finds the user stack in ebp)
 *   AMD          movl %ecx, %ebp ; syscall    (SYSCALL overwrites ecx: arg 2 moves to
 *                                             ebp; SYSENTER is #UD on AMD in long mode)
 *   neither      a 4-byte nop                 falls through to int $0x80
 *
 * Both fast paths come back (via SYSEXIT/SYSRET) to int80_landing_pad, past the
 * int $0x80, which is where the slow path lands too: pop ebp, edx, ecx; ret.
 */
	.text
	.globl	__kernel_vsyscall
	.type	__kernel_vsyscall, @function
	.globl	sg_vsyscall_entry
	.hidden	sg_vsyscall_entry
	.globl	sg_vsyscall_alt
	.hidden	sg_vsyscall_alt
	.globl	int80_landing_pad
	.hidden	int80_landing_pad
	.p2align 4
__kernel_vsyscall:
sg_vsyscall_entry:
	.cfi_startproc
	pushl	%ecx
	.cfi_adjust_cfa_offset	4
	.cfi_rel_offset		ecx, 0
	pushl	%edx
	.cfi_adjust_cfa_offset	4
	.cfi_rel_offset		edx, 0
	pushl	%ebp
	.cfi_adjust_cfa_offset	4
	.cfi_rel_offset		ebp, 0
sg_vsyscall_alt:
	.byte	0x0f, 0x1f, 0x40, 0x00	/* nopl 0(%eax): patched at map time */
	int	$0x80
int80_landing_pad:
	popl	%ebp
	.cfi_restore		ebp
	.cfi_adjust_cfa_offset	-4
	popl	%edx
	.cfi_restore		edx
	.cfi_adjust_cfa_offset	-4
	popl	%ecx
	.cfi_restore		ecx
	.cfi_adjust_cfa_offset	-4
	ret
	.cfi_endproc
	.size	__kernel_vsyscall, . - __kernel_vsyscall

/*
 * The replacements for sg_vsyscall_alt. They are part of the image (so the kernel
 * takes their bytes from the same build) but never executed where they are.
 */
	.section .altinstr_replacement, "ax"
	.globl	sg_alt_sysenter
	.hidden	sg_alt_sysenter
	.globl	sg_alt_syscall
	.hidden	sg_alt_syscall
	.globl	sg_alt_int80
	.hidden	sg_alt_int80
	.globl	sg_alt_end
	.hidden	sg_alt_end
sg_alt_sysenter:
	movl	%esp, %ebp
	sysenter
sg_alt_syscall:
	movl	%ecx, %ebp
	syscall
sg_alt_int80:
	.byte	0x0f, 0x1f, 0x40, 0x00
sg_alt_end:
