/*
 * stdin_upper.c — the standard streams and the exit status: reads standard
 * input with read(2) until end of file, writes it upper-cased to standard
 * output with write(2), reports a summary on standard error, and exits with
 * status 3.  (Raw read/write, no stdio, so the syscall trace is exactly the
 * data flow.)
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	long total = 0, lines = 0;
	ssize_t n, i;

	while ((n = read(0, buf, sizeof buf)) > 0) {
		for (i = 0; i < n; i++) {
			if (buf[i] >= 'a' && buf[i] <= 'z')
				buf[i] = (char)(buf[i] - 'a' + 'A');
			if (buf[i] == '\n')
				lines++;
		}
		total += n;
		if (write(1, buf, (size_t)n) != n)
			return 1;
	}
	if (n < 0) {
		perror("stdin_upper: read");
		return 2;
	}
	fprintf(stderr, "stdin_upper: %ld bytes, %ld lines\n", total, lines);
	return 3;
}
