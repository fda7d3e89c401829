/**
 * ELF32 (i386) and ELF64 (x86-64) executable parsing and load planning.
 *
 * Pure: the input is the file's bytes, the output is a typed description (`parseElf`) and
 * the list of page mappings Linux's binfmt_elf would create (`planLoad`). Nothing here
 * touches guest memory; the kernel applies the plan.
 *
 * Numbers: every ELF64 field is read as a JS number. A field Linux checks (e_entry,
 * e_phoff, a PT_LOAD's offset/vaddr/filesz/memsz, PT_INTERP's offset/filesz) above the
 * x86-64 user address range (0x0000_7fff_ffff_ffff) is rejected with an ElfError, which
 * also guarantees those values are exact (< 2^53). Fields Linux ignores are never an
 * error (above 2^53 they are the nearest double).
 *
 * Validation follows Linux's load_elf_binary() (fs/binfmt_elf.c): the same checks, each
 * turned into one clear line of text instead of a bare -ENOEXEC/-EINVAL.
 */

/** A malformed or unsupported executable. `message` is one line, suitable for the user. */
export class ElfError extends Error {
  override readonly name = 'ElfError';
}

// ---- constants (from include/uapi/linux/elf.h and elf-em.h) ----

export const ELFCLASS32 = 1;
export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;

export const ET_NONE = 0;
export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;
export const ET_CORE = 4;

export const EM_386 = 3;
/** Linux's elf_check_arch_ia32() also takes the old EM_486 number for i386 programs. */
export const EM_486 = 6;
export const EM_X86_64 = 62;

export const PT_NULL = 0;
export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_INTERP = 3;
export const PT_NOTE = 4;
export const PT_SHLIB = 5;
export const PT_PHDR = 6;
export const PT_TLS = 7;
export const PT_GNU_EH_FRAME = 0x6474e550;
export const PT_GNU_STACK = 0x6474e551;
export const PT_GNU_RELRO = 0x6474e552;
export const PT_GNU_PROPERTY = 0x6474e553;

/** Segment permission bits (p_flags). */
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

/** mmap protection bits, as used in LoadMapping.prot. */
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;

export const PAGE_SIZE = 4096;

/** Highest user address accepted for any 64-bit field (the x86-64 lower canonical half). */
export const USER_ADDR_MAX = 0x7fff_ffff_ffff;
/** x86-64 TASK_SIZE_MAX ((1 << 47) − PAGE_SIZE): user mappings must end at or below this. */
export const TASK_SIZE_64 = 0x7fff_ffff_f000;
/** TASK_SIZE of a 32-bit process on an x86-64 kernel (IA32_PAGE_OFFSET). */
export const TASK_SIZE_32 = 0xffff_e000;
/**
 * x86-64 ELF_ET_DYN_BASE (DEFAULT_MAP_WINDOW / 3 * 2). A PIE is placed at
 * ELF_PAGESTART(ELF_ET_DYN_BASE − first p_vaddr) when randomization is off:
 * 0x555555554000 for a PIE linked at 0.
 */
export const ELF_ET_DYN_BASE_64 = Math.floor(0x7fff_ffff_f000 / 3) * 2; // 0x555555554aaa
/** ELF_ET_DYN_BASE for a 32-bit (ia32) process on an x86-64 kernel. */
export const ELF_ET_DYN_BASE_32 = 0x40_0000;

const EHDR_SIZE_64 = 64;
const EHDR_SIZE_32 = 52;
const PHDR_SIZE_64 = 56;
const PHDR_SIZE_32 = 32;
/** Linux: e_phnum * sizeof(phdr) must be at most ELF_MIN_ALIGN (a page). */
const MAX_PHDR_TABLE = PAGE_SIZE;
/** Linux: PT_INTERP longer than PATH_MAX or shorter than 2 bytes is rejected. */
const PATH_MAX = 4096;

const MACHINE_NAMES: Readonly<Record<number, string>> = {
  0: 'EM_NONE',
  2: 'EM_SPARC',
  3: 'EM_386',
  4: 'EM_68K',
  6: 'EM_486',
  8: 'EM_MIPS',
  20: 'EM_PPC',
  21: 'EM_PPC64',
  22: 'EM_S390',
  40: 'EM_ARM',
  42: 'EM_SH',
  43: 'EM_SPARCV9',
  50: 'EM_IA_64',
  62: 'EM_X86_64',
  183: 'EM_AARCH64',
  243: 'EM_RISCV',
  247: 'EM_BPF',
  258: 'EM_LOONGARCH',
};

const PT_NAMES: Readonly<Record<number, string>> = {
  [PT_NULL]: 'PT_NULL',
  [PT_LOAD]: 'PT_LOAD',
  [PT_DYNAMIC]: 'PT_DYNAMIC',
  [PT_INTERP]: 'PT_INTERP',
  [PT_NOTE]: 'PT_NOTE',
  [PT_SHLIB]: 'PT_SHLIB',
  [PT_PHDR]: 'PT_PHDR',
  [PT_TLS]: 'PT_TLS',
  [PT_GNU_EH_FRAME]: 'PT_GNU_EH_FRAME',
  [PT_GNU_STACK]: 'PT_GNU_STACK',
  [PT_GNU_RELRO]: 'PT_GNU_RELRO',
  [PT_GNU_PROPERTY]: 'PT_GNU_PROPERTY',
};

/** "EM_AARCH64 (183)" or "machine 1234" for an unknown number. */
export function machineName(machine: number): string {
  const n = MACHINE_NAMES[machine];
  return n === undefined ? `machine ${machine}` : `${n} (${machine})`;
}

/** "PT_LOAD", or "0x6474e554" for an unknown type. */
export function segmentTypeName(type: number): string {
  return PT_NAMES[type] ?? `0x${type.toString(16)}`;
}

// ---- types ----

export interface ElfProgramHeader {
  /** Position in the program header table (0-based). */
  readonly index: number;
  readonly type: number;
  /** PF_R | PF_W | PF_X bits. */
  readonly flags: number;
  readonly offset: number;
  readonly vaddr: number;
  readonly paddr: number;
  readonly filesz: number;
  readonly memsz: number;
  readonly align: number;
}

export interface ElfFile {
  /** The layout, decided by e_machine as Linux does: EM_386 → 32 (i386), EM_X86_64 → 64 (x86-64). */
  readonly class: 32 | 64;
  /** EM_386 for class 32 (an EM_486 file too), EM_X86_64 for class 64. */
  readonly machine: typeof EM_386 | typeof EM_X86_64;
  /** e_ident[EI_OSABI] (not checked, as in Linux). */
  readonly osabi: number;
  readonly type: typeof ET_EXEC | typeof ET_DYN;
  /** e_entry as linked (before any load bias). */
  readonly entry: number;
  readonly flags: number;
  readonly phoff: number;
  readonly phentsize: number;
  readonly phnum: number;
  readonly programHeaders: readonly ElfProgramHeader[];
  /** The PT_LOAD headers, in table order. Never empty. */
  readonly loads: readonly ElfProgramHeader[];
  /** PT_INTERP's path (NUL stripped), or null. Non-null only with `allowDynamic`. */
  readonly interp: string | null;
  /** The PT_TLS header (the TLS initialization image), or null. */
  readonly tls: ElfProgramHeader | null;
  /** The PT_PHDR header, or null. */
  readonly phdr: ElfProgramHeader | null;
  /** p_flags of the (last) PT_GNU_STACK header, or null if there is none. */
  readonly gnuStackFlags: number | null;
  /**
   * Whether the stack is executable: PT_GNU_STACK's PF_X if present; otherwise Linux's
   * default (VM_STACK_DEFAULT_FLAGS), which is executable only under READ_IMPLIES_EXEC.
   */
  readonly executableStack: boolean;
  /**
   * Linux's elf_read_implies_exec() on x86: a 32-bit program without PT_GNU_STACK gets the
   * READ_IMPLIES_EXEC personality (every readable mapping is also executable), 64-bit never.
   */
  readonly readImpliesExec: boolean;
  /** ET_DYN without PT_INTERP: a static PIE (or a program loader such as ld.so itself). */
  readonly staticPie: boolean;
  readonly fileSize: number;
}

export interface ParseElfOptions {
  /**
   * Accept programs with PT_INTERP (describe them instead of throwing the
   * "dynamically linked" error). sysgate itself only runs static programs.
   */
  readonly allowDynamic?: boolean;
}

// ---- helpers ----

/** 0x-prefixed hex; a negative number (a load bias below the image) as -0x… */
const hex = (n: number): string => (n < 0 ? `-0x${(-n).toString(16)}` : `0x${n.toString(16)}`);

export function pageAlignDown(n: number): number {
  return n - (n % PAGE_SIZE);
}

export function pageAlignUp(n: number): number {
  const r = n % PAGE_SIZE;
  return r === 0 ? n : n + (PAGE_SIZE - r);
}

class Reader {
  private readonly dv: DataView;
  constructor(bytes: Uint8Array) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u8(off: number): number {
    return this.dv.getUint8(off);
  }
  u16(off: number): number {
    return this.dv.getUint16(off, true);
  }
  u32(off: number): number {
    return this.dv.getUint32(off, true);
  }
  /** An address-sized field: 8 bytes in an ELF64 file, 4 in an ELF32 one. Exact. */
  word(off: number, is64: boolean): bigint {
    return is64 ? this.dv.getBigUint64(off, true) : BigInt(this.dv.getUint32(off, true));
  }
}

/**
 * A field Linux checks, as a number: exact, or an ElfError naming it when it lies above
 * the user address range (load_elf_binary refuses those: BAD_ADDR, TASK_SIZE, or a failing
 * read/mmap at that offset).
 */
function checked(v: bigint, what: string): number {
  if (v > BigInt(USER_ADDR_MAX)) throw new ElfError(`${what} 0x${v.toString(16)} is above the user address range (0x7fffffffffff)`);
  return Number(v);
}

/**
 * A field Linux never checks (p_paddr, p_align, every field of the header types it
 * ignores), as a number and never an error: exact below 2^53, the nearest double above.
 */
function loose(v: bigint): number {
  return Number(v);
}

/**
 * p_align, which Linux only uses when it is a power of two (maximum_alignment() skips the
 * others): exact, or 0 for a non-power of two too large to be exact (so rounding cannot
 * make it look like one).
 */
function looseAlign(v: bigint): number {
  return v > BigInt(Number.MAX_SAFE_INTEGER) && (v & (v - 1n)) !== 0n ? 0 : Number(v);
}

/** Reads program header i; only the fields Linux checks for its type can throw. */
function readPhdr(r: Reader, o: number, i: number, is64: boolean): ElfProgramHeader {
  const type = r.u32(o);
  const w = (off64: number, off32: number): bigint => r.word(o + (is64 ? off64 : off32), is64);
  const vals = {
    offset: w(8, 4),
    vaddr: w(16, 8),
    paddr: w(24, 12),
    filesz: w(32, 16),
    memsz: w(40, 20),
  };
  // PT_LOAD fields decide the mappings; PT_INTERP's offset and size are read from the file
  const strict = type === PT_LOAD ? ['offset', 'vaddr', 'filesz', 'memsz'] : type === PT_INTERP ? ['offset', 'filesz'] : [];
  const num = (k: keyof typeof vals): number => (strict.includes(k) ? checked(vals[k], `program header ${i}: p_${k}`) : loose(vals[k]));
  return {
    index: i,
    type,
    flags: r.u32(o + (is64 ? 4 : 24)),
    offset: num('offset'),
    vaddr: num('vaddr'),
    paddr: num('paddr'),
    filesz: num('filesz'),
    memsz: num('memsz'),
    align: looseAlign(w(48, 28)),
  };
}

// ---- parsing ----

/**
 * Parses and validates an x86 ELF executable.
 * Throws ElfError for anything Linux would refuse to exec (and for dynamically linked
 * programs unless `opts.allowDynamic`).
 *
 * Like Linux, the layout is chosen by e_machine, not by e_ident: binfmt_elf takes an
 * EM_X86_64 file and reads it as ELF64, compat_binfmt_elf takes an EM_386 one and reads
 * it as ELF32; neither looks at EI_CLASS, EI_DATA or EI_VERSION (elf_check_arch() is all
 * they check besides the magic and e_type).
 */
export function parseElf(bytes: Uint8Array, opts: ParseElfOptions = {}): ElfFile {
  const size = bytes.length;
  const magic = [0x7f, 0x45, 0x4c, 0x46];
  if (size === 0) throw new ElfError('not an ELF file (empty file)');
  for (let i = 0; i < Math.min(size, 4); i++) {
    if (bytes[i] !== magic[i]) throw new ElfError('not an ELF file');
  }
  if (size < 20) throw new ElfError(`truncated ELF header (${size} bytes)`);

  const r = new Reader(bytes);
  const eType = r.u16(16);
  const eMachine = r.u16(18);
  // a genuinely big-endian file reads as nonsense here: say so
  const bigEndian = bytes[5] === 2 ? ' (the file says it is big-endian, ELFDATA2MSB: x86 is little-endian)' : '';

  if (eType !== ET_EXEC && eType !== ET_DYN) {
    switch (eType) {
      case ET_REL:
        throw new ElfError('relocatable object file (ET_REL), not an executable: link it first');
      case ET_CORE:
        throw new ElfError('core dump (ET_CORE), not an executable');
      case ET_NONE:
        throw new ElfError('ELF file of type ET_NONE, not an executable');
      default:
        throw new ElfError(`unsupported ELF type ${hex(eType)}, not an executable${bigEndian}`);
    }
  }
  if (eMachine !== EM_X86_64 && eMachine !== EM_386 && eMachine !== EM_486) {
    throw new ElfError(`unsupported machine ${machineName(eMachine)}; sysgate runs x86-64 and i386 programs${bigEndian}`);
  }
  const is64 = eMachine === EM_X86_64;
  if (!is64 || bytes[4] !== ELFCLASS32) return parseLayout(bytes, r, is64, eType, opts);
  // ELFCLASS32 with EM_X86_64 is x32 — unless it reads as a valid ELF64 file, as Linux reads it
  try {
    return parseLayout(bytes, r, true, eType, opts);
  } catch (e) {
    if (e instanceof ElfError) throw new ElfError(`x32 ABI program (ELFCLASS32 for EM_X86_64) is not supported (as ELF64: ${e.message})`);
    throw e;
  }
}

/** parseElf after the identification: the header and program headers of one layout. */
function parseLayout(bytes: Uint8Array, r: Reader, is64: boolean, eType: number, opts: ParseElfOptions): ElfFile {
  const size = bytes.length;
  const ehsize = is64 ? EHDR_SIZE_64 : EHDR_SIZE_32;
  if (size < ehsize) throw new ElfError(`truncated ELF header (${size} bytes, an ELF${is64 ? 64 : 32} header is ${ehsize})`);

  const entry = checked(r.word(24, is64), 'entry point');
  const phoff = checked(r.word(is64 ? 32 : 28, is64), 'e_phoff');
  const eFlags = r.u32(is64 ? 48 : 36);
  const phentsize = r.u16(is64 ? 54 : 42);
  const phnum = r.u16(is64 ? 56 : 44);
  const wantPhent = is64 ? PHDR_SIZE_64 : PHDR_SIZE_32;
  const taskSize = is64 ? TASK_SIZE_64 : TASK_SIZE_32;

  // load_elf_phdrs()
  if (phentsize !== wantPhent) throw new ElfError(`bad e_phentsize ${phentsize} (expected ${wantPhent})`);
  if (phnum === 0) throw new ElfError('no program headers (e_phnum is 0)');
  if (phnum * phentsize > MAX_PHDR_TABLE) {
    throw new ElfError(`too many program headers (${phnum}; at most ${Math.floor(MAX_PHDR_TABLE / phentsize)})`);
  }
  if (phoff > size || phnum * phentsize > size - phoff) {
    throw new ElfError(`program header table lies outside the file (offset ${hex(phoff)}, ${phnum} × ${phentsize} bytes, file is ${hex(size)} bytes)`);
  }

  const phdrs: ElfProgramHeader[] = [];
  for (let i = 0; i < phnum; i++) {
    const ph = readPhdr(r, phoff + i * phentsize, i, is64);
    // Linux reads PT_INTERP's bytes (a short read is -EIO). A PT_LOAD beyond the end of the
    // file is mapped all the same: touching its pages past EOF raises SIGBUS (the kernel's
    // page-fault handler does that, src/kernel/mm.ts). Other types are never read.
    const readFromFile = ph.type === PT_INTERP;
    if (readFromFile && ph.filesz > 0 && (ph.offset > size || ph.filesz > size - ph.offset)) {
      throw new ElfError(
        `program header ${i} lies outside the file (${segmentTypeName(ph.type)} at offset ${hex(ph.offset)} + ${hex(ph.filesz)} bytes, file is ${hex(size)} bytes)`,
      );
    }
    phdrs.push(ph);
  }

  // PT_LOAD checks (load_elf_binary's BAD_ADDR / filesz / TASK_SIZE checks, and elf_map's
  // requirement that p_offset and p_vaddr agree modulo the page size). Segments may
  // overlap: Linux maps every PT_LOAD after the first with MAP_FIXED, a later one
  // replacing the pages of an earlier one, and so does planLoad's list.
  const loads = phdrs.filter((p) => p.type === PT_LOAD);
  if (loads.length === 0) throw new ElfError('no PT_LOAD segments');
  for (const p of loads) {
    if (p.filesz > p.memsz) {
      throw new ElfError(`program header ${p.index}: p_filesz ${hex(p.filesz)} exceeds p_memsz ${hex(p.memsz)}`);
    }
    if (p.vaddr >= taskSize || p.memsz > taskSize || p.vaddr > taskSize - p.memsz) {
      throw new ElfError(
        `program header ${p.index}: segment ${hex(p.vaddr)}-${hex(p.vaddr + p.memsz)} extends beyond the user address space (${hex(taskSize)})`,
      );
    }
    if (p.filesz > 0 && p.vaddr % PAGE_SIZE !== p.offset % PAGE_SIZE) {
      throw new ElfError(
        `program header ${p.index}: p_vaddr ${hex(p.vaddr)} and p_offset ${hex(p.offset)} differ modulo the page size`,
      );
    }
  }

  // load_elf_binary(): an ET_DYN image is placed by the size of its PT_LOAD span
  // (total_mapping_size()); a span of 0 bytes is -EINVAL.
  if (eType === ET_DYN) {
    const lo = Math.min(...loads.map((p) => pageAlignDown(p.vaddr)));
    const hi = Math.max(...loads.map((p) => p.vaddr + p.memsz));
    if (hi - lo === 0) throw new ElfError('position-independent (ET_DYN) image whose PT_LOAD segments span no memory');
  }

  // PT_INTERP: Linux uses the first one.
  let interp: string | null = null;
  const interpPh = phdrs.find((p) => p.type === PT_INTERP);
  if (interpPh !== undefined) {
    if (interpPh.filesz > PATH_MAX || interpPh.filesz < 2) {
      throw new ElfError(`program header ${interpPh.index}: bad PT_INTERP size ${interpPh.filesz}`);
    }
    const raw = bytes.subarray(interpPh.offset, interpPh.offset + interpPh.filesz);
    if (raw[raw.length - 1] !== 0) {
      throw new ElfError(`program header ${interpPh.index}: PT_INTERP is not a NUL-terminated path`);
    }
    const nul = raw.indexOf(0);
    interp = new TextDecoder('utf-8').decode(raw.subarray(0, nul));
    if (!opts.allowDynamic) {
      throw new ElfError(`dynamically linked (needs ${interp}); sysgate runs static programs only`);
    }
  }

  let gnuStackFlags: number | null = null;
  for (const p of phdrs) if (p.type === PT_GNU_STACK) gnuStackFlags = p.flags; // last one wins, as in Linux
  const readImpliesExec = !is64 && gnuStackFlags === null;
  const executableStack = gnuStackFlags === null ? readImpliesExec : (gnuStackFlags & PF_X) !== 0;

  return {
    class: is64 ? 64 : 32,
    machine: is64 ? EM_X86_64 : EM_386,
    osabi: bytes[7],
    type: eType === ET_EXEC ? ET_EXEC : ET_DYN,
    entry,
    flags: eFlags,
    phoff,
    phentsize,
    phnum,
    programHeaders: phdrs,
    loads,
    interp,
    tls: phdrs.find((p) => p.type === PT_TLS) ?? null,
    phdr: phdrs.find((p) => p.type === PT_PHDR) ?? null,
    gnuStackFlags,
    executableStack,
    readImpliesExec,
    staticPie: eType === ET_DYN && interp === null,
    fileSize: size,
  };
}

// ---- load planning ----

/**
 * One page-aligned mapping to create. Apply the mappings in order; like mmap(MAP_FIXED),
 * a later mapping replaces any pages of an earlier one it covers (only possible when two
 * segments share a page).
 *
 * To apply one: create [vaddr, vaddr+size) with `prot`, zero-filled; copy
 * file[fileOffset, fileOffset+fileBytes) to vaddr; then zero [zeroFrom, vaddr+size).
 */
export interface LoadMapping {
  /** Index of the PT_LOAD program header this mapping comes from. */
  readonly phdrIndex: number;
  /**
   * 'file': the file-backed pages of the segment (Linux: elf_map → vm_mmap of the file);
   * 'anon': the whole-page remainder of its bss (Linux: vm_brk_flags → anonymous memory).
   */
  readonly kind: 'file' | 'anon';
  /** Page-aligned start address (load bias applied). */
  readonly vaddr: number;
  /** Page-aligned length in bytes. */
  readonly size: number;
  /** PROT_READ | PROT_WRITE | PROT_EXEC. */
  readonly prot: number;
  /**
   * Page-aligned file offset that maps to `vaddr` (p_offset − page offset of p_vaddr).
   * Like Linux, whole file pages are mapped: bytes of the file before the segment's start
   * in its first page (e.g. the ELF header) are visible too. 0 for 'anon'.
   */
  readonly fileOffset: number;
  /**
   * Bytes to copy from the file at `fileOffset` to `vaddr`: every file page the segment's
   * p_filesz touches, clamped to the end of the file (a page past EOF reads as zeros).
   * 0 for 'anon'.
   */
  readonly fileBytes: number;
  /**
   * First address to zero after copying, up to vaddr+size: the segment's end of file data
   * (p_vaddr + p_filesz) when it has bss (p_memsz > p_filesz) — Linux's padzero() of the
   * partial page. Equal to vaddr+size when nothing is zeroed: a segment without bss keeps
   * the file bytes after its end in its last page, and for a non-writable segment Linux's
   * padzero() fails silently and the file bytes stay as well.
   */
  readonly zeroFrom: number;
}

export interface TlsImage {
  /** Address of the TLS initialization image (load bias applied). */
  readonly vaddr: number;
  readonly filesz: number;
  readonly memsz: number;
  readonly align: number;
}

export interface LoadPlan {
  readonly loadBias: number;
  /** e_entry + load bias (AT_ENTRY, and the initial instruction pointer for a static program). */
  readonly entry: number;
  readonly mappings: readonly LoadMapping[];
  /**
   * AT_PHDR: where the program headers are in memory, as load_elf_binary() computes it —
   * the address inside the (last) PT_LOAD whose file bytes contain e_phoff; PT_PHDR is not
   * consulted. When no PT_LOAD holds them, 0 + the load bias.
   */
  readonly phdrAddr: number;
  /** AT_PHENT: sizeof(Elf{32,64}_Phdr). */
  readonly phent: number;
  /** AT_PHNUM. */
  readonly phnum: number;
  /** Initial program break: the page-aligned end of the highest segment (mm->start_brk). */
  readonly brkStart: number;
  /** mm->start_code / end_code / start_data / end_data, computed as binfmt_elf does. */
  readonly startCode: number;
  readonly endCode: number;
  readonly startData: number;
  readonly endData: number;
  readonly tls: TlsImage | null;
  readonly executableStack: boolean;
  readonly readImpliesExec: boolean;
}

/**
 * The load bias Linux would choose with address-space randomization off:
 * 0 for ET_EXEC; for ET_DYN, ELF_PAGESTART(ELF_ET_DYN_BASE − first p_vaddr) with
 * ELF_ET_DYN_BASE rounded down to the largest power-of-two PT_LOAD p_align (at least a
 * page) — 0x555555554000 for an x86-64 PIE linked at 0, 0x400000 for an i386 one.
 *
 * Note: this is Linux's placement for a PIE with an interpreter, and for a static PIE
 * whose alignment exceeds a page. Linux 6.x maps a static PIE with page alignment into the
 * mmap region instead (load_bias 0 without MAP_FIXED, i.e. just below the mmap base,
 * e.g. 0x7ffff7fxx000); a kernel that wants that places it itself and passes its own bias.
 */
export function defaultLoadBias(elf: ElfFile): number {
  if (elf.type === ET_EXEC) return 0;
  let alignment = 0;
  for (const p of elf.loads) {
    const a = p.align;
    if (a > 0 && Number.isInteger(Math.log2(a))) alignment = Math.max(alignment, a);
  }
  alignment = pageAlignUp(alignment);
  let base = elf.class === 64 ? ELF_ET_DYN_BASE_64 : ELF_ET_DYN_BASE_32;
  if (alignment > 0) base -= base % alignment;
  return pageAlignDown(base - elf.loads[0].vaddr);
}

function protOf(flags: number, readImpliesExec: boolean): number {
  let prot = 0;
  if (flags & PF_R) prot |= PROT_READ;
  if (flags & PF_W) prot |= PROT_WRITE;
  if (flags & PF_X) prot |= PROT_EXEC;
  if (readImpliesExec && prot & PROT_READ) prot |= PROT_EXEC;
  return prot;
}

/**
 * Lists the mappings binfmt_elf creates for `elf` at `loadBias` (which must be 0 for
 * ET_EXEC and a multiple of PAGE_SIZE for ET_DYN; see defaultLoadBias).
 *
 * Per PT_LOAD with p_memsz > 0, in table order:
 * - if p_filesz > 0, a 'file' mapping of the file pages covering [p_vaddr, p_vaddr+p_filesz)
 *   with the segment's protection; when p_memsz > p_filesz the rest of its last page is
 *   zeroed (if writable);
 * - if the bss reaches past that last page, an 'anon' mapping for the remaining whole
 *   pages, read/write (+exec if the segment is executable), as Linux's vm_brk_flags() does.
 * Under READ_IMPLIES_EXEC every readable mapping is also executable.
 */
export function planLoad(elf: ElfFile, loadBias: number): LoadPlan {
  if (!Number.isSafeInteger(loadBias)) throw new ElfError(`load bias ${loadBias} is not an integer`);
  if (elf.type === ET_EXEC && loadBias !== 0) {
    throw new ElfError(`ET_EXEC program cannot be relocated (load bias ${hex(loadBias)}, must be 0)`);
  }
  if (loadBias % PAGE_SIZE !== 0) throw new ElfError(`load bias ${hex(loadBias)} is not page-aligned`);
  const taskSize = elf.class === 64 ? TASK_SIZE_64 : TASK_SIZE_32;
  const rie = elf.readImpliesExec;

  const mappings: LoadMapping[] = [];
  let brk = 0;
  let startCode = Number.MAX_SAFE_INTEGER;
  let endCode = 0;
  let startData = 0;
  let endData = 0;

  for (const p of elf.loads) {
    const start = p.vaddr + loadBias;
    const end = start + p.memsz;
    if (start < 0 || end > taskSize) {
      throw new ElfError(
        `program header ${p.index}: segment ${hex(start)}-${hex(end)} (load bias ${hex(loadBias)}) is outside the user address space`,
      );
    }
    // mm->start_code etc., as load_elf_binary computes them (on unbiased values, then biased).
    if (p.flags & PF_X && start < startCode) startCode = start;
    if (start > startData) startData = start;
    const fileEnd = start + p.filesz;
    if (p.flags & PF_X && fileEnd > endCode) endCode = fileEnd;
    if (fileEnd > endData) endData = fileEnd;
    if (end > brk) brk = end;

    // (below vm.mmap_min_addr only a privileged task may map: the kernel decides, at exec)
    if (p.memsz === 0) continue;
    const prot = protOf(p.flags, rie);
    const pageStart = pageAlignDown(start);
    let anonStart = pageStart;
    if (p.filesz > 0) {
      const fileMapEnd = pageAlignUp(fileEnd);
      const fileOffset = p.offset - (start - pageStart);
      const size = fileMapEnd - pageStart;
      const fileBytes = Math.max(0, Math.min(size, elf.fileSize - fileOffset));
      const zeroFrom = p.memsz > p.filesz && prot & PROT_WRITE ? fileEnd : pageStart + size;
      mappings.push({ phdrIndex: p.index, kind: 'file', vaddr: pageStart, size, prot, fileOffset, fileBytes, zeroFrom });
      anonStart = fileMapEnd;
    }
    const anonEnd = pageAlignUp(end);
    if (p.memsz > p.filesz && anonEnd > anonStart) {
      let aprot = PROT_READ | PROT_WRITE | (prot & PROT_EXEC);
      if (rie) aprot |= PROT_EXEC;
      mappings.push({
        phdrIndex: p.index,
        kind: 'anon',
        vaddr: anonStart,
        size: anonEnd - anonStart,
        prot: aprot,
        fileOffset: 0,
        fileBytes: 0,
        zeroFrom: anonStart,
      });
    }
  }
  if (startCode === Number.MAX_SAFE_INTEGER) startCode = 0;

  const entry = elf.entry + loadBias;
  if (entry < 0 || entry >= taskSize) {
    throw new ElfError(`entry point ${hex(entry)} is outside the user address space`);
  }

  // load_elf_binary(): the PT_LOAD whose file bytes hold e_phoff (the last such one); PT_PHDR
  // is not consulted. Not found: 0 + load_bias.
  let phdrAddr = 0;
  for (const p of elf.loads) {
    if (p.offset <= elf.phoff && elf.phoff < p.offset + p.filesz) phdrAddr = elf.phoff - p.offset + p.vaddr;
  }
  phdrAddr += loadBias;

  const t = elf.tls;
  return {
    loadBias,
    entry,
    mappings,
    phdrAddr,
    phent: elf.phentsize,
    phnum: elf.phnum,
    brkStart: pageAlignUp(brk),
    startCode,
    endCode,
    startData,
    endData,
    tls: t === null ? null : { vaddr: t.vaddr + loadBias, filesz: t.filesz, memsz: t.memsz, align: t.align },
    executableStack: elf.executableStack,
    readImpliesExec: rie,
  };
}
