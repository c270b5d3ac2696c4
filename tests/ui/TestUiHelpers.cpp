// The small pieces under the views: status colours pass contrast in light and dark palettes, the JSON
// indenter, curl quoting, the countdown text and the self-clearing clipboard.
#include "connection/ConnectionPage.h"
#include "console/BodyFormatter.h"
#include "console/CurlCommand.h"
#include "integrations/IntegrationPage.h"
#include "widgets/SecretClipboard.h"
#include "widgets/StatusStyle.h"

#include "catalog/Integration.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QtTest>

using namespace keyway;

class TestUiHelpers : public QObject
{
    Q_OBJECT

private:
    static QPalette paletteWithWindow(const char *window)
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(QLatin1String(window)));
        p.setColor(QPalette::Base, QColor(QLatin1String(window)));
        return p;
    }

private slots:
    void statusColoursPassContrast_data()
    {
        QTest::addColumn<QString>("window");
        // Typical light and dark window backgrounds (Fusion, Breeze, Adwaita, Windows).
        for (const char *w : {"#ffffff", "#efefef", "#eff0f1", "#f6f5f4", "#353535", "#2a2e32", "#1e1e1e", "#303030", "#000000"})
            QTest::newRow(w) << QString::fromLatin1(w);
    }

    void statusColoursPassContrast()
    {
        QFETCH(QString, window);
        const QPalette p = paletteWithWindow(window.toLatin1().constData());
        for (ConnectionStatus s : {ConnectionStatus::Pending, ConnectionStatus::Connected, ConnectionStatus::Expiring,
                 ConnectionStatus::NeedsReauthorization, ConnectionStatus::Revoked, ConnectionStatus::Error,
                 ConnectionStatus::Warning}) {
            const QColor bg = StatusStyle::background(s, p);
            const QColor fg = StatusStyle::foreground(s, p);
            // WCAG 1.4.3: the status word on its pill; WCAG 1.4.11: the pill against the window.
            const double text = StatusStyle::contrast(fg, bg);
            const double pill = StatusStyle::contrast(bg, p.color(QPalette::Window));
            QVERIFY2(text >= 4.5, qPrintable(QStringLiteral("%1: text %2").arg(StatusStyle::text(s)).arg(text)));
            QVERIFY2(
                pill >= 3.0, qPrintable(QStringLiteral("%1: pill %2 on %3").arg(StatusStyle::text(s)).arg(pill).arg(window)));
            QVERIFY(!StatusStyle::text(s).isEmpty());
        }
    }

    void statusPillKeepsItsColourWhenAppliedAgain()
    {
        QWidget parent;
        parent.setPalette(paletteWithWindow("#efefef"));
        auto *label = new QLabel(&parent);
        StatusStyle::apply(label, ConnectionStatus::Connected);
        const QString first = label->styleSheet();
        StatusStyle::apply(label, ConnectionStatus::Connected);
        QCOMPARE(label->styleSheet(), first);
        QVERIFY(first.contains(StatusStyle::background(ConnectionStatus::Connected, parent.palette()).name()));
        QCOMPARE(label->text(), QStringLiteral("Connected"));
        QVERIFY(label->accessibleName().contains(QLatin1String("Connected")));
    }

    void statusWordsAreDistinct()
    {
        QSet<QString> words;
        for (ConnectionStatus s : {ConnectionStatus::Pending, ConnectionStatus::Connected, ConnectionStatus::Expiring,
                 ConnectionStatus::NeedsReauthorization, ConnectionStatus::Revoked, ConnectionStatus::Error})
            words.insert(StatusStyle::text(s));
        QCOMPARE(words.size(), 6);
    }

    void indentsJson_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("object") << QByteArray("{\"a\":1,\"b\":[true,null]}")
                                << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}");
        QTest::newRow("strings keep their braces and escapes")
            << QByteArray("{\"s\":\"{,}:[\\\"x\\\"]\"}") << QByteArray("{\n  \"s\": \"{,}:[\\\"x\\\"]\"\n}");
        QTest::newRow("empty containers") << QByteArray("{\"a\":{},\"b\":[ ]}") << QByteArray("{\n  \"a\": {},\n  \"b\": []\n}");
        QTest::newRow("whitespace dropped") << QByteArray(" [ 1 ,\n 2 ] ") << QByteArray("[\n  1,\n  2\n]");
        QTest::newRow("unbalanced does not crash") << QByteArray("]]]}}") << QByteArray("\n]\n]\n]\n}\n}");
    }

    void indentsJson()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        bool truncated = true;
        QCOMPARE(BodyFormatter::indentJson(input, 1 << 20, &truncated), expected);
        QVERIFY(!truncated);
    }

    void indentedJsonStaysValid()
    {
        const QByteArray json
            = "{\"users\":[{\"id\":1,\"name\":\"A \\\"quoted\\\" name\",\"tags\":[],\"meta\":{\"x\":-1.5e3}}],\"next\":null}";
        bool truncated = false;
        const QByteArray pretty = BodyFormatter::indentJson(json, 1 << 20, &truncated);
        QJsonParseError error {};
        QCOMPARE(QJsonDocument::fromJson(pretty, &error), QJsonDocument::fromJson(json));
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void formatterTruncatesAtTheLimit()
    {
        QByteArray json = "[";
        for (int i = 0; i < 10000; ++i)
            json += (i ? "," : "") + QByteArray::number(i);
        json += "]";
        const FormattedBody f = BodyFormatter::format(json, "application/json", 1000);
        QVERIFY(f.isJson);
        QVERIFY(f.valid);
        QVERIFY(f.prettyTruncated);
        QVERIFY(f.rawTruncated);
        QVERIFY(f.pretty.size() <= 1000 + 16);
        QCOMPARE(f.raw.size(), 1000);
        QCOMPARE(f.totalBytes, json.size());
    }

    void formatterSpotsBinaryAndText()
    {
        QVERIFY(BodyFormatter::format(QByteArray("\x89PNG\0\0", 6), "image/png", 100).binary);
        const FormattedBody text = BodyFormatter::format("hello", "text/plain", 100);
        QVERIFY(!text.isJson);
        QCOMPARE(text.raw, QStringLiteral("hello"));
        QVERIFY(BodyFormatter::format(" {\"a\":1}", "", 100).isJson);
    }

    void curlQuotesForTheShell()
    {
        QCOMPARE(CurlCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        const QString command = CurlCommand::build("POST", QStringLiteral("https://api.example.com/x?a=1&b=2"),
            {{"Content-Type", "application/json"}}, "{\"name\":\"O'Brien\"}");
        QVERIFY(command.startsWith(QLatin1String("curl -X POST 'https://api.example.com/x?a=1&b=2'")));
        QVERIFY(command.contains(QLatin1String("-H 'Content-Type: application/json'")));
        QVERIFY(command.contains(QLatin1String("--data-binary '{\"name\":\"O'\\''Brien\"}'")));
        QVERIFY(!CurlCommand::build("GET", QStringLiteral("https://a"), {}, {}).contains(QLatin1String("-X")));
    }

    void countdownSpeaksPlainly()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(ConnectionPage::countdownText(now.addSecs(250), now), QStringLiteral("expires in 4 min 10 s"));
        QCOMPARE(ConnectionPage::countdownText(now.addSecs(-120), now), QStringLiteral("expired 2 min 0 s ago"));
        QCOMPARE(ConnectionPage::countdownText(now.addSecs(7200 + 60), now), QStringLiteral("expires in 2 h 1 min"));
        QCOMPARE(ConnectionPage::countdownText(QDateTime(), now), QStringLiteral("No expiry known"));
    }

    void redirectUriFollowsRfc8252()
    {
        Integration in;
        QCOMPARE(IntegrationPage::redirectUri(in), QStringLiteral("http://127.0.0.1/callback"));
        // A provider that compares the redirect URI exactly (oauth.redirect.loopback "exact"): its fixed port.
        in.oauth.redirectLoopback = LoopbackRedirect::Exact;
        in.oauth.redirectPort = 8910;
        in.oauth.redirectPath = QStringLiteral("/oauth/cb");
        QCOMPARE(IntegrationPage::redirectUri(in), QStringLiteral("http://127.0.0.1:8910/oauth/cb"));
        QVERIFY(IntegrationPage::redirectNote(in).contains(QLatin1String("8910")));
        // One that accepts no http loopback redirect: nothing to register, and the note says what works instead.
        in.oauth.redirectLoopback = LoopbackRedirect::None;
        in.oauth.redirectAlternative = QStringLiteral("Use its API tokens page.");
        QCOMPARE(IntegrationPage::redirectUri(in), QString());
        QVERIFY(IntegrationPage::redirectNote(in).contains(QLatin1String("Use its API tokens page.")));
    }

    void clipboardIsClearedOnlyIfItStillHoldsTheSecret()
    {
        SecretClipboard clipboard;
        clipboard.setClearAfter(30);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy("secret-1");
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("secret-1"));
        QVERIFY(cleared.wait(2000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        clipboard.copy("secret-2");
        QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied since"));
        QVERIFY(cleared.wait(2000));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied since"));
        QCOMPARE(SecretClipboard().clearAfter(), 30000);
    }
};

QTEST_MAIN(TestUiHelpers)
#include "TestUiHelpers.moc"
