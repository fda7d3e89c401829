// The worker thread of ApiSandbox (./elf-sandbox.ts): runs each ELF image it is sent
// with the Machine API and answers with the classified outcome.
// (node --test also loads this file as a test file in the main thread: it does nothing there.)

import { parentPort, workerData } from 'node:worker_threads';
import { runApiCase } from './elf-outcome.js';

const port = parentPort;
if (port !== null && (workerData as { elfFuzz?: boolean } | null)?.elfFuzz === true) {
  port.on('message', (m: { bytes: Uint8Array; instructionLimit: number }) => {
    port.postMessage(runApiCase(m.bytes, m.instructionLimit));
  });
}
