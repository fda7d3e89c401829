// The vDSO, the vvar page, the timekeeper, the vsyscall page and the cost model
// (the vDSO issue): images, mapping, time in user space without kernel entry,
// vsyscall emulation, vendor alternatives, tracing events, fixtures against their
// native runs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../src/api/machine.js';
import { REPO, fixtures, expected, runFixture, type Fixture } from '../e2e/fixtures-lib.js';
import { VDSO32, VDSO64, type VdsoImageSpec } from '../../src/kernel/generated/vdso_images.js';
import {
  configureVdso, patchAlternatives, vdsoImages, vdsoMapping, vdsoSymbol, vdsoTimekeeper, vsyscall32Entry, vvarFrame,
  CS_RAW, VD, VDSO_DATA_OFFSET, VDSO_DATA_SIZE, VVAR_PAGES,
} from '../../src/kernel/vdso.js';
import { VSYSCALL_ADDR, gateVma, vsyscallNr } from '../../src/kernel/vsyscall.js';
import { CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_REALTIME, clocksCalcMultShift, Timekeeper } from '../../src/kernel/time.js';
import { CostMeter, DEFAULT_COSTS, calibrate, modelCycles, perCall, type PathCounts } from '../../src/trace/cost.js';
import { PROT_EXEC, PROT_READ, PROT_WRITE } from '../../src/kernel/mm.js';
import type { KernelEvent, VdsoCallEvent } from '../../src/kernel/events.js';
import type { Vendor } from '../../src/cpu/cpu.js';

const bin = (n: string) => readFileSync(join(REPO, 'guest', 'bin', n));

// ---------------------------------------------------------------------------------
// a small ELF reader for the images (independent of the loader under test)

interface DynImage {
  cls: number;
  type: number;
  machine: number;
  entry: number;
  loads: Array<{ offset: number; vaddr: number; flags: number }>;
  dynamic: Map<number, number[]>;
  exports: Set<string>;
  soname: string;
}

function readImage(spec: VdsoImageSpec): DynImage {
  const b = Buffer.from(spec.base64, 'base64');
  const is64 = b[4] === 2;
  const w = (o: number) => (is64 ? Number(b.readBigUInt64LE(o)) : b.readUInt32LE(o));
  const type = b.readUInt16LE(16);
  const machine = b.readUInt16LE(18);
  const entry = w(24);
  const phoff = is64 ? w(32) : w(28);
  const phentsize = b.readUInt16LE(is64 ? 54 : 42);
  const phnum = b.readUInt16LE(is64 ? 56 : 44);
  const loads: DynImage['loads'] = [];
  let dynOff = -1;
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    const ptype = b.readUInt32LE(p);
    const flags = is64 ? b.readUInt32LE(p + 4) : b.readUInt32LE(p + 24);
    const offset = is64 ? w(p + 8) : w(p + 4);
    const vaddr = is64 ? w(p + 16) : w(p + 8);
    if (ptype === 1) loads.push({ offset, vaddr, flags });
    if (ptype === 2) dynOff = offset;
  }
  const dynamic = new Map<number, number[]>();
  for (let o = dynOff; ; o += is64 ? 16 : 8) {
    const tag = is64 ? Number(b.readBigInt64LE(o)) : b.readInt32LE(o);
    const val = w(o + (is64 ? 8 : 4));
    if (tag === 0) break;
    dynamic.set(tag, [...(dynamic.get(tag) ?? []), val]);
  }
  const str = (off: number) => {
    let e = off;
    while (b[e]) e++;
    return b.subarray(off, e).toString('latin1');
  };
  const strtab = dynamic.get(5)![0];
  const symtab = dynamic.get(6)![0];
  const hash = dynamic.get(4)![0];
  const nsyms = b.readUInt32LE(hash + 4); // nchain = number of symbols
  const versym = dynamic.get(0x6ffffff0)![0];
  const verdef = dynamic.get(0x6ffffffc)![0];
  // version index → name
  const versions = new Map<number, string>();
  for (let d = verdef; ; ) {
    const ndx = b.readUInt16LE(d + 4);
    const aux = d + b.readUInt32LE(d + 12);
    versions.set(ndx, str(strtab + b.readUInt32LE(aux)));
    const next = b.readUInt32LE(d + 16);
    if (!next) break;
    d += next;
  }
  const exports = new Set<string>();
  const symsz = is64 ? 24 : 16;
  for (let i = 1; i < nsyms; i++) {
    const s = symtab + i * symsz;
    const name = str(strtab + b.readUInt32LE(s));
    const info = is64 ? b[s + 4] : b[s + 12];
    const shndx = is64 ? b.readUInt16LE(s + 6) : b.readUInt16LE(s + 14);
    if ((info & 0xf) !== 2 || shndx === 0) continue; // defined functions only
    exports.add(`${name}@${versions.get(b.readUInt16LE(versym + 2 * i) & 0x7fff)}`);
  }
  return { cls: b[4], type, machine, entry, loads, dynamic, exports, soname: str(strtab + dynamic.get(14)![0]) };
}

test('the vDSO images are ELF shared objects with exactly Linux\'s exports, versions and hash tables', () => {
  const x64 = readImage(VDSO64);
  const x32 = readImage(VDSO32);
  for (const [img, cls, machine, soname] of [[x64, 2, 62, 'linux-vdso.so.1'], [x32, 1, 3, 'linux-gate.so.1']] as const) {
    assert.equal(img.cls, cls);
    assert.equal(img.type, 3, 'ET_DYN');
    assert.equal(img.machine, machine);
    assert.equal(img.soname, soname);
    assert.equal(img.loads.length, 1, 'one PT_LOAD');
    assert.deepEqual({ offset: img.loads[0].offset, vaddr: img.loads[0].vaddr }, { offset: 0, vaddr: 0 }, 'linked at 0, headers included');
    assert.equal(img.loads[0].flags, 5, 'r-x');
    for (const tag of [4, 0x6ffffef5, 5, 6, 0x6ffffff0, 0x6ffffffc]) assert.ok(img.dynamic.has(tag), `dynamic tag 0x${tag.toString(16)}`);
    for (const tag of [7, 17, 22, 23]) assert.ok(!img.dynamic.has(tag), `no relocations (tag ${tag})`);
  }
  const v26 = (names: string[]) => names.map((n) => `${n}@LINUX_2.6`);
  assert.deepEqual([...x64.exports].sort(), v26(['__vdso_clock_gettime', '__vdso_gettimeofday', '__vdso_time', '__vdso_clock_getres', '__vdso_getcpu', 'clock_gettime', 'gettimeofday', 'time', 'clock_getres', 'getcpu']).sort());
  assert.deepEqual([...x32.exports].sort(), [
    ...v26(['__vdso_clock_gettime', '__vdso_gettimeofday', '__vdso_time', '__vdso_clock_getres', '__vdso_clock_gettime64']),
    '__kernel_vsyscall@LINUX_2.5', '__kernel_sigreturn@LINUX_2.5', '__kernel_rt_sigreturn@LINUX_2.5',
  ].sort());
  assert.equal(x32.entry, VDSO32.symbols.__kernel_vsyscall, 'the i386 image\'s entry point is __kernel_vsyscall');
  // the vvar data the code reads is 4 pages below the image, at offset 128 of the first
  assert.equal(VDSO64.symbols.sg_vdso_data, -VVAR_PAGES * 4096 + VDSO_DATA_OFFSET);
  assert.equal(VDSO32.symbols.sg_vdso_data, -VVAR_PAGES * 4096 + VDSO_DATA_OFFSET);
});

test('__kernel_vsyscall is patched per vendor, and sysenter/syscall return to its int80_landing_pad', () => {
  const v32 = vdsoImages().v32;
  const site = v32.sym('sg_vsyscall_alt');
  const at = (bytes: Uint8Array, off: number, n: number) => [...bytes.subarray(off, off + n)];
  assert.deepEqual(at(v32.bytes, v32.sym('__kernel_vsyscall'), 3), [0x51, 0x52, 0x55], 'push %ecx; push %edx; push %ebp');
  assert.deepEqual(at(patchAlternatives(v32, 'sysenter'), site, 4), [0x89, 0xe5, 0x0f, 0x34], 'movl %esp,%ebp; sysenter');
  assert.deepEqual(at(patchAlternatives(v32, 'syscall'), site, 4), [0x89, 0xcd, 0x0f, 0x05], 'movl %ecx,%ebp; syscall');
  assert.deepEqual(at(patchAlternatives(v32, 'int80'), site, 4), [0x0f, 0x1f, 0x40, 0x00], 'a 4-byte nop');
  assert.deepEqual(at(v32.bytes, site + 4, 2), [0xcd, 0x80], 'then int $0x80');
  assert.equal(v32.sym('int80_landing_pad'), site + 6);
  assert.deepEqual(at(v32.bytes, v32.sym('int80_landing_pad'), 4), [0x5d, 0x5a, 0x59, 0xc3], 'pop %ebp; pop %edx; pop %ecx; ret');

  for (const [vendor, want] of [['intel', 'sysenter'], ['amd', 'syscall']] as const) {
    const m = new Machine({ seed: 3, vendor });
    m.load(bin('vdso_test32'), ['vdso_test32'], {});
    const k = m.kernel;
    assert.equal(vsyscall32Entry(k), want);
    const map = vdsoMapping(k, k.current)!;
    assert.equal(k.vdsoSysenterReturn(), map.base + v32.sym('int80_landing_pad'));
    assert.equal(k.vdsoKernelVsyscall(k.current), map.base + v32.sym('__kernel_vsyscall'));
    assert.deepEqual([...k.as.readBytes(map.base + site, 4, true)], at(patchAlternatives(v32, want), site, 4), 'the mapped image is the patched one');
  }
});

test('exec maps [vvar] and [vdso] at a seeded random address; AT_SYSINFO_EHDR is the image', () => {
  const place = (seed: number, prog = 'vdso_test64') => {
    const m = new Machine({ seed });
    m.load(bin(prog), [prog], {});
    const k = m.kernel;
    const t = k.current;
    const map = vdsoMapping(k, t)!;
    const vdso = [...t.mm.areas].find((v) => v.special?.name === '[vdso]')!;
    const vvar = [...t.mm.areas].find((v) => v.special?.name === '[vvar]')!;
    return { k, t, map, vdso, vvar };
  };
  const a = place(1);
  assert.equal(a.vdso.start, a.map.base);
  assert.equal(a.k.vdsoBase(a.t), a.map.base);
  assert.equal(a.vvar.end, a.vdso.start, '[vvar] directly below [vdso]');
  assert.equal(a.vvar.end - a.vvar.start, VVAR_PAGES * 4096);
  assert.equal(a.vvar.prot, PROT_READ);
  assert.equal(a.vdso.prot, PROT_READ | PROT_EXEC);
  assert.ok(!(a.vdso.prot & PROT_WRITE));
  assert.equal(a.map.base % 4096, 0);
  assert.deepEqual([...a.k.as.readBytes(a.map.base, 4, true)], [0x7f, 0x45, 0x4c, 0x46], 'ELF magic at AT_SYSINFO_EHDR');
  assert.equal(place(1).map.base, a.map.base, 'the same seed places it at the same address');
  const bases = new Set([2, 3, 4, 5].map((s) => place(s).map.base));
  assert.ok(bases.size > 1, 'different seeds place it differently');
  // an i386 process gets the 32-bit image below 4 GiB, with AT_SYSINFO
  const c = place(1, 'vdso_test32');
  assert.ok(c.map.base < 0x1_0000_0000 && c.map.image.bits === 32);
  assert.equal(c.k.vdsoKernelVsyscall(c.t), vdsoSymbol(c.k, c.t, '__kernel_vsyscall'));
  assert.equal(a.k.vdsoKernelVsyscall(a.t), null, 'no AT_SYSINFO for x86-64');
  // the vsyscall page is a gate area of 64-bit tasks only
  assert.deepEqual(gateVma(a.t), { start: VSYSCALL_ADDR, end: VSYSCALL_ADDR + 4096, perms: 'r-xp', name: '[vsyscall]' });
  assert.equal(gateVma(c.t), null);
});

test('the vvar page publishes the timekeeper: seqcount, TSC base, mult/shift, base times', () => {
  const m = new Machine({ seed: 1 });
  m.load(bin('vdso_test64'), ['vdso_test64'], {});
  const k = m.kernel;
  const tk = vdsoTimekeeper(k);
  tk.update();
  const map = vdsoMapping(k, k.current)!;
  // read it through the process's own mapping, as the vDSO does
  const page = Buffer.from(k.as.readBytes(map.vvar, 4096, true));
  assert.deepEqual(page, Buffer.from(k.phys.u8.subarray(vvarFrame(k) * 4096, vvarFrame(k) * 4096 + 4096)));
  const rec = (n: number, off: number) => VDSO_DATA_OFFSET + n * VDSO_DATA_SIZE + off;
  for (const n of [0, CS_RAW]) {
    assert.equal(page.readUInt32LE(rec(n, VD.seq)), tk.seq);
    assert.equal(tk.seq % 2, 0, 'even: not being written');
    assert.equal(page.readInt32LE(rec(n, VD.clockMode)), 1, 'VDSO_CLOCKMODE_TSC');
    assert.equal(page.readBigUInt64LE(rec(n, VD.cycleLast)), tk.cycleLast);
    assert.equal(page.readBigUInt64LE(rec(n, VD.mask)), (1n << 64n) - 1n);
    assert.equal(page.readUInt32LE(rec(n, VD.mult)), tk.mult);
    assert.equal(page.readUInt32LE(rec(n, VD.shift)), tk.shift);
    assert.equal(page.readUInt32LE(rec(n, VD.hrtimerRes)), 1);
  }
  // base time of CLOCK_MONOTONIC/REALTIME/RAW = the timekeeper's clock at cycle_last
  const at = (n: number, clk: number) => {
    const sec = page.readBigUInt64LE(rec(n, VD.basetime + clk * 16));
    const nsec = page.readBigUInt64LE(rec(n, VD.basetime + clk * 16 + 8));
    return sec * 1_000_000_000n + (nsec >> BigInt(tk.shift));
  };
  const now = tk.read(CLOCK_MONOTONIC)!;
  const mono = at(0, CLOCK_MONOTONIC);
  assert.ok(mono <= now && now - mono < 5_000_000_000n);
  assert.equal(at(0, CLOCK_REALTIME) - mono, tk.offsReal);
  assert.equal(at(CS_RAW, CLOCK_MONOTONIC_RAW), tk.rawShifted >> BigInt(tk.shift));
});

test('timekeeper: mult/shift as clocks_calc_mult_shift, continuous across updates, deterministic in instructions mode', () => {
  const { mult, shift } = clocksCalcMultShift(2_400_000_000, 1_000_000_000, 600);
  assert.ok(Math.abs((mult / 2 ** shift) * 2.4 - 1) < 1e-6, 'ns per cycle = 1/2.4');
  assert.ok(BigInt(600) * 2_400_000_000n * BigInt(mult) < 1n << 64n, '600 s of cycles do not overflow');
  const m = new Machine({ seed: 1 });
  m.load(bin('vdso_test64'), ['vdso_test64'], {});
  const tk = vdsoTimekeeper(m.kernel);
  let prev = 0n;
  for (let i = 0; i < 200; i++) {
    const t = tk.read(CLOCK_MONOTONIC)!;
    assert.ok(t >= prev, 'monotonic');
    prev = t;
    if (i % 7 === 0) tk.update();
  }
  // instructions mode: the TSC counts retired instructions; sleeping moves it, not the host
  tk.setMode('instructions');
  const cpu = m.kernel.cpu;
  const t0 = tk.read(CLOCK_MONOTONIC)!;
  cpu.retired += 2_400_000; // 1 ms of cycles at one cycle per instruction
  const t1 = tk.read(CLOCK_MONOTONIC)!;
  assert.ok(t1 - t0 >= 999_000n && t1 - t0 <= 1_001_000n, `1 ms passed (${t1 - t0} ns)`);
  const h0 = performance.now();
  tk.sleep(10_000_000_000n);
  assert.ok(performance.now() - h0 < 1000, 'a 10 s sleep did not block the host');
  const t2 = tk.read(CLOCK_MONOTONIC)!;
  assert.ok(t2 - t1 >= 10_000_000_000n && t2 - t1 < 10_001_000_000n);
  // a timekeeper with no CPU still works (the clock functions before any machine)
  const solo = new Timekeeper(null);
  assert.ok((solo.read(CLOCK_REALTIME) ?? 0n) > 1_577_836_800n * 1_000_000_000n);
  assert.equal(solo.read(2), null, 'CPU-time clocks are not the timekeeper\'s');
});

// ---------------------------------------------------------------------------------
// fixtures against their native runs

function fixture(name: string): Fixture {
  const f = fixtures().find((x) => x.name === name);
  assert.ok(f, `fixture ${name} in guest/fixtures.json`);
  return f;
}

function matchesNative(name: string, vendor: Vendor = 'intel', setup?: (m: Machine) => void): void {
  const exp = expected(name);
  assert.ok(exp, `native expectation for ${name}`);
  const r = runFixture(fixture(name), setup, { vendor });
  assert.equal(r.stdout, exp.stdout, `${name} stdout (${vendor})`);
  assert.equal(r.stderr, exp.stderr);
  assert.equal(r.status, exp.status, `${name} status: ${r.result.diagnostic ?? ''}`);
}

test('fixture vdso_test64 (parse_vdso-style lookups, every function vs its system call, vsyscall page) matches its native run', () => {
  matchesNative('vdso_test64');
});

test('fixture vdso_test32 matches its native run with SYSENTER (Intel), SYSCALL (AMD) and int $0x80 in __kernel_vsyscall', () => {
  matchesNative('vdso_test32', 'intel');
  matchesNative('vdso_test32', 'amd');
  matchesNative('vdso_test32', 'intel', (m) => configureVdso(m.kernel, { vsyscall32: 'int80' }));
});

test('with the vvar saying "no vDSO clock", every vDSO function falls back to the system call and the fixture still matches', () => {
  let syscalls = 0;
  matchesNative('vdso_test64', 'intel', (m) => {
    configureVdso(m.kernel, { vdsoClock: false });
    m.on((e) => {
      if (e.type === 'syscall-enter' && e.name === 'clock_gettime') syscalls++;
    });
  });
  assert.ok(syscalls > 50000, `clock_gettime went to the kernel (${syscalls} calls)`);
});

// ---------------------------------------------------------------------------------
// no kernel entry; the trace events

test('a vDSO clock_gettime executes no kernel entry: no system call, no CPL-0 instruction, no exception', () => {
  const m = new Machine({ seed: 1 });
  m.load(bin('bench_entry64'), ['bench_entry64', 'clock_gettime-vdso', '50'], {});
  const k = m.kernel;
  let inside = 0;
  let calls = 0;
  let kernelInsns = 0;
  let userInsns = 0;
  let syscallsInside = 0;
  let exceptionsInside = 0;
  const returns: VdsoCallEvent[] = [];
  k.cpu.observeSteps = true;
  k.cpu.observer = {
    step(cpu) {
      if (!inside) return;
      if (cpu.cpl === 0) kernelInsns++;
      else userInsns++;
    },
    exception() {
      if (inside) exceptionsInside++;
    },
  };
  m.on((e: KernelEvent) => {
    if (e.type === 'vdso-call' && e.symbol === '__vdso_clock_gettime') {
      if (e.phase === 'enter') {
        inside++;
        calls++;
        assert.equal(e.version, 'LINUX_2.6');
        assert.equal(e.args[0], 1n, 'CLOCK_MONOTONIC');
      } else {
        inside--;
        returns.push(e);
      }
    }
    if (e.type === 'syscall-enter' && inside) syscallsInside++;
  });
  const r = m.run();
  assert.equal(r.code, 0, r.diagnostic ?? '');
  assert.equal(calls, 52, '50 in the loop and 2 to time it');
  assert.equal(returns.length, 52);
  assert.equal(syscallsInside, 0);
  assert.equal(kernelInsns, 0, 'no instruction ran at CPL 0 during the calls');
  assert.equal(exceptionsInside, 0);
  assert.ok(userInsns > 52 * 20);
  for (const e of returns) {
    assert.equal(e.ret, 0n);
    assert.equal(e.syscalls, 0);
  }
});

test('vdso-call events: a CPU-time clock falls back to the system call; i386 fallbacks nest __kernel_vsyscall', () => {
  const run = (prog: string) => {
    const m = new Machine({ seed: 1 });
    m.load(bin(prog), [prog], {});
    const ev: VdsoCallEvent[] = [];
    m.on((e) => {
      if (e.type === 'vdso-call') ev.push(e);
    });
    const r = m.run();
    assert.equal(r.code, 0, r.diagnostic ?? '');
    return ev;
  };
  const e64 = run('vdso_test64');
  // pair each return with its enter (same depth, LIFO)
  const pairs: Array<[VdsoCallEvent, VdsoCallEvent]> = [];
  const stack: VdsoCallEvent[] = [];
  for (const e of e64) {
    if (e.phase === 'enter') stack.push(e);
    else pairs.push([stack.pop()!, e]);
  }
  const gettime = pairs.filter(([a]) => a.symbol === '__vdso_clock_gettime');
  const cpuClock = gettime.filter(([a]) => a.args[0] === 2n);
  const mono = gettime.filter(([a]) => a.args[0] === 1n);
  assert.ok(cpuClock.length > 0 && cpuClock.every(([, r]) => r.syscalls === 1 && r.ret === 0n), 'CLOCK_PROCESS_CPUTIME_ID: one system call');
  assert.ok(mono.length > 1000 && mono.every(([, r]) => r.syscalls === 0), 'CLOCK_MONOTONIC: none');
  const invalid = gettime.filter(([a]) => a.args[0] === 100n);
  assert.ok(invalid.length === 1 && invalid[0][1].ret === -22n && invalid[0][1].syscalls === 1, 'an invalid clock: -EINVAL from the kernel');
  for (const name of ['__vdso_gettimeofday', '__vdso_time', '__vdso_clock_getres', '__vdso_getcpu']) assert.ok(pairs.some(([a]) => a.symbol === name), name);

  const e32 = run('vdso_test32');
  const nested = e32.filter((e) => e.symbol === '__kernel_vsyscall' && e.phase === 'enter' && e.depth === 1);
  assert.ok(nested.length > 0, 'the i386 fallbacks call __kernel_vsyscall from inside the vDSO');
  assert.ok(e32.some((e) => e.symbol === '__vdso_clock_gettime64' && e.abi === 'ia32'));
});

test('musl\'s clock_gettime, gettimeofday and time use the vDSO (LINUX_2.6): no such system call under sysgate', () => {
  let timeSyscalls = 0;
  let vdsoCalls = 0;
  const r = runFixture(fixture('vdso_musl64'), (m) =>
    m.on((e) => {
      if (e.type === 'syscall-enter' && ['clock_gettime', 'gettimeofday', 'time'].includes(e.name ?? '')) timeSyscalls++;
      if (e.type === 'vdso-call' && e.phase === 'enter' && e.symbol === '__vdso_clock_gettime') vdsoCalls++;
    }),
  );
  const exp = expected('vdso_musl64')!;
  assert.equal(r.stdout, exp.stdout);
  assert.equal(r.status, 0);
  assert.equal(timeSyscalls, 0);
  assert.ok(vdsoCalls >= 103, `${vdsoCalls} vDSO calls`);
});

// ---------------------------------------------------------------------------------
// the vsyscall page

test('vsyscall page: entries at +0, +0x400, +0x800 only', () => {
  assert.equal(vsyscallNr(VSYSCALL_ADDR), 0);
  assert.equal(vsyscallNr(VSYSCALL_ADDR + 0x400), 1);
  assert.equal(vsyscallNr(VSYSCALL_ADDR + 0x800), 2);
  for (const off of [1, 0x3ff, 0x401, 0xc00, 0x804, 0xfff, 0x1000, -1]) assert.equal(vsyscallNr(VSYSCALL_ADDR + off), -1, `+0x${off.toString(16)}`);
});

test('a call into the vsyscall page faults and is emulated: gettimeofday runs with the caller\'s registers, ret is emulated', () => {
  const m = new Machine({ seed: 1 });
  m.load(bin('bench_entry64'), ['bench_entry64', 'gettimeofday-vsyscall', '5'], {});
  let syscalls = 0;
  const faults: KernelEvent[] = [];
  m.on((e) => {
    if (e.type === 'syscall-enter' && e.name === 'gettimeofday' && e.path === 'vsyscall' && e.nr === 96 && e.args[1] === 0n) syscalls++;
    if (e.type === 'fault' && e.addr === VSYSCALL_ADDR) faults.push(e);
  });
  const r = m.run();
  assert.equal(r.code, 0, r.diagnostic ?? '');
  assert.equal(syscalls, 5, 'reported as system calls entered by path "vsyscall" (which strace hides)');
  assert.equal(faults.length, 5);
  for (const f of faults) {
    assert.ok(f.type === 'fault' && f.vector === 14 && f.resolved && f.ip === VSYSCALL_ADDR && (f.errorCode & 0x14) === 0x14, 'user instruction-fetch #PF');
    assert.ok(f.type === 'fault' && /^vsyscall: emulated gettimeofday\(0x[0-9a-f]+, NULL\) = 0$/.test(f.detail), f.type === 'fault' ? f.detail : '');
  }
  assert.match(Buffer.from(r.stdout).toString(), /^gettimeofday-vsyscall 5 \d+ \d+\n$/);
});

test('jumping into the middle of a vsyscall entry is SIGSEGV (si_code SI_KERNEL); a kernel pointer argument is SIGSEGV too', () => {
  const signalsOf = (name: string) => {
    const out: Array<{ signal: number; code: string; addr: number | null }> = [];
    matchesNative(name, 'intel', (m) =>
      m.on((e) => {
        if (e.type === 'signal') out.push({ signal: e.signal, code: e.code, addr: e.addr });
      }),
    );
    return out;
  };
  assert.deepEqual(signalsOf('vsyscall_middle64'), [{ signal: 11, code: 'SI_KERNEL', addr: 0 }]);
  // 0xffff888000000000 as a signed address
  assert.deepEqual(signalsOf('vsyscall_badptr64'), [{ signal: 11, code: 'SEGV_MAPERR', addr: -0x778000000000 }]);
});

// ---------------------------------------------------------------------------------
// the cost model

function measure(prog: string, path: string, calls: number, vendor: Vendor = 'intel'): PathCounts {
  const run = (p: string) => {
    const m = new Machine({ seed: 1, vendor });
    m.load(bin(prog), [prog, p, String(calls)], {});
    const meter = new CostMeter(m.kernel);
    const r = m.run();
    assert.equal(r.code, 0, r.diagnostic ?? '');
    meter.detach();
    return meter.counts;
  };
  return perCall(run(path), run('none'), calls);
}

test('cost model: per-call instructions and transitions of each path, measured in the emulator', () => {
  const sys = measure('bench_entry64', 'getpid-syscall', 40);
  assert.deepEqual([sys.transitions.syscall, sys.transitions.sysret, sys.transitions.swapgs, sys.syscalls, sys.natives], [1, 1, 2, 1, 1]);
  assert.equal(sys.transitions.iret, 0);
  const i80 = measure('bench_entry64', 'getpid-int80', 40);
  assert.deepEqual([i80.transitions.int, i80.transitions.iret, i80.transitions.syscall], [1, 1, 0]);
  const vd = measure('bench_entry64', 'clock_gettime-vdso', 40);
  assert.deepEqual([vd.kernel, vd.syscalls, vd.entries, vd.transitions.rdtsc], [0, 0, 0, 1]);
  const vs = measure('bench_entry64', 'gettimeofday-vsyscall', 40);
  assert.deepEqual([vs.transitions.exception, vs.transitions.iret, vs.syscalls, vs.entries, vs.natives], [1, 1, 1, 1, 1]);
  const se = measure('bench_entry32', 'getpid-vsyscall', 40, 'intel');
  assert.deepEqual([se.transitions.sysenter, se.transitions.int], [1, 0]);
  const sc = measure('bench_entry32', 'getpid-vsyscall', 40, 'amd');
  assert.deepEqual([sc.transitions.syscall, sc.transitions.sysenter], [1, 0]);

  const cs = measure('bench_entry64', 'clock_gettime-syscall', 40);
  const vdso = modelCycles(vd, DEFAULT_COSTS).cycles;
  const syscall = modelCycles(cs, DEFAULT_COSTS).cycles;
  assert.ok(vdso < syscall / 2, `the model prices the vDSO (${vdso}) well below the syscall (${syscall})`);
  assert.ok(modelCycles(i80, DEFAULT_COSTS).cycles > modelCycles(sys, DEFAULT_COSTS).cycles, 'int $0x80 costs more than syscall');

  // calibration fits one unknown per path
  const cal = calibrate(DEFAULT_COSTS, [
    { path: 'clock_gettime-vdso', counts: vd, nativeCycles: modelCycles(vd, DEFAULT_COSTS).cycles + 10 },
    { path: 'getpid-syscall', counts: sys, nativeCycles: modelCycles(sys, DEFAULT_COSTS).cycles + 100 },
  ]);
  assert.ok(Math.abs(cal.rdtsc.cycles - (DEFAULT_COSTS.rdtsc.cycles + 10)) < 1e-9);
  assert.ok(Math.abs(cal.entryOverhead.cycles - 100) < 1e-9);
  assert.match(cal.rdtsc.source, /^calibrated/);
  assert.equal(cal.int.cycles, DEFAULT_COSTS.int.cycles, 'no sample: unchanged');
});
