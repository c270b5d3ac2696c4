// The window's index of connection summaries (issue 18): loaded once, then kept current row by row from the
// service's signals (its own changes and other processes'), with per-integration counts that follow each change.
#include "UiFixture.h"

#include "connection/ConnectionListModel.h"
#include "connections/ConnectionFilterModel.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestConnectionListModel : public QObject
{
    Q_OBJECT

private:
    static ConnectionStatus statusOf(const ConnectionListModel &model, const QString &id)
    {
        return ConnectionStatus(model.indexOf(id).data(ConnectionListModel::StatusRole).toInt());
    }

private slots:
    void loadsEverySummaryAndCountsPerIntegration()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString a = f.addConnection(QStringLiteral("github"), QStringLiteral("a@example.com"));
        f.addConnection(QStringLiteral("github"), QStringLiteral("b@example.com"), ConnectionStatus::NeedsReauthorization);
        f.addConnection(QStringLiteral("google"), QStringLiteral("c@example.com"), ConnectionStatus::Warning);
        ConnectionListModel model(f.service());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOf(a).siblingAtColumn(ConnectionListModel::AccountColumn).data().toString(),
            QStringLiteral("a@example.com"));
        const auto counts = model.summary();
        QCOMPARE(counts.value(QString()).count, 3);
        QCOMPARE(counts.value(QString()).needingUser, 1);
        QCOMPARE(counts.value(QString()).troubled, 1);
        QCOMPARE(counts.value(QStringLiteral("github")).count, 2);
        QCOMPARE(counts.value(QStringLiteral("github")).worst, ConnectionStatus::NeedsReauthorization);
        QCOMPARE(counts.value(QStringLiteral("google")).worst, ConnectionStatus::Warning);
        QVERIFY(!counts.contains(QStringLiteral("slack")));
    }

    // Issue 18: the connections view sorts with the list's own comparison (no QVariant per comparison); by every
    // column and in both orders it gives the order the SortRole values give.
    void sortsByEveryColumnAsItsSortRoleSays()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.addConnection(QStringLiteral("github"), QStringLiteral("b@example.com"), ConnectionStatus::Connected, now.addSecs(600));
        f.addConnection(
            QStringLiteral("google"), QStringLiteral("A@example.com"), ConnectionStatus::NeedsReauthorization, now.addSecs(60));
        f.addConnection(QStringLiteral("slack"), QStringLiteral("c@example.com"), ConnectionStatus::Warning, QDateTime());
        f.addConnection(QStringLiteral("github"), QStringLiteral("a@example.com"), ConnectionStatus::Revoked, now.addSecs(30));
        f.addConnection(QStringLiteral("google"), QStringLiteral("d@example.com"), ConnectionStatus::Expiring, now.addSecs(90));
        ConnectionListModel model(f.service());
        ConnectionFilterModel typed;
        typed.setSourceModel(&model);
        QSortFilterProxyModel byRole; // Qt's comparison of the SortRole values, as before
        byRole.setSourceModel(&model);
        byRole.setSortRole(ConnectionListModel::SortRole);
        byRole.setSortCaseSensitivity(Qt::CaseInsensitive);
        const auto ids = [](const QAbstractItemModel &m) {
            QStringList list;
            for (int row = 0; row < m.rowCount(); ++row)
                list << m.index(row, 0).data(ConnectionListModel::IdRole).toString();
            return list;
        };
        for (int column = 0; column < ConnectionListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                typed.sort(column, order);
                byRole.sort(column, order);
                QCOMPARE(ids(typed), ids(byRole));
            }
        }
    }

    void followsTheServiceRowByRowWithoutAReset()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString a = f.addConnection(QStringLiteral("github"), QStringLiteral("a@example.com"));
        const QString revoked
            = f.addConnection(QStringLiteral("google"), QStringLiteral("r@example.com"), ConnectionStatus::Revoked);
        ConnectionListModel model(f.service());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(&model, &ConnectionListModel::summaryChanged);

        Error error = f.service().rename(a, QStringLiteral("Work"));
        QVERIFY(error.isNull());
        QCOMPARE(model.indexOf(a).data().toString(), QStringLiteral("Work"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(counted.count(), 0); // a new name changes no count

        ConnectionRecord adopted = *f.service().connection(a);
        adopted.id = QStringLiteral("adopted-1");
        adopted.name = QStringLiteral("Adopted");
        adopted.integrationId = QStringLiteral("slack");
        error = f.service().adopt(adopted, QStringLiteral("test"));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.indexOf(QStringLiteral("adopted-1")).isValid());
        QCOMPARE(model.summary().value(QStringLiteral("slack")).count, 1);
        QCOMPARE(model.summary().value(QString()).count, 3);

        bool removed = false;
        f.service().remove(revoked, this, [&removed](const Error &e) { removed = e.isNull(); });
        QTRY_VERIFY(removed);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.indexOf(revoked).isValid());
        QVERIFY(!model.summary().contains(QStringLiteral("google")));
        QCOMPARE(model.summary().value(QString()).count, 2);
        QCOMPARE(resets.count(), 0);
    }

    // Making a connection the integration's default changes no summary, yet both rows read differently: each is
    // announced as changed.
    void announcesANewDefaultOnBothRows()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString a = f.addConnection(QStringLiteral("github"), QStringLiteral("a@example.com"));
        const QString b = f.addConnection(QStringLiteral("github"), QStringLiteral("b@example.com"));
        ConnectionListModel model(f.service());
        QVERIFY(f.service().setDefaultConnection(a).isNull());
        QVERIFY(model.indexOf(a).data(ConnectionListModel::DefaultRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(f.service().setDefaultConnection(b).isNull());
        QStringList rows;
        for (const QList<QVariant> &args : std::as_const(changed))
            rows << args.at(0).value<QModelIndex>().data(ConnectionListModel::IdRole).toString();
        QVERIFY2(rows.contains(a) && rows.contains(b), qPrintable(rows.join(QLatin1Char(' '))));
        QVERIFY(model.indexOf(b).data(ConnectionListModel::DefaultRole).toBool());
        QVERIFY(!model.indexOf(a).data(ConnectionListModel::DefaultRole).toBool());
    }

    // Another Keyway process (a script, `keyway connect`) changes the database: the service notices (PRAGMA
    // data_version) and the index follows, status and counts included.
    void followsChangesMadeByAnotherProcess()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString a = f.addConnection(QStringLiteral("github"), QStringLiteral("a@example.com"));
        ConnectionService::Settings settings = f.service().settings();
        settings.autoRefresh = true; // as the window has it: it watches other processes
        f.service().setSettings(settings);
        ConnectionListModel model(f.service());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        Database other;
        Error error = other.open(f.dir.filePath(QStringLiteral("keyway.sqlite")));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        ConnectionRepository repository(other);
        ConnectionRecord r = *repository.find(a);
        const QString b = QStringLiteral("b-from-elsewhere");
        ConnectionRecord added = r;
        added.id = b;
        added.name = QStringLiteral("B");
        error = repository.save(added);
        QVERIFY(error.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(b).isValid(), 8000);
        QCOMPARE(model.summary().value(QStringLiteral("github")).count, 2);

        r.status = ConnectionStatus::NeedsReauthorization;
        error = repository.save(r);
        QVERIFY(error.isNull());
        error = repository.remove(b);
        QVERIFY(error.isNull());
        r.id = QStringLiteral("from-elsewhere");
        r.integrationId = QStringLiteral("google");
        r.status = ConnectionStatus::Connected;
        r.name = QStringLiteral("Elsewhere");
        error = repository.save(r);
        QVERIFY(error.isNull());

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, a), ConnectionStatus::NeedsReauthorization, 8000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(QStringLiteral("from-elsewhere")).isValid(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOf(b).isValid(), 8000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.summary().value(QStringLiteral("github")).count, 1);
        QCOMPARE(model.summary().value(QStringLiteral("github")).needingUser, 1);
        QCOMPARE(model.summary().value(QStringLiteral("google")).count, 1);
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_MAIN(TestConnectionListModel)
#include "TestConnectionListModel.moc"
