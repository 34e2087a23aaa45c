// An LD_PRELOAD harness for the kill tests (Tests/StandarKitTests/KillSafetyTests.swift): it counts the calls
// that change the file system's names — rename, renameat, renameat2, unlink, unlinkat, rmdir — and, when the
// count reaches STANDAR_KILL_AT, kills the process with SIGKILL just before that call runs, as a power cut or
// `kill -9` would. With STANDAR_KILL_COUNT=<file> it instead writes the number of such calls to <file> at exit.
//
//   cc -shared -fPIC -O2 -o killat.so killat.c -ldl
//   STANDAR_KILL_AT=3 LD_PRELOAD=./killat.so standar build ...
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static atomic_long calls;
static long kill_at = -1;
static const char *count_file;

__attribute__((constructor)) static void setup(void) {
    const char *at = getenv("STANDAR_KILL_AT");
    if (at) kill_at = atol(at);
    count_file = getenv("STANDAR_KILL_COUNT");
}

__attribute__((destructor)) static void report(void) {
    if (!count_file) return;
    FILE *f = fopen(count_file, "w");
    if (!f) return;
    fprintf(f, "%ld\n", atomic_load(&calls));
    fclose(f);
}

static void step(void) {
    long n = atomic_fetch_add(&calls, 1) + 1;
    if (n == kill_at) {
        raise(SIGKILL);
        _exit(137);
    }
}

#define NEXT(name) static __typeof__(&name) real; if (!real) real = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

int rename(const char *a, const char *b) { NEXT(rename); step(); return real(a, b); }
int renameat(int fa, const char *a, int fb, const char *b) { NEXT(renameat); step(); return real(fa, a, fb, b); }
int renameat2(int fa, const char *a, int fb, const char *b, unsigned flags) {
    NEXT(renameat2); step(); return real(fa, a, fb, b, flags);
}
int unlink(const char *p) { NEXT(unlink); step(); return real(p); }
int unlinkat(int fd, const char *p, int flags) { NEXT(unlinkat); step(); return real(fd, p, flags); }
int rmdir(const char *p) { NEXT(rmdir); step(); return real(p); }
