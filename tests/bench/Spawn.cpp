// keyway-bench-spawn: runs one command once and prints what it cost, as one JSON line:
//   {"bench": "spawn", "ms": wall time from fork to exit, "maxrss_kb": the command's peak resident memory, "code": N}
// For commands that end in milliseconds (`keyway token`, `secret-tool lookup`), where a runner's own process start
// would blur the figure: the time is taken here around fork and wait4, the memory from wait4's rusage (the child's
// alone). Standard output goes to /dev/null, standard input comes from FILE (else /dev/null), standard error is
// kept for the runner.
//   keyway-bench-spawn [--stdin FILE] -- PROGRAM [ARGS...]
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double nowMs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

int usage()
{
    std::fputs("usage: keyway-bench-spawn [--stdin FILE] -- PROGRAM [ARGS...]\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    const char *input = "/dev/null";
    int i = 1;
    if (i + 1 < argc && std::strcmp(argv[i], "--stdin") == 0) {
        input = argv[i + 1];
        i += 2;
    }
    if (i >= argc || std::strcmp(argv[i], "--") != 0 || i + 1 >= argc)
        return usage();
    char **command = argv + i + 1;

    const int in = open(input, O_RDONLY | O_CLOEXEC);
    const int out = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (in < 0 || out < 0) {
        std::fprintf(stderr, "keyway-bench-spawn: %s: %s\n", in < 0 ? input : "/dev/null", std::strerror(errno));
        return 1;
    }
    const double started = nowMs();
    const pid_t child = fork();
    if (child < 0) {
        std::perror("keyway-bench-spawn: fork");
        return 1;
    }
    if (child == 0) {
        dup2(in, STDIN_FILENO);
        dup2(out, STDOUT_FILENO);
        execvp(command[0], command);
        std::fprintf(stderr, "keyway-bench-spawn: %s: %s\n", command[0], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("keyway-bench-spawn: wait4");
            return 1;
        }
    }
    const double ms = nowMs() - started;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    // ru_maxrss is in kilobytes on Linux.
    std::printf("{\"bench\": \"spawn\", \"ms\": %.3f, \"maxrss_kb\": %ld, \"code\": %d}\n", ms, usage.ru_maxrss, code);
    return 0;
}
