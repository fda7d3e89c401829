/*
 * guest/vdso/note.S — the vDSO's ELF note: owner "Linux", type 0, the kernel
 * version as LINUX_VERSION_CODE (6.1.0 = 0x060100), which glibc reads to learn the
 * kernel version without uname. Goes into the PT_NOTE segment.
 */
	.section .note.Linux, "a", @note
	.balign 4
	.long 2f - 1f		/* namesz */
	.long 4f - 3f		/* descsz */
	.long 0			/* type */
1:	.asciz "Linux"
2:	.balign 4
3:	.long 0x060100		/* LINUX_VERSION_CODE */
4:	.balign 4
