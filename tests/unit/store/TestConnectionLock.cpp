// ConnectionLock, one connection's lock shared by every Keyway process: tryAcquire answers with the lock or with
// why not (a Result, issue 19.4), a hostile id never names a file, and acquire waits for the holder on a timer
// without blocking the thread, up to its timeout. Two holders in one process stand for two processes (QLockFile
// refuses a second holder whatever its pid). Across real processes: TestCrossProcessRefresh.
#include "ResultChecks.h"
#include "store/ConnectionLock.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <memory>
#include <optional>

using namespace keyway;

class TestConnectionLock : public QObject
{
    Q_OBJECT

private:
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    struct Answer
    {
        std::unique_ptr<ConnectionLock> lock;
        Error error;
    };

private slots:
    void tryAcquireGivesTheLockOrSaysThatItIsHeld()
    {
        const QString id = newId();
        auto first = ConnectionLock::tryAcquire(id);
        KEYWAY_VERIFY_RESULT(first);
        QVERIFY(first.value());
        QCOMPARE(first.value()->connectionId(), id);

        const auto second = ConnectionLock::tryAcquire(id);
        QCOMPARE(test::failureCode(second), QStringLiteral("lock_held"));
        QVERIFY(!second.error().message.isEmpty());
        QVERIFY(ConnectionLock::isHeldElsewhere(id));

        first.value().reset(); // released
        QVERIFY(!ConnectionLock::isHeldElsewhere(id));
        KEYWAY_VERIFY_RESULT(ConnectionLock::tryAcquire(id));
    }

    void aHostileIdNamesNoFile_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("parent folder") << QStringLiteral("../../etc/passwd");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("non-ASCII letter") << QStringLiteral("caf\u00e9");
        QTest::newRow("too long") << QString(129, QLatin1Char('a'));
    }
    void aHostileIdNamesNoFile()
    {
        QFETCH(QString, id);
        QCOMPARE(test::failureCode(ConnectionLock::tryAcquire(id)), QStringLiteral("lock_unavailable"));
        std::optional<Answer> answer;
        QObject context;
        ConnectionLock::acquire(id, &context, 1000, [&](std::unique_ptr<ConnectionLock> lock, const Error &error) {
            answer = Answer {std::move(lock), error};
        });
        QVERIFY(answer); // at once: waiting would not make the id usable
        QVERIFY(!answer->lock);
        QCOMPARE(answer->error.code, QStringLiteral("lock_unavailable"));
    }

    void acquireWaitsUntilTheHolderLetsGo()
    {
        const QString id = newId();
        auto held = ConnectionLock::tryAcquire(id);
        KEYWAY_VERIFY_RESULT(held);
        std::optional<Answer> answer;
        QObject context;
        ConnectionLock::acquire(id, &context, 10000, [&](std::unique_ptr<ConnectionLock> lock, const Error &error) {
            answer = Answer {std::move(lock), error};
        });
        QVERIFY(!answer); // the holder still has it
        QTimer::singleShot(50, &context, [&] { held.value().reset(); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QVERIFY2(answer->error.isNull(), qPrintable(answer->error.toString()));
        QVERIFY(answer->lock);
        QCOMPARE(answer->lock->connectionId(), id);
    }

    // A process killed between creating its lock file and writing its pid leaves an empty file, which QLockFile
    // would never call stale: every later renewal of the connection would wait out its timeout, forever. Such a file
    // is taken over once it is older than a live creator needs, and only when no one holds its flock.
    void aLockFileThatNamesNoHolderIsTakenOverOnceAbandoned_data()
    {
        QTest::addColumn<int>("ageMs");
        QTest::addColumn<bool>("flocked");
        QTest::addColumn<bool>("takenOver");
        QTest::newRow("abandoned") << 10000 << false << true;
        QTest::newRow("just created (its creator may be writing it)") << 0 << false << false;
        QTest::newRow("old, but its creator holds the flock") << 10000 << true << false;
    }
    void aLockFileThatNamesNoHolderIsTakenOverOnceAbandoned()
    {
        QFETCH(int, ageMs);
        QFETCH(bool, flocked);
        QFETCH(bool, takenOver);
        const QString id = newId();
        QFile file(ConnectionLock::directory() + QLatin1Char('/') + id + QStringLiteral(".lock"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addMSecs(-ageMs), QFileDevice::FileModificationTime));
        file.close();
        const int holder = flocked ? ::open(QFile::encodeName(file.fileName()).constData(), O_RDWR | O_CLOEXEC) : -1;
        if (flocked)
            QCOMPARE(::flock(holder, LOCK_EX | LOCK_NB), 0);
        const auto lock = ConnectionLock::tryAcquire(id);
        if (holder >= 0)
            ::close(holder);
        if (takenOver) {
            KEYWAY_VERIFY_RESULT(lock);
            QVERIFY(ConnectionLock::holderPid(id) > 0); // the file now names this process
        } else {
            QVERIFY(!lock);
            QCOMPARE(lock.error().code, QStringLiteral("lock_held"));
            QVERIFY(file.exists());
            file.remove();
        }
    }

    void acquireGivesUpAfterItsTimeout()
    {
        const QString id = newId();
        const auto held = ConnectionLock::tryAcquire(id);
        KEYWAY_VERIFY_RESULT(held);
        std::optional<Answer> answer;
        QObject context;
        ConnectionLock::acquire(id, &context, 100, [&](std::unique_ptr<ConnectionLock> lock, const Error &error) {
            answer = Answer {std::move(lock), error};
        });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QVERIFY(!answer->lock);
        QCOMPARE(answer->error.code, QStringLiteral("lock_timeout"));
        QVERIFY(!answer->error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionLock)
#include "TestConnectionLock.moc"
