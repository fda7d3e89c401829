// sysgate's public API.
export { Machine, LoadError, InternalError, type MachineOptions, type RunOptions, type RunResult } from './machine.js';
export { Kernel, type ExitStatus } from '../kernel/kernel.js';
export type { KernelEvent, SyscallEnterEvent, SyscallExitEvent } from '../kernel/events.js';
export { Vfs } from '../vfs/vfs.js';
