// A real static program built by others: Debian's busybox-static (glibc, static).
// Each applet runs natively and under sysgate; stdout and exit status must match.
// Skipped when /bin/busybox is not a static binary (.ci/run installs busybox-static).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostMachine } from '../../src/api/host.js';
import { REPO } from './fixtures-lib.js';

const BB = '/bin/busybox';
const isStatic = existsSync(BB) && !readFileSync(BB).includes(Buffer.from('/lib64/ld-linux-x86-64.so.2'));

const dir = mkdtempSync(join(tmpdir(), 'sysgate-bb-'));
writeFileSync(join(dir, 'words.txt'), 'pear\napple\nfig\napple\nbanana\n');
const CASES: string[][] = [
  ['echo', 'hello', 'world'],
  ['printf', '%s-%d-%x\\n', 'abc', '42', '255'],
  ['seq', '1', '3', '10'],
  ['sort', join(dir, 'words.txt')],
  ['uniq', '-c', join(dir, 'words.txt')],
  ['wc', join(dir, 'words.txt')],
  ['md5sum', join(REPO, 'README.md')],
  ['sha256sum', join(REPO, 'package.json')],
  ['head', '-c', '64', join(REPO, 'README.md')],
  ['tr', 'a-z', 'A-Z'],
  ['expr', '6', '*', '7'],
  ['basename', '/a/b/c.txt', '.txt'],
  ['ls', join(REPO, 'guest', 'kernel')],
  ['cat', join(dir, 'words.txt'), '/nonexistent'],
  ['false'],
  ['env', 'busybox', 'echo', 'after', 'execve'],
  ['env', '-i', 'busybox', 'env'],
  ['od', '-An', '-tx1', '-N16', join(REPO, 'guest', 'bin', 'hello64')],
];

for (const args of CASES) {
  test(`busybox ${args.join(' ')}`, { skip: !isStatic && 'no static /bin/busybox' }, () => {
    const input = 'some input for tr\n';
    const nat = spawnSync(BB, args, { input, env: { PATH: '/bin', LANG: 'C' }, cwd: dir });
    const m = hostMachine({ hostStdio: false, cwd: dir, stdin: input, seed: 1 });
    m.load(BB, ['busybox', ...args], { PATH: '/bin', LANG: 'C' });
    const r = m.run({ instructionLimit: 2_000_000_000 });
    assert.equal(Buffer.from(r.stdout).toString('latin1'), nat.stdout.toString('latin1'));
    assert.equal(Buffer.from(r.stderr).toString('latin1'), nat.stderr.toString('latin1'));
    assert.equal(r.signal ? 128 + r.signal : r.code, nat.status);
  });
}

test.after(() => rmSync(dir, { recursive: true, force: true }));
