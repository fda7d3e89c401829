// Runs cases natively through the committed runner (guest/bin/runstream64 / runstream32,
// built from guest/tools/runstream.c by guest/tools/build.sh): one process per batch,
// one forked, ptrace-stepped child per case.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../e2e/fixtures-lib.js';
import { caseLine, type FuzzCase } from './case.js';
import { parseResult, type RunState } from './state.js';

export function runnerPath(mode64: boolean): string {
  return join(REPO, 'guest', 'bin', mode64 ? 'runstream64' : 'runstream32');
}

/** The raw result lines for a batch of cases of one mode. */
export function runNativeLines(cases: FuzzCase[], mode64: boolean): string[] {
  const input = cases.map((c) => caseLine(c) + '\n').join('');
  const r = spawnSync(runnerPath(mode64), ['run'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`runstream failed (status ${r.status}): ${r.stderr}`);
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  if (lines.length !== cases.length) throw new Error(`runstream returned ${lines.length} results for ${cases.length} cases`);
  return lines;
}

export function runNative(cases: FuzzCase[], mode64: boolean): RunState[] {
  return runNativeLines(cases, mode64).map(parseResult);
}

/** The host CPU's vendor, which decides the documented vendor differences sysgate models. */
export function hostVendor(): 'intel' | 'amd' {
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  return /AuthenticAMD/.test(info) ? 'amd' : 'intel';
}
