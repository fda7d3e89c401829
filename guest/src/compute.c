/*
 * compute.c — integer work for checking the CPU emulation against real
 * hardware: a prime sieve, CRC-32, 64-bit and 128-bit multiply/divide/modulo
 * (incl. negative operands; __int128 division goes through libgcc's
 * __divti3/__udivti3/__umodti3), bit tricks (popcount, clz, ctz, bswap,
 * rotates), qsort, the string functions at all 16 alignments, and snprintf
 * with many integer formats.  No floating point.
 *
 * Only a handful of system calls (start-up, the final write, exit_group):
 * the output is the point.  Every result is printed or folded into a
 * printed checksum.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t lcg_state = 12345;
static uint32_t lcg(void)
{
	lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)(lcg_state >> 33);
}

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	return h;
}

/* ---- sieve ---------------------------------------------------------------- */
#define SIEVE_N 1000000
static unsigned char composite[SIEVE_N + 1];

static void sieve(void)
{
	unsigned i, j, count = 0, last = 0;
	uint64_t sum = 0;
	for (i = 2; (uint64_t)i * i <= SIEVE_N; i++)
		if (!composite[i])
			for (j = i * i; j <= SIEVE_N; j += i)
				composite[j] = 1;
	for (i = 2; i <= SIEVE_N; i++)
		if (!composite[i]) {
			count++;
			sum += i;
			last = i;
		}
	printf("sieve: primes<=%u count=%u sum=%llu last=%u\n", SIEVE_N, count,
	       (unsigned long long)sum, last);
}

/* ---- CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320) ----------------------- */
static uint32_t crc_table[256];

static void crc_init(void)
{
	uint32_t c, n, k;
	for (n = 0; n < 256; n++) {
		c = n;
		for (k = 0; k < 8; k++)
			c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
		crc_table[n] = c;
	}
}

static uint32_t crc32(uint32_t crc, const unsigned char *p, size_t n)
{
	crc = ~crc;
	while (n--)
		crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

static unsigned char data[1 << 20];

static void crc(void)
{
	size_t i;
	crc_init();
	printf("crc32(\"123456789\") = %08x\n",
	       crc32(0, (const unsigned char *)"123456789", 9));
	for (i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(lcg() >> 7);
	printf("crc32(1 MiB of LCG data) = %08x\n", crc32(0, data, sizeof data));
	printf("crc32 in two halves = %08x\n",
	       crc32(crc32(0, data, sizeof data / 2), data + sizeof data / 2,
		     sizeof data / 2));
}

/* ---- 64-bit and 128-bit arithmetic --------------------------------------- */
static const int64_t sv[] = {
	0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256, 1000003, -999983,
	0x7fffffffLL, -0x80000000LL, 0x100000000LL, 0x123456789abcdefLL,
	-0x123456789abcdefLL, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1,
};
#define NSV (sizeof sv / sizeof sv[0])

static void arith(void)
{
	uint64_t h = 0;
	size_t i, j;
	volatile int64_t va, vb; /* keep the divisions real instructions */

	for (i = 0; i < NSV; i++)
		for (j = 0; j < NSV; j++) {
			int64_t a = sv[i], b = sv[j];
			uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
			h = mix(h, ua * ub);
			h = mix(h, ua + ub);
			h = mix(h, ua - ub);
			if (b != 0) {
				h = mix(h, ua / ub);
				h = mix(h, ua % ub);
				if (!(a == INT64_MIN && b == -1)) {
					va = a;
					vb = b;
					h = mix(h, (uint64_t)(va / vb));
					h = mix(h, (uint64_t)(va % vb));
				}
			}
			h = mix(h, (uint64_t)(a >> (j & 63)));
			h = mix(h, ua >> (j & 63));
			h = mix(h, ua << (i & 63));
			h = mix(h, (uint64_t)(a < b) | (uint64_t)(ua < ub) << 1);
		}
	printf("int64 ops checksum: %016llx\n", (unsigned long long)h);

	/* a few spelled out, for readable diffs */
	va = -7; vb = 2;
	printf("-7/2=%lld -7%%2=%lld ", (long long)(va / vb), (long long)(va % vb));
	va = 7; vb = -2;
	printf("7/-2=%lld 7%%-2=%lld\n", (long long)(va / vb), (long long)(va % vb));
	va = INT64_MIN; vb = 3;
	printf("INT64_MIN/3=%lld INT64_MIN%%3=%lld\n", (long long)(va / vb),
	       (long long)(va % vb));
	printf("UINT64_MAX/10=%llu UINT64_MAX%%10=%llu\n",
	       (unsigned long long)(UINT64_MAX / (uint64_t)(vb + 7)),
	       (unsigned long long)(UINT64_MAX % (uint64_t)(vb + 7)));
	{
		volatile int32_t a32 = -100000, b32 = 7;
		volatile uint32_t u32 = 0xfffffff0u, w32 = 0x10u;
		printf("int32: %d/%d=%d %d%%%d=%d u32*u32=%u u32/w=%u\n", a32, b32,
		       a32 / b32, a32, b32, a32 % b32, u32 * u32, u32 / w32);
		printf("int32 mul wide: %lld, u32 mul wide: %llu\n",
		       (long long)a32 * b32 * 100000, (unsigned long long)u32 * u32);
	}
}

static void print_u128(const char *label, unsigned __int128 v)
{
	printf("%s=0x%016llx%016llx\n", label, (unsigned long long)(v >> 64),
	       (unsigned long long)v);
}

static void arith128(void)
{
	volatile uint64_t a = 0xfedcba9876543210ULL, b = 0x0123456789abcdefULL;
	volatile int64_t sa = -0x123456789abcdefLL, sb = 0x76543210LL;
	unsigned __int128 p = (unsigned __int128)a * b;
	__int128 sp = (__int128)sa * sb;
	volatile unsigned __int128 big = ((unsigned __int128)0x0123456789abcdefULL << 64) |
					 0xfedcba9876543210ULL;
	volatile unsigned __int128 d64 = 1000000007ULL;
	volatile unsigned __int128 d128 = ((unsigned __int128)3 << 64) | 12345;
	volatile __int128 sbig = -(__int128)big, sdiv = -(__int128)1000000007;
	uint64_t h = 0;
	size_t i, j;

	print_u128("u64*u64", p);
	print_u128("s64*s64", (unsigned __int128)sp);
	print_u128("big/d64", big / d64);
	print_u128("big%d64", big % d64);
	print_u128("big/d128", big / d128);
	print_u128("big%d128", big % d128);
	print_u128("-big/-d64", (unsigned __int128)(sbig / sdiv));
	print_u128("-big%-d64", (unsigned __int128)(sbig % sdiv));
	print_u128("-big/7", (unsigned __int128)(sbig / 7));
	print_u128("-big%7", (unsigned __int128)(sbig % 7));
	print_u128("big>>67", big >> 67);
	print_u128("big<<37", big << 37);
	for (i = 0; i < NSV; i++)
		for (j = 0; j < NSV; j++) {
			unsigned __int128 x = (unsigned __int128)(uint64_t)sv[i] << 32 |
					      (uint64_t)sv[j];
			unsigned __int128 y = (unsigned __int128)(uint64_t)sv[j] + 1;
			unsigned __int128 q = x * y;
			h = mix(h, (uint64_t)q);
			h = mix(h, (uint64_t)(q >> 64));
			if (y) {
				h = mix(h, (uint64_t)(x / y));
				h = mix(h, (uint64_t)(x % y));
			}
		}
	printf("int128 ops checksum: %016llx\n", (unsigned long long)h);
}

/* ---- bit tricks ---------------------------------------------------------------- */
static uint64_t rotl(uint64_t x, unsigned r) { return (x << (r & 63)) | (x >> ((64 - r) & 63)); }
static uint32_t rotr32(uint32_t x, unsigned r) { return (x >> (r & 31)) | (x << ((32 - r) & 31)); }

static void bits(void)
{
	static const uint64_t v[] = {1, 2, 3, 0x80, 0xff, 0x8000000000000000ULL,
				     0x0123456789abcdefULL, 0xffffffffffffffffULL,
				     0x00f0000000000000ULL, 0x10000};
	uint64_t h = 0;
	size_t i;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		printf("x=%016llx pop=%d clz=%d ctz=%d bswap64=%016llx bswap32=%08x bswap16=%04x "
		       "rotl13=%016llx rotr32_5=%08x parity=%d ffs=%d\n",
		       (unsigned long long)v[i], __builtin_popcountll(v[i]),
		       __builtin_clzll(v[i]), __builtin_ctzll(v[i]),
		       (unsigned long long)__builtin_bswap64(v[i]),
		       __builtin_bswap32((uint32_t)v[i]),
		       __builtin_bswap16((uint16_t)v[i]), (unsigned long long)rotl(v[i], 13),
		       rotr32((uint32_t)v[i], 5), __builtin_parityll(v[i]),
		       __builtin_ffsll((long long)v[i]));
	}
	for (i = 0; i < 100000; i++) {
		uint64_t x = ((uint64_t)lcg() << 32) | lcg();
		x |= 1; /* clz/ctz of 0 are undefined */
		h = mix(h, (uint64_t)__builtin_popcountll(x) << 16 |
				   (uint64_t)__builtin_clzll(x) << 8 |
				   (uint64_t)__builtin_ctzll(x & (x - 1) ? x & (x - 1) : x));
		h = mix(h, __builtin_bswap64(x) ^ rotl(x, (unsigned)i));
	}
	printf("bit tricks checksum: %016llx\n", (unsigned long long)h);
}

/* ---- qsort ------------------------------------------------------------------- */
static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int arr[20000];

static void sorting(void)
{
	static char words[500][12];
	static char *wp[500];
	size_t i, n = sizeof arr / sizeof arr[0];
	uint64_t h = 0;
	int sorted = 1;
	for (i = 0; i < n; i++)
		arr[i] = (int)lcg() - (int)0x40000000;
	qsort(arr, n, sizeof arr[0], cmp_int);
	for (i = 1; i < n; i++)
		sorted &= arr[i - 1] <= arr[i];
	for (i = 0; i < n; i++)
		h = mix(h, (uint64_t)(uint32_t)arr[i]);
	printf("qsort %zu ints: sorted=%d min=%d max=%d median=%d checksum=%016llx\n", n,
	       sorted, arr[0], arr[n - 1], arr[n / 2], (unsigned long long)h);
	for (i = 0; i < 500; i++) {
		int k, len = 1 + (int)(lcg() % 10);
		for (k = 0; k < len; k++)
			words[i][k] = (char)('a' + lcg() % 26);
		words[i][len] = 0;
		wp[i] = words[i];
	}
	qsort(wp, 500, sizeof wp[0], cmp_str);
	h = 0;
	for (i = 0; i < 500; i++)
		h = mix(h, crc32(0, (const unsigned char *)wp[i], strlen(wp[i])));
	printf("qsort 500 strings: first=%s last=%s checksum=%016llx\n", wp[0], wp[499],
	       (unsigned long long)h);
}

/* ---- string functions at every alignment ---------------------------------- */
static void strings(void)
{
	static char a[512], b[512];
	/* volatile lengths keep the calls from being folded at compile time */
	volatile size_t lens[] = {0, 1, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 100, 255};
	uint64_t h = 0;
	size_t al, bl, li, i;

	for (al = 0; al < 16; al++)
		for (li = 0; li < sizeof lens / sizeof lens[0]; li++) {
			size_t len = lens[li];
			char *s = a + 64 + al;
			char *p;
			memset(a, 'x', sizeof a);
			for (i = 0; i < len; i++)
				s[i] = (char)('A' + (i * 7 + al) % 26);
			s[len] = 0;
			h = mix(h, strlen(s));
			for (bl = 0; bl < 16; bl += 5) {
				char *d = b + 64 + bl;
				memset(b, 0, sizeof b);
				memcpy(d, s, len + 1);
				h = mix(h, (uint64_t)strcmp(d, s) + 7);
				h = mix(h, crc32(0, (unsigned char *)b, sizeof b));
				if (len) {
					d[len / 2] ^= 1;
					h = mix(h, (uint64_t)(strcmp(d, s) > 0) << 1 |
							   (uint64_t)(memcmp(d, s, len) < 0));
					h = mix(h, (uint64_t)(strncmp(d, s, len / 2)));
				}
			}
			/* memmove, overlapping in both directions */
			memmove(s + 3, s, len);
			h = mix(h, crc32(0, (unsigned char *)a, sizeof a));
			memmove(s, s + 5, len);
			h = mix(h, crc32(0, (unsigned char *)a, sizeof a));
			memset(s, 0x5a, len);
			h = mix(h, crc32(0, (unsigned char *)a, sizeof a));
			/* search functions */
			for (i = 0; i < len; i++)
				s[i] = (char)('a' + i % 13);
			s[len] = 0;
			p = strchr(s, 'm');
			h = mix(h, p ? (uint64_t)(p - s) : 999);
			p = strrchr(s, 'c');
			h = mix(h, p ? (uint64_t)(p - s) : 999);
			p = strchr(s, 0);
			h = mix(h, (uint64_t)(p - s));
			p = strstr(s, "jklm");
			h = mix(h, p ? (uint64_t)(p - s) : 999);
			p = strstr(s, "mab");
			h = mix(h, p ? (uint64_t)(p - s) : 999);
			p = memchr(s, 'e', len);
			h = mix(h, p ? (uint64_t)(p - s) : 999);
			h = mix(h, strspn(s, "abcdef"));
			h = mix(h, strcspn(s, "k"));
		}
	printf("string functions checksum: %016llx\n", (unsigned long long)h);
	strcpy(a, "hello world");
	strcpy(b, "abd");
	printf("strstr(\"hello world\",\"o w\")=%s strchr(..,'w')=%s strcmp(\"hello\",\"abd\")>0: %d\n",
	       strstr(a, "o w"), strchr(a, 'w'), strcmp(a, b) > 0);
}

/* ---- snprintf ---------------------------------------------------------------- */
static void formats(void)
{
	char buf[512];
	int n;
	volatile int zero = 0; /* runtime values, not compile-time constants */
	int i = -42 + zero, j = 42 + zero;
	unsigned u = 3000000000u + (unsigned)zero;
	long l = -1234567890123L + zero;
	long long ll = INT64_MIN + zero;
	unsigned long long ull = UINT64_MAX - (unsigned)zero;

	n = snprintf(buf, sizeof buf,
		     "%%d=%d %%i=%i %%u=%u %%x=%x %%X=%X %%o=%o %%ld=%ld %%lld=%lld %%llu=%llu",
		     i, j, u, u, u, j, l, ll, ull);
	printf("[%s] n=%d\n", buf, n);
	n = snprintf(buf, sizeof buf, "%%#x=%#x %%#o=%#o %%08x=%08x %%-8d=%-8d| %%+d=%+d %%+d=%+d % d",
		     j, j, 0xbeef + zero, i, j, i, j);
	printf("[%s] n=%d\n", buf, n);
	n = snprintf(buf, sizeof buf, "%%s=%s %%.3s=%.3s %%c=%c %%%% %%10s=%10s| %%-10s=%-10s|",
		     "string", "abcdef", 'Z' + zero, "right", "left");
	printf("[%s] n=%d\n", buf, n);
	n = snprintf(buf, sizeof buf, "%%5.3d=%5.3d %%.0d=%.0d| %%hhd=%hhd %%hd=%hd %%hhu=%hhu %%zu=%zu %%jd=%jd %%*d=%*d %%-*d=%-*d|",
		     7 + zero, zero, 300 + zero, 70000 + zero, 257 + zero, sizeof buf, (intmax_t)ll, 6, j, 6, j);
	printf("[%s] n=%d\n", buf, n);
	n = snprintf(buf, sizeof buf, "%%#llx=%#llx %%llo=%llo %%lld=%lld %%p(NULL)=%p",
		     ull, ull, (long long)INT64_MAX + zero, (void *)0);
	printf("[%s] n=%d\n", buf, n);
	/* truncation: return value is the length that would have been written */
	n = snprintf(buf, 8 + (size_t)zero, "%s-%d", "truncated", 12345 + zero);
	printf("[%s] n=%d\n", buf, n);
	n = snprintf(NULL, 0, "%d%d%d", 1 + zero, 22, 333);
	printf("snprintf(NULL,0) n=%d\n", n);
	printf("strtol: %ld %ld %lu %lld\n", strtol("-0x1f", 0, 16), strtol("0777", 0, 0),
	       strtoul("18446744073709551615", 0, 10), strtoll("-9223372036854775808", 0, 10));
	printf("atoi(\"  -123abc\")=%d\n", atoi("  -123abc"));
}

int main(void)
{
	sieve();
	crc();
	arith();
	arith128();
	bits();
	sorting();
	strings();
	formats();
	return 0;
}
