// Every fixture must behave exactly as its native run on Linux did: same stdout,
// stderr and exit status (test/expected/, recorded by scripts/record-native.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtures, expected, runFixture } from './fixtures-lib.js';

for (const fx of fixtures()) {
  test(`fixture ${fx.name} matches its native run`, () => {
    const exp = expected(fx.name);
    assert.ok(exp, `no native expectation recorded for ${fx.name}`);
    const r = runFixture(fx);
    assert.equal(r.result.diagnostic && r.status !== exp.status ? r.result.diagnostic : null, null, 'the run ended abnormally');
    assert.equal(r.stdout, exp.stdout, 'stdout differs');
    assert.equal(r.stderr, exp.stderr, 'stderr differs');
    assert.equal(r.status, exp.status, 'exit status differs');
  });
}
