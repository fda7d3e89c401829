// The worker thread of test/fuzz/sysfuzz.test.ts: one sysfuzz run under sysgate, so that
// the test can end a run that hangs (a synchronous loop cannot be interrupted otherwise).
// (node --test also loads this file as a test file in the main thread: it does nothing there.)

import { parentPort, workerData } from 'node:worker_threads';
import { runUnderSysgate, type FuzzAbi } from './sysfuzz-lib.js';

const job = workerData as { sysfuzz?: { abi: FuzzAbi; seed: number; count: number } } | null;
if (parentPort !== null && job?.sysfuzz) {
  const { abi, seed, count } = job.sysfuzz;
  let reply;
  try {
    reply = runUnderSysgate(abi, seed, count);
  } catch (e) {
    reply = { exception: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort.postMessage(reply);
}
