/*
 * echo_args.c — shows what the loader put on the initial stack: argc, argv,
 * envp and selected auxiliary-vector entries (read with getauxval()).
 *
 * Deterministic output: values that differ from run to run (addresses,
 * AT_RANDOM bytes, the absolute AT_EXECFN path) are printed only as
 * "nonzero"/"zero"; AT_PLATFORM is a fixed string ("x86_64") and is printed.
 * AT_UID/AT_EUID/AT_GID/AT_EGID are the ids of whoever runs the program.
 */
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

extern char **environ;

static void show(const char *name, unsigned long type)
{
	printf("%s=%lu\n", name, getauxval(type));
}

static void nonzero(const char *name, unsigned long type)
{
	printf("%s=%s\n", name, getauxval(type) ? "nonzero" : "zero");
}

int main(int argc, char **argv, char **envp)
{
	int i, n = 0;

	printf("argc=%d\n", argc);
	for (i = 0; i < argc; i++)
		printf("argv[%d]=\"%s\" (len %zu)\n", i, argv[i], strlen(argv[i]));
	printf("argv[argc]=%s\n", argv[argc] ? "non-NULL" : "NULL");

	for (i = 0; envp[i]; i++)
		printf("envp[%d]=\"%s\"\n", i, envp[i]);
	n = i;
	printf("envc=%d\n", n);
	printf("environ==envp: %s\n", environ == envp ? "yes" : "no");
	/* envp starts right after argv's NULL terminator on the initial stack */
	printf("envp==argv+argc+1: %s\n", envp == argv + argc + 1 ? "yes" : "no");

	show("AT_PAGESZ", AT_PAGESZ);
	show("AT_UID", AT_UID);
	show("AT_EUID", AT_EUID);
	show("AT_GID", AT_GID);
	show("AT_EGID", AT_EGID);
	show("AT_SECURE", AT_SECURE);
	show("AT_CLKTCK", AT_CLKTCK);
	nonzero("AT_RANDOM", AT_RANDOM);
	nonzero("AT_PHDR", AT_PHDR);
	nonzero("AT_ENTRY", AT_ENTRY);
	nonzero("AT_EXECFN", AT_EXECFN);
	nonzero("AT_PLATFORM", AT_PLATFORM);
	if (getauxval(AT_PLATFORM))
		printf("AT_PLATFORM string=\"%s\"\n", (const char *)getauxval(AT_PLATFORM));
	return 0;
}
