#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace keyway::Translations {

namespace {

// The language's own file first ("pt_BR"), then its language alone ("pt"): QTranslator::load(QLocale, ...) tries
// each of the locale's UI languages that way and stops at the first file found.
bool load(QTranslator *translator, const QLocale &locale, const QString &name, const QString &folder)
{
    return translator->load(locale, name, QStringLiteral("_"), folder);
}

QString explicitChoice()
{
    const QString fromEnvironment = qEnvironmentVariable("KEYWAY_LANGUAGE").trimmed();
    return fromEnvironment.isEmpty() ? savedChoice() : fromEnvironment;
}

} // namespace

QStringList shipped()
{
    // A language is listed once its translation is complete (TestTranslations checks every listed one); until then
    // its .ts file is built but never loaded, so nobody reads half of one language and half of another.
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "español", "français": capitalised at the start of a list entry
    return name;
}

QString settingKey()
{
    return QStringLiteral("ui/language");
}

QString savedChoice()
{
    return QSettings().value(settingKey()).toString();
}

void saveChoice(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(settingKey());
    else
        settings.setValue(settingKey(), language);
}

QLocale chosenLocale()
{
    const QString choice = explicitChoice();
    return choice.isEmpty() ? QLocale::system() : QLocale(choice);
}

QString install()
{
    const QString choice = explicitChoice();
    const QLocale locale = choice.isEmpty() ? QLocale::system() : QLocale(choice);
    if (!choice.isEmpty())
        QLocale::setDefault(locale); // dates, times and numbers in the chosen language too

    const QString language = QLocale::languageToCode(locale.language());
    if (!shipped().contains(language)) {
        // English: the source text, and Qt's own strings are English too; only a %n plural needs its English forms.
        auto *plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral(":/i18n/keyway_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return {};
    }

    auto *keyway = new QTranslator(QCoreApplication::instance());
    if (!load(keyway, locale, QStringLiteral("keyway"), QStringLiteral(":/i18n"))) {
        delete keyway;
        return {};
    }
    QCoreApplication::installTranslator(keyway);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (load(qt, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // not installed (qt6-translations-l10n): Qt's few own strings stay English
    return language;
}

QString textLanguage()
{
    return QCoreApplication::translate("Translations", "en",
        "The language code of this translation (de, fr, es, ja): the window says when provider text is in English");
}

} // namespace keyway::Translations
