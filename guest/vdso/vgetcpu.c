/*
 * guest/vdso/vgetcpu.c — getcpu() in the x86-64 vDSO.
 *
 * The kernel keeps (node << 12) | cpu in IA32_TSC_AUX; rdtscp returns it in ecx.
 * (Linux 6.1 reads the same value with lsl from a per-CPU GDT segment, or with
 * rdpid; older kernels used rdtscp, as here: sysgate's CPU has rdtscp.)
 */
struct getcpu_cache;

long __vdso_getcpu(unsigned *cpu, unsigned *node, struct getcpu_cache *unused)
{
	unsigned int lo, hi, aux;

	(void)unused;
	__asm__ __volatile__("rdtscp" : "=a"(lo), "=d"(hi), "=c"(aux) : : "memory");
	(void)lo;
	(void)hi;
	if (cpu)
		*cpu = aux & 0xfff;
	if (node)
		*node = aux >> 12;
	return 0;
}

long getcpu(unsigned *, unsigned *, struct getcpu_cache *)
	__attribute__((weak, alias("__vdso_getcpu")));
