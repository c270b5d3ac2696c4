// ProcessHardening::apply(): what Keyway does to its own process first thing in main() (issue 15.2, 15.9).
#include "common/ProcessHardening.h"

#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace keyway;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void noCoreDumpsAndOwnerOnlyFiles()
    {
        ::umask(022);
        ProcessHardening::apply();
#if defined(Q_OS_LINUX)
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
        struct rlimit core
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        const mode_t mask = ::umask(0);
        ::umask(mask);
        QCOMPARE(int(mask), 077);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
