// The kernel's virtual memory layout and segment selectors (Linux x86-64 values where
// Linux has them). Kernel addresses are negative numbers (signed canonical form).

/** Signed-canonical number of an unsigned 64-bit hex address. */
export function kaddr(hex: string | bigint): number {
  return Number(BigInt.asIntN(64, BigInt(hex)));
}

export const __KERNEL32_CS = 0x08;
export const __KERNEL_CS = 0x10;
export const __KERNEL_DS = 0x18;
export const __USER32_CS = 0x23;
export const __USER_DS = 0x2b;
export const __USER32_DS = 0x2b;
export const __USER_CS = 0x33;
export const GDT_ENTRY_TSS = 8;
export const GDT_ENTRY_TLS_MIN = 12;
export const GDT_ENTRY_TLS_ENTRIES = 3;
export const TSS_SELECTOR = GDT_ENTRY_TSS * 8;

/** Kernel text: where the entry image (guest/kernel/entry_64.S) is loaded. */
export const KERNEL_TEXT = kaddr('0xffffffff81000000');
/** Native-call region (see guest/kernel/natives.h). */
export const NATIVE_BASE = kaddr('0xffffffff81800000');
export const NATIVE_SIZE = 0x10000;
/** sys_call_table (x86-64) and ia32_sys_call_table: arrays of routine addresses. */
export const SYS_CALL_TABLE = kaddr('0xffffffff82000000');
export const IA32_SYS_CALL_TABLE = kaddr('0xffffffff82002000');
/** Service routines get native addresses here, one per declared routine. */
export const ROUTINE_BASE = kaddr('0xffffffff81810000');
export const GDT_BASE = kaddr('0xffffffff82010000');
export const IDT_BASE = kaddr('0xffffffff82011000');
export const TSS_BASE = kaddr('0xffffffff82012000');
export const BOOT_PARAMS = kaddr('0xffffffff82013000');
/** Per-CPU area: the GS base inside the kernel. */
export const PERCPU_BASE = kaddr('0xffffffff82020000');
export const PCPU_USER_RSP_SCRATCH = 0;
export const PCPU_TOP_OF_STACK = 8;
/** The per-CPU entry stack (SYSENTER_ESP, boot). */
export const ENTRY_STACK_BASE = kaddr('0xffffffff82030000');
export const ENTRY_STACK_SIZE = 0x4000;
/** Task kernel stacks (THREAD_SIZE = 16 KiB, with a guard page below each). */
export const TASK_STACKS_BASE = kaddr('0xffffc90000000000');
export const THREAD_SIZE = 0x4000;

/** Top of user space (TASK_SIZE_MAX for 4-level paging). */
export const TASK_SIZE_MAX = 0x7ffffffff000;
/** 32-bit tasks: TASK_SIZE of a compat task (IA32_PAGE_OFFSET). */
export const IA32_TASK_SIZE = 0xffffe000;
export const STACK_TOP = TASK_SIZE_MAX;
