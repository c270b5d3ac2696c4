// ConnectionChooser: which connection a broker command (token, exec, git-credential) means when one integration has
// several accounts (issue 21): by id, id prefix, name, account or integration id, the integration's default deciding
// among several, and never a disconnected one unless named by id or name.
#include "core/ConnectionChooser.h"

#include <QtTest>

using namespace keyway;

namespace {

ConnectionRecord record(const QString &id, const QString &integration, const QString &name, const QString &account,
    ConnectionStatus status = ConnectionStatus::Connected)
{
    ConnectionRecord r;
    r.id = id;
    r.integrationId = integration;
    r.name = name;
    r.accountLabel = account;
    r.status = status;
    return r;
}

// Two GitHub accounts, one GitLab account that is also alice's, and a disconnected GitHub connection.
QList<ConnectionRecord> connections()
{
    return {record(QStringLiteral("aaaa1111-0000"), QStringLiteral("github"), QStringLiteral("work"), QStringLiteral("alice")),
        record(QStringLiteral("bbbb2222-0000"), QStringLiteral("github"), QStringLiteral("home"), QStringLiteral("bob")),
        record(QStringLiteral("cccc3333-0000"), QStringLiteral("gitlab"), QStringLiteral("lab"), QStringLiteral("alice")),
        record(QStringLiteral("dddd4444-0000"), QStringLiteral("github"), QStringLiteral("old"), QStringLiteral("carol"),
            ConnectionStatus::Revoked)};
}

} // namespace

class TestConnectionChooser : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheConnectionMeant_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("defaultForGithub"); // connection id, or empty for none
        QTest::addColumn<QString>("chosen"); // connection id, or the error code
        QTest::newRow("full id") << "bbbb2222-0000"
                                 << ""
                                 << "bbbb2222-0000";
        QTest::newRow("id prefix") << "bbbb"
                                   << ""
                                   << "bbbb2222-0000";
        QTest::newRow("too short a prefix") << "bbb"
                                            << ""
                                            << "not_found";
        QTest::newRow("name") << "home"
                              << ""
                              << "bbbb2222-0000";
        QTest::newRow("account of one connection") << "bob"
                                                   << ""
                                                   << "bbbb2222-0000";
        QTest::newRow("account, any case") << "BOB"
                                           << ""
                                           << "bbbb2222-0000";
        QTest::newRow("account of two integrations, no default") << "alice"
                                                                 << ""
                                                                 << "ambiguous";
        QTest::newRow("account of two integrations, one is a default") << "alice"
                                                                       << "aaaa1111-0000"
                                                                       << "aaaa1111-0000";
        QTest::newRow("integration with one account") << "gitlab"
                                                      << ""
                                                      << "cccc3333-0000";
        QTest::newRow("integration with several, no default") << "github"
                                                              << ""
                                                              << "ambiguous";
        QTest::newRow("integration with several, its default") << "github"
                                                               << "bbbb2222-0000"
                                                               << "bbbb2222-0000";
        QTest::newRow("a name wins over the default") << "work"
                                                      << "bbbb2222-0000"
                                                      << "aaaa1111-0000";
        QTest::newRow("disconnected, by name") << "old"
                                               << ""
                                               << "dddd4444-0000";
        QTest::newRow("disconnected, by account") << "carol"
                                                  << ""
                                                  << "not_found";
        QTest::newRow("nothing") << "nothing"
                                 << ""
                                 << "not_found";
        QTest::newRow("empty") << ""
                               << ""
                               << "not_found";
    }
    void choosesTheConnectionMeant()
    {
        QFETCH(QString, reference);
        QFETCH(QString, defaultForGithub);
        QFETCH(QString, chosen);
        QHash<QString, QString> defaults;
        if (!defaultForGithub.isEmpty())
            defaults.insert(QStringLiteral("github"), defaultForGithub);
        const Result<ConnectionRecord> result = ConnectionChooser::choose(connections(), defaults, reference);
        QCOMPARE(result ? result.value().id : result.error().code, chosen);
    }

    void ambiguityNamesTheConnectionsAndTheWayOut()
    {
        const auto result = ConnectionChooser::choose(connections(), {}, QStringLiteral("github"));
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QLatin1String("work, home")));
        QVERIFY(result.error().message.contains(QLatin1String("keyway connections default github")));
    }

    void defaultAmongCandidates()
    {
        const QList<ConnectionRecord> all = connections();
        QVERIFY(!ConnectionChooser::defaultAmong(all, {}));
        QCOMPARE(ConnectionChooser::defaultAmong(all, {{QStringLiteral("github"), QStringLiteral("bbbb2222-0000")}})->id,
            QStringLiteral("bbbb2222-0000"));
        // The defaults of two integrations among the candidates: no choice is made for the user.
        QVERIFY(!ConnectionChooser::defaultAmong(all,
            {{QStringLiteral("github"), QStringLiteral("bbbb2222-0000")},
                {QStringLiteral("gitlab"), QStringLiteral("cccc3333-0000")}}));
    }
};

QTEST_GUILESS_MAIN(TestConnectionChooser)
#include "TestConnectionChooser.moc"
