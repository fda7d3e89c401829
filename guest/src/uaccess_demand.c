/* uaccess_demand: system calls that write into anonymous memory never touched before (the kernel
 * must fault the pages in, as copy_to_user does, not return EFAULT). */
#include <time.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
int main(void) {
  char *p = mmap(0, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  long r = syscall(SYS_clock_gettime, CLOCK_MONOTONIC, p + 500000);
  printf("clock_gettime into untouched mmap: %ld\n", r);
  r = syscall(SYS_uname, p + 700000);
  printf("uname into untouched mmap: %ld\n", r);
  r = syscall(SYS_getrandom, p + 900000, 16, 0);
  printf("getrandom into untouched mmap: %ld\n", r);
  return 0;
}
