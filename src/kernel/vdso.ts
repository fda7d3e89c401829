// The vDSO (Linux: arch/x86/entry/vdso/vma.c and kernel/time/vsyscall.c): a real ELF
// shared object, built from guest/vdso/, mapped into every process at exec together
// with its data page(s), the vvar, which the kernel keeps current so that the vDSO's
// time functions never need to enter the kernel.
//
// Per machine (on first exec):
//   - the images' frames: vdso64 as built; vdso32 with __kernel_vsyscall's entry
//     instruction chosen for the CPU vendor (patchAlternatives: SYSENTER on Intel,
//     SYSCALL on AMD, where SYSENTER is #UD in long mode) — Linux's boot-time
//     "alternatives", done once; every process maps the same frames;
//   - one vvar data frame, written by the timekeeper's publisher (writeVvar) after
//     each update: a seqcount, clock mode, cycle_last, mask, mult, shift, the base
//     time of each vDSO clock, tz, hrtimer_res (layout: guest/vdso/vvar.h);
//   - a kernel-event listener: on every system-call entry and exit the timekeeper
//     is made the active one and ticks (src/kernel/time.ts);
//   - the legacy vsyscall page (src/kernel/vsyscall.ts).
// Per exec: [vvar] (4 pages, read-only) and directly above it [vdso] (read+exec), at
// a randomized address drawn from k.random (so a seeded machine repeats it), in the
// mmap area. AT_SYSINFO_EHDR is the [vdso] base; for an i386 task AT_SYSINFO is
// __kernel_vsyscall.
//
// Tracing. A vDSO call that does not fall back to a system call is invisible to
// strace. To show it, the kernel sets probes on the decoded first instruction of
// each exported function and on each of their `ret`s (wrapping the decoded
// instruction's handler: no trap, no kernel entry, no change to the guest) and
// emits 'vdso-call' events (src/kernel/events.ts) with the arguments, the result,
// and how many system calls the call made.

import { PAGE_SIZE } from '../mem/memory.js';
import { RAX, RBX, RCX, RDX, RDI, RSI, RSP } from '../cpu/cpu.js';
import { MAP_1, type Insn } from '../cpu/decode.js';
import { decodeBase64 } from './boot.js';
import { VDSO32, VDSO64, type VdsoExport, type VdsoImageSpec } from './generated/vdso_images.js';
import { MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, PROT_EXEC, PROT_READ, type MM, type SpecialMapping } from './mm.js';
import {
  activateTimekeeper, timekeeperOf, CLOCK_BOOTTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_COARSE, CLOCK_MONOTONIC_RAW,
  CLOCK_REALTIME, CLOCK_REALTIME_COARSE, CLOCK_TAI, HRTIMER_RES_NSEC, type Timekeeper,
} from './time.js';
import { mapVsyscallPage } from './vsyscall.js';
import type { Kernel } from './kernel.js';
import type { Task } from './task.js';
import type { KernelEvent, VdsoCallEvent } from './events.js';

// ---- the vvar layout (guest/vdso/vvar.h) ----

/** Pages of the vvar area, directly below the vDSO text (Linux 6.1: vvar, pvclock, hvclock, timens). */
export const VVAR_PAGES = 4;
/** Offset of struct vdso_data[0] in the vvar page. */
export const VDSO_DATA_OFFSET = 128;
/** Size of one struct vdso_data. */
export const VDSO_DATA_SIZE = 240;
/** Field offsets in struct vdso_data. */
export const VD = {
  seq: 0, clockMode: 4, cycleLast: 8, mask: 16, mult: 24, shift: 28, basetime: 32,
  tzMinuteswest: 224, tzDsttime: 228, hrtimerRes: 232,
} as const;
/** Records: [0] the high-resolution and coarse clocks, [1] CLOCK_MONOTONIC_RAW. */
export const CS_HRES_COARSE = 0;
export const CS_RAW = 1;
export const VDSO_CLOCKMODE_NONE = 0;
export const VDSO_CLOCKMODE_TSC = 1;
/** The clocks served from record CS_HRES_COARSE. */
const HRES_COARSE_CLOCKS = [CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_TAI, CLOCK_REALTIME_COARSE, CLOCK_MONOTONIC_COARSE];

/** Which instruction __kernel_vsyscall enters the kernel with. */
export type Vsyscall32Entry = 'sysenter' | 'syscall' | 'int80';

// ---- images ----

export interface VdsoImage {
  readonly spec: VdsoImageSpec;
  readonly bits: 32 | 64;
  /** Page-padded bytes, as built (before patching). */
  readonly bytes: Uint8Array;
  readonly pages: number;
  sym(name: string): number;
  /** Exported functions, one per address (the __vdso_/__kernel_ name preferred over a weak alias). */
  readonly functions: readonly VdsoExport[];
}

function loadImage(spec: VdsoImageSpec): VdsoImage {
  const raw = decodeBase64(spec.base64);
  const pages = Math.ceil(raw.length / PAGE_SIZE);
  const bytes = new Uint8Array(pages * PAGE_SIZE);
  bytes.set(raw);
  const byAddr = new Map<number, VdsoExport>();
  for (const e of spec.exports) {
    const cur = byAddr.get(e.offset);
    if (!cur || (cur.weak && !e.weak)) byAddr.set(e.offset, e);
  }
  return {
    spec,
    bits: spec.bits,
    bytes,
    pages,
    sym(name: string): number {
      const v = spec.symbols[name];
      if (v === undefined) throw new Error(`vDSO ${spec.name} has no symbol ${name}`);
      return v;
    },
    functions: [...byAddr.values()].sort((a, b) => a.offset - b.offset),
  };
}

let images: { v64: VdsoImage; v32: VdsoImage } | null = null;
export function vdsoImages(): { v64: VdsoImage; v32: VdsoImage } {
  images ??= { v64: loadImage(VDSO64), v32: loadImage(VDSO32) };
  return images;
}

/**
 * The bytes of the i386 image with __kernel_vsyscall's entry sequence chosen: the
 * 4 bytes at sg_vsyscall_alt become the sg_alt_<entry> sequence from the image's
 * own .altinstr_replacement section.
 */
export function patchAlternatives(img: VdsoImage, entry: Vsyscall32Entry): Uint8Array {
  const out = img.bytes.slice();
  const site = img.sym('sg_vsyscall_alt');
  const order: Array<[string, string]> = [['sg_alt_sysenter', 'sg_alt_syscall'], ['sg_alt_syscall', 'sg_alt_int80'], ['sg_alt_int80', 'sg_alt_end']];
  const [from, to] = order[entry === 'sysenter' ? 0 : entry === 'syscall' ? 1 : 2];
  const a = img.sym(from);
  const b = img.sym(to);
  if (b - a !== 4) throw new Error(`vDSO alternative ${from} is ${b - a} bytes, expected 4`);
  out.copyWithin(site, a, b);
  return out;
}

/** The entry Linux would patch in for this CPU: SYSENTER (Intel) or SYSCALL (AMD). */
export function defaultVsyscall32Entry(vendor: 'intel' | 'amd'): Vsyscall32Entry {
  return vendor === 'amd' ? 'syscall' : 'sysenter';
}

// ---- per-machine state ----

export interface VdsoMapping {
  /** Address of the image (AT_SYSINFO_EHDR). */
  readonly base: number;
  /** Start of the [vvar] area (base − 4 pages). */
  readonly vvar: number;
  readonly image: VdsoImage;
}

interface OpenCall {
  fn: VdsoExport;
  addr: number;
  retired: number;
  syscalls: number;
}

export interface VdsoOptions {
  /** __kernel_vsyscall's entry instruction (default: by CPU vendor, as Linux). Set before the first exec. */
  vsyscall32?: Vsyscall32Entry;
  /** false: the vvar says "no vDSO clock" (VDSO_CLOCKMODE_NONE) and every vDSO call falls back to the system call. */
  vdsoClock?: boolean;
}

class VdsoState {
  readonly tk: Timekeeper;
  readonly frames64: number[];
  readonly frames32: number[];
  readonly vvarFrame: number;
  readonly entry32: Vsyscall32Entry;
  readonly mappings = new WeakMap<MM, VdsoMapping>();
  /** Calls in progress (enter seen, return not yet), innermost last. */
  readonly open: OpenCall[] = [];
  /** Decoded instructions already carrying a probe. */
  private readonly armed = new WeakSet<Insn>();

  constructor(readonly k: Kernel, opts: VdsoOptions) {
    const { v64, v32 } = vdsoImages();
    this.entry32 = opts.vsyscall32 ?? defaultVsyscall32Entry(k.cpu.vendor);
    this.frames64 = this.framesFor(v64.bytes);
    this.frames32 = this.framesFor(patchAlternatives(v32, this.entry32));
    this.vvarFrame = this.framesFor(new Uint8Array(PAGE_SIZE))[0];
    this.tk = timekeeperOf(k.cpu);
    if (opts.vdsoClock === false) this.tk.clockMode = VDSO_CLOCKMODE_NONE;
    this.tk.onUpdate((tk) => writeVvar(k, this.vvarFrame, tk));
    this.tk.update();
    activateTimekeeper(this.tk);
    mapVsyscallPage(k);
    k.on((e) => this.onEvent(e));
  }

  /** Kernel-owned frames holding bytes (one reference kept forever; each mapping takes another). */
  private framesFor(bytes: Uint8Array): number[] {
    const out: number[] = [];
    for (let off = 0; off < bytes.length; off += PAGE_SIZE) {
      const f = this.k.phys.alloc();
      if (!f) throw new Error('out of memory for the vDSO');
      this.k.phys.u8.set(bytes.subarray(off, off + PAGE_SIZE), f * PAGE_SIZE);
      out.push(f);
    }
    return out;
  }

  private onEvent(e: KernelEvent): void {
    if (e.type === 'syscall-enter') {
      // kernel entry: this machine's clock is the one system calls read; the tick
      activateTimekeeper(this.tk);
      this.tk.tick();
      for (const c of this.open) c.syscalls++;
    } else if (e.type === 'syscall-exit') {
      this.tk.tick();
      // calls that can drop decoded instructions of the vDSO: set the probes again
      const n = e.enter.name;
      if (n === 'mprotect' || n === 'munmap' || n === 'mremap' || n === 'madvise' || n === 'execve') this.armProbes(e.task);
    }
  }

  /** Maps [vvar] and [vdso] into the task's (new) memory map. */
  map(t: Task): VdsoMapping {
    const mm = t.mm;
    const have = this.mappings.get(mm);
    if (have) return have;
    const { v64, v32 } = vdsoImages();
    const image = t.compat ? v32 : v64;
    const frames = t.compat ? this.frames32 : this.frames64;
    const vvarLen = VVAR_PAGES * PAGE_SIZE;
    const len = vvarLen + image.pages * PAGE_SIZE;
    const vvar = chooseAddress(this.k, mm, len, t.compat);
    const base = vvar + vvarLen;
    // _install_special_mapping(): the frames go in at once (the probes need decoded code)
    const mapPages = (addr: number, special: SpecialMapping, prot: number) => {
      const r = mm.map(addr, special.frames.length * PAGE_SIZE, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, null, 0, special);
      if (r < 0) throw new Error(`cannot map ${special.name} at 0x${addr.toString(16)} (errno ${-r})`);
      special.frames.forEach((f, i) => f && mm.populate(addr + i * PAGE_SIZE));
    };
    // [vvar]: the data page first; pages 1-3 (Linux's pvclock/hvclock/timens) have no frame (SIGBUS)
    mapPages(vvar, { name: '[vvar]', frames: [this.vvarFrame, 0, 0, 0], pfnmap: true }, PROT_READ);
    mapPages(base, { name: '[vdso]', frames, pfnmap: false }, PROT_READ | PROT_EXEC);
    const m: VdsoMapping = { base, vvar, image };
    this.mappings.set(mm, m);
    return m;
  }

  mappingOf(t: Task): VdsoMapping | null {
    return this.mappings.get(t.mm) ?? null;
  }

  // ---- probes ----

  /** Sets the probes on the task's vDSO (first instruction and every ret of each exported function). */
  armProbes(t: Task): void {
    const m = this.mappingOf(t);
    if (!m) return;
    const cpu = this.k.cpu;
    const mode64 = m.image.bits === 64;
    const savedMode = cpu.mode64;
    const savedUser = this.k.as.user;
    cpu.mode64 = mode64;
    this.k.as.user = false;
    try {
      for (const fn of m.image.functions) {
        const start = m.base + fn.offset;
        this.probe(start, () => this.onEnter(fn, start));
        // walk the function's instructions for its returns
        for (let a = start; a < start + fn.size; ) {
          const i = cpu.fetchInsn(a);
          if (i.map === MAP_1 && (i.opcode === 0xc3 || i.opcode === 0xc2)) this.probe(a, () => this.onReturn(fn, start));
          a += Math.max(1, i.len);
        }
      }
    } finally {
      cpu.mode64 = savedMode;
      this.k.as.user = savedUser;
    }
  }

  private probe(addr: number, before: () => void): void {
    const i = this.k.cpu.fetchInsn(addr);
    if (this.armed.has(i) || i.crossesPage) return;
    const op = i.op;
    i.op = (cpu, insn) => {
      before();
      op(cpu, insn);
    };
    this.armed.add(i);
  }

  private args(t: Task, fn: VdsoExport): bigint[] {
    const cpu = this.k.cpu;
    if (!t.compat) return [cpu.reg64Big(RDI), cpu.reg64Big(RSI), cpu.reg64Big(RDX)];
    const r32 = (n: number) => BigInt(cpu.regs[n * 2] >>> 0);
    if (fn.name === '__kernel_vsyscall') return [r32(RAX), r32(RBX), r32(RCX), r32(RDX)];
    const sp = cpu.regs[RSP * 2] >>> 0;
    const out: bigint[] = [];
    for (let k = 1; k <= 3; k++) {
      try {
        out.push(BigInt(t.um.u32(sp + 4 * k)));
      } catch {
        out.push(0n);
      }
    }
    return out;
  }

  private onEnter(fn: VdsoExport, addr: number): void {
    const cpu = this.k.cpu;
    const t = this.k.current;
    this.open.push({ fn, addr, retired: cpu.retired, syscalls: 0 });
    const ev: VdsoCallEvent = {
      type: 'vdso-call', task: t, phase: 'enter', symbol: fn.name, version: fn.version, addr,
      abi: t.compat ? 'ia32' : 'x64', args: this.args(t, fn), ret: null, syscalls: 0, instructions: 0,
      depth: this.open.length - 1,
    };
    this.k.emit(ev);
  }

  private onReturn(fn: VdsoExport, addr: number): void {
    const t = this.k.current;
    // the innermost open call of this function (a stray ret without an enter is ignored)
    let k = this.open.length - 1;
    while (k >= 0 && this.open[k].addr !== addr) k--;
    if (k < 0) return;
    const c = this.open[k];
    this.open.length = k;
    const cpu = this.k.cpu;
    const ret = t.compat ? BigInt(cpu.regs[RAX * 2]) : BigInt.asIntN(64, cpu.reg64Big(RAX));
    const ev: VdsoCallEvent = {
      type: 'vdso-call', task: t, phase: 'return', symbol: fn.name, version: fn.version, addr,
      abi: t.compat ? 'ia32' : 'x64', args: [], ret, syscalls: c.syscalls, instructions: cpu.retired - c.retired,
      depth: k,
    };
    this.k.emit(ev);
  }
}

const states = new WeakMap<Kernel, VdsoState>();
const pendingOptions = new WeakMap<Kernel, VdsoOptions>();

function state(k: Kernel): VdsoState {
  let s = states.get(k);
  if (!s) {
    s = new VdsoState(k, pendingOptions.get(k) ?? {});
    states.set(k, s);
  }
  return s;
}

/** Sets vDSO options for a machine; takes effect if called before its first exec. */
export function configureVdso(k: Kernel, opts: VdsoOptions): void {
  pendingOptions.set(k, { ...(pendingOptions.get(k) ?? {}), ...opts });
  const s = states.get(k);
  if (s && opts.vdsoClock !== undefined) {
    s.tk.clockMode = opts.vdsoClock ? VDSO_CLOCKMODE_TSC : VDSO_CLOCKMODE_NONE;
    s.tk.update();
  }
}

/** A random page-aligned place for [vvar][vdso] in the mmap area (seeded by k.random). */
function chooseAddress(k: Kernel, mm: MM, len: number, compat: boolean): number {
  const r = k.random(4);
  const rnd = (r[0] | (r[1] << 8) | (r[2] << 16) | (r[3] << 24)) >>> 0;
  // Linux 6.1 puts the 64-bit vDSO at a random page within a 2 MiB window (9 bits);
  // a compat vDSO goes where mmap puts it, which mmap_rnd_compat_bits (8) randomizes.
  const pages = rnd & ((1 << (compat ? 8 : 9)) - 1);
  const top = Math.floor(mm.mmapBase / PAGE_SIZE) * PAGE_SIZE;
  const at = top - len - pages * PAGE_SIZE;
  if (at >= mm.mmapMin && mm.isFree(at, at + len)) return at;
  const free = mm.findFree(len);
  if (free < 0) throw new Error('no room for the vDSO');
  return free;
}

/** update_vsyscall(): the timekeeper's state into the vvar page, under the seqcount. */
function writeVvar(k: Kernel, frame: number, tk: Timekeeper): void {
  const dv = k.phys.dv;
  const page = frame * PAGE_SIZE;
  const rec = (n: number) => page + VDSO_DATA_OFFSET + n * VDSO_DATA_SIZE;
  const u64 = (a: number, v: bigint) => dv.setBigUint64(a, BigInt.asUintN(64, v), true);
  // begin: seq odd
  for (const n of [CS_HRES_COARSE, CS_RAW]) dv.setUint32(rec(n) + VD.seq, (tk.seq - 1) >>> 0, true);
  for (const n of [CS_HRES_COARSE, CS_RAW]) {
    const r = rec(n);
    dv.setInt32(r + VD.clockMode, tk.clockMode, true);
    u64(r + VD.cycleLast, tk.cycleLast);
    u64(r + VD.mask, (1n << 64n) - 1n);
    dv.setUint32(r + VD.mult, tk.mult, true);
    dv.setUint32(r + VD.shift, tk.shift, true);
    dv.setInt32(r + VD.tzMinuteswest, 0, true);
    dv.setInt32(r + VD.tzDsttime, 0, true);
    dv.setUint32(r + VD.hrtimerRes, Number(HRTIMER_RES_NSEC), true);
  }
  const put = (n: number, clk: number) => {
    const b = tk.base(clk);
    if (!b) return;
    u64(rec(n) + VD.basetime + clk * 16, b.sec);
    u64(rec(n) + VD.basetime + clk * 16 + 8, b.nsec);
  };
  for (const clk of HRES_COARSE_CLOCKS) put(CS_HRES_COARSE, clk);
  put(CS_RAW, CLOCK_MONOTONIC_RAW);
  // end: seq even
  for (const n of [CS_HRES_COARSE, CS_RAW]) dv.setUint32(rec(n) + VD.seq, tk.seq >>> 0, true);
}

// ---- the kernel's hooks (src/kernel/kernel.ts calls these) ----

/** Maps the vDSO for the task's new image (idempotent per memory map) and sets its probes. */
export function mapVdso(k: Kernel, t: Task): VdsoMapping {
  const s = state(k);
  const had = s.mappingOf(t);
  const m = s.map(t);
  if (!had) s.armProbes(t);
  return m;
}

/** AT_SYSINFO_EHDR: the vDSO base for the task's image (mapping it now if exec has not yet). */
export function vdsoBase(k: Kernel, t: Task): number {
  return mapVdso(k, t).base;
}

/** AT_SYSINFO for an i386 task: __kernel_vsyscall. */
export function vdsoKernelVsyscall(k: Kernel, t: Task): number | null {
  if (!t.compat) return null;
  const m = mapVdso(k, t);
  return m.base + m.image.sym('__kernel_vsyscall');
}

/**
 * Where SYSENTER (and 32-bit SYSCALL) return to: int80_landing_pad, the instruction
 * after __kernel_vsyscall's `int $0x80` (Linux: vdso_image_32.sym_int80_landing_pad).
 * It is past the int $0x80, not just past the sysenter, so the call is not made twice.
 */
export function vdsoSysenterReturn(k: Kernel, t: Task = k.current): number {
  const m = states.get(k)?.mappingOf(t);
  if (!m || m.image.bits !== 32) return 0;
  return m.base + m.image.sym('int80_landing_pad');
}

/** Address of an exported (or internal) vDSO symbol in the task's image, or null. */
export function vdsoSymbol(k: Kernel, t: Task, name: string): number | null {
  const m = states.get(k)?.mappingOf(t);
  if (!m || m.image.spec.symbols[name] === undefined) return null;
  return m.base + m.image.spec.symbols[name];
}

/** The task's vDSO mapping, if it has one. */
export function vdsoMapping(k: Kernel, t: Task): VdsoMapping | null {
  return states.get(k)?.mappingOf(t) ?? null;
}

/** The machine's timekeeper (the vvar's source). */
export function vdsoTimekeeper(k: Kernel): Timekeeper {
  return state(k).tk;
}

/** Which entry instruction the i386 image's __kernel_vsyscall uses on this machine. */
export function vsyscall32Entry(k: Kernel): Vsyscall32Entry {
  return state(k).entry32;
}

/** The vvar page's physical frame (tests read it to check the layout). */
export function vvarFrame(k: Kernel): number {
  return state(k).vvarFrame;
}
