#!/usr/bin/env node
// Records what Linux on this machine does with the named ELF mutants (test/fuzz/elf-cases.ts)
// and the non-files (a directory, /dev/zero, a FIFO, ...) into test/expected/elf-native.json,
// which test/fuzz/elf.test.ts compares sysgate with. Runs each through
// guest/tools/exec-referee.c (built here with gcc; must run as root, the program itself
// runs as nobody without address-space randomization).
//
//   npm run build && node scripts/record-elf-native.mjs

import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(REPO, 'dist', 'test', 'fuzz');
const { loadSeeds } = await import(join(DIST, 'elf-mutate.js'));
const { NAMED_CASES, buildNamed } = await import(join(DIST, 'elf-cases.js'));
const { buildReferee, runNative, makeNonFiles } = await import(join(DIST, 'elf-sandbox.js'));

const work = mkdtempSync(join(tmpdir(), 'sysgate-elf-native-'));
chmodSync(work, 0o755);
try {
  const built = await buildReferee(REPO, work);
  if ('why' in built) throw new Error(built.why);
  const seeds = loadSeeds(REPO);
  const cases = {};
  for (const c of NAMED_CASES) {
    const f = join(work, c.name);
    writeFileSync(f, buildNamed(seeds, c), { mode: 0o755 });
    cases[c.name] = (await runNative(built.path, f, 5000)).verdict;
    console.log(`${c.name.padEnd(24)} ${cases[c.name]}`);
  }
  const nonFiles = {};
  for (const nf of makeNonFiles(work, seeds[0].bytes)) {
    nonFiles[nf.name] = (await runNative(built.path, nf.path, 5000)).verdict;
    console.log(`${nf.name.padEnd(24)} ${nonFiles[nf.name]}`);
  }
  const host = {
    kernel: execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim(),
    mmap_min_addr: Number(readFileSync('/proc/sys/vm/mmap_min_addr', 'utf8')),
    overcommit_memory: Number(readFileSync('/proc/sys/vm/overcommit_memory', 'utf8')),
  };
  const out = join(REPO, 'test', 'expected', 'elf-native.json');
  writeFileSync(out, JSON.stringify({ recordedBy: 'scripts/record-elf-native.mjs', host, cases, nonFiles }, null, 2) + '\n');
  console.log(`wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
