// Issue 24: Keyway speaks the user's language. Every string the user reads is marked for translation, every shipped
// language translates all of them (placeholders and accelerators kept), and the chosen language is the one loaded:
// KEYWAY_LANGUAGE, then the choice saved in Settings, then the system's.
#include "ResultChecks.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace keyway;

namespace {

QString translationFile(const QString &language)
{
    return QStringLiteral(KEYWAY_SOURCE_DIR "/resources/translations/keyway_%1.ts").arg(language);
}

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

Result<QList<Message>> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("unreadable"), path + QStringLiteral(": ") + file.errorString());
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            current.translations = forms.isEmpty() ? QStringList {text} : forms;
            if (!vanished)
                messages << current;
        }
    }
    if (xml.hasError())
        return Error::make(QStringLiteral("bad_ts"), path + QStringLiteral(": ") + xml.errorString());
    return messages;
}

// %1..%99 and %n, sorted: a translation keeps every placeholder of its source (a plural form may leave %n out, as
// "one connection" does).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// The keyboard accelerators of a label: "&Add…" has one, "&&" is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&[^\\s&;]"));
    int count = 0;
    for (auto it = accelerator.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

// Words: a capitalised word or two words; markup and identifiers ("<ul>", "search") are not text.
bool hasWords(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("^[^<]*(?:\\b[A-Z][a-z]+\\b|[A-Za-z]{2,} [A-Za-z]{2,})"));
    return text.contains(QRegularExpression(QStringLiteral("[a-z]"))) && words.match(text).hasMatch();
}

// One string literal of a C++ file, adjacent literals ("a " "b") joined: where it starts, and its text.
struct Literal
{
    qsizetype start = 0;
    QString text;
};

// The string literals of C++ source, outside comments, preprocessor lines and character literals.
QList<Literal> stringLiterals(const QString &source)
{
    QList<Literal> found;
    qsizetype lastEnd = -1;
    const qsizetype n = source.size();
    const auto skipQuoted = [&source, n](qsizetype i, QChar quote) {
        for (++i; i < n && source.at(i) != quote; ++i)
            if (source.at(i) == QLatin1Char('\\'))
                ++i;
        return i; // at the closing quote
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        if (source.mid(i, 2) == QLatin1String("//") || (c == QLatin1Char('#') && (i == 0 || source.at(i - 1) == u'\n'))) {
            i = source.indexOf(QLatin1Char('\n'), i);
            if (i < 0)
                break;
        } else if (source.mid(i, 2) == QLatin1String("/*")) {
            i = source.indexOf(QLatin1String("*/"), i) + 1;
            if (i <= 0)
                break;
        } else if (c == QLatin1Char('\'')) {
            i = skipQuoted(i, c);
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = skipQuoted(i, c);
            const QString text = source.mid(i + 1, end - i - 1);
            if (lastEnd >= 0 && source.mid(lastEnd, i - lastEnd).trimmed().isEmpty())
                found.last().text += text;
            else
                found << Literal {i, text};
            lastEnd = end + 1;
            i = end;
        }
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppInfo::apply(); }
    void init()
    {
        QSettings().remove(Translations::settingKey());
        qunsetenv("KEYWAY_LANGUAGE");
    }

    void shippedLanguagesTranslateEveryString_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::shipped())
            QTest::newRow(qPrintable(language)) << language;
    }
    void shippedLanguagesTranslateEveryString()
    {
        if (Translations::shipped().isEmpty())
            QSKIP("No language is complete yet");
        QFETCH(QString, language);
        const Result<QList<Message>> read = readTs(translationFile(language));
        KEYWAY_VERIFY_RESULT(read);
        const QList<Message> &messages = read.value();
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(70) + QLatin1Char('"');
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty()) {
                problems << where + QStringLiteral(" is not translated");
                continue;
            }
            const QStringList wanted = placeholders(m.source);
            for (const QString &form : m.translations) {
                const QStringList got = placeholders(form);
                const bool pluralWithoutN = m.translations.size() > 1 && !got.contains(QStringLiteral("%n"));
                QStringList expected = wanted;
                if (pluralWithoutN)
                    expected.removeAll(QStringLiteral("%n"));
                if (got != expected)
                    problems << where
                            + QStringLiteral(" has placeholders %1, the source %2").arg(got.join(u' '), wanted.join(u' '));
                if (accelerators(m.source) != accelerators(form))
                    problems << where + QStringLiteral(" lost or added a keyboard accelerator (&)");
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problems in keyway_%2.ts, first:\n").arg(problems.size()).arg(language)
                + problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // The .ts files hold every string the sources mark: lupdate run over app/ and ui/ finds nothing new. Without this,
    // a newly marked string would be English in every language and no test would notice.
    void translationFilesHoldEveryMarkedString()
    {
        QTemporaryDir dir;
        const QString probe = dir.filePath(QStringLiteral("keyway_de.ts"));
        QVERIFY(QFile::copy(translationFile(QStringLiteral("de")), probe));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(KEYWAY_SOURCE_DIR));
        lupdate.start(QStringLiteral(KEYWAY_LUPDATE),
            {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-recursive"),
                QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts"), probe});
        QVERIFY(lupdate.waitForFinished(60000));
        const QString report = QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
        QCOMPARE(lupdate.exitCode(), 0);
        // lupdate's own warnings: a tr() it cannot file under the context the program uses at run time.
        static const QRegularExpression warning(
            QStringLiteral("^.*(lacks Q_OBJECT|Cannot invoke tr|unknown namespace).*$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch bad = warning.match(report);
        QVERIFY2(!bad.hasMatch(), qPrintable(bad.captured()));
        static const QRegularExpression found(QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new"));
        const QRegularExpressionMatch counts = found.match(report);
        QVERIFY2(counts.hasMatch(), qPrintable(report));
        QVERIFY2(counts.captured(2) == QLatin1String("0"),
            qPrintable(QStringLiteral("%1 marked strings are missing from the .ts files: run the update_translations "
                                      "target and translate them")
                           .arg(counts.captured(2))));
        const Result<QList<Message>> probed = readTs(probe);
        const Result<QList<Message>> german = readTs(translationFile(QStringLiteral("de")));
        KEYWAY_VERIFY_RESULT(probed);
        KEYWAY_VERIFY_RESULT(german);
        QCOMPARE(probed.value().size(), german.value().size());
    }

    // A user-visible text handed to a widget or an Error as a bare literal is never translated: the scan finds a
    // QStringLiteral/QLatin1String with words in it passed straight to a text setter, a widget's constructor, a
    // message box or Error::make's sentence. Strings meant to stay as they are (a product name) go through a variable.
    void userVisibleLiteralsAreMarkedForTranslation()
    {
        static const QRegularExpression unmarked(QStringLiteral(
            "(?:\\b(?:setText|setToolTip|setWindowTitle|setPlaceholderText|setAccessibleName|setAccessibleDescription|"
            "setStatusTip|setWhatsThis|setTitle|setLabelText|setInformativeText|showMessage|addAction|addMenu|addTab|"
            "setTabText|QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu)\\(\\s*"
            "|QMessageBox::\\w+\\([^,;]+,\\s*(?:[^,;]+,\\s*)?"
            "|Error::make\\([^,;]+,\\s*)"
            "(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
        // Words: a capitalised word or two words; markup and identifiers ("<ul>", "search") are not text.
        static const QRegularExpression words(QStringLiteral("^[^<]*(?:\\b[A-Z][a-z]+\\b|[A-Za-z]{2,} [A-Za-z]{2,})"));
        QStringList found;
        for (const char *folder : {"ui", "app"}) {
            QDirIterator it(QStringLiteral(KEYWAY_SOURCE_DIR "/") + QLatin1String(folder),
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto m = unmarked.globalMatch(text); m.hasNext();) {
                    const QRegularExpressionMatch match = m.next();
                    if (!words.match(match.captured(1)).hasMatch())
                        continue;
                    const int line = text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
                    found << QStringLiteral("%1:%2: \"%3\"")
                                 .arg(QDir(QStringLiteral(KEYWAY_SOURCE_DIR)).relativeFilePath(path))
                                 .arg(line)
                                 .arg(match.captured(1));
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("not marked for translation:\n") + found.join(QLatin1Char('\n'))));
    }

    // The command line's messages are read by people too: in app/cli/ every string literal with words in it is
    // marked for translation (tr(), QCoreApplication::translate), or is machine text on this short list: what the
    // user types (command syntax), patterns and formats. Keys of --json output, option names and header names are
    // single words and never count as text.
    void commandLineMessagesAreMarkedForTranslation()
    {
        static const QStringList machineText {
            // Command syntax, typed as it is in every language.
            QStringLiteral("[default INTEGRATION CONNECTION]"),
            QStringLiteral("keyway handle-redirect URI"),
            QStringLiteral("keyway integrations "),
            QStringLiteral("show ID [--json] [--param KEY=VALUE]... [--redirect-uri URI]"),
            QStringLiteral("add --issuer URL --id ID [--name NAME] [--redirect-uri URI] [--replace] [--allow-insecure-http] "
                           "[--dpop] [--register [--initial-access-token-stdin]]"),
            QStringLiteral("import FILE [--replace]"),
            QStringLiteral("remove ID"),
            QStringLiteral("[show ID | add | import FILE | export ID FILE | remove ID]"),
            QStringLiteral("keyway sandbox serve [--port N] | faults [--json] | fault NAME [on|off|VALUE] | personalities "
                           "[--json] | client-key CLIENT_ID FILE | client-cert --out FOLDER | log [--json] | reset"),
            QStringLiteral("serve | faults | fault NAME [on|off|VALUE] | personalities | client-key CLIENT_ID FILE | "
                           "client-cert --out FOLDER | log | reset"),
            // QCommandLineParser's own usage line, which Cli completes with the positional arguments.
            QStringLiteral("Usage: keyway "),
            QStringLiteral("Usage: keyway %1 [options] %2"),
            // Patterns and formats.
            QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"),
            QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"),
            QStringLiteral("yyyy-MM-dd HH:mm:ss"),
            // A programmer's assertion.
            QStringLiteral("one at a time"),
        };
        static const QRegularExpression marked(
            QStringLiteral("(?:\\btr|\\btranslate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\\(\\s*(?:\"[^\"]*\"\\s*,\\s*)?$"));
        QStringList found;
        QDirIterator it(
            QStringLiteral(KEYWAY_SOURCE_DIR "/app/cli"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            for (const Literal &literal : stringLiterals(source)) {
                if (!hasWords(literal.text) || machineText.contains(literal.text))
                    continue;
                const QString before = source.mid(qMax<qsizetype>(0, literal.start - 200), qMin<qsizetype>(200, literal.start));
                if (marked.match(before).hasMatch())
                    continue;
                found << QStringLiteral("%1:%2: \"%3\"")
                             .arg(QFileInfo(path).fileName())
                             .arg(source.left(literal.start).count(QLatin1Char('\n')) + 1)
                             .arg(literal.text);
            }
        }
        QVERIFY2(found.isEmpty(),
            qPrintable(QStringLiteral("command-line text not marked for translation (mark it with tr(), or add machine "
                                      "text to the list in this test):\n")
                + found.join(QLatin1Char('\n'))));
    }

    // The unified scopes' descriptions (resources/unified-scopes.json, shown in the connect dialog) are translated: each
    // one is in the .ts files under "UnifiedScope", which lupdate takes from UnifiedScopeText's list. A scope added to
    // the file without a line there would be English in every language.
    void unifiedScopeDescriptionsAreTranslated()
    {
        QFile file(QStringLiteral(KEYWAY_SOURCE_DIR "/resources/unified-scopes.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray scopes = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("scopes")).toArray();
        QVERIFY(!scopes.isEmpty());
        const Result<QList<Message>> german = readTs(translationFile(QStringLiteral("de")));
        KEYWAY_VERIFY_RESULT(german);
        QSet<QString> translated;
        for (const Message &m : german.value()) {
            if (m.context == QLatin1String("UnifiedScope"))
                translated.insert(m.source);
        }
        QStringList missing;
        for (const QJsonValue &scope : scopes) {
            const QString description = scope.toObject().value(QStringLiteral("description")).toString();
            if (!translated.contains(description))
                missing << description;
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("add to app/catalog/UnifiedScopeText.cpp and translate:\n") + missing.join(u'\n')));
    }

    void everyTranslationIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "en", "es", "fr", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void everyTranslationIsEmbedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/keyway_%1.qm").arg(language)));
        QCOMPARE(translator.language().left(2), language);
    }

    // English is the source language, but "%n second(s)" would read so: keyway_en.ts gives every %n message its
    // singular and plural, and it holds every one the other files have (lupdate -pluralonly).
    void englishPluralsAreComplete()
    {
        const Result<QList<Message>> german = readTs(translationFile(QStringLiteral("de")));
        const Result<QList<Message>> englishFile = readTs(translationFile(QStringLiteral("en")));
        KEYWAY_VERIFY_RESULT(german);
        KEYWAY_VERIFY_RESULT(englishFile);
        QStringList plurals;
        for (const Message &m : german.value()) {
            if (m.source.contains(QLatin1String("%n")))
                plurals << m.context + QLatin1Char('/') + m.source;
        }
        QVERIFY(!plurals.isEmpty());
        QStringList english;
        for (const Message &m : englishFile.value()) {
            QVERIFY2(!m.unfinished && m.translations.size() == 2, qPrintable(m.source));
            QVERIFY2(!m.translations.join(QString()).contains(QLatin1String("(s)")), qPrintable(m.source));
            english << m.context + QLatin1Char('/') + m.source;
        }
        plurals.sort();
        english.sort();
        QCOMPARE(english, plurals);
    }

    // A count of things is a %n plural: "%1 connections" beside a "1 connection" sentence is English grammar in the
    // code, and other languages count otherwise (Japanese has one form, others three or more).
    void countsArePlurals()
    {
        static const QRegularExpression counted(QStringLiteral(
            "%\\d+ (?:connections|integrations|tokens|days|hours|minutes|seconds|bytes|characters|requests|items)\\b"));
        const Result<QList<Message>> german = readTs(translationFile(QStringLiteral("de")));
        KEYWAY_VERIFY_RESULT(german);
        QStringList found;
        for (const Message &m : german.value()) {
            if (counted.match(m.source).hasMatch())
                found << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("counts without %n:\n") + found.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreLoadedForEnglish()
    {
        qputenv("KEYWAY_LANGUAGE", "en");
        QCOMPARE(Translations::install(), QString());
        qunsetenv("KEYWAY_LANGUAGE");
        const char *source = "%n connection(s) were recovered and keep their tokens from the keychain.";
        QCOMPARE(QCoreApplication::translate("DatabaseRecovery", source, nullptr, 1),
            QStringLiteral("1 connection was recovered and keeps its tokens from the keychain."));
        QCOMPARE(QCoreApplication::translate("DatabaseRecovery", source, nullptr, 3),
            QStringLiteral("3 connections were recovered and keep their tokens from the keychain."));
    }

    // The order of precedence: KEYWAY_LANGUAGE, then Settings, then the system.
    void chosenLanguageFollowsEnvironmentThenSettings()
    {
        QCOMPARE(Translations::chosenLocale(), QLocale::system());
        Translations::saveChoice(QStringLiteral("fr"));
        QCOMPARE(Translations::savedChoice(), QStringLiteral("fr"));
        QCOMPARE(Translations::chosenLocale().language(), QLocale::French);
        qputenv("KEYWAY_LANGUAGE", "ja_JP");
        QCOMPARE(Translations::chosenLocale().language(), QLocale::Japanese);
        qunsetenv("KEYWAY_LANGUAGE");
        Translations::saveChoice(QString());
        QVERIFY(!QSettings().contains(Translations::settingKey()));
    }

    void installLoadsAShippedLanguageOnly_data()
    {
        QTest::addColumn<QByteArray>("setting");
        QTest::addColumn<QString>("loaded");
        QTest::newRow("English") << QByteArray("en") << QString();
        QTest::newRow("a language not shipped") << QByteArray("pt_BR") << QString();
        for (const QString &language : Translations::shipped()) {
            QTest::addRow("%s", qPrintable(language)) << language.toLatin1() << language;
            QTest::addRow("%s with its country", qPrintable(language))
                << (language + QStringLiteral("_CH")).toLatin1() << language;
        }
    }
    void installLoadsAShippedLanguageOnly()
    {
        QFETCH(QByteArray, setting);
        QFETCH(QString, loaded);
        qputenv("KEYWAY_LANGUAGE", setting);
        const QString language = Translations::install();
        qunsetenv("KEYWAY_LANGUAGE");
        QCOMPARE(language, loaded);
        // The chosen locale formats dates and numbers from now on.
        QCOMPARE(QLocale().language(), QLocale(QString::fromLatin1(setting)).language());
        const QString sentence = QCoreApplication::translate("ConnectionChooser", "Name a connection (see keyway connections).");
        QCOMPARE(sentence == QLatin1String("Name a connection (see keyway connections)."), loaded.isEmpty());
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
