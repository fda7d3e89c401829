/*
 * malloc_stress.c — memory management: the program break, musl's malloc
 * (mallocng: small sizes from brk/mmap'd groups, >= ~128 KiB straight from
 * mmap, realloc of large blocks through mremap), calloc, and explicit
 * anonymous and private file mappings (mmap, munmap, mprotect, mremap,
 * madvise).
 *
 * Every phase prints counts and FNV-1a checksums of memory contents — never
 * addresses — so output is deterministic under ASLR.  Writes and removes one
 * file, "map.dat", in the current directory.
 *
 * Usage: malloc_stress [ops]   (default 4000 random malloc/realloc/free ops)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <sysgate/syscall64.h>
#include "errname.h"

#define __NR_sg_brk __NR_brk
/* The raw brk system call returns the (new or unchanged) break, never -1:
 * use the raw helper, not a _syscallN wrapper. */
static unsigned long sg_brk(unsigned long addr)
{
	return (unsigned long)sg_syscall1(__NR_sg_brk, (long)addr);
}

#define PAGE 4096UL

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *c = p;
	while (n--) {
		h ^= *c++;
		h *= 0x100000001b3ULL;
	}
	return h;
}
#define FNV0 0xcbf29ce484222325ULL

static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint64_t next(void)
{
	/* xorshift64* */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dULL;
}

static int failures;
static void fail(const char *what, long a)
{
	failures++;
	if (failures < 20)
		printf("FAIL: %s (%ld)\n", what, a);
}

/* ---- phase 1: the program break --------------------------------------- */
static void phase_brk(void)
{
	unsigned long cur, want, got, i;
	uint64_t h = FNV0;
	unsigned char *p;

	printf("== brk\n");
	cur = sg_brk(0);
	printf("brk(0) nonzero: %s\n", cur ? "yes" : "no");
	printf("sbrk(0) == brk(0): %s\n", (unsigned long)sbrk(0) == cur ? "yes" : "no");
	want = cur + 65536 + 123; /* not page aligned: brk returns it as is */
	got = sg_brk(want);
	printf("brk(cur+65659) returned request: %s\n", got == want ? "yes" : "no");
	printf("brk(0) now cur+%lu\n", sg_brk(0) - cur);
	p = (unsigned char *)cur;
	for (i = 0; i < want - cur; i++)
		p[i] = (unsigned char)(i * 7 + 3);
	h = fnv(h, p, want - cur);
	printf("brk area checksum %016llx\n", (unsigned long long)h);
	/* the page containing the unaligned end is mapped too */
	printf("byte past break (same page) reads %d\n", p[want - cur]);
	got = sg_brk(cur + 3 * PAGE);
	printf("shrink to cur+3 pages: %s\n", got == cur + 3 * PAGE ? "ok" : "FAILED");
	h = fnv(FNV0, p, 3 * PAGE);
	printf("kept pages checksum %016llx\n", (unsigned long long)h);
	got = sg_brk(cur + 4 * PAGE);
	printf("regrow one page reads zero: %s\n",
	       got == cur + 4 * PAGE && p[3 * PAGE] == 0 && p[4 * PAGE - 1] == 0 ? "yes" : "no");
	got = sg_brk(1); /* below the start of the heap: refused */
	printf("brk(1) leaves break unchanged: %s\n", got == cur + 4 * PAGE ? "yes" : "no");
	got = sg_brk(cur);
	printf("restore: %s\n", got == cur ? "ok" : "FAILED");
	/* musl's own brk()/sbrk(n) refuse on purpose (ENOMEM, no syscall) */
	{
		void *r;
		errno = 0;
		r = sbrk(4096);
		printf("libc sbrk(4096) = %s errno=%s\n",
		       r == (void *)-1 ? "-1" : "ok", errname(errno));
	}
}

/* ---- phase 2: malloc / realloc / free / calloc ------------------------- */
#define SLOTS 128
static unsigned char *slot_p[SLOTS];
static size_t slot_n[SLOTS];
static unsigned slot_seed[SLOTS];

static size_t rand_size(void)
{
	uint64_t r = next();
	switch (r % 100) {
	case 0: case 1:          /* large: mmap'd by mallocng */
		return 128 * 1024 + (size_t)(next() % (900 * 1024));
	case 2: case 3: case 4: case 5: case 6: case 7:
		return 4096 + (size_t)(next() % 60000);
	default:
		if (r % 7 == 0)
			return 0;
		return 1 + (size_t)(next() % 600);
	}
}

/* Byte i of a block with seed s.  For blocks larger than 4 KiB only every
 * 61st byte and the last 64 are written/checked (still every page). */
static unsigned char pat(unsigned s, size_t i) { return (unsigned char)(s + i * 13 + (i >> 8)); }
static int touched(size_t n, size_t i) { return n <= 4096 || i % 61 == 0 || i + 64 >= n; }

static void fill(unsigned char *p, size_t n, unsigned s)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (touched(n, i))
			p[i] = pat(s, i);
}

/* verify the first n bytes of a block filled for size `filled` */
static uint64_t check(const unsigned char *p, size_t n, size_t filled, unsigned s)
{
	uint64_t h = FNV0;
	size_t i;
	for (i = 0; i < n; i++)
		if (touched(filled, i)) {
			if (p[i] != pat(s, i)) {
				fail("pattern mismatch", (long)i);
				return 0;
			}
			h = (h ^ p[i]) * 0x100000001b3ULL;
		}
	return h;
}

static void phase_malloc(int ops)
{
	uint64_t sum = FNV0;
	long n_malloc = 0, n_free = 0, n_realloc = 0, n_large = 0;
	int i, k;

	printf("== malloc/realloc/free (%d ops)\n", ops);
	for (i = 0; i < ops; i++) {
		k = (int)(next() % SLOTS);
		if (!slot_p[k]) {
			size_t n = rand_size();
			unsigned char *p = malloc(n);
			n_malloc++;
			if (n >= 128 * 1024)
				n_large++;
			if (!p && n) {
				fail("malloc", (long)n);
				continue;
			}
			if (!p)
				p = malloc(1); /* malloc(0) returned NULL: keep a block */
			slot_p[k] = p;
			slot_n[k] = n;
			slot_seed[k] = (unsigned)next();
			fill(p, n, slot_seed[k]);
		} else if (next() % 3 == 0) {
			size_t n = rand_size(), keep;
			unsigned char *p;
			if (n == 0)
				n = 1; /* realloc(p, 0) semantics differ between libcs */
			keep = n < slot_n[k] ? n : slot_n[k];
			p = realloc(slot_p[k], n);
			n_realloc++;
			if (!p) {
				fail("realloc", (long)n);
				continue;
			}
			/* the preserved prefix must be intact */
			sum ^= check(p, keep, slot_n[k], slot_seed[k]);
			slot_p[k] = p;
			slot_n[k] = n;
			slot_seed[k] = (unsigned)next();
			fill(p, n, slot_seed[k]);
		} else {
			sum = sum * 31 + check(slot_p[k], slot_n[k], slot_n[k], slot_seed[k]);
			free(slot_p[k]);
			slot_p[k] = NULL;
			n_free++;
		}
	}
	for (k = 0; k < SLOTS; k++)
		if (slot_p[k]) {
			sum = sum * 31 + check(slot_p[k], slot_n[k], slot_n[k], slot_seed[k]);
			free(slot_p[k]);
			slot_p[k] = NULL;
			n_free++;
		}
	printf("malloc=%ld (large=%ld) realloc=%ld free=%ld\n", n_malloc, n_large,
	       n_realloc, n_free);
	printf("malloc checksum %016llx\n", (unsigned long long)sum);

	/* calloc must return zeroed memory, also after memory was recycled */
	{
		static const size_t sizes[] = {1, 24, 100, 1000, 4096, 5000,
					       70000, 140000, 300000, 1 << 20};
		int bad = 0;
		size_t j, m;
		for (j = 0; j < sizeof sizes / sizeof sizes[0]; j++) {
			unsigned char *p = malloc(sizes[j]);
			if (p)
				memset(p, 0xa5, sizes[j]);
			free(p);
			p = calloc(sizes[j], 1);
			if (!p) {
				fail("calloc", (long)sizes[j]);
				continue;
			}
			for (m = 0; m < sizes[j]; m++)
				if (p[m])
					bad++;
			free(p);
		}
		printf("calloc zeroed: %s\n", bad ? "NO" : "yes");
		volatile size_t big = (size_t)1 << 62, huge = (size_t)-4096;
		void *r;
		errno = 0;
		r = calloc(big, 8);
		printf("calloc overflow: %s errno=%s\n", r ? "non-NULL" : "NULL",
		       errname(errno));
		errno = 0;
		r = malloc(huge);
		printf("malloc(huge): %s errno=%s\n", r ? "non-NULL" : "NULL",
		       errname(errno));
	}
}

/* ---- phase 3: anonymous mappings --------------------------------------- */
#define REPORT(label, call)                                                  \
	do {                                                                 \
		long r_;                                                     \
		errno = 0;                                                   \
		r_ = (long)(call);                                           \
		if (r_ == -1)                                                \
			printf("%s = -1 errno=%s\n", label, errname(errno)); \
		else                                                         \
			printf("%s = %ld\n", label, r_);                     \
	} while (0)

static unsigned char apat(size_t i) { return (unsigned char)(i ^ (i >> 9)); }

static void phase_anon(void)
{
	unsigned char *p, *q, *r;
	uint64_t h;
	size_t i;
	int zero;

	printf("== anonymous mmap\n");
	p = mmap(NULL, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		printf("mmap anon failed errno=%s\n", errname(errno));
		return;
	}
	printf("mmap 16 pages: page aligned %s\n", ((uintptr_t)p & (PAGE - 1)) ? "no" : "yes");
	for (zero = 1, i = 0; i < 16 * PAGE; i++)
		zero &= p[i] == 0;
	printf("fresh anonymous memory is zero: %s\n", zero ? "yes" : "no");
	for (i = 0; i < 16 * PAGE; i++)
		p[i] = apat(i);
	h = fnv(FNV0, p, 16 * PAGE);
	printf("checksum %016llx\n", (unsigned long long)h);

	REPORT("mprotect pages 4-7 PROT_READ", mprotect(p + 4 * PAGE, 4 * PAGE, PROT_READ));
	printf("read-only pages still readable, checksum %016llx\n",
	       (unsigned long long)fnv(FNV0, p + 4 * PAGE, 4 * PAGE));
	REPORT("mprotect back to RW",
	       mprotect(p + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE));
	p[4 * PAGE] ^= 0xff; /* writable again */
	p[4 * PAGE] ^= 0xff;
	/* raw: musl's mprotect() rounds the address down, the kernel does not */
	REPORT("raw mprotect unaligned",
	       sg_syscall_ret(sg_syscall3(__NR_mprotect, (long)(p + 1), (long)PAGE, PROT_READ)));
	REPORT("mprotect PROT_NONE page 15", mprotect(p + 15 * PAGE, PAGE, PROT_NONE));

	/* madvise(DONTNEED) on private anonymous memory drops the pages: they
	 * read back as zero */
	REPORT("madvise pages 2-3 MADV_DONTNEED", madvise(p + 2 * PAGE, 2 * PAGE, MADV_DONTNEED));
	for (zero = 1, i = 2 * PAGE; i < 4 * PAGE; i++)
		zero &= p[i] == 0;
	printf("pages 2-3 now zero: %s, page 1 intact: %s\n", zero ? "yes" : "no",
	       p[PAGE + 5] == apat(PAGE + 5) ? "yes" : "no");
	REPORT("madvise MADV_WILLNEED", madvise(p, PAGE, MADV_WILLNEED));
	for (i = 2 * PAGE; i < 4 * PAGE; i++)
		p[i] = apat(i);

	/* MAP_FIXED over page 8 replaces it with a fresh zero page */
	q = mmap(p + 8 * PAGE, PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	printf("MAP_FIXED at page 8: %s, zero: %s\n", q == p + 8 * PAGE ? "same address" : "other",
	       q[0] == 0 && q[PAGE - 1] == 0 ? "yes" : "no");
	for (i = 8 * PAGE; i < 9 * PAGE; i++)
		p[i] = apat(i);
	{
		static unsigned char ref[15 * 4096];
		for (i = 0; i < 15 * PAGE; i++)
			ref[i] = apat(i);
		printf("pages 0-14 match pattern: %s\n", memcmp(p, ref, 15 * PAGE) ? "no" : "yes");
	}
	/* one munmap across the pieces mprotect and MAP_FIXED made */
	REPORT("munmap all 16 pages", munmap(p, 16 * PAGE));

	/* mremap on a fresh mapping: grow with MAYMOVE keeps contents, the new
	 * tail is zero */
	p = mmap(NULL, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	for (i = 0; i < 16 * PAGE; i++)
		p[i] = apat(i);
	q = mremap(p, 16 * PAGE, 64 * PAGE, MREMAP_MAYMOVE);
	if (q == MAP_FAILED) {
		printf("mremap grow failed errno=%s\n", errname(errno));
		return;
	}
	for (zero = 1, i = 16 * PAGE; i < 64 * PAGE; i++)
		zero &= q[i] == 0;
	printf("mremap 16->64 pages: contents kept %s, tail zero %s\n",
	       fnv(FNV0, q, 16 * PAGE) == h ? "yes" : "no", zero ? "yes" : "no");
	r = mremap(q, 64 * PAGE, 8 * PAGE, 0);
	printf("mremap shrink to 8 pages: %s, checksum %016llx\n",
	       r == q ? "in place" : "FAILED", (unsigned long long)fnv(FNV0, q, 8 * PAGE));
	/* grow in place (no MAYMOVE) into the space just released */
	r = mremap(q, 8 * PAGE, 12 * PAGE, 0);
	printf("mremap grow in place 8->12: %s\n",
	       r == q ? "same address" : r == MAP_FAILED ? "failed" : "moved?!");
	errno = 0;
	r = mremap((void *)(uintptr_t)PAGE, PAGE, 2 * PAGE, 0);
	printf("mremap unmapped old address: %s errno=%s\n",
	       r == MAP_FAILED ? "MAP_FAILED" : "ok", errname(errno));

	/* munmap a hole in the middle, then the rest */
	REPORT("munmap pages 2-3", munmap(q + 2 * PAGE, 2 * PAGE));
	REPORT("munmap pages 0-1", munmap(q, 2 * PAGE));
	REPORT("munmap pages 4-11", munmap(q + 4 * PAGE, 8 * PAGE));
	REPORT("munmap already-unmapped range", munmap(q, 2 * PAGE));
	REPORT("munmap unaligned", munmap(q + 1, PAGE));
	REPORT("munmap length 0", munmap(q, 0));
	errno = 0;
	r = mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	printf("mmap length 0: %s errno=%s\n", r == MAP_FAILED ? "MAP_FAILED" : "ok",
	       errname(errno));
	errno = 0;
	r = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 99, 0);
	printf("mmap bad fd: %s errno=%s\n", r == MAP_FAILED ? "MAP_FAILED" : "ok",
	       errname(errno));
	errno = 0;
	r = mmap(NULL, PAGE, PROT_READ, MAP_ANONYMOUS, -1, 0);
	printf("mmap neither shared nor private: %s errno=%s\n",
	       r == MAP_FAILED ? "MAP_FAILED" : "ok", errname(errno));
}

/* ---- phase 4: private file mapping ------------------------------------- */
static void phase_file(void)
{
	static unsigned char data[3 * PAGE + 100], back[3 * PAGE + 100];
	size_t len = sizeof data, i;
	unsigned char *m;
	int fd, zero;

	printf("== private file mapping\n");
	for (i = 0; i < len; i++)
		data[i] = (unsigned char)(i * 31 + (i >> 12));
	fd = open("map.dat", O_CREAT | O_TRUNC | O_RDWR, 0644);
	if (fd < 0 || write(fd, data, len) != (ssize_t)len) {
		printf("write map.dat failed errno=%s\n", errname(errno));
		return;
	}
	printf("wrote %zu bytes, checksum %016llx\n", len,
	       (unsigned long long)fnv(FNV0, data, len));
	m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (m == MAP_FAILED) {
		printf("mmap file failed errno=%s\n", errname(errno));
		return;
	}
	printf("mapping checksum %016llx (matches file: %s)\n",
	       (unsigned long long)fnv(FNV0, m, len), memcmp(m, data, len) ? "no" : "yes");
	for (zero = 1, i = len; i < 4 * PAGE; i++)
		zero &= m[i] == 0;
	printf("rest of last page reads zero: %s\n", zero ? "yes" : "no");
	/* copy-on-write: private changes do not reach the file */
	memset(m + 10, 'W', 5000);
	printf("pread after private write: file unchanged %s\n",
	       pread(fd, back, len, 0) == (ssize_t)len && !memcmp(back, data, len) ? "yes" : "no");
	printf("mapping changed: %s\n", m[10] == 'W' && m[5009] == 'W' ? "yes" : "no");
	printf("munmap = %d\n", munmap(m, len));

	/* offset mapping, read-only */
	m = mmap(NULL, PAGE + 100, PROT_READ, MAP_PRIVATE, fd, 2 * PAGE);
	if (m == MAP_FAILED) {
		printf("mmap file @2 pages failed errno=%s\n", errname(errno));
	} else {
		printf("mapping @offset 8192: matches file %s\n",
		       memcmp(m, data + 2 * PAGE, PAGE + 100) ? "no" : "yes");
		printf("munmap = %d\n", munmap(m, PAGE + 100));
	}
	errno = 0;
	m = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 100);
	printf("mmap unaligned offset: %s errno=%s\n", m == MAP_FAILED ? "MAP_FAILED" : "ok",
	       errname(errno));
	close(fd);
	/* the mapping outlives the descriptor */
	fd = open("map.dat", O_RDONLY);
	m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	printf("mapping after close(fd) matches: %s\n",
	       m != MAP_FAILED && !memcmp(m, data, len) ? "yes" : "no");
	if (m != MAP_FAILED)
		munmap(m, len);
	printf("unlink map.dat = %d\n", unlink("map.dat"));
}

int main(int argc, char **argv)
{
	int ops = argc > 1 ? atoi(argv[1]) : 4000;

	phase_brk();
	phase_malloc(ops);
	phase_anon();
	phase_file();
	printf("failures=%d\n", failures);
	return failures != 0;
}
