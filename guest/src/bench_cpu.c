/*
 * bench_cpu.c — a CPU-bound loop for measuring guest MIPS: an LCG feeding an
 * xor-shift/multiply hash, with a data-dependent branch and a small table.
 * No system calls inside the loop.
 *
 * Usage: bench_cpu [iterations]   (default 50000000; ~10 instructions each)
 * Prints one line: the iteration count and a checksum.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	uint64_t n = argc > 1 ? strtoull(argv[1], 0, 10) : 50000000ULL;
	uint64_t x = 0x243f6a8885a308d3ULL, h = 0, i;
	uint32_t table[16] = {0};

	for (i = 0; i < n; i++) {
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		h ^= x >> 29;
		h ^= h << 13;
		h ^= h >> 7;
		if (h & 1)
			table[(x >> 60) & 15] += (uint32_t)h;
		else
			h += 0x9e3779b97f4a7c15ULL;
	}
	for (i = 0; i < 16; i++)
		h = h * 31 + table[i];
	printf("bench_cpu: iterations=%llu checksum=%016llx\n", (unsigned long long)n,
	       (unsigned long long)h);
	return 0;
}
