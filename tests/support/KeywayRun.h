#pragma once

// runKeyway: runs the `keyway` command line (KEYWAY_EXECUTABLE, defined for the integration tests) to its end
// with extra environment variables and standard input, as the integration tests of the command line do.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace keyway::test {

// What one run of `keyway` ended with. `code` is -1 when it crashed or was killed for taking too long.
struct KeywayRun
{
    bool crashed = false;
    int code = -1;
    QByteArray out;
    QString err;
};

#ifdef KEYWAY_EXECUTABLE
inline KeywayRun runKeyway(const QStringList &args, const QByteArray &input = {},
    const QList<QPair<QString, QString>> &environment = {}, int timeoutMs = 90000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEYWAY_EXECUTABLE), args);
    p.write(input);
    p.closeWriteChannel();
    const bool timedOut = !p.waitForFinished(timeoutMs);
    if (timedOut) {
        // Reaped before its status is read: a process only signalled still reads as a normal exit with code 0.
        p.kill();
        p.waitForFinished(10000);
    }
    KeywayRun run;
    run.crashed = timedOut || p.exitStatus() == QProcess::CrashExit;
    run.code = run.crashed ? -1 : p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (timedOut)
        run.err += QStringLiteral("\n[test] keyway %1 was killed after %2 s without an answer\n")
                       .arg(args.join(QLatin1Char(' ')))
                       .arg(timeoutMs / 1000);
    return run;
}
#endif

} // namespace keyway::test
