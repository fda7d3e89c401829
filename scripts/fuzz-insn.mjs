// The instruction fuzzer: random code streams (64-bit and 32-bit) run natively under
// ptrace (guest/bin/runstream64, runstream32) and under sysgate's CPU with the identical
// initial state; the final states are compared field by field (test/cpu/insnfuzz/).
//
//   npm run build && node scripts/fuzz-insn.mjs --seconds S [--seed N]
//       Runs for S seconds and prints the counts: cases run, compared, equal, mismatches
//       (with bytes, disassembly and the differing fields), known differences, skipped (by
//       reason), unimplemented (by opcode), host exceptions. Exits 1 on a host exception
//       or a mismatch that is not a known difference (test/cpu/insnfuzz/known.ts).
//
//   node scripts/fuzz-insn.mjs --case 'CASE LINE' [--32]
//       Runs one case (a line as a report prints it) on both sides and prints both final
//       states and the verdict.
//
//   node scripts/fuzz-insn.mjs --record [--count N]
//       Records the deterministic slice that npm test replays (test/cpu/fuzz.test.ts):
//       N cases per mode (default 250) from seeds 1 (64-bit) and 2 (32-bit), with their native results, into
//       test/expected/insnfuzz/{64,32}.txt. Run on x86-64 Linux.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = (m) => import(join(REPO, 'dist', 'test', 'cpu', 'insnfuzz', m));
let mods;
try {
  mods = await Promise.all(['case.js', 'native.js', 'driver.js', 'emu.js', 'compare.js'].map(lib));
} catch (e) {
  console.error(`fuzz-insn: cannot load the compiled fuzzer (run npm run build first): ${e.message}`);
  process.exit(2);
}
const [{ Rng, genCase, caseLine, parseCaseLine }, { runNative, runNativeAsync, runNativeLines, hostVendor }, { newStats, fuzzBatch, summary }, { runEmu }, { verdict, describeCase }] = mods;

function arg(name, dflt) {
  const k = process.argv.indexOf(name);
  if (k < 0) return dflt;
  const v = Number(process.argv[k + 1]);
  if (!Number.isFinite(v)) {
    console.error(`fuzz-insn: ${name} needs a number`);
    process.exit(2);
  }
  return v;
}

const BATCH = 250;

if (process.argv.includes('--case')) {
  const line = process.argv[process.argv.indexOf('--case') + 1] ?? '';
  const c = parseCaseLine(line, !process.argv.includes('--32'));
  const [nat] = runNative([c], c.mode64);
  const emu = runEmu(c, hostVendor(), nat);
  const show = (s) => JSON.stringify(s, (k, v) => (typeof v === 'bigint' ? '0x' + v.toString(16) : v));
  console.log(describeCase(c, emu));
  console.log('host:    ' + show(nat));
  console.log('sysgate: ' + show(emu.state));
  console.log('verdict: ' + show(verdict(c, emu, nat)));
  process.exit(0);
}

if (process.argv.includes('--record')) {
  const count = arg('--count', 250);
  const out = join(REPO, 'test', 'expected', 'insnfuzz');
  mkdirSync(out, { recursive: true });
  const vendor = hostVendor();
  for (const mode64 of [true, false]) {
    const rng = new Rng(mode64 ? 1 : 2);
    const cases = Array.from({ length: count }, () => genCase(rng, mode64));
    const results = runNativeLines(cases, mode64);
    const lines = [`# vendor ${vendor}: case line, TAB, the native result (scripts/fuzz-insn.mjs --record)`];
    cases.forEach((c, k) => lines.push(`${caseLine(c)}\t${results[k]}`));
    writeFileSync(join(out, `${mode64 ? 64 : 32}.txt`), lines.join('\n') + '\n');
    console.log(`recorded ${count} ${mode64 ? '64' : '32'}-bit cases`);
  }
  process.exit(0);
}

const seconds = arg('--seconds', 10);
const seed = arg('--seed', Date.now() % 0x7fffffff);
const vendor = hostVendor();
console.log(`fuzz-insn: ${seconds} s, seed ${seed}, host vendor ${vendor}`);
const rng = new Rng(seed);
const stats = newStats();
const deadline = Date.now() + seconds * 1000;
// batches alternate 64-bit and 32-bit; the host runs batch k+1 while sysgate compares batch k
const start = (k) => {
  const mode64 = k % 2 === 0;
  const cases = Array.from({ length: BATCH }, () => genCase(rng, mode64));
  return { cases, native: runNativeAsync(cases, mode64) };
};
let next = start(0);
for (let k = 1; Date.now() < deadline; k++) {
  const cur = next;
  next = start(k);
  fuzzBatch(cur.cases, await cur.native, vendor, stats);
}
await next.native;
console.log(summary(stats));
process.exit(stats.hostExceptions.length || stats.mismatches.length ? 1 : 0);
