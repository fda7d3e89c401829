/*
 * guest/vdso/vdso-layout.lds.S — the layout shared by vdso64.lds.S and
 * vdso32.lds.S (run through cpp -P first).
 *
 * The vDSO is a shared object linked at address 0 with everything — ELF header,
 * program headers, dynamic tables, code — in one read+execute PT_LOAD segment, so
 * the kernel can map the file's bytes as they are. The vvar area lies 4 pages
 * below it: its symbols are negative offsets from the image base and the code
 * reaches them without relocations.
 */
#include "vvar.h"

SECTIONS
{
	vvar_start = . - SG_VVAR_PAGES * 4096;
	vvar_page = vvar_start;
	sg_vdso_data = vvar_page + SG_VDSO_DATA_OFFSET;

	. = SIZEOF_HEADERS;

	.hash		: { *(.hash) }			:text
	.gnu.hash	: { *(.gnu.hash) }
	.dynsym		: { *(.dynsym) }
	.dynstr		: { *(.dynstr) }
	.gnu.version	: { *(.gnu.version) }
	.gnu.version_d	: { *(.gnu.version_d) }
	.gnu.version_r	: { *(.gnu.version_r) }

	.dynamic	: { *(.dynamic) }		:text	:dynamic

	.rodata		: {
		*(.rodata*)
		*(.data*)
		*(.got.plt) *(.got)
		*(.bss*)
	}						:text

	/DISCARD/ : { *(.note.gnu.property) }
	.note		: { *(.note.*) }		:text	:note

	.eh_frame_hdr	: { *(.eh_frame_hdr) }		:text	:eh_frame_hdr
	.eh_frame	: { KEEP (*(.eh_frame)) }	:text

	.text		: { *(.text*) }			:text	=0x90909090

	.altinstr_replacement : { *(.altinstr_replacement) }	:text

	/DISCARD/ : { *(.discard) *(.discard.*) *(.comment) }
}

/* one PT_LOAD (r-x) holding the headers; the dynamic table and notes inside it */
PHDRS
{
	text		PT_LOAD		FLAGS(5) FILEHDR PHDRS;	/* PF_R | PF_X */
	dynamic		PT_DYNAMIC	FLAGS(4);		/* PF_R */
	note		PT_NOTE		FLAGS(4);		/* PF_R */
	eh_frame_hdr	0x6474e550;				/* PT_GNU_EH_FRAME */
}
