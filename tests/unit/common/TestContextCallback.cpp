// boundTo (issue 19.4): an asynchronous answer reaches its callback only while the object it is for lives.
#include "common/ContextCallback.h"
#include "common/Result.h"

#include <QTest>

#include <memory>

using namespace keyway;

class TestContextCallback : public QObject
{
    Q_OBJECT

private slots:
    void answersWhileTheContextLives()
    {
        QObject context;
        QString seen;
        const std::function<void(const Result<QString> &)> done = boundTo(&context,
            std::function<void(const Result<QString> &)>(
                [&](const Result<QString> &r) { seen = r ? r.value() : r.error().code; }));
        done(QStringLiteral("token"));
        QCOMPARE(seen, QStringLiteral("token"));
        done(Error::make(QStringLiteral("invalid_grant"), QStringLiteral("gone")));
        QCOMPARE(seen, QStringLiteral("invalid_grant"));
    }

    void dropsTheAnswerOnceTheContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        int calls = 0;
        const std::function<void(const Error &)> done
            = boundTo(context.get(), std::function<void(const Error &)>([&](const Error &) { ++calls; }));
        context.reset(); // a window closed while the keychain was still answering
        done(Error());
        QCOMPARE(calls, 0);
    }

    void anEmptyCallbackIsNotCalled()
    {
        QObject context;
        const std::function<void(const Error &)> done = boundTo(&context, std::function<void(const Error &)>());
        done(Error()); // no crash
    }
};

QTEST_GUILESS_MAIN(TestContextCallback)
#include "TestContextCallback.moc"
