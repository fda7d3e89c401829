// The Linux kernel's own nolibc test program (tools/testing/selftests/nolibc, built by
// guest/nolibc/build.sh from Debian's linux-source-6.1) for x86-64 and i386: every
// sub-test's verdict under sysgate must equal the native run's (test/expected/*.verdicts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostMachine } from '../../src/api/host.js';
import { REPO } from './fixtures-lib.js';

/** Sub-tests whose verdict differs for a documented reason. */
const KNOWN: Record<string, string> = {
  link_cross: 'link("/proc/self/net", "/blah") is EXDEV natively; sysgate\'s /proc has no net directory, so ENOENT',
};

function verdicts(text: string): Array<[string, string]> {
  return text
    .split('\n')
    .map((l) => /^ *\d+ ([a-z_0-9]+) .*\[(OK|FAIL|SKIPPED)\]/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2]]);
}

for (const bin of ['nolibc-test', 'nolibc-test32']) {
  test(`${bin}: every sub-test's verdict matches the native run`, () => {
    const expected = readFileSync(join(REPO, 'test', 'expected', `${bin}.verdicts`), 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]);
    const m = hostMachine({ hostStdio: false, stdin: '', seed: 1 });
    m.load(join(REPO, 'guest', 'bin', bin), [bin], {});
    const r = m.run({ instructionLimit: 500_000_000 });
    const got = verdicts(new TextDecoder().decode(r.stdout));
    assert.equal(got.length, expected.length, 'number of sub-tests');
    const diffs: string[] = [];
    expected.forEach(([name, v], k) => {
      const [gname, gv] = got[k];
      assert.equal(gname, name, `sub-test ${k}`);
      if (gv !== v && !KNOWN[name]) diffs.push(`${name}: native ${v}, sysgate ${gv}`);
    });
    assert.deepEqual(diffs, []);
  });
}
