// The connection state machine, checked state by event against the table in core/ConnectionState.h: every one of
// the 7 × 9 pairs is a row below, written from that table, so a change to the rules shows up here as a failing row.
#include "core/ConnectionState.h"

#include <QtTest>

using namespace keyway;
using S = ConnectionStatus;
using E = ConnectionState::Event;

Q_DECLARE_METATYPE(keyway::ConnectionStatus)
Q_DECLARE_METATYPE(keyway::ConnectionState::Event)

namespace {

const QList<S> kStates = {S::Pending, S::Connected, S::Expiring, S::Warning, S::Error, S::NeedsReauthorization, S::Revoked};

QString stateName(S s)
{
    return statusToString(s);
}

QString eventName(E e)
{
    switch (e) {
    case E::Authorized:
        return QStringLiteral("Authorized");
    case E::Refreshed:
        return QStringLiteral("Refreshed");
    case E::Verified:
        return QStringLiteral("Verified");
    case E::ExpiringUnrefreshable:
        return QStringLiteral("ExpiringUnrefreshable");
    case E::TransientFailure:
        return QStringLiteral("TransientFailure");
    case E::Failed:
        return QStringLiteral("Failed");
    case E::GrantRejected:
        return QStringLiteral("GrantRejected");
    case E::CredentialsLost:
        return QStringLiteral("CredentialsLost");
    case E::Revoked:
        return QStringLiteral("Revoked");
    }
    return {};
}

} // namespace

class TestConnectionState : public QObject
{
    Q_OBJECT

private slots:
    void everyStateAndEvent_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<E>("event");
        QTest::addColumn<S>("to");
        // The expected result of each event, per starting state, in the order of kStates:
        //                         Pending        Connected      Expiring       Warning        Error          NeedsReauth Revoked
        const QList<QPair<E, QList<S>>> table = {
            {E::Authorized, {S::Connected, S::Connected, S::Connected, S::Connected, S::Connected, S::Connected, S::Connected}},
            {E::Refreshed,
                {S::Connected, S::Connected, S::Connected, S::Connected, S::Connected, S::NeedsReauthorization, S::Revoked}},
            {E::Verified,
                {S::Connected, S::Connected, S::Connected, S::Connected, S::Connected, S::NeedsReauthorization, S::Revoked}},
            {E::ExpiringUnrefreshable,
                {S::Pending, S::Expiring, S::Expiring, S::Expiring, S::Error, S::NeedsReauthorization, S::Revoked}},
            {E::TransientFailure,
                {S::Pending, S::Warning, S::Warning, S::Warning, S::Error, S::NeedsReauthorization, S::Revoked}},
            {E::Failed, {S::Error, S::Error, S::Error, S::Error, S::Error, S::NeedsReauthorization, S::Revoked}},
            {E::GrantRejected,
                {S::NeedsReauthorization, S::NeedsReauthorization, S::NeedsReauthorization, S::NeedsReauthorization,
                    S::NeedsReauthorization, S::NeedsReauthorization, S::Revoked}},
            {E::CredentialsLost,
                {S::NeedsReauthorization, S::NeedsReauthorization, S::NeedsReauthorization, S::NeedsReauthorization,
                    S::NeedsReauthorization, S::NeedsReauthorization, S::Revoked}},
            {E::Revoked, {S::Revoked, S::Revoked, S::Revoked, S::Revoked, S::Revoked, S::Revoked, S::Revoked}},
        };
        for (const auto &[event, results] : table) {
            for (int i = 0; i < kStates.size(); ++i) {
                const QString name = stateName(kStates.at(i)) + QStringLiteral(" --") + eventName(event) + QStringLiteral("--> ")
                    + stateName(results.at(i));
                QTest::newRow(qPrintable(name)) << kStates.at(i) << event << results.at(i);
            }
        }
    }

    void everyStateAndEvent()
    {
        QFETCH(S, from);
        QFETCH(E, event);
        QFETCH(S, to);
        QCOMPARE(ConnectionState::next(from, event), to);
    }

    // Issue 16: a temporary provider error is a warning, and the next success clears it.
    void aTransientFailureIsClearedByTheNextSuccess()
    {
        S s = S::Connected;
        s = ConnectionState::next(s, ConnectionState::failureEvent(Error::make(QStringLiteral("server_error"), {}, {}, 503)));
        QCOMPARE(s, S::Warning);
        QVERIFY(!ConnectionState::needsUser(s));
        s = ConnectionState::next(s, E::Refreshed);
        QCOMPARE(s, S::Connected);
    }

    void failuresAreClassified_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("http");
        QTest::addColumn<E>("event");
        QTest::newRow("invalid_grant") << QStringLiteral("invalid_grant") << 400 << E::GrantRejected;
        QTest::newRow("no refresh token") << QStringLiteral("no_refresh_token") << 0 << E::GrantRejected;
        QTest::newRow("tokens gone from the keychain") << QStringLiteral("not_found") << 0 << E::CredentialsLost;
        QTest::newRow("invalid_client") << QStringLiteral("invalid_client") << 401 << E::Failed;
        QTest::newRow("unauthorized_client") << QStringLiteral("unauthorized_client") << 400 << E::Failed;
        QTest::newRow("unsupported_grant_type") << QStringLiteral("unsupported_grant_type") << 400 << E::Failed;
        QTest::newRow("invalid_scope") << QStringLiteral("invalid_scope") << 400 << E::Failed;
        QTest::newRow("refused plain http") << QStringLiteral("insecure_url") << 0 << E::Failed;
        QTest::newRow("500") << QStringLiteral("server_error") << 500 << E::TransientFailure;
        QTest::newRow("503") << QStringLiteral("temporarily_unavailable") << 503 << E::TransientFailure;
        QTest::newRow("html page") << QStringLiteral("html_response") << 200 << E::TransientFailure;
        QTest::newRow("truncated json") << QStringLiteral("invalid_response") << 200 << E::TransientFailure;
        QTest::newRow("no answer") << QStringLiteral("network_error") << 0 << E::TransientFailure;
        QTest::newRow("timeout") << QStringLiteral("timeout") << 0 << E::TransientFailure;
        QTest::newRow("keychain") << QStringLiteral("keychain_unavailable") << 0 << E::TransientFailure;
    }

    void failuresAreClassified()
    {
        QFETCH(QString, code);
        QFETCH(int, http);
        QFETCH(E, event);
        QCOMPARE(ConnectionState::failureEvent(Error::make(code, QStringLiteral("m"), {}, http)), event);
    }

    void urgencyOrdersWhatNeedsTheUserFirst()
    {
        QVERIFY(ConnectionState::urgency(S::NeedsReauthorization) > ConnectionState::urgency(S::Warning));
        QVERIFY(ConnectionState::urgency(S::Error) > ConnectionState::urgency(S::Warning));
        QVERIFY(ConnectionState::urgency(S::Warning) > ConnectionState::urgency(S::Expiring));
        QVERIFY(ConnectionState::urgency(S::Expiring) > ConnectionState::urgency(S::Connected));
        QVERIFY(ConnectionState::urgency(S::Connected) > ConnectionState::urgency(S::Revoked));
        for (S s : kStates)
            QVERIFY(!ConnectionState::describe(s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionState)
#include "TestConnectionState.moc"
