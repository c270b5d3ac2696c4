// SchemeRedirectListener and RedirectHandoff: a private-use URI scheme redirect (RFC 8252 §7.1) handed from
// `keyway handle-redirect` to the waiting sign-in over an owner-only local socket, and judged by the same rules
// as the loopback listener: only the attempt whose state it carries can get it, a response that is not its own
// is refused and the wait goes on, the first right one ends it.
#include "ResultChecks.h"
#include "http/RedirectHandoff.h"
#include "http/SchemeRedirectListener.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kRedirect = u"io.keyway.app:/oauth2redirect"_s;

// What a flow's validator does first: a state that is not ours keeps the wait going.
CallbackListener::Validator stateValidator(const QString &expected)
{
    return [expected](const QUrlQuery &query) {
        CallbackVerdict v;
        if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != expected) {
            v.title = u"Sign-in response rejected"_s;
            v.message = u"not ours"_s;
            v.endsWait = false;
            return v;
        }
        v.success = !query.hasQueryItem(u"error"_s);
        v.title = v.success ? u"Signed in"_s : u"Not connected"_s;
        return v;
    };
}

struct Outcome
{
    bool delivered = false;
    CallbackVerdict verdict;
    Error error;
};

Outcome handOver(const QString &uri)
{
    RedirectHandoff handoff;
    Outcome outcome;
    bool done = false;
    QObject::connect(&handoff, &RedirectHandoff::delivered, [&](const CallbackVerdict &v) {
        outcome.delivered = true;
        outcome.verdict = v;
        done = true;
    });
    QObject::connect(&handoff, &RedirectHandoff::failed, [&](const Error &e) {
        outcome.error = e;
        done = true;
    });
    handoff.deliver(uri);
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        outcome.error = Error::make(u"test_timeout"_s, u"no outcome"_s);
    return outcome;
}

} // namespace

class TestSchemeRedirectListener : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;

private slots:
    void initTestCase()
    {
        // An owner-only runtime directory of our own, as $XDG_RUNTIME_DIR is.
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void theRightResponseEndsTheWait()
    {
        SchemeRedirectListener listener;
        listener.setRedirectUri(kRedirect);
        listener.setChannel(u"s-1"_s);
        listener.setValidator(stateValidator(u"s-1"_s));
        QSignalSpy received(&listener, &SchemeRedirectListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());

        const Outcome o = handOver(kRedirect + u"?code=abc+def&state=s-1&iss=http%3A%2F%2F127.0.0.1"_s);
        QVERIFY2(o.delivered, qPrintable(o.error.toString()));
        QVERIFY(o.verdict.success);
        QVERIFY(o.verdict.endsWait);
        QCOMPARE(received.count(), 1);
        const QUrlQuery query = received.at(0).at(0).value<QUrlQuery>();
        // Read as the loopback listener reads a query: form-encoded, '+' is a space, decoded once.
        QCOMPARE(query.queryItemValue(u"code"_s, QUrl::FullyDecoded), u"abc def"_s);
        QCOMPARE(query.queryItemValue(u"iss"_s, QUrl::FullyDecoded), u"http://127.0.0.1"_s);
        QVERIFY(!listener.isListening());

        // Exactly once: the socket is gone, a second delivery finds nobody waiting.
        const Outcome again = handOver(kRedirect + u"?code=again&state=s-1"_s);
        QVERIFY(!again.delivered);
        QCOMPARE(again.error.code, u"no_waiting_sign_in"_s);
    }

    // Issue 15 point 5, for app redirects: what is not this attempt's response changes nothing.
    void strayResponsesAreRefusedAndTheWaitGoesOn_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("code");
        QTest::newRow("no state") << kRedirect + u"?error=access_denied"_s << u"not_for_keyway"_s;
        QTest::newRow("another state") << kRedirect + u"?error=access_denied&state=other"_s << u"no_waiting_sign_in"_s;
        QTest::newRow("not a URI at all") << u"\n"_s << u"invalid_redirect"_s;
        QTest::newRow("two lines") << kRedirect + u"?state=s-2\nio.keyway.app:/oauth2redirect?state=s-2"_s
                                   << u"invalid_redirect"_s;
    }

    void strayResponsesAreRefusedAndTheWaitGoesOn()
    {
        QFETCH(QString, uri);
        QFETCH(QString, code);
        SchemeRedirectListener listener;
        listener.setRedirectUri(kRedirect);
        listener.setChannel(u"s-2"_s);
        listener.setValidator(stateValidator(u"s-2"_s));
        QSignalSpy received(&listener, &SchemeRedirectListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const Outcome o = handOver(uri);
        QVERIFY(!o.delivered);
        QCOMPARE(o.error.code, code);
        QCOMPARE(received.count(), 0);
        QVERIFY(listener.isListening());
        QVERIFY(handOver(kRedirect + u"?code=c&state=s-2"_s).verdict.success);
        QCOMPARE(received.count(), 1);
    }

    // Reaching the socket is not enough: the listener checks the URI and the response as the loopback one does.
    void whatReachesTheSocketIsJudged_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("other path") << u"io.keyway.app:/elsewhere?code=c&state=s-3"_s;
        QTest::newRow("authority") << u"io.keyway.app://oauth2redirect?code=c&state=s-3"_s;
        QTest::newRow("fragment") << kRedirect + u"?code=c&state=s-3#x"_s;
        QTest::newRow("repeated code") << kRedirect + u"?code=c&code=d&state=s-3"_s;
        QTest::newRow("repeated state") << kRedirect + u"?code=c&state=s-3&state=s-3"_s;
    }

    void whatReachesTheSocketIsJudged()
    {
        QFETCH(QString, uri);
        SchemeRedirectListener listener;
        listener.setRedirectUri(kRedirect);
        listener.setChannel(u"s-3"_s);
        listener.setValidator(stateValidator(u"s-3"_s));
        QSignalSpy received(&listener, &SchemeRedirectListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const Outcome o = handOver(uri);
        QVERIFY2(o.delivered, qPrintable(o.error.toString()));
        QVERIFY(!o.verdict.success);
        QVERIFY(!o.verdict.endsWait);
        QCOMPARE(received.count(), 0);
        QVERIFY(listener.isListening());
    }

    // Another local user must neither reach the socket nor plant one: the folder and the socket are owner-only,
    // and the socket is named after a hash of the state, never the state itself.
    void socketIsOwnerOnly()
    {
        SchemeRedirectListener listener;
        listener.setRedirectUri(kRedirect);
        listener.setChannel(u"secret-state"_s);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const Result<QString> socket = SchemeRedirectListener::socketPath(u"secret-state"_s);
        KEYWAY_VERIFY_RESULT(socket);
        const QString &path = socket.value();
        QVERIFY(path.startsWith(m_runtime.path() + u"/keyway/redirect-"_s));
        QVERIFY(!path.contains(u"secret-state"_s));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_runtime.path() + u"/keyway"_s).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QVERIFY(S_ISSOCK(info.st_mode));
        QCOMPARE(info.st_mode & 077, mode_t(0));
    }

    void looseFolderIsTightened()
    {
        const QString folder = m_runtime.path() + u"/keyway"_s;
        QDir().mkpath(folder);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        KEYWAY_VERIFY_RESULT(SchemeRedirectListener::socketDirectory());
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
    }

    void timesOutAndCancels()
    {
        SchemeRedirectListener listener;
        listener.setRedirectUri(kRedirect);
        listener.setChannel(u"s-4"_s);
        listener.setTimeout(200ms);
        QSignalSpy timedOut(&listener, &SchemeRedirectListener::timedOut);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        QVERIFY(timedOut.wait(3000));
        QCOMPARE(handOver(kRedirect + u"?code=c&state=s-4"_s).error.code, u"no_waiting_sign_in"_s);

        SchemeRedirectListener other;
        other.setRedirectUri(kRedirect);
        other.setChannel(u"s-5"_s);
        QSignalSpy cancelled(&other, &SchemeRedirectListener::cancelled);
        KEYWAY_VERIFY_NO_ERROR(other.start());
        other.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!QFileInfo::exists(SchemeRedirectListener::socketPath(u"s-5"_s).value()));
    }
};

QTEST_GUILESS_MAIN(TestSchemeRedirectListener)
#include "TestSchemeRedirectListener.moc"
