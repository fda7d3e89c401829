// Generates the instruction-level differential tests: random x86-64 instruction
// sequences (seeded, deterministic) as assembly programs in guest/difftest/, builds
// them, single-steps each natively with `guest/bin/runstream64 trace` (ptrace; built by
// guest/tools/build.sh from guest/tools/runstream.c), and records the
// register/flag state after every instruction in test/expected/difftest/NAME.trace,
// with the flags each instruction leaves undefined in NAME.json (masked when comparing).
//
//   node scripts/gen-difftest.mjs            (needs gcc; run on x86-64 Linux)
//
// test/cpu/difftest.test.ts replays the committed binaries under sysgate and compares.

import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(REPO, 'guest', 'difftest');
const BIN = join(REPO, 'guest', 'bin', 'difftest');
const OUT = join(REPO, 'test', 'expected', 'difftest');
for (const d of [SRC, BIN, OUT]) mkdirSync(d, { recursive: true });

let seed = 0x5eed;
function rnd() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed;
}
const pick = (a) => a[rnd() % a.length];
const hex64 = () => '0x' + rnd().toString(16).padStart(8, '0') + rnd().toString(16).padStart(8, '0');
const interesting = () =>
  pick(['0', '1', '0xffffffffffffffff', '0x8000000000000000', '0x7fffffffffffffff', '0x80000000', '0x7fffffff', '0xffffffff', '0x80', '0x7f', '0xff', '0x8000', '0xffff', hex64(), hex64(), hex64()]);

const CF = 1, PF = 4, AF = 0x10, ZF = 0x40, SF = 0x80, OF = 0x800;
const REGS = { q: ['rax', 'rcx', 'rdx', 'rbx', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'] };
REGS.l = ['eax', 'ecx', 'edx', 'ebx', 'ebp', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'];
REGS.w = ['ax', 'cx', 'dx', 'bx', 'bp', 'si', 'di', 'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'];
REGS.b = ['al', 'cl', 'dl', 'bl', 'sil', 'dil', 'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b'];
const REGS_B_LEGACY = ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'];
const SIZES = ['b', 'w', 'l', 'q'];
const BITS = { b: 8, w: 16, l: 32, q: 64 };
const reg = (s) => '%' + pick(REGS[s]);
const imm = (s) => {
  const v = rnd();
  if (s === 'b') return '$' + (v & 0xff);
  if (s === 'w') return '$' + (v & 0xffff);
  return '$' + ((v & 0x7fffffff) - (rnd() & 1 ? 0x40000000 : 0));
};
const mem = () => `data+${(rnd() % 24) * 8}(%rip)`;

/** One random instruction: [text, undefined-flags mask]. */
function instruction() {
  const s = pick(SIZES);
  const alu = pick(['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp']);
  const logicAF = ['or', 'and', 'xor'].includes(alu) ? AF : 0;
  switch (rnd() % 22) {
    case 0:
      return [`${alu}${s} ${reg(s)}, ${reg(s)}`, logicAF];
    case 1:
      return [`${alu}${s} ${imm(s)}, ${reg(s)}`, logicAF];
    case 2:
      return [`${alu}${s} ${reg(s)}, ${mem()}`, logicAF];
    case 3:
      return [`${alu}${s} ${mem()}, ${reg(s)}`, logicAF];
    case 4: {
      const op = pick(['inc', 'dec', 'neg', 'not']);
      return [`${op}${s} ${rnd() & 1 ? reg(s) : mem()}`, 0];
    }
    case 5:
      return [`test${s} ${reg(s)}, ${reg(s)}`, AF];
    case 6: {
      const op = pick(['shl', 'shr', 'sar', 'rol', 'ror', 'rcl', 'rcr']);
      const form = rnd() % 3;
      const count = form === 0 ? 1 : form === 1 ? rnd() % 70 : -1;
      const src = form === 0 ? '' : form === 1 ? `$${count}, ` : '%cl, ';
      // OF is defined only for 1-bit shifts; AF is undefined for shifts
      const rot = op.startsWith('r') && op !== 'rcl' && op !== 'rcr' ? true : op === 'rcl' || op === 'rcr';
      const mask = (count === 1 ? 0 : OF) | (rot ? 0 : AF) | (op === 'rcl' || op === 'rcr' ? (count === 1 ? 0 : OF) : 0);
      return [`${op}${s} ${src}${rnd() & 1 ? reg(s) : mem()}`, mask];
    }
    case 7: {
      if (s === 'b') return ['cmc', 0];
      const op = pick(['shld', 'shrd']);
      // 16-bit shld/shrd with a count above 16 leave the result undefined: not generated
      const byCl = s === 'w' ? 0 : rnd() & 1;
      const count = byCl ? -1 : s === 'w' ? rnd() % 17 : rnd() % 64;
      const mask = AF | (count === 1 ? 0 : OF) | (s === 'w' && (count > 16 || count < 0) ? CF | OF | SF | ZF | PF : 0);
      return [`${op}${s} ${byCl ? '%cl' : '$' + count}, ${reg(s)}, ${rnd() & 1 ? reg(s) : mem()}`, mask];
    }
    case 8: {
      if (s === 'b') return [`mulb ${reg('b')}`, SF | ZF | AF | PF];
      const f = rnd() % 3;
      if (f === 0) return [`${pick(['mul', 'imul'])}${s} ${reg(s)}`, SF | ZF | AF | PF];
      if (f === 1) return [`imul${s} ${reg(s)}, ${reg(s)}`, SF | ZF | AF | PF];
      return [`imul${s} ${s === 'w' ? '$' + (rnd() & 0x7fff) : '$' + (rnd() & 0x7fffffff)}, ${reg(s)}, ${reg(s)}`, SF | ZF | AF | PF];
    }
    case 9: {
      if (s === 'b') return [`setc ${reg('b')}`, 0];
      const op = pick(['bsf', 'bsr']);
      return [`${op}${s} ${reg(s)}, ${reg(s)}`, CF | OF | SF | AF | PF];
    }
    case 10: {
      if (s === 'b') return [`xchgb ${reg('b')}, ${reg('b')}`, 0];
      const op = pick(['bt', 'bts', 'btr', 'btc']);
      if (rnd() & 1) return [`${op}${s} $${rnd() % 80}, ${reg(s)}`, OF | SF | AF | PF];
      return [`${op}${s} ${reg(s)}, ${reg(s)}`, OF | SF | AF | PF];
    }
    case 11:
      return [`${pick(['bswap'])} ${reg(pick(['l', 'q']))}`, 0];
    case 12:
      return [`xadd${s} ${reg(s)}, ${rnd() & 1 ? reg(s) : mem()}`, 0];
    case 13:
      return [`cmpxchg${s} ${reg(s)}, ${rnd() & 1 ? reg(s) : mem()}`, 0];
    case 14: {
      const cc = pick(['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g']);
      if (s === 'b') return [`set${cc} ${rnd() & 1 ? reg('b') : mem()}`, 0];
      return [`cmov${cc}${s} ${reg(s)}, ${reg(s)}`, 0];
    }
    case 15: {
      const sz = pick(['l', 'q']);
      const scale = pick([1, 2, 4, 8]);
      return [`lea${sz} ${rnd() % 5000 - 2500}(%${pick(REGS.q)},%${pick(REGS.q)},${scale}), ${reg(sz)}`, 0];
    }
    case 16: {
      const f = pick(['movzbl', 'movzwl', 'movsbl', 'movswl', 'movzbq', 'movzwq', 'movsbq', 'movswq', 'movslq']);
      const src = f[4] === 'b' ? reg('b') : f[4] === 'w' ? reg('w') : reg('l');
      return [`${f} ${src}, ${reg(f.endsWith('q') ? 'q' : 'l')}`, 0];
    }
    case 17:
      return [pick(['cbtw', 'cwtl', 'cltq', 'cwtd', 'cltd', 'cqto', 'clc', 'stc', 'cmc', 'lahf', 'sahf']), 0];
    case 18: {
      // a division that cannot fault: rdx:rax / small non-zero divisor with rdx cleared
      const sz = pick(['l', 'q']);
      const op = pick(['div', 'idiv']);
      const d = reg(sz);
      const dv = (rnd() % 1000) + 1;
      return [`mov${sz} $${dv}, ${d}\n\t${op === 'idiv' ? (sz === 'q' ? 'cqto' : 'cltd') : `xor %edx, %edx`}\n\t${op}${sz} ${d}`, CF | OF | SF | ZF | AF | PF, d];
    }
    case 19: {
      const op = pick(['popcnt', 'lzcnt', 'tzcnt']);
      const sz = pick(['w', 'l', 'q']);
      // popcnt defines every flag; lzcnt/tzcnt define CF and ZF only
      return [`${op}${sz} ${reg(sz)}, ${reg(sz)}`, op === 'popcnt' ? 0 : OF | SF | AF | PF];
    }
    case 20:
      return [`${pick(['add', 'sub', 'and', 'xor', 'cmp'])}b ${imm('b')}, %${pick(REGS_B_LEGACY)}`, AF];
    default:
      return [`mov${s} ${reg(s)}, ${rnd() & 1 ? reg(s) : mem()}`, 0];
  }
}

function program(name, count) {
  const lines = ['\t.globl _start', '\t.text', '_start:'];
  for (const r of REGS.q) lines.push(`\tmovabsq $${interesting()}, %${r}`);
  lines.push(`\tpushq $${rnd() & 0x8d5}`, '\tpopfq');
  lines.push('\t.globl difftest_start', 'difftest_start:');
  const masks = [];
  for (let i = 0; i < count; i++) {
    const [text, mask, divisorReg] = instruction();
    // the divisor setup clobbers a register and flags; guard against rdx/rax as divisor
    if (divisorReg && ['%rax', '%rdx', '%eax', '%edx'].includes(divisorReg)) continue;
    const parts = text.split('\n\t');
    parts.forEach((p, k) => {
      lines.push(`dt_${i}_${k}:`, `\t${p}`);
      masks.push([`dt_${i}_${k}`, k === parts.length - 1 ? mask : 0]);
    });
  }
  lines.push('\t.globl difftest_end', 'difftest_end:');
  lines.push('\tmovl $231, %eax', '\txorl %edi, %edi', '\tsyscall');
  lines.push('\t.data', '\t.balign 64', 'data:');
  for (let i = 0; i < 32; i++) lines.push(`\t.quad ${hex64()}`);
  writeFileSync(join(SRC, name + '.S'), lines.join('\n') + '\n');
  const bin = join(BIN, name);
  execFileSync('gcc', ['-nostdlib', '-static', '-no-pie', '-Wl,--build-id=none', '-o', bin, join(SRC, name + '.S')]);
  const syms = {};
  for (const l of execFileSync('nm', [bin], { encoding: 'utf8' }).split('\n')) {
    const m = /^([0-9a-f]+) \w (\S+)$/.exec(l);
    if (m) syms[m[2]] = parseInt(m[1], 16);
  }
  const undefMask = {};
  for (const [label, mask] of masks) if (mask) undefMask[syms[label].toString(16)] = mask;
  const start = syms.difftest_start.toString(16);
  const end = syms.difftest_end.toString(16);
  const trace = execFileSync(join(REPO, 'guest', 'bin', 'runstream64'), ['trace', start, end, bin], { encoding: 'utf8', maxBuffer: 1 << 28 });
  writeFileSync(join(OUT, name + '.trace'), trace);
  writeFileSync(join(OUT, name + '.json'), JSON.stringify({ start, end, undefinedFlags: undefMask }, null, 0) + '\n');
  console.log(`${name}: ${trace.split('\n').length - 1} steps`);
}

execFileSync('sh', [join(REPO, 'guest', 'tools', 'build.sh')], { stdio: 'inherit' });
const N = Number(process.env.DIFFTEST_PROGRAMS ?? 24);
for (let p = 0; p < N; p++) program(`alu${p}`, 400);
void readFileSync;
