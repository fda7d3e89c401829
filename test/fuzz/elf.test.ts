// The ELF fuzzer's deterministic slice, and its findings as regression tests.
//
// - A fixed-seed slice of mutants of the committed fixtures (test/fuzz/elf-mutate.ts), run
//   with the Machine API in a worker (ApiSandbox): every one ends in a clean one-line
//   error, a normal exit or a guest signal — never a host exception, a hang (a watchdog
//   of 20 s per case, which needs milliseconds) or host memory beyond 256 MiB.
// - The named mutants (test/fuzz/elf-cases.ts) against Linux's verdicts recorded on this
//   machine by scripts/record-elf-native.mjs (test/expected/elf-native.json): loaded or
//   refused as Linux does, and when both ran, the same exit status or signal.
// - Non-files through `sysgate run`: refused with status 126 and one line where Linux
//   refuses them.
// Findings whose fix lies outside src/loader are `todo` tests naming what they wait for.
// The time-budgeted fuzzer with live native runs is scripts/fuzz-elf.mjs.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../e2e/fixtures-lib.js';
import { ElfView, loadSeeds, mutant, PT_LOAD } from './elf-mutate.js';
import { NAMED_CASES, buildNamed } from './elf-cases.js';
import { ApiSandbox, MiB, makeNonFiles, runCliCase } from './elf-sandbox.js';
import { compare, isFailure, parseNative, type Outcome } from './elf-outcome.js';

const seeds = loadSeeds(REPO);
const LIMITS = { timeoutMs: 20_000, rssBound: 256 * MiB, instructionLimit: 1_000_000 };
const native = JSON.parse(readFileSync(join(REPO, 'test', 'expected', 'elf-native.json'), 'utf8')) as {
  cases: Record<string, string>;
  nonFiles: Record<string, string>;
};

const sandbox = new ApiSandbox(LIMITS);
// the named cases include the hangs: a shorter watchdog keeps them to seconds until fixed
const namedSandbox = new ApiSandbox({ ...LIMITS, timeoutMs: 5000 });
after(() => Promise.all([sandbox.close(), namedSandbox.close()]));

/** "exit 0" / "signal 11" — how a run ended, from either side. */
const endState = (s: string): string | null => /^(exit|signal) \d+/.exec(s)?.[0] ?? null;

const describe = (o: Outcome): string => `${o.kind}: ${o.detail.split('\n').slice(0, 6).join(' | ')}`;

test('ELF fuzz slice: 160 mutants end in a clean error, an exit or a guest signal', async () => {
  const kinds: Record<string, number> = {};
  const bad: string[] = [];
  for (let i = 0; i < 160; i++) {
    const m = mutant(seeds, 20261125, i);
    const o = await sandbox.run(m.bytes);
    kinds[o.kind] = (kinds[o.kind] ?? 0) + 1;
    if (isFailure(o) || (o.guestBytes ?? 0) > LIMITS.rssBound) bad.push(`#${i} ${m.seed} ${m.family}: ${m.desc} → ${describe(o)}`);
  }
  assert.deepEqual(bad, []);
  // the slice reaches every outcome
  assert.ok((kinds['load-error'] ?? 0) > 30 && (kinds.exit ?? 0) > 30 && (kinds.signal ?? 0) > 0, JSON.stringify(kinds));
});

for (const c of NAMED_CASES) {
  test(`named mutant ${c.name}: ${c.what}`, { todo: c.waiting ?? undefined }, async () => {
    const o = await namedSandbox.run(buildNamed(seeds, c));
    assert.ok(!isFailure(o), describe(o));
    if (c.name === 'pie-no-room') assert.doesNotMatch(o.detail, /load bias/, 'the user gave no load bias: the message must say why it does not fit');
    if (c.hostDependent) return;
    const n = parseNative(native.cases[c.name]);
    assert.equal(compare(o, n), 'agree', `Linux: ${n.verdict}; sysgate: ${describe(o)}`);
    if (!n.refused && endState(n.verdict) !== null && o.kind !== 'limit') assert.equal(endState(o.detail), endState(n.verdict), describe(o));
  });
}

// ---- not regular ELF files, through the command ----

const dir = mkdtempSync(join(tmpdir(), 'sysgate-elf-nonfile-'));
chmodSync(dir, 0o755);
after(() => rmSync(dir, { recursive: true, force: true }));
const NON_FILE_WAITING: Record<string, string> = {
  // the script runs through /bin/sh, which on this host is dynamically linked
  script: 'waiting for dynamically linked programs (issue 10): #!/bin/sh needs ld.so',
};
const cli = join(REPO, 'dist', 'src', 'cli', 'main.js');
const nonFiles = makeNonFiles(dir, seeds[0].bytes);
// the CLI runs concurrently, started by the first of these tests (not alongside the slice)
let cliRuns: Map<string, Promise<Outcome>> | null = null;
const cliRun = (name: string): Promise<Outcome> => {
  cliRuns ??= new Map(nonFiles.map((nf) => [nf.name, runCliCase(cli, nf.path, { ...LIMITS, timeoutMs: 30_000, rssCap: 512 * MiB })]));
  return cliRuns.get(name)!;
};

for (const nf of nonFiles) {
  test(`sysgate run on ${nf.desc}: as Linux (${native.nonFiles[nf.name]})`, { todo: NON_FILE_WAITING[nf.name] }, async () => {
    const o = await cliRun(nf.name);
    assert.ok(!isFailure(o), describe(o));
    const n = parseNative(native.nonFiles[nf.name]);
    // /proc/self/exe natively is the caller itself: only "no host exception" applies
    if (nf.name === 'proc-self-exe') return;
    assert.equal(compare(o, n), 'agree', `Linux: ${n.verdict}; sysgate: ${describe(o)}`);
    if (!n.refused) assert.equal(endState(o.detail), endState(n.verdict), describe(o));
  });
}
