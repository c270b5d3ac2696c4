#include "common/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace keyway::ProcessHardening {

void apply()
{
#if defined(Q_OS_UNIX)
    ::umask(077);
    struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX)
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace keyway::ProcessHardening
