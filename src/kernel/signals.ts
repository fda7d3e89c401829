// Signal numbers and names (x86 Linux).

export const SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8;
export const SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15;
export const SIGSTKFLT = 16, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22;
export const SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25, SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29;
export const SIGPWR = 30, SIGSYS = 31;
export const NSIG = 64;

export const SIGNAL_NAMES: Record<number, string> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU',
  23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO',
  30: 'SIGPWR', 31: 'SIGSYS',
};

/** strsignal() texts (glibc), for diagnostics. */
export const SIGNAL_TEXT: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
  12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
  17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
  22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
  26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
  30: 'Power failure', 31: 'Bad system call',
};

/** Signals whose default action dumps core (sig_kernel_coredump). */
export function coreDumps(sig: number): boolean {
  return [SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ, SIGSYS].includes(sig);
}

/**
 * Whether the exit status says "core dumped" (WCOREDUMP) after `sig` killed a task.
 * Linux sets it only when do_coredump() wrote a core; sysgate writes no core files, so
 * never — as Linux with RLIMIT_CORE at 0 (sysgate's default soft limit).
 */
export function coreDumped(_sig: number): boolean {
  return false;
}

export function signalName(sig: number): string {
  if (SIGNAL_NAMES[sig]) return SIGNAL_NAMES[sig];
  if (sig >= 32 && sig <= 64) return `SIGRT_${sig - 32}`;
  return `signal ${sig}`;
}
