import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  ElfError,
  parseElf,
  planLoad,
  defaultLoadBias,
  ET_DYN,
  ET_EXEC,
  ET_REL,
  EM_386,
  EM_X86_64,
  PT_LOAD,
  PT_INTERP,
  PT_PHDR,
  PT_TLS,
  PT_GNU_STACK,
  PF_R,
  PF_W,
  PF_X,
  PROT_READ,
  PROT_WRITE,
  PROT_EXEC,
  PAGE_SIZE,
} from '../src/loader/elf.js';
import {
  buildInitialStack,
  linuxAuxv,
  StackLayoutError,
  AT_NULL,
  AT_PHDR,
  AT_PHENT,
  AT_PHNUM,
  AT_ENTRY,
  AT_RANDOM,
  AT_EXECFN,
  AT_PLATFORM,
  AT_PAGESZ,
  AT_HWCAP,
  AT_SYSINFO,
  AT_SYSINFO_EHDR,
  AT_MINSIGSTKSZ,
  AT_UID,
  AT_SECURE,
  AT_HWCAP2,
  AT_RSEQ_ALIGN,
  MAX_ARG_STRLEN,
  type AuxvEntry,
} from '../src/loader/stack.js';

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

interface Ph {
  type: number;
  flags?: number;
  offset?: number;
  vaddr?: number | bigint;
  filesz?: number;
  memsz?: number;
  align?: number;
}

interface MakeElf {
  bits: 32 | 64;
  type?: number;
  machine?: number;
  entry?: number;
  phoff?: number;
  phentsize?: number;
  phnum?: number;
  phdrs: Ph[];
  size?: number;
  /** Bytes to put at given offsets (e.g. a PT_INTERP string). */
  data?: Array<[offset: number, bytes: Uint8Array]>;
}

/** Builds a synthetic little-endian ELF file. */
function makeElf(o: MakeElf): Uint8Array {
  const is64 = o.bits === 64;
  const ehsize = is64 ? 64 : 52;
  const phentsize = o.phentsize ?? (is64 ? 56 : 32);
  const phoff = o.phoff ?? ehsize;
  const tableEnd = phoff + o.phdrs.length * (is64 ? 56 : 32);
  const size = Math.max(o.size ?? 0, tableEnd, ehsize);
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, 1, 1, 0]);
  dv.setUint16(16, o.type ?? ET_EXEC, true);
  dv.setUint16(18, o.machine ?? (is64 ? EM_X86_64 : EM_386), true);
  dv.setUint32(20, 1, true);
  if (is64) {
    dv.setBigUint64(24, BigInt(o.entry ?? 0x401000), true);
    dv.setBigUint64(32, BigInt(phoff), true);
    dv.setUint16(52, 64, true);
    dv.setUint16(54, phentsize, true);
    dv.setUint16(56, o.phnum ?? o.phdrs.length, true);
  } else {
    dv.setUint32(24, o.entry ?? 0x8049000, true);
    dv.setUint32(28, phoff, true);
    dv.setUint16(40, 52, true);
    dv.setUint16(42, phentsize, true);
    dv.setUint16(44, o.phnum ?? o.phdrs.length, true);
  }
  o.phdrs.forEach((p, i) => {
    const at = phoff + i * (is64 ? 56 : 32);
    if (is64) {
      dv.setUint32(at, p.type, true);
      dv.setUint32(at + 4, p.flags ?? 0, true);
      dv.setBigUint64(at + 8, BigInt(p.offset ?? 0), true);
      dv.setBigUint64(at + 16, BigInt(p.vaddr ?? 0), true);
      dv.setBigUint64(at + 24, BigInt(p.vaddr ?? 0), true);
      dv.setBigUint64(at + 32, BigInt(p.filesz ?? 0), true);
      dv.setBigUint64(at + 40, BigInt(p.memsz ?? 0), true);
      dv.setBigUint64(at + 48, BigInt(p.align ?? 0x1000), true);
    } else {
      dv.setUint32(at, p.type, true);
      dv.setUint32(at + 4, p.offset ?? 0, true);
      dv.setUint32(at + 8, Number(p.vaddr ?? 0), true);
      dv.setUint32(at + 12, Number(p.vaddr ?? 0), true);
      dv.setUint32(at + 16, p.filesz ?? 0, true);
      dv.setUint32(at + 20, p.memsz ?? 0, true);
      dv.setUint32(at + 24, p.flags ?? 0, true);
      dv.setUint32(at + 28, p.align ?? 0x1000, true);
    }
  });
  for (const [off, bytes] of o.data ?? []) b.set(bytes, off);
  return b;
}

/** A valid small static x86-64 ELF: text at 0x400000 (covers the headers), data+bss. */
function goodElf64(extra: Ph[] = []): Ph[] {
  return [
    { type: PT_LOAD, flags: PF_R | PF_X, offset: 0, vaddr: 0x400000, filesz: 0x1234, memsz: 0x1234 },
    { type: PT_LOAD, flags: PF_R | PF_W, offset: 0x2e10, vaddr: 0x402e10, filesz: 0x100, memsz: 0x3000 },
    { type: PT_GNU_STACK, flags: PF_R | PF_W, align: 16 },
    ...extra,
  ];
}

function assertElfError(fn: () => unknown, re: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ElfError, `expected ElfError, got ${String(e)}`);
    assert.match(e.message, re);
    assert.ok(!e.message.includes('\n'), 'message is one line');
    return true;
  });
}

function have(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

const GCC = have('gcc', ['--version']);

// ---------------------------------------------------------------------------
// ELF parsing: errors
// ---------------------------------------------------------------------------

describe('parseElf errors', () => {
  test('/bin/ls is dynamically linked', (t) => {
    if (!existsSync('/bin/ls')) return t.skip('no /bin/ls');
    const bytes = new Uint8Array(readFileSync('/bin/ls'));
    if (bytes[0] !== 0x7f || bytes[18] !== EM_X86_64) return t.skip('/bin/ls is not an x86-64 ELF');
    assertElfError(() => parseElf(bytes), /^dynamically linked \(needs \/.+\); sysgate runs static programs only$/);
    const elf = parseElf(bytes, { allowDynamic: true });
    assert.ok(elf.interp !== null && elf.interp.startsWith('/'));
    if (elf.interp === '/lib64/ld-linux-x86-64.so.2') {
      assertElfError(
        () => parseElf(bytes),
        /^dynamically linked \(needs \/lib64\/ld-linux-x86-64\.so\.2\); sysgate runs static programs only$/,
      );
    }
    assert.equal(elf.staticPie, false);
    assert.equal(elf.class, 64);
  });

  test('garbage and truncated input', () => {
    assertElfError(() => parseElf(new Uint8Array(0)), /^not an ELF file/);
    assertElfError(() => parseElf(new TextEncoder().encode('#!/bin/sh\necho hi\n')), /^not an ELF file$/);
    assertElfError(() => parseElf(new Uint8Array([0x7f, 0x45])), /^truncated ELF header/);
    const good = makeElf({ bits: 64, phdrs: goodElf64(), size: 0x3000 });
    assertElfError(() => parseElf(good.subarray(0, 10)), /^truncated ELF header/);
    assertElfError(() => parseElf(good.subarray(0, 40)), /^truncated ELF header/);
    const good32 = makeElf({ bits: 32, phdrs: [{ type: PT_LOAD, flags: PF_R | PF_X, vaddr: 0x8048000, filesz: 0x100, memsz: 0x100 }] });
    assertElfError(() => parseElf(good32.subarray(0, 51)), /^truncated ELF header/);
    // The program header table cut off.
    assertElfError(() => parseElf(good.subarray(0, 100)), /^program header table lies outside the file/);
  });

  test('EI_CLASS, EI_DATA and EI_VERSION are not checked: e_machine decides the layout, as in Linux', () => {
    // binfmt_elf takes EM_X86_64 and reads ELF64; compat_binfmt_elf takes EM_386 and reads
    // ELF32 (elf_check_arch); e_ident past the magic is never looked at. Natively recorded:
    // test/expected/elf-native.json (ei-class-*, ei-data-*) — Linux runs such files.
    const b = makeElf({ bits: 64, phdrs: goodElf64(), size: 0x3000 });
    for (const [at, v] of [[4, 0], [4, 1], [4, 3], [5, 0], [5, 2], [5, 0xff], [6, 0]]) {
      const c = b.slice();
      c[at] = v;
      assert.equal(parseElf(c).class, 64, `e_ident[${at}] = ${v}`);
    }
    const i386 = makeElf({ bits: 32, phdrs: [{ type: PT_LOAD, flags: PF_R | PF_X, vaddr: 0x8048000, filesz: 0x100, memsz: 0x100 }], size: 0x200 });
    i386[4] = 2; // says ELFCLASS64
    assert.equal(parseElf(i386).class, 32);
    // elf_check_arch_ia32() takes EM_486 (6) as well (natively recorded: em-486)
    const em486 = makeElf({ bits: 32, machine: 6, phdrs: [{ type: PT_LOAD, flags: PF_R | PF_X, vaddr: 0x8048000, filesz: 0x100, memsz: 0x100 }], size: 0x200 });
    assert.equal(parseElf(em486).machine, EM_386);
    // A really big-endian file reads as nonsense; the message says why.
    const be = b.slice();
    be[5] = 2;
    be.set([0, 2, 0, 21], 16); // ET_EXEC, EM_PPC64, big-endian
    assertElfError(() => parseElf(be), /^unsupported ELF type 0x200, not an executable \(the file says it is big-endian/);
    assertElfError(() => parseElf(makeElf({ bits: 64, type: ET_REL, phdrs: goodElf64(), size: 0x3000 })), /ET_REL/);
    assertElfError(() => parseElf(makeElf({ bits: 64, type: 4, phdrs: goodElf64(), size: 0x3000 })), /core dump/);
  });

  test('machine', () => {
    assertElfError(
      () => parseElf(makeElf({ bits: 64, machine: 183, phdrs: goodElf64(), size: 0x3000 })),
      /^unsupported machine EM_AARCH64 \(183\)/,
    );
    assertElfError(
      () => parseElf(makeElf({ bits: 32, machine: 40, phdrs: goodElf64(), size: 0x3000 })),
      /^unsupported machine EM_ARM \(40\)/,
    );
    assertElfError(() => parseElf(makeElf({ bits: 32, machine: EM_X86_64, phdrs: [] })), /x32/);
    assertElfError(() => parseElf(makeElf({ bits: 64, machine: 9999, phdrs: [] })), /^unsupported machine machine 9999/);
  });

  test('program header table', () => {
    assertElfError(() => parseElf(makeElf({ bits: 64, phdrs: goodElf64(), phentsize: 64, size: 0x3000 })), /^bad e_phentsize 64 \(expected 56\)/);
    assertElfError(() => parseElf(makeElf({ bits: 64, phdrs: [] })), /^no program headers/);
    assertElfError(() => parseElf(makeElf({ bits: 64, phdrs: goodElf64(), phnum: 100, size: 0x3000 })), /^too many program headers \(100/);
    assertElfError(
      () => parseElf(makeElf({ bits: 64, phdrs: goodElf64(), phoff: 0x10000, size: 0x3000 }).subarray(0, 0x3000)),
      /^program header table lies outside the file/,
    );
  });

  test('segment outside the file', () => {
    // a PT_LOAD past the end of the file loads, as on Linux (its pages past EOF fault with SIGBUS)
    const phdrs = goodElf64([{ type: PT_LOAD, flags: PF_R, offset: 0x5000, vaddr: 0x405000, filesz: 0x2000, memsz: 0x2000 }]);
    const past = planLoad(parseElf(makeElf({ bits: 64, phdrs, size: 0x6000 })), 0);
    assert.ok(past.mappings.some((m) => m.vaddr === 0x405000 && m.kind === 'file' && m.fileBytes === 0x1000));
    // PT_INTERP is read from the file (a short read is -EIO in Linux)
    const interp = goodElf64([{ type: PT_INTERP, flags: PF_R, offset: 0x2ff0, filesz: 0x20, memsz: 0x20 }]);
    assertElfError(() => parseElf(makeElf({ bits: 64, phdrs: interp, size: 0x3000 }), { allowDynamic: true }), /^program header 3 lies outside the file \(PT_INTERP/);
  });

  test('headers Linux ignores are not checked (outside the file, huge values)', () => {
    const huge = 0xffff_ffff_ffff_f000;
    const note = goodElf64([{ type: 4 /* PT_NOTE */, flags: PF_R, offset: 0x100000, vaddr: 0xffff_8000_0000_0000n, filesz: 0x7fff_ffff_f000, memsz: huge, align: 3 }]);
    const elf = parseElf(makeElf({ bits: 64, phdrs: note, size: 0x3000 }));
    assert.equal(elf.programHeaders[3].filesz, 0x7fff_ffff_f000);
    assert.equal(elf.programHeaders[3].memsz, huge);
    // p_align and p_paddr of a PT_LOAD: maximum_alignment() skips non-powers of two, p_paddr is unused
    const b = makeElf({ bits: 64, phdrs: goodElf64(), size: 0x3000 });
    const dv = new DataView(b.buffer);
    dv.setBigUint64(64 + 48, 1n << 63n, true); // phdr 0 p_align = 2^63 (a power of two: exact)
    dv.setBigUint64(64 + 56 + 48, (1n << 63n) + 1n, true); // phdr 1 p_align: not a power of two
    dv.setBigUint64(64 + 24, 0xffff_ffff_ffff_ffffn, true); // phdr 0 p_paddr
    const e = parseElf(b);
    assert.equal(e.loads[0].align, 2 ** 63);
    assert.equal(e.loads[1].align, 0, 'a huge non-power of two cannot round to a power of two');
  });

  test('segment checks', () => {
    const bad = (p: Ph): Uint8Array => makeElf({ bits: 64, phdrs: goodElf64([p]), size: 0x8000 });
    assertElfError(
      () => parseElf(bad({ type: PT_LOAD, flags: PF_R, offset: 0x5000, vaddr: 0x405000, filesz: 0x200, memsz: 0x100 })),
      /^program header 3: p_filesz 0x200 exceeds p_memsz 0x100$/,
    );
    assertElfError(
      () => parseElf(bad({ type: PT_LOAD, flags: PF_R, offset: 0x5000, vaddr: 0x405800, filesz: 0x200, memsz: 0x200 })),
      /^program header 3: p_vaddr 0x405800 and p_offset 0x5000 differ modulo the page size$/,
    );
    assertElfError(
      () => parseElf(bad({ type: PT_LOAD, flags: PF_R, offset: 0x5000, vaddr: 0x7fff_ffff_f000, filesz: 0, memsz: 0 })),
      /^program header 3: segment 0x7ffffffff000-0x7ffffffff000 extends beyond the user address space/,
    );
    assertElfError(
      () => parseElf(bad({ type: PT_LOAD, flags: PF_R, offset: 0x5000, vaddr: 0x8000_0000_0000n, filesz: 0x200, memsz: 0x200 })),
      /^program header 3: p_vaddr 0x800000000000 is above the user address range/,
    );
    assertElfError(
      () => parseElf(bad({ type: PT_LOAD, flags: PF_R, offset: 0x5000, vaddr: 0xffff_ffff_ffff_f000n, filesz: 0x200, memsz: 0x200 })),
      /^program header 3: p_vaddr 0xfffffffffffff000 is above the user address range/,
    );
    assertElfError(
      () => parseElf(bad({ type: PT_LOAD, flags: PF_R, offset: 0x5000, vaddr: 0x7fff_ffff_f000, filesz: 0x200, memsz: 0x200 })),
      /^program header 3: segment 0x7ffffffff000-0x7ffffffff200 extends beyond the user address space/,
    );
    assertElfError(() => parseElf(makeElf({ bits: 64, phdrs: [{ type: PT_GNU_STACK, flags: PF_R | PF_W }] })), /^no PT_LOAD segments$/);
    // total_mapping_size() == 0 is -EINVAL for ET_DYN (natively recorded: pie-empty-span); ET_EXEC does not care
    const empty: Ph[] = [{ type: PT_LOAD, flags: PF_R, offset: 0, vaddr: 0, filesz: 0, memsz: 0 }];
    assertElfError(() => parseElf(makeElf({ bits: 64, type: ET_DYN, phdrs: empty })), /^position-independent \(ET_DYN\) image whose PT_LOAD segments span no memory$/);
    assert.equal(parseElf(makeElf({ bits: 64, type: ET_DYN, phdrs: [{ ...empty[0], vaddr: 0x10 }] })).loads.length, 1);
  });

  test('entry point above the user range', () => {
    const b = makeElf({ bits: 64, phdrs: goodElf64(), size: 0x3000 });
    new DataView(b.buffer).setBigUint64(24, 0xffff_ffff_8100_0000n, true);
    assertElfError(() => parseElf(b), /^entry point 0xffffffff81000000 is above the user address range/);
  });

  test('PT_INTERP', () => {
    const path = new TextEncoder().encode('/lib/ld-musl-x86_64.so.1\0');
    const phdrs = goodElf64([{ type: PT_INTERP, flags: PF_R, offset: 0x200, vaddr: 0x400200, filesz: path.length, memsz: path.length }]);
    const b = makeElf({ bits: 64, type: ET_DYN, phdrs, size: 0x3000, data: [[0x200, path]] });
    assertElfError(() => parseElf(b), /^dynamically linked \(needs \/lib\/ld-musl-x86_64\.so\.1\); sysgate runs static programs only$/);
    const elf = parseElf(b, { allowDynamic: true });
    assert.equal(elf.interp, '/lib/ld-musl-x86_64.so.1');
    assert.equal(elf.staticPie, false);
    const unterminated = makeElf({ bits: 64, phdrs, size: 0x3000, data: [[0x200, path.subarray(0, path.length - 1)], [0x200 + path.length - 1, new Uint8Array([0x41])]] });
    assertElfError(() => parseElf(unterminated, { allowDynamic: true }), /PT_INTERP is not a NUL-terminated path/);
  });
});

// ---------------------------------------------------------------------------
// ELF parsing and planning: synthetic files
// ---------------------------------------------------------------------------

describe('planLoad', () => {
  test('static ET_EXEC: mappings, bss, brk, AT_PHDR', () => {
    const b = makeElf({ bits: 64, phdrs: goodElf64([{ type: PT_TLS, flags: PF_R, offset: 0x2e10, vaddr: 0x402e10, filesz: 0x10, memsz: 0x40, align: 8 }]), size: 0x2f10 });
    const elf = parseElf(b);
    assert.equal(elf.class, 64);
    assert.equal(elf.type, ET_EXEC);
    assert.equal(elf.staticPie, false);
    assert.equal(elf.interp, null);
    assert.equal(elf.phnum, 4);
    assert.equal(elf.gnuStackFlags, PF_R | PF_W);
    assert.equal(elf.executableStack, false);
    assert.equal(elf.readImpliesExec, false);
    assert.equal(elf.tls?.memsz, 0x40);
    assert.equal(defaultLoadBias(elf), 0);
    const plan = planLoad(elf, 0);
    assert.equal(plan.entry, 0x401000);
    assert.equal(plan.phdrAddr, 0x400040); // in the first PT_LOAD (offset 0)
    assert.equal(plan.phent, 56);
    assert.equal(plan.phnum, 4);
    assert.equal(plan.brkStart, 0x406000); // page-aligned 0x402e10 + 0x3000
    assert.deepEqual(plan.tls, { vaddr: 0x402e10, filesz: 0x10, memsz: 0x40, align: 8 });
    assert.deepEqual(plan.mappings, [
      { phdrIndex: 0, kind: 'file', vaddr: 0x400000, size: 0x2000, prot: PROT_READ | PROT_EXEC, fileOffset: 0, fileBytes: 0x2000, zeroFrom: 0x402000 },
      // data: file page 0x2000 (holding the segment's start at 0x2e10) mapped at 0x402000;
      // the file ends at 0x2f10 so only 0xf10 bytes are copied; bss zeroed from 0x402f10.
      { phdrIndex: 1, kind: 'file', vaddr: 0x402000, size: 0x1000, prot: PROT_READ | PROT_WRITE, fileOffset: 0x2000, fileBytes: 0xf10, zeroFrom: 0x402f10 },
      { phdrIndex: 1, kind: 'anon', vaddr: 0x403000, size: 0x3000, prot: PROT_READ | PROT_WRITE, fileOffset: 0, fileBytes: 0, zeroFrom: 0x403000 },
    ]);
    assert.equal(plan.startCode, 0x400000);
    assert.equal(plan.endCode, 0x401234);
    assert.equal(plan.startData, 0x402e10);
    assert.equal(plan.endData, 0x402f10);
    assertElfError(() => planLoad(elf, 0x1000), /^ET_EXEC program cannot be relocated/);
  });

  test('every mapping is page-aligned and covers its segment', () => {
    const elf = parseElf(makeElf({ bits: 64, phdrs: goodElf64(), size: 0x4000 }));
    const plan = planLoad(elf, 0);
    for (const m of plan.mappings) {
      assert.equal(m.vaddr % PAGE_SIZE, 0);
      assert.equal(m.size % PAGE_SIZE, 0);
      assert.equal(m.fileOffset % PAGE_SIZE, 0);
      assert.ok(m.fileBytes <= m.size);
      assert.ok(m.zeroFrom >= m.vaddr && m.zeroFrom <= m.vaddr + m.size);
    }
    // data segment: file part ends at 0x402f10 (its page), bss to 0x405e10.
    assert.equal(plan.mappings[1].fileBytes, 0x1000);
  });

  test('segment without bss keeps the file bytes of its last page', () => {
    const elf = parseElf(makeElf({ bits: 64, phdrs: goodElf64(), size: 0x3000 }));
    const m = planLoad(elf, 0).mappings[0];
    assert.equal(m.zeroFrom, m.vaddr + m.size);
  });

  test('overlapping segments: a later PT_LOAD replaces the pages of an earlier one, as in Linux', () => {
    // load_elf_binary maps every PT_LOAD after the first with MAP_FIXED; no overlap check.
    // Natively recorded: test/expected/elf-native.json (overlap-*) — Linux runs such files.
    const phdrs = goodElf64([{ type: PT_LOAD, flags: PF_R, offset: 0x1000, vaddr: 0x403000, filesz: 0x200, memsz: 0x200 }]);
    const elf = parseElf(makeElf({ bits: 64, phdrs, size: 0x3000 }));
    const m = planLoad(elf, 0).mappings;
    assert.deepEqual(m.map((x) => [x.phdrIndex, x.kind, x.vaddr]), [[0, 'file', 0x400000], [1, 'file', 0x402000], [1, 'anon', 0x403000], [3, 'file', 0x403000]]);
  });

  test('AT_PHDR is found through the PT_LOAD holding e_phoff, not PT_PHDR, as in Linux', () => {
    // load_elf_binary(): phdr_addr = e_phoff - p_offset + p_vaddr of the (last) PT_LOAD
    // whose file bytes hold e_phoff. A lying PT_PHDR changes nothing (natively recorded:
    // pt-phdr-elsewhere in test/expected/elf-native.json).
    const phdrs = goodElf64([{ type: PT_PHDR, flags: PF_R, offset: 64, vaddr: 0x123000, filesz: 4 * 56, memsz: 4 * 56, align: 8 }]);
    const elf = parseElf(makeElf({ bits: 64, phdrs, size: 0x3000 }));
    assert.equal(elf.phdr?.vaddr, 0x123000);
    assert.equal(planLoad(elf, 0).phdrAddr, 0x400040);
    // Program headers not in any PT_LOAD → 0 (+ the load bias), as Linux reports.
    const far = makeElf({ bits: 64, phdrs: goodElf64(), phoff: 0x2f80, size: 0x3100 });
    assert.equal(planLoad(parseElf(far), 0).phdrAddr, 0);
    // Two PT_LOADs holding the table: the last one wins.
    const twice = goodElf64([{ type: PT_LOAD, flags: PF_R, offset: 0, vaddr: 0x500000, filesz: 0x100, memsz: 0x100 }]);
    assert.equal(planLoad(parseElf(makeElf({ bits: 64, phdrs: twice, size: 0x3000 })), 0).phdrAddr, 0x500040);
  });

  test('static PIE: default bias like Linux ELF_ET_DYN_BASE', () => {
    const phdrs: Ph[] = [
      { type: PT_LOAD, flags: PF_R, offset: 0, vaddr: 0, filesz: 0x800, memsz: 0x800 },
      { type: PT_LOAD, flags: PF_R | PF_X, offset: 0x1000, vaddr: 0x1000, filesz: 0x500, memsz: 0x500 },
      { type: PT_LOAD, flags: PF_R | PF_W, offset: 0x1f00, vaddr: 0x2f00, filesz: 0x80, memsz: 0x200 },
    ];
    const elf = parseElf(makeElf({ bits: 64, type: ET_DYN, entry: 0x1040, phdrs, size: 0x2000 }));
    assert.equal(elf.staticPie, true);
    assert.equal(elf.type, ET_DYN);
    const bias = defaultLoadBias(elf);
    assert.equal(bias, 0x5555_5555_4000);
    const plan = planLoad(elf, bias);
    assert.equal(plan.entry, 0x5555_5555_5040);
    assert.equal(plan.phdrAddr, 0x5555_5555_4040);
    assert.equal(plan.brkStart, 0x5555_5555_8000); // 0x2f00 + 0x200 → page 0x4000
    assert.deepEqual(
      plan.mappings.map((m) => [m.kind, m.vaddr, m.size, m.prot, m.fileOffset, m.zeroFrom]),
      [
        ['file', 0x5555_5555_4000, 0x1000, PROT_READ, 0, 0x5555_5555_5000],
        ['file', 0x5555_5555_5000, 0x1000, PROT_READ | PROT_EXEC, 0x1000, 0x5555_5555_6000],
        ['file', 0x5555_5555_6000, 0x1000, PROT_READ | PROT_WRITE, 0x1000, 0x5555_5555_6f80],
        ['anon', 0x5555_5555_7000, 0x1000, PROT_READ | PROT_WRITE, 0, 0x5555_5555_7000],
      ],
    );
    // A 2 MiB-aligned PIE is placed at a 2 MiB boundary.
    const big = parseElf(makeElf({ bits: 64, type: ET_DYN, phdrs: phdrs.map((p) => ({ ...p, align: 0x200000 })), size: 0x2000 }));
    assert.equal(defaultLoadBias(big), 0x5555_5540_0000);
    // Any page-aligned bias works; a misaligned one or one that leaves user space does not.
    assert.equal(planLoad(elf, 0x7fff_f7fc_0000).entry, 0x7fff_f7fc_1040);
    assertElfError(() => planLoad(elf, 0x123), /not page-aligned/);
    assertElfError(() => planLoad(elf, 0x7fff_ffff_e000), /outside the user address space/);
    // a negative bias reads as one: -0x…, never 0x-…
    assertElfError(() => planLoad(elf, -0x1000), /^program header 0: segment -0x1000--0x800 \(load bias -0x1000\) is outside the user address space$/);
    // below vm.mmap_min_addr is the kernel's decision (a privileged task may map there)
    assert.equal(planLoad(elf, 0).mappings[0].vaddr, 0);
  });

  test('i386: READ_IMPLIES_EXEC without PT_GNU_STACK', () => {
    const phdrs: Ph[] = [
      { type: PT_LOAD, flags: PF_R | PF_X, offset: 0, vaddr: 0x8048000, filesz: 0x300, memsz: 0x300 },
      { type: PT_LOAD, flags: PF_R | PF_W, offset: 0x300, vaddr: 0x8049300, filesz: 0x10, memsz: 0x2000 },
    ];
    const elf = parseElf(makeElf({ bits: 32, entry: 0x8048100, phdrs, size: 0x310 }));
    assert.equal(elf.class, 32);
    assert.equal(elf.machine, EM_386);
    assert.equal(elf.readImpliesExec, true);
    assert.equal(elf.executableStack, true);
    const plan = planLoad(elf, 0);
    assert.equal(plan.phent, 32);
    assert.equal(plan.phdrAddr, 0x8048034);
    assert.ok(plan.mappings.every((m) => (m.prot & PROT_EXEC) !== 0));
    assert.equal(plan.brkStart, 0x804c000);
    const withStack = parseElf(makeElf({ bits: 32, entry: 0x8048100, phdrs: [...phdrs, { type: PT_GNU_STACK, flags: PF_R | PF_W }], size: 0x310 }));
    assert.equal(withStack.readImpliesExec, false);
    assert.equal(withStack.executableStack, false);
    assert.equal(planLoad(withStack, 0).mappings[1].prot, PROT_READ | PROT_WRITE);
    assert.equal(defaultLoadBias(parseElf(makeElf({ bits: 32, type: ET_DYN, phdrs: phdrs.map((p) => ({ ...p, vaddr: Number(p.vaddr) - 0x8048000 })), size: 0x310 }))), 0x400000);
  });

  test('executable stack from PT_GNU_STACK', () => {
    const elf = parseElf(makeElf({ bits: 64, phdrs: [...goodElf64().slice(0, 2), { type: PT_GNU_STACK, flags: PF_R | PF_W | PF_X }], size: 0x3000 }));
    assert.equal(elf.executableStack, true);
    assert.equal(planLoad(elf, 0).executableStack, true);
  });
});

// ---------------------------------------------------------------------------
// Real static binaries (built with gcc when available)
// ---------------------------------------------------------------------------

/**
 * A freestanding program that writes its own initial stack to stdout: an 8-byte sp, an
 * 8-byte brk(0), then the bytes of [sp, top), where top is found from AT_EXECFN (the
 * execfn string is followed by the 8-byte end marker at the very top).
 */
const DUMP_C = String.raw`
typedef unsigned long ul;
static long sys3(long n, long a, long b, long c) {
  long r;
#ifdef __x86_64__
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
#else
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
#endif
  return r;
}
#ifdef __x86_64__
#define NR_WRITE 1
#define NR_BRK 12
#define NR_EXIT 60
__asm__(".globl _start\n_start:\n mov %rsp,%rdi\n and $-16,%rsp\n call dump\n hlt\n");
#else
#define NR_WRITE 4
#define NR_BRK 45
#define NR_EXIT 1
__asm__(".globl _start\n_start:\n mov %esp,%eax\n and $-16,%esp\n sub $12,%esp\n push %eax\n call dump\n hlt\n");
#endif
static void out(const char *p, ul n) {
  while (n > 0) { long k = sys3(NR_WRITE, 1, (long)p, (long)n); if (k <= 0) break; p += k; n -= (ul)k; }
}
void dump(ul *sp) {
  unsigned long long hdr[2];
  ul *q = sp + 1 + sp[0] + 1;
  ul execfn = 0;
  char *e;
  hdr[0] = (ul)sp;
  hdr[1] = (ul)sys3(NR_BRK, 0, 0, 0);
  while (*q) q++;
  for (q++; q[0]; q += 2) if (q[0] == 31) execfn = q[1];
  for (e = (char *)execfn; *e; e++) {}
  out((const char *)hdr, sizeof hdr);
  out((const char *)sp, (ul)e + 1 + 8 - (ul)sp);
  sys3(NR_EXIT, 0, 0, 0);
}
`;

interface Dump {
  sp: number;
  brk: number;
  top: number;
  bytes: Uint8Array;
}

function runDump(exe: string, argv: string[], env: Record<string, string>, norandom: boolean): Dump {
  const cmd = norandom ? 'setarch' : exe;
  const args = norandom ? ['-R', exe, ...argv] : argv;
  const r = spawnSync(cmd, args, { env, maxBuffer: 1 << 24 });
  assert.equal(r.status, 0, `dumper failed: ${String(r.stderr)}`);
  const out = new Uint8Array(r.stdout);
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const sp = Number(dv.getBigUint64(0, true));
  const brk = Number(dv.getBigUint64(8, true));
  const bytes = out.subarray(16);
  return { sp, brk, top: sp + bytes.length, bytes };
}

interface Decoded {
  argv: string[];
  envp: string[];
  auxv: AuxvEntry[];
  cstr(addr: number): string;
  mem(addr: number, n: number): Uint8Array;
}

/** Decodes a stack image [base, base+bytes.length) with sp at its start. */
function decodeStack(bytes: Uint8Array, base: number, sp: number, w: 4 | 8): Decoded {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const word = (addr: number): number => {
    const o = addr - base;
    assert.ok(o >= 0 && o + w <= bytes.length, `address 0x${addr.toString(16)} outside the stack image`);
    return w === 4 ? dv.getUint32(o, true) : dv.getUint32(o, true) + dv.getUint32(o + 4, true) * 2 ** 32;
  };
  const cstr = (addr: number): string => {
    const o = addr - base;
    assert.ok(o >= 0 && o < bytes.length);
    const end = bytes.indexOf(0, o);
    assert.ok(end >= 0, 'unterminated string');
    return new TextDecoder().decode(bytes.subarray(o, end));
  };
  const mem = (addr: number, n: number): Uint8Array => bytes.subarray(addr - base, addr - base + n);
  let p = sp;
  const argc = word(p);
  p += w;
  const argv: string[] = [];
  for (let i = 0; i < argc; i++, p += w) argv.push(cstr(word(p)));
  assert.equal(word(p), 0, 'argv NULL');
  p += w;
  const envp: string[] = [];
  for (; word(p) !== 0; p += w) envp.push(cstr(word(p)));
  p += w;
  const auxv: AuxvEntry[] = [];
  for (;;) {
    const t = word(p);
    const v = word(p + w);
    p += 2 * w;
    auxv.push([t, v]);
    if (t === AT_NULL) break;
  }
  return { argv, envp, auxv, cstr, mem };
}

function auxval(auxv: readonly AuxvEntry[], type: number): number | undefined {
  return auxv.find(([t]) => t === type)?.[1];
}

describe('real static binaries', () => {
  const dir = GCC ? mkdtempSync(join(tmpdir(), 'sysgate-loader-')) : '';
  after(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });
  const build = (name: string, src: string, flags: string[]): string | null => {
    const c = join(dir, `${name}.c`);
    writeFileSync(c, src);
    const exe = join(dir, name);
    const r = spawnSync('gcc', [...flags, '-o', exe, c], { stdio: 'ignore' });
    return r.status === 0 ? exe : null;
  };
  const NORANDOM = GCC && have('setarch', ['-R', 'true']);

  test('gcc -static: parses and plans like readelf says', (t) => {
    if (!GCC) return t.skip('gcc not available');
    const exe = build('hello', '#include <stdio.h>\n__thread int tv = 5;\nint main(void) { printf("hi %d\\n", tv); return 0; }\n', ['-static', '-O2']);
    if (exe === null) return t.skip('gcc -static failed (no static libc?)');
    const elf = parseElf(new Uint8Array(readFileSync(exe)));
    assert.equal(elf.class, 64);
    assert.equal(elf.type, ET_EXEC);
    assert.equal(elf.interp, null);
    assert.equal(elf.staticPie, false);
    assert.ok(elf.tls !== null);
    assert.equal(elf.executableStack, false);
    const plan = planLoad(elf, 0);
    assert.equal(plan.entry, elf.entry);
    assert.ok(plan.mappings.some((m) => (m.prot & PROT_EXEC) !== 0));
    for (const p of elf.loads) {
      // Each segment's bytes are covered by a file mapping at the right file offset.
      if (p.filesz === 0) continue;
      const m = plan.mappings.find((x) => x.phdrIndex === p.index && x.kind === 'file');
      assert.ok(m !== undefined);
      assert.equal(m.vaddr + (p.offset - m.fileOffset), p.vaddr);
      assert.ok(m.fileBytes >= p.offset - m.fileOffset + p.filesz);
    }
    const r = spawnSync(exe, [], { encoding: 'utf8' });
    assert.equal(r.stdout, 'hi 5\n');
  });

  const realCases: Array<{ name: string; flags: string[]; w: 4 | 8 }> = [
    { name: 'dump64', flags: ['-static'], w: 8 },
    { name: 'dump64pie', flags: ['-static-pie'], w: 8 },
    { name: 'dump32', flags: ['-m32', '-static'], w: 4 },
  ];
  for (const c of realCases) {
    test(`${c.name}: the kernel's auxv and initial stack match ours byte for byte`, (t) => {
      if (!GCC) return t.skip('gcc not available');
      const exe = build(c.name, DUMP_C, [...c.flags, '-nostdlib', '-ffreestanding', '-fno-stack-protector', '-O1']);
      if (exe === null) return t.skip(`gcc ${c.flags.join(' ')} -nostdlib failed`);
      const elf = parseElf(new Uint8Array(readFileSync(exe)));
      assert.equal(elf.class, c.w === 8 ? 64 : 32);
      assert.equal(elf.staticPie, c.name.endsWith('pie'));
      const argv = [exe, 'x', 'yy', 'ünïcødé', ''];
      const env = { A: '1', BB: '22', EMPTY: '' };
      const d = runDump(exe, argv.slice(1), env, false);
      const got = decodeStack(d.bytes, d.sp, d.sp, c.w);
      assert.deepEqual(got.argv, argv);
      assert.deepEqual(got.envp, ['A=1', 'BB=22', 'EMPTY=']);

      // The loader's AT_PHDR / AT_ENTRY agree with the kernel's (up to the load bias).
      const phdrAt = auxval(got.auxv, AT_PHDR);
      const entryAt = auxval(got.auxv, AT_ENTRY);
      assert.ok(phdrAt !== undefined && entryAt !== undefined);
      const bias = entryAt - elf.entry;
      if (elf.type === ET_EXEC) assert.equal(bias, 0);
      assert.equal(bias % PAGE_SIZE, 0);
      const plan = planLoad(elf, bias);
      assert.equal(plan.phdrAddr, phdrAt);
      assert.equal(plan.entry, entryAt);
      assert.equal(auxval(got.auxv, AT_PHNUM), plan.phnum);
      assert.equal(auxval(got.auxv, AT_PHENT), plan.phent);

      // Rebuild the stack from the same inputs; it must be identical.
      const execfnAddr = auxval(got.auxv, AT_EXECFN);
      const platformAddr = auxval(got.auxv, AT_PLATFORM);
      const randomAddr = auxval(got.auxv, AT_RANDOM);
      assert.ok(execfnAddr !== undefined && randomAddr !== undefined);
      const platform = platformAddr === undefined ? null : got.cstr(platformAddr);
      const argStart = d.sp + (d.bytes.length - 8) - (new TextEncoder().encode(got.cstr(execfnAddr)).length + 1) -
        [...argv, 'A=1', 'BB=22', 'EMPTY='].reduce((n, s) => n + new TextEncoder().encode(s).length + 1, 0);
      const platformEnd = platform === null ? randomAddr + 16 : platformAddr! + new TextEncoder().encode(platform).length + 1;
      const ours = buildInitialStack({
        wordSize: c.w,
        stackTop: d.top,
        argv: got.argv,
        envp: got.envp,
        auxv: got.auxv,
        execfn: got.cstr(execfnAddr),
        random: got.mem(randomAddr, 16).slice(),
        platform,
        randomPad: argStart - platformEnd, // recovers arch_align_stack's random offset
      });
      assert.equal(ours.sp, d.sp);
      assert.equal(ours.base, d.sp);
      assert.equal(ours.execfnAddr, execfnAddr);
      assert.equal(ours.randomAddr, randomAddr);
      assert.deepEqual(ours.auxv, got.auxv);
      assert.deepEqual(Buffer.from(ours.bytes).toString('hex'), Buffer.from(d.bytes).toString('hex'));

      // With randomization off, the stack ends at STACK_TOP and brk starts at our brkStart.
      if (NORANDOM && elf.type === ET_EXEC) {
        const n = runDump(exe, argv.slice(1), env, true);
        assert.equal(n.top, c.w === 8 ? 0x7fff_ffff_f000 : 0xffff_e000);
        assert.equal(n.brk, plan.brkStart);
        const nd = decodeStack(n.bytes, n.sp, n.sp, c.w);
        const ours2 = buildInitialStack({
          wordSize: c.w,
          stackTop: n.top,
          argv: nd.argv,
          envp: nd.envp,
          auxv: nd.auxv,
          execfn: nd.cstr(auxval(nd.auxv, AT_EXECFN)!),
          random: nd.mem(auxval(nd.auxv, AT_RANDOM)!, 16).slice(),
          platform,
        });
        assert.equal(Buffer.from(ours2.bytes).toString('hex'), Buffer.from(n.bytes).toString('hex'));
      }
    });
  }

});

// ---------------------------------------------------------------------------
// Initial stack (pure)
// ---------------------------------------------------------------------------

describe('buildInitialStack', () => {
  const random = new Uint8Array([...Array(16).keys()].map((i) => 0xa0 + i));
  const base64Auxv = linuxAuxv({
    sysinfoEhdr: 0x7fff_f7fc_1000,
    minsigstksz: 3632,
    hwcap: 0x178bfbff,
    phdr: 0x400040,
    phent: 56,
    phnum: 10,
    entry: 0x401520,
    uid: 1000,
    euid: 1000,
    gid: 1000,
    egid: 1000,
    hwcap2: 2,
    rseqFeatureSize: 28,
    rseqAlign: 32,
  });

  for (const w of [8, 4] as const) {
    test(`layout decodes back (wordSize ${w})`, () => {
      const argv = ['/bin/prog', 'hello', 'wörld', ''];
      const envp = ['HOME=/root', 'PATH=/bin:/usr/bin', 'LANG=C.UTF-8'];
      const stackTop = w === 8 ? 0x7fff_ffff_f000 : 0xffff_e000;
      const auxv = w === 8 ? base64Auxv : linuxAuxv({ sysinfo: 0xf7fc_1570, sysinfoEhdr: 0xf7fc_1000, minsigstksz: 2512, hwcap: 0x178bfbff, phdr: 0x8048034, phent: 32, phnum: 8, entry: 0x8049570, uid: 0, euid: 0, gid: 0, egid: 0 });
      const s = buildInitialStack({ wordSize: w, stackTop, argv, envp, auxv, execfn: '/bin/prog', random });
      assert.equal(s.sp % 16, 0, 'sp 16-byte aligned');
      assert.equal(s.base, s.sp);
      assert.equal(s.bytes.length, stackTop - s.base);
      assert.equal(s.argc, argv.length);
      assert.equal(s.argvArray, s.sp + w);
      assert.equal(s.envpArray, s.argvArray + (argv.length + 1) * w);
      assert.equal(s.auxvArray, s.envpArray + (envp.length + 1) * w);
      // 8-byte end marker, then the execfn string just below it.
      assert.deepEqual([...s.bytes.subarray(s.bytes.length - 8)], [0, 0, 0, 0, 0, 0, 0, 0]);
      assert.equal(s.execfnAddr, stackTop - 8 - '/bin/prog'.length - 1);

      const d = decodeStack(s.bytes, s.base, s.sp, w);
      assert.deepEqual(d.argv, argv);
      assert.deepEqual(d.envp, envp);
      assert.deepEqual(d.auxv, s.auxv);
      assert.deepEqual(d.auxv[d.auxv.length - 1], [AT_NULL, 0]);
      assert.equal(d.cstr(auxval(d.auxv, AT_EXECFN)!), '/bin/prog');
      assert.equal(d.cstr(auxval(d.auxv, AT_PLATFORM)!), w === 8 ? 'x86_64' : 'i686');
      assert.deepEqual([...d.mem(auxval(d.auxv, AT_RANDOM)!, 16)], [...random]);
      assert.equal(auxval(d.auxv, AT_PHDR), w === 8 ? 0x400040 : 0x8048034);
      assert.equal(auxval(d.auxv, AT_PAGESZ), 4096);
      if (w === 4) assert.equal(auxval(d.auxv, AT_SYSINFO), 0xf7fc_1570);

      // Strings: argv strings below envp strings below execfn, contiguous and ascending.
      assert.deepEqual(s.argvAddrs, d.argv.map((_, i) => s.argvAddrs[0] + argv.slice(0, i).reduce((n, a) => n + Buffer.byteLength(a) + 1, 0)));
      assert.equal(s.argStart, s.argvAddrs[0]);
      assert.equal(s.argEnd, s.envpAddrs[0]);
      assert.equal(s.envStart, s.envpAddrs[0]);
      assert.equal(s.envEnd, s.execfnAddr);
      // Platform sits directly under the 16-aligned string area; random bytes directly under it.
      assert.ok(s.platformAddr !== null);
      assert.equal((s.platformAddr + (w === 8 ? 7 : 5)) % 16, 0);
      assert.equal(s.randomAddr, s.platformAddr - 16);
      // auxv ends at or below the random bytes; the gap is only the 16-byte alignment padding.
      const auxvEnd = s.auxvArray + s.auxv.length * 2 * w;
      assert.ok(auxvEnd <= s.randomAddr);
      assert.ok(s.randomAddr - auxvEnd < 16);
    });
  }

  test('Linux auxv order and placeholders', () => {
    const types = base64Auxv.map(([t]) => t);
    assert.deepEqual(types.slice(0, 3), [AT_SYSINFO_EHDR, AT_MINSIGSTKSZ, AT_HWCAP]);
    assert.ok(types.indexOf(AT_SECURE) + 1 === types.indexOf(AT_RANDOM));
    assert.ok(types.indexOf(AT_RANDOM) + 1 === types.indexOf(AT_HWCAP2));
    assert.ok(types.indexOf(AT_HWCAP2) + 1 === types.indexOf(AT_EXECFN));
    assert.ok(types.indexOf(AT_EXECFN) + 1 === types.indexOf(AT_PLATFORM));
    assert.equal(types[types.length - 1], AT_RSEQ_ALIGN);
    assert.ok(types.indexOf(AT_UID) > types.indexOf(AT_ENTRY));
    const s = buildInitialStack({ wordSize: 8, stackTop: 0x7fff_ffff_f000, argv: ['a'], envp: [], auxv: base64Auxv, execfn: '/a', random });
    // Placeholders replaced in place; order preserved; AT_NULL appended.
    assert.deepEqual(s.auxv.map(([t]) => t), [...types, AT_NULL]);
    assert.equal(auxval(s.auxv, AT_RANDOM), s.randomAddr);
    assert.equal(auxval(s.auxv, AT_EXECFN), s.execfnAddr);
    assert.equal(auxval(s.auxv, AT_PLATFORM), s.platformAddr);
  });

  test('missing builder entries are appended; platform null drops AT_PLATFORM', () => {
    const s = buildInitialStack({ wordSize: 8, stackTop: 0x10000, argv: [], envp: [], auxv: [[AT_PAGESZ, 4096], [AT_NULL, 0]], execfn: 'x', random, platform: null });
    assert.deepEqual(s.auxv.map(([t]) => t), [AT_PAGESZ, AT_RANDOM, AT_EXECFN, AT_NULL]);
    assert.equal(s.platformAddr, null);
    assert.equal(s.randomAddr, 0x10000 - 32); // marker + "x\0" below the top, aligned down to 0xfff0, then 16 random bytes
    const d = decodeStack(s.bytes, s.base, s.sp, 8);
    assert.deepEqual(d.argv, []);
    assert.equal(s.sp % 16, 0);
    const t = buildInitialStack({ wordSize: 8, stackTop: 0x10000, argv: [], envp: [], auxv: [[AT_PLATFORM, 0], [AT_HWCAP, 1]], execfn: 'x', random, platform: null });
    assert.deepEqual(t.auxv.map(([ty]) => ty), [AT_HWCAP, AT_RANDOM, AT_EXECFN, AT_NULL]);
  });

  test('alignment holds for every string length (both word sizes)', () => {
    for (const w of [4, 8] as const) {
      for (let n = 0; n < 40; n++) {
        const argv = Array.from({ length: n % 5 }, (_, i) => 'a'.repeat(n + i));
        const envp = Array.from({ length: n % 3 }, (_, i) => `E${i}=${'b'.repeat(n)}`);
        const s = buildInitialStack({ wordSize: w, stackTop: 0xffff_e000, argv, envp, auxv: [[AT_PAGESZ, 4096]], execfn: 'f'.repeat(n % 7), random, randomPad: n * 3 });
        assert.equal(s.sp % 16, 0);
        const d = decodeStack(s.bytes, s.base, s.sp, w);
        assert.deepEqual(d.argv, argv);
        assert.deepEqual(d.envp, envp);
      }
    }
  });

  test('E2BIG and bad input', () => {
    const big = 'x'.repeat(MAX_ARG_STRLEN);
    assert.throws(
      () => buildInitialStack({ wordSize: 8, stackTop: 0x7fff_ffff_f000, argv: [big], envp: [], auxv: [], execfn: 'a', random }),
      (e: unknown) => e instanceof StackLayoutError && e.errno === 'E2BIG',
    );
    const many = Array.from({ length: 20 }, () => 'y'.repeat(MAX_ARG_STRLEN - 1));
    assert.throws(
      () => buildInitialStack({ wordSize: 8, stackTop: 0x7fff_ffff_f000, argv: many, envp: [], auxv: [], execfn: 'a', random }),
      (e: unknown) => e instanceof StackLayoutError && e.errno === 'E2BIG',
    );
    // ... but it fits with a 64 MiB stack limit.
    buildInitialStack({ wordSize: 8, stackTop: 0x7fff_ffff_f000, argv: many, envp: [], auxv: [], execfn: 'a', random, stackRlimit: 64 << 20 });
    assert.throws(
      () => buildInitialStack({ wordSize: 8, stackTop: 0x7fff_ffff_f000, argv: ['a\0b'], envp: [], auxv: [], execfn: 'a', random }),
      (e: unknown) => e instanceof StackLayoutError && e.errno === 'EINVAL',
    );
    assert.throws(() => buildInitialStack({ wordSize: 8, stackTop: 0x7fff_ffff_f000, argv: [], envp: [], auxv: [], execfn: 'a', random: new Uint8Array(8) }), RangeError);
    assert.throws(() => buildInitialStack({ wordSize: 4, stackTop: 0xffff_e000, argv: [], envp: [], auxv: [[AT_HWCAP, 2 ** 32]], execfn: 'a', random }), RangeError);
    assert.throws(() => buildInitialStack({ wordSize: 8, stackTop: 0x7fff_ffff_f000, argv: [], envp: [], auxv: [[AT_NULL, 0], [AT_HWCAP, 1]], execfn: 'a', random }), RangeError);
  });
});
