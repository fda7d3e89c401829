// i386 programs under the 64-bit kernel: the pt_regs frame that int $0x80 and the
// vDSO's fast paths (sysenter on Intel, 32-bit syscall on AMD) build, byte for byte
// against the registers at the entry instruction; the user state after the return;
// the DPL check on `int`; the i386 table reached from 64-bit code; the wiring of the
// ia32 table; and set_thread_area's GDT entry.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../src/api/machine.js';
import { PT_REGS_FIELDS, PT_REGS_SIZE } from '../../src/kernel/ptregs.js';
import { GDT_BASE, IA32_SYS_CALL_TABLE } from '../../src/kernel/layout.js';
import { fillLdt, decodeUserDesc } from '../../src/kernel/tls.js';
import { lookupDecl } from '../../src/kernel/syscalls/declare.js';
import { REPO, fixtures, runFixture } from '../e2e/fixtures-lib.js';
import type { CPU } from '../../src/cpu/cpu.js';
import type { KernelEvent, SyscallEnterEvent } from '../../src/kernel/events.js';
import type { Vendor } from '../../src/cpu/cpu.js';

const GPR = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const u64 = (v: number) => BigInt.asUintN(64, BigInt(v));

/** The symbol table of an ELF32 file (name → value). */
function elf32Symbols(b: Uint8Array): Map<string, number> {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const shoff = dv.getUint32(32, true);
  const shentsize = dv.getUint16(46, true);
  const shnum = dv.getUint16(48, true);
  const out = new Map<string, number>();
  for (let k = 0; k < shnum; k++) {
    const sh = shoff + k * shentsize;
    if (dv.getUint32(sh + 4, true) !== 2) continue; // SHT_SYMTAB
    const off = dv.getUint32(sh + 16, true);
    const size = dv.getUint32(sh + 20, true);
    const strSh = shoff + dv.getUint32(sh + 24, true) * shentsize;
    const strOff = dv.getUint32(strSh + 16, true);
    for (let s = off; s < off + size; s += 16) {
      let p = strOff + dv.getUint32(s, true);
      let name = '';
      while (b[p]) name += String.fromCharCode(b[p++]);
      if (name) out.set(name, dv.getUint32(s + 4, true));
    }
  }
  return out;
}

interface Snap {
  regs: Record<string, bigint>;
  eflags: bigint;
  eip: number;
}

function snap(cpu: CPU): Snap {
  const regs: Record<string, bigint> = {};
  GPR.forEach((r, n) => (regs[r] = BigInt(cpu.regs[n * 2] >>> 0)));
  for (let n = 8; n < 16; n++) regs[`r${n}`] = cpu.reg64Big(n);
  return { regs, eflags: BigInt(cpu.getRflags()), eip: cpu.rip };
}

interface Capture {
  before: Snap;
  after: Snap;
  frame: Uint8Array;
  enter: SyscallEnterEvent;
}

/**
 * Runs regs32 and captures, for its int $0x80 getpid and (if the kernel passes
 * AT_SYSINFO) its __kernel_vsyscall getpid: the registers before the entry
 * instruction, the pt_regs bytes at the service routine, and the registers after.
 */
function captureRegs32(vendor: Vendor, forceIret = false): { int80: Capture; vsyscall: Capture | null; status: number; m: Machine } {
  const bytes = readFileSync(join(REPO, 'guest/bin/regs32'));
  const sym = elf32Symbols(bytes);
  const at = (n: string) => {
    const v = sym.get(n);
    assert.ok(v !== undefined, `regs32 lacks ${n}`);
    return v;
  };
  const m = new Machine({ seed: 1, vendor, forceIret });
  const k = m.kernel;
  const points = new Map<number, string>([
    [at('regs32_int80'), 'int80-before'],
    [at('regs32_after_int80'), 'int80-after'],
    [at('regs32_vsyscall'), 'vs-before'],
    [at('regs32_after_vsyscall'), 'vs-after'],
  ]);
  const snaps = new Map<string, Snap>();
  k.cpu.observeSteps = true;
  k.cpu.observer = {
    step(cpu: CPU) {
      if (cpu.cpl !== 3) return;
      const p = points.get(cpu.rip);
      if (p && !snaps.has(p)) snaps.set(p, snap(cpu));
    },
  };
  const frames: Array<{ frame: Uint8Array; enter: SyscallEnterEvent }> = [];
  m.on((e: KernelEvent) => {
    if (e.type === 'syscall-enter' && e.name === 'getpid') frames.push({ frame: k.as.readBytes(e.regsAddr, PT_REGS_SIZE, false), enter: e });
  });
  m.load(bytes, ['regs32'], {});
  const r = m.run({ instructionLimit: 100000 });
  const status = r.signal ? 128 + r.signal : r.code;
  const get = (n: string) => {
    const s = snaps.get(n);
    assert.ok(s, `regs32 did not reach ${n}`);
    return s;
  };
  const int80 = { before: get('int80-before'), after: get('int80-after'), ...frames[0] };
  const vsyscall = snaps.has('vs-before') ? { before: get('vs-before'), after: get('vs-after'), ...frames[1] } : null;
  return { int80, vsyscall, status, m };
}

function field(frame: Uint8Array, name: (typeof PT_REGS_FIELDS)[number]): bigint {
  return new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getBigUint64(PT_REGS_FIELDS.indexOf(name) * 8, true);
}

const ENOSYS64 = u64(-38);

test('int $0x80 from i386 code: the pt_regs frame matches the registers at the int instruction', () => {
  const { int80, status } = captureRegs32('intel');
  assert.equal(status, 0);
  const u = int80.before.regs;
  const ev = int80.enter;
  assert.equal(ev.path, 'int80');
  assert.equal(ev.abi, 'ia32');
  assert.equal(ev.routine, 'sys_getpid');
  assert.equal(ev.slotAddr, IA32_SYS_CALL_TABLE + 20 * 8, 'ia32_sys_call_table[20]');
  const expect: Record<string, bigint> = {
    r15: u.r15, r14: u.r14, r13: u.r13, r12: u.r12,
    bp: u.ebp, bx: u.ebx,
    r11: u.r11, r10: u.r10, r9: u.r9, r8: u.r8,
    ax: ENOSYS64, // preset by the stub; the result replaces it
    cx: u.ecx, dx: u.edx, si: u.esi, di: u.edi,
    orig_ax: 20n, // __NR_getpid (i386)
    ip: u64(int80.before.eip + 2), // pushed by the CPU: the instruction after int $0x80
    cs: 0x23n, // __USER32_CS
    flags: int80.before.eflags,
    sp: u.esp,
    ss: 0x2bn, // __USER_DS
  };
  for (const f of PT_REGS_FIELDS) assert.equal(field(int80.frame, f).toString(16), expect[f].toString(16), `pt_regs->${f}`);
  assert.equal(u.ebx, 0x11111111n, 'the fixture loaded its registers');
  assert.equal(u.ebp, 0x66666666n);
  assert.ok(int80.before.eflags & 1n, 'CF was set before the call');
});

test('int $0x80 returns with eax = result and every other register and flag preserved', () => {
  const { int80 } = captureRegs32('intel');
  const b = int80.before.regs;
  const a = int80.after.regs;
  assert.equal(a.eax, 1000n, 'getpid');
  for (const r of ['ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp', 'esp']) assert.equal(a[r], b[r], r);
  assert.equal(int80.after.eflags, int80.before.eflags);
  assert.equal(int80.after.eip, int80.before.eip + 2);
});

for (const vendor of ['intel', 'amd'] as const) {
  test(`__kernel_vsyscall (${vendor}: ${vendor === 'intel' ? 'sysenter' : '32-bit syscall'}): pt_regs as Linux builds it`, (t) => {
    const { vsyscall, m } = captureRegs32(vendor);
    if (!vsyscall) {
      t.skip('no AT_SYSINFO (no vDSO)');
      return;
    }
    const ev = vsyscall.enter;
    assert.equal(ev.path, vendor === 'intel' ? 'sysenter' : 'compat-syscall');
    assert.equal(ev.abi, 'ia32');
    const u = vsyscall.before.regs;
    const landing = m.kernel.vdsoSysenterReturn();
    assert.ok(landing > 0, 'the vDSO has a landing pad');
    const expect: Record<string, bigint> = {
      r15: 0n, r14: 0n, r13: 0n, r12: 0n, r11: 0n, r10: 0n, r9: 0n, r8: 0n, // zeroed by the stubs
      bx: u.ebx,
      // the sixth argument: the user's %ebp, which __kernel_vsyscall pushed and the
      // kernel fetched from the user stack
      bp: u.ebp,
      ax: ENOSYS64,
      cx: u.ecx, // sysenter: ecx as is; syscall: the vDSO moved it to ebp first
      dx: u.edx, si: u.esi, di: u.edi,
      orig_ax: 20n,
      ip: u64(landing), // do_fast_syscall_32: the landing pad past the int $0x80
      cs: 0x23n,
      flags: vsyscall.before.eflags, // IF forced on (sysenter cleared it)
      sp: u.esp - 16n, // call pushed 4 bytes, __kernel_vsyscall pushed ecx, edx, ebp
      ss: 0x2bn,
    };
    for (const f of PT_REGS_FIELDS) assert.equal(field(vsyscall.frame, f).toString(16), expect[f].toString(16), `pt_regs->${f}`);
  });

  test(`__kernel_vsyscall (${vendor}): the user state after the call, fast and IRET exits alike`, (t) => {
    const fast = captureRegs32(vendor);
    if (!fast.vsyscall) {
      t.skip('no AT_SYSINFO (no vDSO)');
      return;
    }
    const slow = captureRegs32(vendor, true).vsyscall;
    assert.ok(slow);
    const b = fast.vsyscall.before.regs;
    const a = fast.vsyscall.after.regs;
    assert.equal(a.eax, 1000n);
    for (const r of ['ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp', 'esp']) assert.equal(a[r], b[r], r);
    assert.equal(fast.vsyscall.after.eflags, fast.vsyscall.before.eflags);
    // r8–r15 are not visible to 32-bit code (SYSRETL leaves RFLAGS in r11): compare the rest
    const visible = (s: typeof slow.after) => ({ ...s, regs: Object.fromEntries(Object.entries(s.regs).filter(([k]) => !/^r(8|9|1[0-5])/.test(k))) });
    assert.deepEqual(visible(slow.after), visible(fast.vsyscall.after));
  });
}

test('int $0x81 from ring 3: #GP(0x81*8+2) through the DPL check, then SIGSEGV', () => {
  const bytes = readFileSync(join(REPO, 'guest/bin/int81_32'));
  const insn = elf32Symbols(bytes).get('int81_insn');
  const m = new Machine({ seed: 1 });
  const events: KernelEvent[] = [];
  m.on((e) => events.push(e));
  m.load(bytes, ['int81_32'], {});
  const r = m.run({ instructionLimit: 10000 });
  assert.equal(r.signal, 11);
  assert.equal(Buffer.from(r.stdout).toString(), 'int $0x80 works\n');
  // (faults resolved by demand paging come first: the program's pages are faulted in as it runs)
  const f = events.find((e) => e.type === 'fault' && !e.resolved);
  assert.ok(f && f.type === 'fault');
  assert.equal(f.vector, 13);
  assert.equal(f.errorCode, 0x81 * 8 + 2, 'error code: IDT vector, IDT bit set');
  assert.equal(f.ip, insn, 'reported at the int instruction');
  assert.ok(events.some((e) => e.type === 'signal' && e.signal === 11));
});

test('int $0x80 from a 64-bit program goes through the i386 table with i386 argument registers', () => {
  const fx = fixtures().find((f) => f.name === 'int80_64');
  assert.ok(fx);
  const enters: SyscallEnterEvent[] = [];
  const run = runFixture(fx, (m) => m.on((e) => void (e.type === 'syscall-enter' && e.path === 'int80' && enters.push(e))));
  assert.equal(run.status, 0);
  assert.ok(enters.length >= 10);
  for (const e of enters) {
    assert.equal(e.abi, 'ia32');
    assert.equal(e.task.compat, false, 'a 64-bit task');
    for (const a of e.args) assert.ok(a < 1n << 32n, 'arguments are the low 32 bits');
  }
  const mkdir = enters.find((e) => e.nr === 39);
  assert.ok(mkdir);
  assert.equal(mkdir.name, 'mkdir', 'number 39 is i386 mkdir (x86-64 getpid)');
  assert.equal(mkdir.slotAddr, IA32_SYS_CALL_TABLE + 39 * 8);
  const junk = enters.find((e) => e.nr === 4 && e.args[0] === 1n && e.args[1] !== 0n);
  assert.ok(junk, 'write with junk in the upper halves arrives as write(1, …)');
  assert.equal(enters.find((e) => e.nr === 1000)?.routine, 'sys_ni_syscall');
});

test('the i386 table: compat entry points where the ABI differs, native ones where it does not', () => {
  const m = new Machine({ seed: 1 });
  const k = m.kernel;
  const want: Array<[number, string]> = [
    [3, 'sys_read'], [4, 'sys_write'], [13, 'sys_time32'], [17, 'sys_ni_syscall'], [18, 'sys_stat'],
    [19, 'compat_sys_lseek'], [24, 'sys_getuid16'], [54, 'compat_sys_ioctl'], [55, 'compat_sys_fcntl64'],
    [59, 'sys_olduname'], [78, 'compat_sys_gettimeofday'], [90, 'compat_sys_ia32_mmap'], [102, 'compat_sys_socketcall'],
    [106, 'compat_sys_newstat'], [109, 'sys_uname'], [117, 'compat_sys_ipc'], [122, 'sys_newuname'],
    [140, 'sys_llseek'], [141, 'compat_sys_getdents'], [191, 'compat_sys_getrlimit'], [192, 'sys_mmap_pgoff'],
    [195, 'compat_sys_ia32_stat64'], [197, 'compat_sys_ia32_fstat64'], [199, 'sys_getuid'], [221, 'compat_sys_fcntl64'],
    [243, 'sys_set_thread_area'], [244, 'sys_get_thread_area'], [252, 'sys_exit_group'], [265, 'sys_clock_gettime32'],
    [268, 'compat_sys_statfs64'], [300, 'compat_sys_ia32_fstatat64'], [403, 'sys_clock_gettime'],
  ];
  if (lookupDecl('sys_openat')) want.push([5, 'compat_sys_open'], [295, 'compat_sys_openat']);
  if (lookupDecl('sys_pread64')) want.push([180, 'sys_ia32_pread64']);
  const saved = k.as.user;
  k.as.user = false;
  try {
    for (const [nr, name] of want) {
      const addr = k.table32[nr];
      assert.equal(k.routineAt(addr)?.name, name, `ia32_sys_call_table[${nr}]`);
      const lo = k.as.read64(IA32_SYS_CALL_TABLE + nr * 8);
      assert.equal(k.as.hi * 2 ** 32 + (lo >>> 0), addr, `slot ${nr} in kernel memory`);
    }
  } finally {
    k.as.user = saved;
  }
});

test('set_thread_area writes the descriptor into GDT entry 12 and the task', () => {
  const fx = fixtures().find((f) => f.name === 'echo_args32');
  assert.ok(fx);
  let checked = false;
  runFixture(fx, (m) => {
    const k = m.kernel;
    let uinfo = 0;
    m.on((e) => {
      if (e.type === 'syscall-enter' && e.name === 'set_thread_area') uinfo = Number(e.args[0]);
      if (e.type === 'syscall-exit' && e.enter.name === 'set_thread_area' && !checked) {
        assert.equal(e.ret, 0n);
        const u = decodeUserDesc(k.as.readBytes(uinfo, 16, false));
        assert.equal(u.entryNumber, 12, 'glibc asked for any entry and got 12');
        const lo = k.as.readBytes(GDT_BASE + 12 * 8, 8, false);
        const gdt = new DataView(lo.buffer, lo.byteOffset, 8).getBigUint64(0, true);
        assert.equal(gdt, fillLdt(u));
        assert.equal(e.task.tls[0], gdt);
        assert.equal((gdt >> 45n) & 3n, 3n, 'DPL 3');
        checked = true;
      }
    });
  });
  assert.ok(checked, 'echo_args32 called set_thread_area');
});
