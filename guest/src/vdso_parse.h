/*
 * guest/src/vdso_parse.h — finding a function in the vDSO, the way the kernel's
 * reference parser does (tools/testing/selftests/vDSO/parse_vdso.c), restated for
 * sysgate's tests. Header-only and libc-free, so both the musl x86-64 test and the
 * no-libc i386 test can use it.
 *
 * The vDSO is an ELF shared object the kernel maps into every process; its address
 * arrives in the auxiliary vector as AT_SYSINFO_EHDR. To call a function in it:
 *
 *   1. From the ELF header, walk the program headers: the first PT_LOAD gives the
 *      load offset (mapping address + p_offset - p_vaddr), PT_DYNAMIC the dynamic
 *      table (at mapping address + p_offset).
 *   2. From the dynamic table take DT_STRTAB, DT_SYMTAB, DT_HASH (the SysV hash
 *      table: nbucket, nchain, buckets, chains), DT_VERSYM and DT_VERDEF; addresses
 *      in it are relative to the link address, so add the load offset.
 *   3. To look a name up, hash it with the SysV ELF hash, start at
 *      bucket[hash % nbucket] and follow chain[] to STN_UNDEF. A candidate must be a
 *      defined STT_FUNC, bound GLOBAL or WEAK, with the right name, and — when the
 *      object has version information — a version whose definition (found by
 *      walking the Verdef list for the index in versym, ignoring the base
 *      definition and the "hidden" bit 15) has the requested name and its hash.
 *   4. The function's address is load offset + st_value.
 *
 * The caller includes this after defining nothing; it picks 32- or 64-bit ELF
 * structures from the compiler's target.
 */
#ifndef SYSGATE_VDSO_PARSE_H
#define SYSGATE_VDSO_PARSE_H

typedef unsigned char vp_u8;
typedef unsigned short vp_u16;
typedef unsigned int vp_u32;
typedef unsigned long vp_addr;		/* pointer-sized on both ABIs */
#ifdef __x86_64__
typedef long vp_sword;			/* Elf64_Sxword */
typedef unsigned long vp_word;		/* Elf64_Xword / Elf64_Addr */
#else
typedef int vp_sword;			/* Elf32_Sword */
typedef unsigned int vp_word;		/* Elf32_Word / Elf32_Addr */
#endif

#define VP_PT_LOAD	1
#define VP_PT_DYNAMIC	2
#define VP_DT_NULL	0
#define VP_DT_HASH	4
#define VP_DT_STRTAB	5
#define VP_DT_SYMTAB	6
#define VP_DT_VERSYM	0x6ffffff0
#define VP_DT_VERDEF	0x6ffffffc
#define VP_STT_FUNC	2
#define VP_STB_GLOBAL	1
#define VP_STB_WEAK	2
#define VP_SHN_UNDEF	0
#define VP_VER_FLG_BASE	1
#define VP_AT_NULL	0
#define VP_AT_SYSINFO	32
#define VP_AT_SYSINFO_EHDR 33

struct vp_ehdr {
	vp_u8 e_ident[16];
	vp_u16 e_type, e_machine;
	vp_u32 e_version;
	vp_word e_entry, e_phoff, e_shoff;
	vp_u32 e_flags;
	vp_u16 e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};

#ifdef __x86_64__
struct vp_phdr {
	vp_u32 p_type, p_flags;
	vp_word p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};
struct vp_sym {
	vp_u32 st_name;
	vp_u8 st_info, st_other;
	vp_u16 st_shndx;
	vp_word st_value, st_size;
};
#else
struct vp_phdr {
	vp_u32 p_type;
	vp_word p_offset, p_vaddr, p_paddr, p_filesz, p_memsz;
	vp_u32 p_flags;
	vp_word p_align;
};
struct vp_sym {
	vp_u32 st_name;
	vp_word st_value, st_size;
	vp_u8 st_info, st_other;
	vp_u16 st_shndx;
};
#endif

struct vp_dyn {
	vp_sword d_tag;
	vp_word d_val;
};

struct vp_verdef {
	vp_u16 vd_version, vd_flags, vd_ndx, vd_cnt;
	vp_u32 vd_hash, vd_aux, vd_next;
};

struct vp_verdaux {
	vp_u32 vda_name, vda_next;
};

struct vp_vdso {
	int valid;
	vp_addr load_offset;
	const struct vp_sym *symtab;
	const char *strings;
	const vp_u32 *bucket, *chain;
	vp_u32 nbucket, nchain;
	const vp_u16 *versym;
	const struct vp_verdef *verdef;
	/* what was found, for the test's report */
	int n_load, has_dynamic, class_ok;
};

static unsigned long vp_elf_hash(const char *name)
{
	unsigned long h = 0, g;
	const unsigned char *p = (const unsigned char *)name;

	while (*p) {
		h = (h << 4) + *p++;
		g = h & 0xf0000000UL;
		if (g)
			h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

static int vp_streq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* Steps 1 and 2: everything needed for lookups, from the mapped image at base. */
static void vp_init(struct vp_vdso *v, vp_addr base)
{
	const struct vp_ehdr *eh = (const struct vp_ehdr *)base;
	const struct vp_phdr *ph;
	const struct vp_dyn *dyn = 0;
	const vp_u32 *hash = 0;
	int found_load = 0;
	unsigned i;

	v->valid = 0;
	v->symtab = 0;
	v->strings = 0;
	v->versym = 0;
	v->verdef = 0;
	v->n_load = v->has_dynamic = 0;
#ifdef __x86_64__
	v->class_ok = eh->e_ident[4] == 2;	/* ELFCLASS64 */
#else
	v->class_ok = eh->e_ident[4] == 1;	/* ELFCLASS32 */
#endif
	if (!v->class_ok)
		return;
	ph = (const struct vp_phdr *)(base + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == VP_PT_LOAD) {
			v->n_load++;
			if (!found_load) {
				found_load = 1;
				v->load_offset = base + ph[i].p_offset - ph[i].p_vaddr;
			}
		} else if (ph[i].p_type == VP_PT_DYNAMIC) {
			dyn = (const struct vp_dyn *)(base + ph[i].p_offset);
			v->has_dynamic = 1;
		}
	}
	if (!found_load || !dyn)
		return;
	for (i = 0; dyn[i].d_tag != VP_DT_NULL; i++) {
		vp_addr at = dyn[i].d_val + v->load_offset;

		switch (dyn[i].d_tag) {
		case VP_DT_STRTAB: v->strings = (const char *)at; break;
		case VP_DT_SYMTAB: v->symtab = (const struct vp_sym *)at; break;
		case VP_DT_HASH: hash = (const vp_u32 *)at; break;
		case VP_DT_VERSYM: v->versym = (const vp_u16 *)at; break;
		case VP_DT_VERDEF: v->verdef = (const struct vp_verdef *)at; break;
		}
	}
	if (!v->strings || !v->symtab || !hash)
		return;
	if (!v->verdef)
		v->versym = 0;
	v->nbucket = hash[0];
	v->nchain = hash[1];
	v->bucket = &hash[2];
	v->chain = &hash[2 + v->nbucket];
	v->valid = 1;
}

/* Does version index ver name `version` (whose ELF hash is vhash)? */
static int vp_version_is(const struct vp_vdso *v, vp_u16 ver, const char *version, unsigned long vhash)
{
	const struct vp_verdef *d = v->verdef;
	const struct vp_verdaux *aux;

	ver &= 0x7fff;			/* bit 15: hidden */
	for (;;) {
		if (!(d->vd_flags & VP_VER_FLG_BASE) && (d->vd_ndx & 0x7fff) == ver)
			break;
		if (!d->vd_next)
			return 0;
		d = (const struct vp_verdef *)((const char *)d + d->vd_next);
	}
	aux = (const struct vp_verdaux *)((const char *)d + d->vd_aux);
	return d->vd_hash == (vp_u32)vhash && vp_streq(version, v->strings + aux->vda_name);
}

/* Step 3 and 4: the address of name@version, or 0. */
static __attribute__((unused)) void *vp_sym(const struct vp_vdso *v, const char *version, const char *name)
{
	unsigned long vhash;
	vp_u32 k;

	if (!v->valid)
		return 0;
	vhash = vp_elf_hash(version);
	for (k = v->bucket[vp_elf_hash(name) % v->nbucket]; k != 0; k = v->chain[k]) {
		const struct vp_sym *s = &v->symtab[k];
		unsigned type = s->st_info & 0xf, bind = s->st_info >> 4;

		if (type != VP_STT_FUNC)
			continue;
		if (bind != VP_STB_GLOBAL && bind != VP_STB_WEAK)
			continue;
		if (s->st_shndx == VP_SHN_UNDEF)
			continue;
		if (!vp_streq(name, v->strings + s->st_name))
			continue;
		if (v->versym && !vp_version_is(v, v->versym[k], version, vhash))
			continue;
		return (void *)(v->load_offset + s->st_value);
	}
	return 0;
}

/* The value of an auxv entry, given the auxv array (pairs of words ending in AT_NULL). */
static __attribute__((unused)) vp_addr vp_auxv(const vp_addr *auxv, vp_addr type)
{
	for (; auxv[0] != VP_AT_NULL; auxv += 2)
		if (auxv[0] == type)
			return auxv[1];
	return 0;
}

#endif
