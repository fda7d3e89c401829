// Named ELF mutants: each finding of the fuzzer (and of issue 7) as one reproducible file.
// scripts/record-elf-native.mjs runs them natively and records Linux's verdict in
// test/expected/elf-native.json; test/fuzz/elf.test.ts holds sysgate to it.

import { ElfView, PH_FIELDS_ALL, PT_GNU_STACK, PT_LOAD, PT_NULL, type SeedElf } from './elf-mutate.js';

export interface NamedCase {
  readonly name: string;
  readonly seed: string;
  /** What it is and what Linux does with it. */
  readonly what: string;
  /**
   * Who must act before sysgate agrees with Linux: null when it does now; otherwise the
   * reason, which makes the test a `todo`.
   */
  readonly waiting?: string | null;
  /** Linux's verdict depends on this machine (RAM, overcommit): only "no host failure" is asserted. */
  readonly hostDependent?: boolean;
  edit(v: ElfView): void;
}


const setIdent = (at: number, val: number) => (v: ElfView) => void (v.bytes[at] = val);
/** The last PT_LOAD's p_memsz (the .bss segment of the fixtures). */
const bss = (size: bigint) => (v: ElfView) => {
  const l = v.phOfType(PT_LOAD);
  v.setPh(l[l.length - 1], 'p_memsz', size);
};
/** Moves every segment and the entry point by `delta`. */
const shift = (delta: bigint) => (v: ElfView) => {
  for (const i of v.phOfType(PT_LOAD)) v.setPh(i, 'p_vaddr', v.ph(i, 'p_vaddr') + delta);
  v.set('e_entry', v.get('e_entry') + delta);
};

export const NAMED_CASES: readonly NamedCase[] = [
  // ---- e_ident is not checked by Linux: e_machine picks the loader and the layout
  { name: 'ei-class-0', seed: 'hello_c', what: 'EI_CLASS = 0 (ELFCLASSNONE) on an x86-64 program: Linux runs it', waiting: null, edit: setIdent(4, 0) },
  { name: 'ei-class-32-x86-64', seed: 'hello_c', what: 'EI_CLASS = ELFCLASS32 on an x86-64 program: Linux reads it as ELF64 and runs it', waiting: null, edit: setIdent(4, 1) },
  { name: 'ei-class-64-i386', seed: 'hello32', what: 'EI_CLASS = ELFCLASS64 on an i386 program: compat_binfmt_elf reads it as ELF32 and runs it', waiting: null, edit: setIdent(4, 2) },
  { name: 'ei-data-msb', seed: 'hello32', what: 'EI_DATA = ELFDATA2MSB on a little-endian program: Linux runs it', waiting: null, edit: setIdent(5, 2) },
  { name: 'ei-data-0', seed: 'hello64', what: 'EI_DATA = 0: Linux runs it', waiting: null, edit: setIdent(5, 0) },
  { name: 'em-486', seed: 'hello32', what: 'e_machine = EM_486 (6): elf_check_arch_ia32() accepts it, Linux runs it', waiting: null, edit: (v) => void v.set('e_machine', 6n) },
  // ---- overlapping PT_LOADs: every one after the first is mapped MAP_FIXED
  {
    name: 'overlap-duplicate-load',
    seed: 'hello_c',
    what: 'PT_GNU_RELRO replaced by a copy of the first PT_LOAD: Linux maps it again over the first and runs',
    waiting: null,
    edit: (v) => {
      for (const f of PH_FIELDS_ALL) v.setPh(5, f, v.ph(0, f));
    },
  },
  { name: 'overlap-bss-over-next', seed: 'hello64', what: 'the text segment\'s p_memsz reaches into .rodata\'s page: Linux runs it', waiting: null, edit: (v) => void v.setPh(1, 'p_memsz', 0x1014n) },
  // ---- fields and headers Linux ignores
  {
    name: 'p-align-2-63',
    seed: 'nolibc64',
    what: 'every PT_LOAD p_align = 2^63 (ET_EXEC: unused): Linux runs it',
    waiting: null,
    edit: (v) => {
      for (const i of v.phOfType(PT_LOAD)) v.setPh(i, 'p_align', 1n << 63n);
    },
  },
  { name: 'gnu-stack-past-eof', seed: 'hello64', what: 'PT_GNU_STACK with p_filesz 0x7ffffffff000 (never read): Linux runs it', waiting: null, edit: (v) => void v.setPh(v.phOfType(PT_GNU_STACK)[0], 'p_filesz', 0x7fff_ffff_f000n) },
  {
    name: 'pt-phdr-elsewhere',
    seed: 'hello_c',
    what: 'a PT_PHDR claiming the headers are at 0x123000: Linux takes AT_PHDR from the PT_LOAD holding e_phoff, musl finds its TLS, runs',
    waiting: null,
    edit: (v) => {
      const i = v.phOfType(PT_GNU_STACK)[0];
      v.setPh(i, 'p_type', 6n);
      v.setPh(i, 'p_vaddr', 0x123000n);
    },
  },
  {
    name: 'pie-empty-span',
    seed: 'hello_c_pie',
    what: 'a static PIE whose only PT_LOAD has p_memsz 0 at 0: total_mapping_size() is 0, Linux kills it in exec (-EINVAL)',
    waiting: null,
    edit: (v) => {
      const loads = v.phOfType(PT_LOAD);
      for (const i of loads.slice(1)) v.setPh(i, 'p_type', BigInt(PT_NULL));
      for (const f of ['p_offset', 'p_vaddr', 'p_filesz', 'p_memsz']) v.setPh(loads[0], f, 0n);
    },
  },
  // ---- huge .bss (issue 7): demand-zero in Linux
  { name: 'bss-1gib', seed: 'hello_c', what: '.bss of 1 GiB (p_memsz 0x40000000): Linux runs it (demand-zero)', edit: bss(0x4000_0000n) },
  // 3.9 GiB of bss: Linux (this host has 24 GiB) runs it; a guest with sysgate's default 1 GiB refuses it (the overcommit heuristic) — both clean
  { name: 'bss-i386-to-top', seed: 'nolibc32', what: 'i386 .bss up to 0xfffff000-ish (p_memsz 0xf7fb2000): more than the guest\'s 1 GiB can commit', hostDependent: true, edit: bss(0xf7fb_2000n) },
  { name: 'bss-64gib', seed: 'hello64', what: '.bss of 64 GiB (p_memsz 0x1000000000, the RangeError of issue 7): more than this machine can commit, Linux kills it in exec', hostDependent: true, edit: bss(0x10_0000_0000n) },
  { name: 'bss-to-top', seed: 'nolibc64', what: '.bss up to the top of user space (p_memsz 0x7fffffbfc000): Linux kills it in exec (ENOMEM)', edit: bss(0x7fff_ffbf_c000n) },
  {
    name: 'pie-no-room',
    seed: 'hello_c_pie',
    what: 'a static PIE spanning 128 TiB: no room for it, Linux kills it in exec (sysgate once said "load bias 0x-c is not page-aligned")',
    edit: bss(0x7fff_ffff_71b8n),
  },
  // ---- found by the fuzzer, outside src/loader
  { name: 'truncated-in-rodata', seed: 'hello64', what: 'cut at 8192 bytes: .rodata lies past EOF; Linux maps it (SIGBUS on touch; write() gets EFAULT) and runs, exit 0', waiting: null, edit: (v) => void (v.bytes = v.bytes.slice(0, 8192)) },
  { name: 'image-on-stack', seed: 'hello64', what: 'image moved to 0x7fffffffb000, onto the stack: Linux\'s first PT_LOAD (MAP_FIXED_NOREPLACE) fails, killed in exec', waiting: null, edit: shift(0x7fff_ffbf_b000n) },
  { name: 'image-on-stack-i386', seed: 'hello32', what: 'i386 image moved to 0xffffb000, onto the stack: Linux kills it in exec', waiting: null, edit: shift(0xf7fb_3000n) },
];

export function buildNamed(seeds: readonly SeedElf[], c: NamedCase): Uint8Array {
  const s = seeds.find((x) => x.name === c.seed);
  if (s === undefined) throw new Error(`no seed ${c.seed}`);
  const v = new ElfView(s.bytes);
  c.edit(v);
  return v.bytes;
}
