// Instruction decoding: legacy prefixes, REX, the one-byte, 0F, 0F38 and 0F3A maps,
// ModRM/SIB/displacement and immediates. Each instruction is decoded once into an
// Insn that the CPU caches per page; the Insn carries its handler.

import type { CPU } from './cpu.js';
import { CpuFault, GP, UD } from './exceptions.js';

export type Handler = (cpu: CPU, i: Insn) => void;

export const IMM_NONE = 0;
export const IMM_B = 1; // 8-bit, sign-extended
export const IMM_W = 2; // 16-bit, zero-extended
export const IMM_Z = 3; // 16 or 32 bits by operand size, sign-extended
export const IMM_V = 4; // 16/32/64 bits by operand size (mov r, imm)
export const IMM_WB = 5; // ENTER: iw then ib
export const IMM_O = 6; // moffs: address-size wide
export const IMM_UB = 7; // 8-bit, zero-extended

export interface OpDef {
  name: string;
  modrm?: boolean;
  imm?: number;
  /** Operand size defaults to 64 in long mode (push, pop, call, jmp…); 66h gives 16. */
  d64?: boolean;
  /** Operand size is 64 in long mode (near branches: Intel ignores 66h, AMD makes it 16). */
  f64?: boolean;
  /** #UD in 64-bit mode. */
  inv64?: boolean;
  h?: Handler;
  /** Handlers per ModRM.reg (opcode extension). */
  group?: Array<Handler | undefined>;
  /** For F6/F7: only these ModRM.reg values take an immediate. */
  immRegs?: number[];
}

/** The decoded instruction. */
export class Insn {
  addr = 0;
  len = 0;
  mode64 = true;
  map = 0;
  opcode = 0;
  name = '';
  op: Handler = invalid;
  /** Operand size in bytes (2, 4 or 8) for instructions with a variable size. */
  opsize = 4;
  /** Address size in bytes (2, 4 or 8). */
  adsize = 8;
  rex = 0;
  /** REX.W */
  w = false;
  p66 = false;
  /** 0, 0xF2 or 0xF3 (the last one seen). */
  rep = 0;
  lock = false;
  /** Segment whose base applies to memory operands: -1 (none/flat), 4 = FS, 5 = GS. */
  seg = -1;
  /** A CS override outside 64-bit mode: the operand is read-only (writes are #GP(0)). */
  csOverride = false;
  /**
   * The memory operand is a stack reference (its segment is SS: a limit or canonical
   * fault is #SS, not #GP): rBP/rSP as the base without an override, or 36h outside
   * 64-bit mode (where 26h/2Eh/36h/3Eh are ignored).
   */
  stackRef = false;
  hasModrm = false;
  mod = 0;
  /** ModRM.reg with REX.R (0–15). */
  reg = 0;
  /** ModRM.rm with REX.B (0–15); a register when mod === 3. */
  rm = 0;
  /** Byte-register codes for reg/rm: 0–15, or 16–19 for AH, CH, DH, BH. */
  regB = 0;
  rmB = 0;
  /** Memory operand: base register (-1 none, 16 = RIP), index (-1 none), scale, disp. */
  base = -1;
  index = -1;
  scale = 1;
  disp = 0;
  imm = 0;
  immHi = 0;
  imm2 = 0;
  /** Mandatory prefix used to select an SSE form: 0, 0x66, 0xF3 or 0xF2. */
  mpfx = 0;
  /** Low 3 bits of the opcode with REX.B (for +r encodings). */
  opreg = 0;
  /** Set if the instruction crosses a page (not cached). */
  crossesPage = false;
  /**
   * Links to the decoded instruction that followed this one on the same page —
   * fall-through and taken branch — valid while `linkGen` equals the CPU's cache
   * generation (bumped whenever a page of decoded code is invalidated).
   */
  fall: Insn | null = null;
  fallGen = -1;
  taken: Insn | null = null;
  takenAddr = NaN;
  takenGen = -1;
}

export function invalid(cpu: CPU, i: Insn): void {
  throw new CpuFault(UD, 0, `invalid opcode ${describeOpcode(i)} at ${hex(i.addr)}`);
}

export function hex(n: number): string {
  if (n < 0) return '0x' + (BigInt(n) + (1n << 64n)).toString(16);
  return '0x' + n.toString(16);
}

function describeOpcode(i: Insn): string {
  const m = ['', '0f ', '0f 38 ', '0f 3a '][i.map];
  return `${m}${i.opcode.toString(16).padStart(2, '0')}`;
}

// ---- the tables ----

/** [map][opcode] → definition without a mandatory prefix. */
const tables: Array<Array<OpDef | undefined>> = [[], [], [], []];
/** Forms selected by a mandatory prefix (66/F3/F2), keyed map*0x10000 + prefix*0x100 + opcode. */
const prefixed = new Map<number, OpDef>();

export const MAP_1 = 0;
export const MAP_0F = 1;
export const MAP_0F38 = 2;
export const MAP_0F3A = 3;

/** Registers an instruction. `prefix` (0x66, 0xF3, 0xF2) makes it a mandatory-prefix form. */
export function defOp(map: number, opcode: number, def: OpDef, prefix = 0): void {
  if (prefix) {
    const key = map * 0x10000 + prefix * 0x100 + opcode;
    if (prefixed.has(key)) throw new Error(`duplicate opcode definition ${prefix.toString(16)} map${map} ${opcode.toString(16)}`);
    prefixed.set(key, def);
    return;
  }
  if (tables[map][opcode]) throw new Error(`duplicate opcode definition map${map} ${opcode.toString(16)} (${def.name})`);
  tables[map][opcode] = def;
}

/** Adds handlers to a group opcode (creating it if needed). */
export function defGroup(map: number, opcode: number, base: Omit<OpDef, 'group' | 'h'>, reg: number, h: Handler, prefix = 0): void {
  let d: OpDef | undefined;
  if (prefix) d = prefixed.get(map * 0x10000 + prefix * 0x100 + opcode);
  else d = tables[map][opcode];
  if (!d) {
    d = { ...base, modrm: true, group: [] };
    defOp(map, opcode, d, prefix);
  }
  if (!d.group) throw new Error(`opcode ${opcode.toString(16)} is not a group`);
  if (d.group[reg]) throw new Error(`duplicate group entry ${opcode.toString(16)}/${reg}`);
  d.group[reg] = h;
}

export function lookupDef(map: number, opcode: number, prefix: number): OpDef | undefined {
  if (prefix) {
    const d = prefixed.get(map * 0x10000 + prefix * 0x100 + opcode);
    if (d) return d;
    if (prefixSelects(map, opcode)) return undefined;
  }
  return tables[map][opcode];
}

/**
 * The SSE rows of the opcode map (SDM vol. 2, appendix A.3: 0F 10–17, 28–2F, 50–7F, AE
 * (group 15), C2–C6, D0–FF, and the 0F 38 / 0F 3A maps but for 0F 38 F0–FF), where 66/F3/F2 select
 * the instruction: a prefix with no form of its own is #UD, not the unprefixed form
 * (F3 0F 2E is not ucomiss). Elsewhere 66 is the operand size and F2/F3 are ignored.
 */
function prefixSelects(map: number, op: number): boolean {
  if (map === MAP_0F) return (op >= 0x10 && op <= 0x17) || (op >= 0x28 && op <= 0x2f) || (op >= 0x50 && op <= 0x7f) || op === 0xae || (op >= 0xc2 && op <= 0xc6) || op >= 0xd0;
  if (map === MAP_0F38) return op < 0xf0;
  return map === MAP_0F3A;
}

// ---- the decoder ----

/** Reads instruction bytes; throws PageFault for fetch faults. */
export interface FetchSource {
  fetch8(addr: number): number;
}

const MAX_LEN = 15;

/**
 * Decodes one instruction at `addr`. `mode64` selects long 64-bit mode; otherwise
 * 32-bit protected/compatibility mode with 32-bit default operand and address sizes.
 * `amd` selects AMD's rule for 66h on near branches in 64-bit mode: a 16-bit operand
 * size (rel16, IP truncated to 16 bits, 2-byte return addresses; AMD APM vol. 3 §1.2.2,
 * and the host CPU does it), where Intel CPUs ignore the prefix.
 */
export function decode(src: FetchSource, addr: number, mode64: boolean, amd = false): Insn {
  const i = new Insn();
  i.addr = addr;
  i.mode64 = mode64;
  let p = addr;
  const limit = addr + MAX_LEN;
  const next = (): number => {
    if (p >= limit) throw new CpuFault(GP, 0, `instruction longer than 15 bytes at ${hex(addr)}`);
    const b = src.fetch8(mode64 ? p : p >>> 0);
    p++;
    return b;
  };
  let p66 = false;
  let p67 = false;
  let seg = -1;
  let segPfx = 0;
  let rep = 0;
  let lastMand = 0; // last of 66/F2/F3 for mandatory-prefix selection
  let b = next();
  let rex = 0;
  // legacy prefixes (any order), then REX (64-bit only, must be last)
  for (;;) {
    if (b === 0x66) {
      p66 = true;
      if (!rep) lastMand = 0x66;
    } else if (b === 0x67) p67 = true;
    else if (b === 0xf2 || b === 0xf3) {
      rep = b;
      lastMand = b;
    } else if (b === 0xf0) i.lock = true;
    else if (b === 0x2e || b === 0x36 || b === 0x3e || b === 0x26) {
      if (!mode64) segPfx = b;
      if (!mode64) {
        seg = -1; // flat segments in Linux user mode: base 0
        i.csOverride = b === 0x2e;
      }
    } else if (b === 0x64 || b === 0x65) {
      seg = b === 0x64 ? 4 : 5;
      segPfx = b;
      i.csOverride = false;
    }
    else if (mode64 && b >= 0x40 && b <= 0x4f) {
      rex = b;
      b = next();
      if (b >= 0x40 && b <= 0x4f) continue; // a REX followed by REX: the last one counts
      if (b === 0x66 || b === 0x67 || b === 0xf2 || b === 0xf3 || b === 0xf0 || (b & 0xe7) === 0x26 || b === 0x64 || b === 0x65) {
        rex = 0; // REX not immediately before the opcode is ignored
        continue;
      }
      break;
    } else break;
    b = next();
  }
  i.rex = rex;
  i.w = (rex & 8) !== 0;
  i.p66 = p66;
  i.rep = rep;
  i.seg = seg;
  let map = MAP_1;
  if (b === 0x0f) {
    b = next();
    map = MAP_0F;
    if (b === 0x38) {
      map = MAP_0F38;
      b = next();
    } else if (b === 0x3a) {
      map = MAP_0F3A;
      b = next();
    }
  }
  i.map = map;
  i.opcode = b;
  i.opreg = (b & 7) | ((rex & 1) << 3);
  const mand = map === MAP_1 ? 0 : lastMand;
  const def = lookupDef(map, b, mand);
  if (def && mand && lookupDef(map, b, 0) !== def) i.mpfx = mand;
  if (!def || (def.inv64 && mode64)) {
    i.len = p - addr;
    i.name = '(bad)';
    i.op = invalid;
    return i;
  }
  i.name = def.name;
  // operand size
  if (mode64) {
    if (def.f64) i.opsize = amd && p66 && !i.w ? 2 : 8;
    else if (i.w) i.opsize = 8;
    else if (p66 && i.mpfx !== 0x66) i.opsize = 2;
    else i.opsize = def.d64 ? 8 : 4;
    i.adsize = p67 ? 4 : 8;
  } else {
    i.opsize = p66 && i.mpfx !== 0x66 ? 2 : 4;
    i.adsize = p67 ? 2 : 4;
  }
  // ModRM
  if (def.modrm) {
    const m = next();
    i.hasModrm = true;
    i.mod = m >> 6;
    const reg = (m >> 3) & 7;
    const rm = m & 7;
    i.reg = reg | ((rex & 4) << 1);
    i.regB = rex || reg < 4 ? i.reg : reg + 12; // AH..BH are codes 16..19
    if (i.mod === 3) {
      i.rm = rm | ((rex & 1) << 3);
      i.rmB = rex || rm < 4 ? i.rm : rm + 12;
    } else if (i.adsize === 2) {
      throw new CpuFault(UD, 0, `16-bit addressing is not supported (at ${hex(addr)})`);
    } else {
      if (rm === 4) {
        const sib = next();
        const ss = sib >> 6;
        const idx = ((sib >> 3) & 7) | ((rex & 2) << 2);
        const base = sib & 7;
        i.scale = 1 << ss;
        i.index = idx === 4 ? -1 : idx;
        if (base === 5 && i.mod === 0) {
          i.base = -1;
          i.disp = readImm(next, 4);
        } else i.base = base | ((rex & 1) << 3);
      } else if (rm === 5 && i.mod === 0) {
        i.base = mode64 ? 16 : -1;
        i.disp = readImm(next, 4);
      } else {
        i.base = rm | ((rex & 1) << 3);
      }
      if (i.mod === 1) i.disp = (readImm(next, 1) << 24) >> 24;
      else if (i.mod === 2) i.disp = readImm(next, 4);
      const stackBase = i.base === 4 || i.base === 5;
      i.stackRef = segPfx === 0 ? stackBase : segPfx === 0x36;
    }
    if (def.group) {
      const h = def.group[reg];
      i.op = h ?? invalid;
      if (!h) i.name += `/${reg}`;
    }
  }
  if (def.h) i.op = def.h;
  // immediates
  let immKind = def.imm ?? IMM_NONE;
  if (def.immRegs && !def.immRegs.includes(i.reg & 7)) immKind = IMM_NONE;
  switch (immKind) {
    case IMM_B:
      i.imm = (readImm(next, 1) << 24) >> 24;
      break;
    case IMM_UB:
      i.imm = readImm(next, 1);
      break;
    case IMM_W:
      i.imm = readImm(next, 2);
      break;
    case IMM_Z:
      i.imm = i.opsize === 2 ? (readImm(next, 2) << 16) >> 16 : readImm(next, 4);
      i.immHi = i.imm >> 31;
      break;
    case IMM_V:
      if (i.opsize === 2) i.imm = readImm(next, 2);
      else if (i.opsize === 4) i.imm = readImm(next, 4);
      else {
        i.imm = readImm(next, 4);
        i.immHi = readImm(next, 4);
      }
      break;
    case IMM_WB:
      i.imm = readImm(next, 2);
      i.imm2 = readImm(next, 1);
      break;
    case IMM_O:
      if (i.adsize === 8) {
        i.imm = readImm(next, 4);
        i.immHi = readImm(next, 4);
      } else if (i.adsize === 4) i.imm = readImm(next, 4);
      else i.imm = readImm(next, 2);
      break;
  }
  i.len = p - addr;
  i.crossesPage = Math.floor(addr / 4096) !== Math.floor((p - 1) / 4096);
  if (i.lock && !lockable(i)) i.op = badLock;
  return i;
}

/** LOCK is allowed only on these read-modify-write instructions with a memory destination (SDM vol. 2, LOCK). */
function lockable(i: Insn): boolean {
  if (i.mod === 3 || !i.hasModrm) return false;
  const r = i.reg & 7;
  if (i.map === MAP_1) {
    const o = i.opcode;
    if (o < 0x40 && (o & 7) <= 1 && o >> 3 !== 7) return true; // add or adc sbb and sub xor r/m, reg
    if (o === 0x80 || o === 0x81 || o === 0x83) return r !== 7;
    if (o === 0x86 || o === 0x87) return true;
    if (o === 0xf6 || o === 0xf7) return r === 2 || r === 3;
    if (o === 0xfe || o === 0xff) return r <= 1;
    return false;
  }
  if (i.map === MAP_0F) {
    const o = i.opcode;
    if (o === 0xab || o === 0xb3 || o === 0xbb || o === 0xb0 || o === 0xb1 || o === 0xc0 || o === 0xc1) return true;
    if (o === 0xba) return r >= 5;
    if (o === 0xc7) return r === 1;
  }
  return false;
}

function badLock(cpu: CPU, i: Insn): void {
  throw new CpuFault(UD, 0, `lock prefix on ${i.name} at ${hex(i.addr)} (not a lockable memory operation)`);
}

/** Little-endian immediate of n bytes; 4-byte values come back as int32. */
function readImm(next: () => number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) v |= next() << (8 * k);
  return n === 4 ? v | 0 : v >>> 0;
}
