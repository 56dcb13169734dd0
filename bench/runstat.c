/* runstat.c — runs a command and writes what it cost the machine, from
 * getrusage(2) of the child: "peak_kB user_s sys_s" with microseconds.
 * With -n N the command runs N times, one after the other (the output of
 * the first kept, the others' thrown away), and the CPU seconds written
 * are the mean of one run: this VM charges CPU time by scheduler ticks
 * (4–10 ms), so a run of 40 ms is measured only to a quarter of itself,
 * and N runs measured together to a quarter of that over N.
 *
 *   runstat [-n N] FILE COMMAND [ARG...]     exits with the first failing status */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    long n = 1;
    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        n = strtol(argv[2], NULL, 10);
        argv += 2, argc -= 2;
    }
    if (argc < 3 || n < 1) {
        fprintf(stderr, "usage: runstat [-n N] FILE COMMAND [ARG...]\n");
        return 2;
    }
    long maxrss = 0;
    double user = 0, sys = 0;
    int rc = 0;
    for (long i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid < 0) {
            perror("runstat: fork");
            return 2;
        }
        if (pid == 0) {
            if (i > 0) {
                int null = open("/dev/null", O_WRONLY);
                if (null >= 0) dup2(null, 1), dup2(null, 2);
            }
            execvp(argv[2], argv + 2);
            perror(argv[2]);
            _exit(127);
        }
        int status;
        struct rusage ru;
        if (wait4(pid, &status, 0, &ru) < 0) {
            perror("runstat: wait");
            return 2;
        }
        if (ru.ru_maxrss > maxrss) maxrss = ru.ru_maxrss;
        user += (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6;
        sys += (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
        int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (i == 0) rc = code;
        else if (code != rc) return code; /* the runs must agree */
    }
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    fprintf(f, "%ld %.6f %.6f\n", maxrss, user / (double)n, sys / (double)n);
    fclose(f);
    return rc;
}
