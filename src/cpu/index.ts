// The CPU with every instruction family registered. Import the CPU from here (not
// from cpu.ts directly) so the opcode tables are filled.
export * from './cpu.js';
import './ops/index.js';
