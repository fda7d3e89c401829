// The ELF fuzzer's mutation engine: hostile variants of the real, committed fixtures in
// guest/bin/ (x86-64 asm, nolibc and musl, a musl static-PIE, i386 asm and nolibc).
//
// Shared by the deterministic slice in npm test (test/fuzz/elf.test.ts) and the
// time-budgeted CI run (scripts/fuzz-elf.mjs). Everything is a pure function of the
// seed files and a 32-bit seed, so a case is reproduced from (seed, index) alone.
//
// The file layout is read here independently of src/loader/elf.ts (the code under
// test): the offsets come from include/uapi/linux/elf.h.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixtures mutated: every kind of executable sysgate runs. */
export const SEED_FILES = ['hello64', 'nolibc64', 'hello_c', 'hello_c_pie', 'hello32', 'nolibc32'] as const;

export interface SeedElf {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface Mutant {
  /** Index in the stream (reproduce with the same seed and index). */
  readonly index: number;
  readonly seed: string;
  /** The mutation family (one of FAMILIES, or 'combo'). */
  readonly family: string;
  /** What was changed, e.g. "phdr[3].p_memsz = 0x1000000000 (was 0x7f8)". */
  readonly desc: string;
  readonly bytes: Uint8Array;
}

export function loadSeeds(repo: string): SeedElf[] {
  return SEED_FILES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(repo, 'guest', 'bin', name))) }));
}

// ---- a small deterministic PRNG (mulberry32) ----

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  u32(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  int(n: number): number {
    return this.u32() % n;
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)];
  }
  chance(p: number): boolean {
    return this.u32() / 0x1_0000_0000 < p;
  }
}

// ---- field access (include/uapi/linux/elf.h) ----

type Field = readonly [offset64: number, offset32: number, size64: number, size32: number];

/** ELF header fields (e_*, from the file's start) and program header fields (p_*, from the entry's). */
const FIELDS: Readonly<Record<string, Field>> = {
  e_type: [16, 16, 2, 2],
  e_machine: [18, 18, 2, 2],
  e_version: [20, 20, 4, 4],
  e_entry: [24, 24, 8, 4],
  e_phoff: [32, 28, 8, 4],
  e_flags: [48, 36, 4, 4],
  e_ehsize: [52, 40, 2, 2],
  e_phentsize: [54, 42, 2, 2],
  e_phnum: [56, 44, 2, 2],
  p_type: [0, 0, 4, 4],
  p_flags: [4, 24, 4, 4],
  p_offset: [8, 4, 8, 4],
  p_vaddr: [16, 8, 8, 4],
  p_paddr: [24, 12, 8, 4],
  p_filesz: [32, 16, 8, 4],
  p_memsz: [40, 20, 8, 4],
  p_align: [48, 28, 8, 4],
};
/** Every program header field, to copy or swap whole entries. */
export const PH_FIELDS_ALL = Object.keys(FIELDS).filter((k) => k.startsWith('p_'));

export const PT_NULL = 0;
export const PT_LOAD = 1;
export const PT_INTERP = 3;
export const PT_PHDR = 6;
export const PT_GNU_STACK = 0x6474e551;
const PAGE = 0x1000n;

const hex = (v: bigint | number): string => `0x${v.toString(16)}`;

/** A mutable view of an ELF image's headers (the class is that of the seed). */
export class ElfView {
  bytes: Uint8Array;
  readonly is64: boolean;
  /** Layout of the seed, kept even when a mutation breaks the header fields. */
  readonly phoff: number;
  readonly phnum: number;
  readonly phentsize: number;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes.slice();
    this.is64 = bytes[4] === 2;
    this.phoff = Number(this.get('e_phoff'));
    this.phnum = Number(this.get('e_phnum'));
    this.phentsize = Number(this.get('e_phentsize'));
  }

  private dv(): DataView {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  private read(off: number, size: number): bigint {
    if (off + size > this.bytes.length) return 0n;
    const d = this.dv();
    if (size === 8) return d.getBigUint64(off, true);
    if (size === 4) return BigInt(d.getUint32(off, true));
    if (size === 2) return BigInt(d.getUint16(off, true));
    return BigInt(d.getUint8(off));
  }

  private write(off: number, size: number, v: bigint): void {
    if (off + size > this.bytes.length) return;
    const d = this.dv();
    const u = BigInt.asUintN(size * 8, v);
    if (size === 8) d.setBigUint64(off, u, true);
    else if (size === 4) d.setUint32(off, Number(u), true);
    else if (size === 2) d.setUint16(off, Number(u), true);
    else d.setUint8(off, Number(u));
  }

  private at(f: Field, base: number): [number, number] {
    return this.is64 ? [base + f[0], f[2]] : [base + f[1], f[3]];
  }

  /** Width of a field in bits (for the interesting values of its size). */
  bits(name: string): number {
    const f = FIELDS[name];
    return (this.is64 ? f[2] : f[3]) * 8;
  }

  get(name: string): bigint {
    return this.read(...this.at(FIELDS[name], 0));
  }

  set(name: string, v: bigint): string {
    const was = this.get(name);
    this.write(...this.at(FIELDS[name], 0), v);
    return `${name} = ${hex(BigInt.asUintN(this.bits(name), v))} (was ${hex(was)})`;
  }

  phBase(i: number): number {
    return this.phoff + i * this.phentsize;
  }

  ph(i: number, name: string): bigint {
    return this.read(...this.at(FIELDS[name], this.phBase(i)));
  }

  setPh(i: number, name: string, v: bigint): string {
    const was = this.ph(i, name);
    this.write(...this.at(FIELDS[name], this.phBase(i)), v);
    return `phdr[${i}].${name} = ${hex(BigInt.asUintN(this.bits(name), v))} (was ${hex(was)})`;
  }

  /** Indices of the program headers of a type. */
  phOfType(type: number): number[] {
    const r: number[] = [];
    for (let i = 0; i < this.phnum; i++) if (Number(this.ph(i, 'p_type')) === type) r.push(i);
    return r;
  }

  /** Highest user address + 1 for this class (TASK_SIZE_MAX, or the ia32 TASK_SIZE). */
  taskSize(): bigint {
    return this.is64 ? 0x7fff_ffff_f000n : 0xffff_e000n;
  }

  /** Appends bytes to the file; returns their offset. */
  append(data: Uint8Array): number {
    const off = this.bytes.length;
    const b = new Uint8Array(off + data.length);
    b.set(this.bytes);
    b.set(data, off);
    this.bytes = b;
    return off;
  }
}

// ---- interesting values ----

const COMMON = [0n, 1n, 2n, 0x7fn, 0x80n, 0xffn, 0xfffn, 0x1000n, 0xffffn, 0x10000n, 0x7fff_ffffn, 0x8000_0000n, 0xffff_ffffn];
const WIDE = [
  0x1_0000_0000n, 0x1_0000_1000n, 0x7fff_ffff_f000n, 0x7fff_ffff_ffffn, 0x8000_0000_0000n, 1n << 53n, (1n << 53n) + 1n,
  0xffff_8000_0000_0000n, 0xffff_ffff_8100_0000n, 0xffff_ffff_ffff_f000n, 0xffff_ffff_ffff_ffffn, 1n << 63n,
];
const NARROW = [0xbfff_ffffn, 0xc000_0000n, 0xffff_d000n, 0xffff_e000n, 0xffff_f000n];

/** A value a hostile file would put in a field of `bits` width whose current value is `cur`. */
function interesting(rng: Rng, bits: number, cur: bigint, fileSize: number): bigint {
  const near = [cur + 1n, cur - 1n, cur + PAGE, cur - PAGE, cur * 2n, BigInt(fileSize), BigInt(fileSize) + 1n, BigInt(fileSize) - 1n];
  const pool = bits === 64 ? [...COMMON, ...WIDE, ...near] : bits === 32 ? [...COMMON, ...NARROW, ...near] : [...COMMON.slice(0, 10), ...near];
  const v = rng.chance(0.1) ? BigInt(rng.u32()) : rng.pick(pool);
  return BigInt.asUintN(bits, v);
}

// ---- the mutation families ----

type Family = (rng: Rng, v: ElfView) => string;

/** e_ident: magic, class, data encoding, version, OS ABI. */
const ident: Family = (rng, v) => {
  const [off, name] = rng.pick([[0, 'EI_MAG0'], [3, 'EI_MAG3'], [4, 'EI_CLASS'], [4, 'EI_CLASS'], [5, 'EI_DATA'], [6, 'EI_VERSION'], [7, 'EI_OSABI'], [8, 'EI_ABIVERSION']] as const);
  const val = rng.pick([0, 1, 2, 3, 0x7f, 0xff]);
  const was = v.bytes[off];
  v.bytes[off] = val;
  return `e_ident[${name}] = ${val} (was ${was})`;
};

/** ELF header fields: type, machine, entry, the program header table's place and shape. */
const ehdr: Family = (rng, v) => {
  const name = rng.pick(['e_type', 'e_machine', 'e_machine', 'e_version', 'e_entry', 'e_entry', 'e_phoff', 'e_phoff', 'e_phentsize', 'e_phnum', 'e_phnum', 'e_ehsize', 'e_flags']);
  if (name === 'e_machine' && rng.chance(0.5)) return v.set(name, rng.pick([0n, 3n, 62n, 40n, 183n, 243n, 6n, 0xffffn]));
  if (name === 'e_type' && rng.chance(0.6)) return v.set(name, rng.pick([0n, 1n, 2n, 3n, 4n, 0xfe00n, 0xff00n, 0xffffn]));
  if (name === 'e_phentsize' && rng.chance(0.6)) return v.set(name, rng.pick([0n, 1n, 32n, 55n, 56n, 57n, 64n, 0xffffn]));
  if (name === 'e_phnum' && rng.chance(0.6)) return v.set(name, rng.pick([0n, 1n, BigInt(v.phnum - 1), BigInt(v.phnum + 1), 64n, 73n, 128n, 0xffffn]));
  return v.set(name, interesting(rng, v.bits(name), v.get(name), v.bytes.length));
};

const PH_FIELDS = ['p_type', 'p_flags', 'p_offset', 'p_offset', 'p_vaddr', 'p_vaddr', 'p_filesz', 'p_filesz', 'p_memsz', 'p_align'];

/** One field of one program header (mostly PT_LOADs). */
const phdr: Family = (rng, v) => {
  const loads = v.phOfType(PT_LOAD);
  const i = rng.chance(0.75) && loads.length > 0 ? rng.pick(loads) : rng.int(v.phnum);
  const name = rng.pick(PH_FIELDS);
  if (name === 'p_type' && rng.chance(0.7)) return v.setPh(i, name, rng.pick([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 0x6474e551n, 0x6474e553n, 0x60000000n, 0xffffffffn]));
  return v.setPh(i, name, interesting(rng, v.bits(name), v.ph(i, name), v.bytes.length));
};

/** p_memsz far beyond p_filesz: a huge .bss, up to and beyond the address space. */
const memsz: Family = (rng, v) => {
  const loads = v.phOfType(PT_LOAD);
  const i = rng.chance(0.6) ? loads[loads.length - 1] : rng.pick(loads);
  const vaddr = v.ph(i, 'p_vaddr');
  const top = v.taskSize();
  const sizes = v.is64
    ? [0x4000_0000n, 0x8000_0000n, 0xffff_ffffn, 0x1_0000_0000n, 0x10_0000_0000n, 0x100_0000_0000n, 0x7000_0000_0000n, top - vaddr - PAGE, top - vaddr, top - vaddr + 1n, 1n << 47n, 1n << 63n, (1n << 64n) - 1n]
    : [0x1000_0000n, 0x4000_0000n, 0x8000_0000n, 0xb000_0000n, top - vaddr - PAGE, top - vaddr, top - vaddr + 1n, 0xffff_ffffn];
  return v.setPh(i, 'p_memsz', rng.pick(sizes));
};

/** Cut the file at a boundary that matters (inside the headers, at segment edges). */
function truncate(rng: Rng, v: ElfView): string {
  const ehsize = v.is64 ? 64 : 52;
  const tableEnd = v.phoff + v.phnum * v.phentsize;
  const cuts = [0, 1, 3, 4, 5, 15, 16, 17, 18, 24, ehsize - 1, ehsize, v.phoff + 1, v.phoff + v.phentsize - 1, tableEnd - 1, tableEnd, v.bytes.length - 1];
  for (const i of v.phOfType(PT_LOAD)) {
    const off = Number(v.ph(i, 'p_offset'));
    const end = off + Number(v.ph(i, 'p_filesz'));
    cuts.push(off, off + 1, end - 1, end);
  }
  const cut = rng.chance(0.85) ? rng.pick(cuts) : rng.int(v.bytes.length);
  const at = Math.max(0, Math.min(cut, v.bytes.length));
  const was = v.bytes.length;
  v.bytes = v.bytes.slice(0, at);
  return `truncated to ${at} bytes (was ${was})`;
}

/** A PT_LOAD moved onto (part of) another one, or a bss grown over the next segment. */
const overlap: Family = (rng, v) => {
  const loads = v.phOfType(PT_LOAD);
  const a = rng.pick(loads);
  const b = rng.pick(loads.filter((x) => x !== a).concat(a));
  const av = v.ph(a, 'p_vaddr');
  const mode = rng.int(4);
  if (mode === 0) {
    // b's vaddr into a's pages, keeping p_vaddr ≡ p_offset (mod page) so only the overlap is wrong
    const inPage = v.ph(b, 'p_offset') % PAGE;
    const pages = (v.ph(a, 'p_memsz') + PAGE - 1n) / PAGE;
    return v.setPh(b, 'p_vaddr', av - (av % PAGE) + PAGE * BigInt(rng.int(Number(pages > 4n ? 4n : pages) + 1)) + inPage);
  }
  if (mode === 1) {
    const bv = v.ph(b, 'p_vaddr');
    const span = bv > av ? bv - av : 0n;
    return v.setPh(a, 'p_memsz', span + rng.pick([1n, PAGE, v.ph(b, 'p_memsz'), 0x10_0000n]));
  }
  if (mode === 2) {
    // the order of the table: Linux takes the first PT_LOAD as the image base
    for (const f of PH_FIELDS_ALL) {
      const x = v.ph(a, f);
      v.setPh(a, f, v.ph(b, f));
      v.setPh(b, f, x);
    }
    return `swapped phdr[${a}] and phdr[${b}]`;
  }
  // another program header becomes a duplicate of a PT_LOAD (maybe with other flags)
  const others = [...Array(v.phnum).keys()].filter((i) => i !== a);
  const c = others.length > 0 ? rng.pick(others) : a;
  for (const f of PH_FIELDS_ALL) v.setPh(c, f, v.ph(a, f));
  if (rng.chance(0.5)) v.setPh(c, 'p_flags', BigInt(rng.int(8)));
  return `phdr[${c}] = copy of PT_LOAD phdr[${a}] (flags ${v.ph(c, 'p_flags')})`;
};

/** The whole image (or one segment) moved to the edges of the address space. */
const place: Family = (rng, v) => {
  const loads = v.phOfType(PT_LOAD);
  const lo = loads.map((i) => v.ph(i, 'p_vaddr')).reduce((x, y) => (y < x ? y : x));
  const hi = loads.map((i) => v.ph(i, 'p_vaddr') + v.ph(i, 'p_memsz')).reduce((x, y) => (y > x ? y : x));
  const span = ((hi - (lo - (lo % PAGE)) + PAGE - 1n) / PAGE) * PAGE;
  const top = v.taskSize();
  const targets = v.is64
    ? [0n, PAGE, 0x8000n, 0xf000n, 0x10000n, 0x11000n, top - span - PAGE, top - span, top - span + PAGE, 0x7fff_ffff_e000n - span, 0x7fff_f7ff_0000n, 0x8000_0000_0000n, 0xffff_8000_0000_0000n, 0xffff_ffff_8100_0000n, 0xffff_ffff_ffff_f000n]
    : [0n, PAGE, 0xf000n, 0x10000n, 0xbfff_0000n, 0xc000_0000n, 0xf7ff_0000n, top - span - PAGE, top - span, top - span + PAGE, 0xffff_f000n];
  const target = rng.pick(targets);
  if (rng.chance(0.3)) {
    const i = rng.pick(loads);
    return v.setPh(i, 'p_vaddr', target + (v.ph(i, 'p_vaddr') % PAGE));
  }
  const delta = target - (lo - (lo % PAGE));
  const bits = v.bits('p_vaddr');
  for (let i = 0; i < v.phnum; i++) {
    if (v.ph(i, 'p_vaddr') !== 0n || Number(v.ph(i, 'p_type')) === PT_LOAD) v.setPh(i, 'p_vaddr', BigInt.asUintN(bits, v.ph(i, 'p_vaddr') + delta));
  }
  v.set('e_entry', v.get('e_entry') + delta);
  return `image moved to ${hex(BigInt.asUintN(bits, target))} (segments and entry shifted by ${delta < 0n ? '-' : ''}${hex(delta < 0n ? -delta : delta)})`;
};

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const INTERPS = ['/lib64/ld-linux-x86-64.so.2', '/lib/ld-linux.so.2', '/nonexistent/ld.so', '/', '/dev/zero', '/etc/passwd', '/bin/sh', '/proc/self/exe', 'relative/ld.so', ''];

/** A PT_INTERP: real, missing and odd interpreters, bad lengths, no NUL terminator. */
const interp: Family = (rng, v) => {
  const cand = [...Array(v.phnum).keys()].filter((i) => Number(v.ph(i, 'p_type')) !== PT_LOAD);
  const i = cand.length > 0 ? rng.pick(cand) : rng.int(v.phnum);
  const path = rng.pick(INTERPS);
  const shape = rng.pick(['ok', 'ok', 'ok', 'no-nul', 'nul-inside', 'len0', 'len1', 'huge', 'past-eof', 'offset-huge']);
  const str = shape === 'no-nul' ? enc(path + 'X') : shape === 'nul-inside' ? enc(path + '\0junk\0') : enc(path + '\0');
  const off = v.append(shape === 'huge' ? new Uint8Array(4200).fill(0x41) : str);
  let len = BigInt(str.length);
  if (shape === 'len0') len = 0n;
  if (shape === 'len1') len = 1n;
  if (shape === 'huge') len = 4200n;
  if (shape === 'past-eof') len += 64n;
  v.setPh(i, 'p_type', BigInt(PT_INTERP));
  v.setPh(i, 'p_offset', shape === 'offset-huge' ? BigInt(v.bytes.length) + 0x1000n : BigInt(off));
  v.setPh(i, 'p_filesz', len);
  v.setPh(i, 'p_flags', 4n);
  if (rng.chance(0.2)) {
    // a second PT_INTERP (Linux uses the first)
    const j = (i + 1) % v.phnum;
    if (Number(v.ph(j, 'p_type')) !== PT_LOAD) v.setPh(j, 'p_type', BigInt(PT_INTERP));
  }
  return `phdr[${i}] = PT_INTERP "${path}" (${shape}, p_filesz ${len})`;
};

/** PT_GNU_STACK: flags, missing, doubled. */
const gnuStack: Family = (rng, v) => {
  const s = v.phOfType(PT_GNU_STACK);
  if (s.length === 0) return ehdr(rng, v);
  const i = s[0];
  const mode = rng.int(4);
  if (mode === 0) {
    v.setPh(i, 'p_type', BigInt(PT_NULL));
    return `phdr[${i}] PT_GNU_STACK removed (PT_NULL)`;
  }
  if (mode === 1) {
    const others = [...Array(v.phnum).keys()].filter((j) => Number(v.ph(j, 'p_type')) !== PT_LOAD && j !== i);
    if (others.length > 0) {
      const j = rng.pick(others);
      v.setPh(j, 'p_type', BigInt(PT_GNU_STACK));
      return `${v.setPh(j, 'p_flags', BigInt(rng.int(8)))}, a second PT_GNU_STACK`;
    }
  }
  return v.setPh(i, 'p_flags', rng.pick([0n, 1n, 2n, 4n, 6n, 7n, 0xffff_ffffn, 0xf000_0007n]));
};

/** p_align: zero, not a power of two, huge. */
const align: Family = (rng, v) => {
  const loads = v.phOfType(PT_LOAD);
  const vals = [0n, 1n, 3n, 0x800n, 0x1001n, 0x20_0000n, 0x4000_0000n, v.is64 ? 1n << 46n : 0x8000_0000n, v.is64 ? 1n << 63n : 0xffff_ffffn];
  const val = rng.pick(vals);
  if (rng.chance(0.5)) {
    for (const i of loads) v.setPh(i, 'p_align', val);
    return `every PT_LOAD p_align = ${hex(val)}`;
  }
  return v.setPh(rng.pick(loads), 'p_align', val);
};

/** Random bytes changed, mostly in the headers. */
const flip: Family = (rng, v) => {
  if (v.bytes.length === 0) return 'no bytes to flip (empty file)';
  const hdrEnd = Math.min(v.bytes.length, Math.max(v.is64 ? 64 : 52, v.phoff + v.phnum * v.phentsize));
  const n = rng.pick([1, 1, 2, 4, 8]);
  const what: string[] = [];
  for (let k = 0; k < n; k++) {
    const off = rng.chance(0.7) ? rng.int(hdrEnd) : rng.int(v.bytes.length);
    const was = v.bytes[off];
    v.bytes[off] = rng.chance(0.5) ? was ^ (1 << rng.int(8)) : rng.pick([0, 0xff, rng.int(256)]);
    what.push(`[${hex(off)}] ${hex(was)}→${hex(v.bytes[off])}`);
  }
  return `bytes ${what.join(' ')}`;
};

export const FAMILIES: Readonly<Record<string, Family>> = { ident, ehdr, phdr, memsz, truncate, overlap, place, interp, gnuStack, align, flip };
const FAMILY_NAMES = Object.keys(FAMILIES);
const NEEDS_LOADS = new Set(['memsz', 'overlap', 'place', 'align']);

/**
 * The `index`-th mutant of stream `seed`: family and seed file cycle so every slice covers
 * all of them; one in eight stacks two or three families ('combo').
 */
export function mutant(seeds: readonly SeedElf[], seed: number, index: number): Mutant {
  const rng = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const s = seeds[index % seeds.length];
  const combo = index % 8 === 7;
  const names = combo ? Array.from({ length: 2 + rng.int(2) }, () => rng.pick(FAMILY_NAMES)) : [FAMILY_NAMES[Math.floor(index / seeds.length) % FAMILY_NAMES.length]];
  const v = new ElfView(s.bytes);
  // a family that edits PT_LOADs falls back to byte flips when an earlier one removed them all
  const desc = names.map((n) => (NEEDS_LOADS.has(n) && v.phOfType(PT_LOAD).length === 0 ? flip : FAMILIES[n])(rng, v));
  return { index, seed: s.name, family: combo ? 'combo' : names[0], desc: desc.join('; '), bytes: v.bytes };
}
