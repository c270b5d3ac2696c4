#pragma once

namespace keyway {

// What the Keyway process does to itself before it handles a secret (issue 15.2, 15.9):
//  - umask 077, so every file and folder it creates (the SQLite database and its -wal/-shm files, settings,
//    the vault, custom integrations, exports) is readable by its owner only, whatever the caller's umask;
//  - no core dumps: its memory holds tokens and client secrets, so a crash must not write them to disk. On
//    Linux prctl(PR_SET_DUMPABLE, 0) (which also keeps other processes of the same user from attaching to it
//    with ptrace or reading /proc/PID/mem), and everywhere RLIMIT_CORE 0.
namespace ProcessHardening {

void apply();

} // namespace ProcessHardening

} // namespace keyway
