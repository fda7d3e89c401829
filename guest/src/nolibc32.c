/*
 * nolibc32.c — the i386 wrapper header without any libc: old-Linux-style
 * _syscallN definitions of write/open/getpid/exit_group under their real
 * names over `int $0x80`, errno supplied by the header's weak global
 * (SG_NOLIBC), and a six-instruction _start. The i386 twin of nolibc64.c.
 *
 * Build: gcc -m32 -nostdlib -static -no-pie -fno-pic -ffreestanding -fno-builtin
 *        -fno-stack-protector -O2 -DSG_NOLIBC -Iguest/include
 * Prints argc/argv, the result and errno of a failing open, getpid's sign, a
 * write from a bad pointer, whether the auxiliary vector has AT_SYSINFO, and
 * exits with status 7.
 */
#define SG_NOLIBC 1
#include <sysgate/syscall32.h>

#define O_RDONLY 0
#define ENOENT 2
#define AT_SYSINFO 32

_syscall3(long, write, int, fd, const void *, buf, unsigned long, count)
_syscall3(int, open, const char *, path, int, flags, int, mode)
_syscall0(int, getpid)
_syscall1(int, exit_group, int, status)

/* The initial stack: [esp] = argc, then argv[0..argc-1], NULL, envp..., NULL,
 * auxv. Enter C with the stack pointer as the (cdecl, on-stack) argument and
 * the stack 16-byte aligned at the call, as the i386 psABI requires. */
__asm__(".text\n"
	".globl _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xorl %ebp, %ebp\n"
	"	movl %esp, %eax\n"
	"	andl $-16, %esp\n"
	"	subl $12, %esp\n"
	"	pushl %eax\n"
	"	call sg_start_c\n"
	"	hlt\n");

static unsigned long slen(const char *s)
{
	unsigned long n = 0;
	while (s[n])
		n++;
	return n;
}

static void puts1(const char *s) { write(1, s, slen(s)); }

static void putnum(long v)
{
	char buf[16];
	int i = sizeof buf;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	do
		buf[--i] = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		buf[--i] = '-';
	write(1, buf + i, sizeof buf - i);
}

__attribute__((noreturn, used)) void sg_start_c(long *sp)
{
	long argc = sp[0], i;
	char **argv = (char **)(sp + 1);
	int r;

	puts1("nolibc32: argc=");
	putnum(argc);
	puts1("\n");
	for (i = 0; i < argc; i++) {
		puts1("argv[");
		putnum(i);
		puts1("]=");
		puts1(argv[i]);
		puts1("\n");
	}
	errno = 0;
	r = open("/nonexistent/file", O_RDONLY, 0);
	puts1("open(\"/nonexistent/file\") = ");
	putnum(r);
	puts1(" errno=");
	putnum(errno);
	puts1(errno == ENOENT ? " (ENOENT)\n" : " (unexpected)\n");
	puts1(getpid() > 0 ? "getpid() > 0\n" : "getpid() <= 0 ?!\n");
	r = (int)write(1, (const void *)8, 1);
	puts1("write(1, (void *)8, 1) = ");
	putnum(r);
	puts1(" errno=");
	putnum(errno);
	puts1("\n");
	puts1(sg_auxv_get(argv + argc + 1, AT_SYSINFO) ? "AT_SYSINFO present\n" : "no AT_SYSINFO\n");
	exit_group(7);
	for (;;)
		;
}
