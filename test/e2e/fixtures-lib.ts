// Runs the committed guest fixtures under sysgate exactly as scripts/record-native.mjs
// ran them natively (argv[0] = the bin path as written, the manifest's environment
// only, a fresh empty working directory, stdin/stdout/stderr as pipes).

import { readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostMachine } from '../../src/api/host.js';
import type { Machine, RunResult } from '../../src/api/machine.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface Fixture {
  name: string;
  bin: string;
  args: string[];
  env: Record<string, string>;
  stdin?: string;
  needsEmptyCwd?: boolean;
}

export function fixtures(manifest = 'guest/fixtures.json'): Fixture[] {
  return JSON.parse(readFileSync(join(REPO, manifest), 'utf8')) as Fixture[];
}

export interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

export function expected(name: string): Expected | null {
  const base = join(REPO, 'test', 'expected', name);
  if (!existsSync(base + '.status')) return null;
  return {
    stdout: readFileSync(base + '.stdout', 'latin1'),
    stderr: readFileSync(base + '.stderr', 'latin1'),
    status: Number(readFileSync(base + '.status', 'utf8').trim()),
  };
}

export interface FixtureRun {
  result: RunResult;
  stdout: string;
  stderr: string;
  status: number;
  cwd: string;
}

/** Runs one fixture; `setup` may attach listeners before it starts. */
export function runFixture(fx: Fixture, setup?: (m: Machine) => void, opts: { vendor?: 'intel' | 'amd'; forceIret?: boolean } = {}): FixtureRun {
  const cwd = mkdtempSync(join(tmpdir(), `sysgate-${fx.name}-`));
  try {
    const m = hostMachine({ hostStdio: false, cwd, stdin: fx.stdin ?? '', seed: 1, vendor: opts.vendor, forceIret: opts.forceIret });
    setup?.(m);
    m.load(join(REPO, fx.bin), [fx.bin, ...fx.args], fx.env);
    const result = m.run({ instructionLimit: 2_000_000_000 });
    const status = result.signal ? 128 + result.signal : result.code;
    return { result, stdout: Buffer.from(result.stdout).toString('latin1'), stderr: Buffer.from(result.stderr).toString('latin1'), status, cwd };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
