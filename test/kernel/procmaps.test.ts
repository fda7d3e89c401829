// /proc/self/maps lists the program's segments, [heap], [vvar], [vdso], [stack] and [vsyscall].

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { hostMachine } from '../../src/api/host.js';

const BB = '/bin/busybox';
const ok = existsSync(BB) && !readFileSync(BB).includes(Buffer.from('/lib64/ld-linux-x86-64.so.2'));

test('cat /proc/self/maps', { skip: !ok && 'no static /bin/busybox' }, () => {
  const m = hostMachine({ hostStdio: false, seed: 1 });
  m.load(BB, ['busybox', 'cat', '/proc/self/maps'], {});
  const r = m.run({ instructionLimit: 100_000_000 });
  assert.equal(r.code, 0);
  const text = new TextDecoder().decode(r.stdout);
  for (const name of ['[heap]', '[vvar]', '[vdso]', '[stack]', '[vsyscall]']) assert.match(text, new RegExp(`^[0-9a-f]+-[0-9a-f]+ [r-][w-][x-]p .*\\${name.slice(0, -1)}\\]$`, 'm'), name);
  assert.match(text, /^00400000-00401000 r--p .*busybox$/m);
  assert.match(text, /^[0-9a-f]+-[0-9a-f]+ r-xp .*\[vdso\]$/m);
});
