#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace keyway {

// Which language Keyway speaks, and loading its translation (issue 24). The translations are Qt Linguist files
// (resources/translations/keyway_LANG.ts), compiled and embedded as :/i18n/keyway_LANG.qm. The language is, in this
// order: KEYWAY_LANGUAGE (a locale name: "de", "ja_JP", "en"), the language chosen in the window's Settings, the
// system's locale. A language Keyway does not ship is English. The choice is read once, at start: a change in
// Settings applies when Keyway next starts.
namespace Translations {

// The languages that ship translated, as locale names ("de", "es", "fr", "ja"); English is the source language.
QStringList shipped();
// The language name in that language ("Deutsch", "日本語"), for the Settings list.
QString nativeName(const QString &language);

// The QSettings key of the language chosen in Settings: empty (the system's) or a locale name.
QString settingKey();
// The saved choice, or empty for "the system's".
QString savedChoice();
void saveChoice(const QString &language);

// The locale that decides the language and the formatting of dates and numbers: KEYWAY_LANGUAGE, else the saved
// choice, else the system's.
QLocale chosenLocale();

// Installs the translators for chosenLocale() on the running application and, when the language was chosen rather
// than taken from the system, makes it the default locale so dates and numbers follow it. Returns the language
// whose translation was loaded ("de"), or empty when the text stays English. Qt's own strings follow, from Debian's
// qt6-translations-l10n when installed: the window's dialog buttons and text fields' context menus, the command
// line's help frame ("Usage:", "Options:") and the option parser's errors.
QString install();

// The language the text is in now, as the loaded translation says it ("de"; "en" with none): whichever way the
// translation was installed. The window uses it to say when text from integration files (English) sits among it.
QString textLanguage();

} // namespace Translations

} // namespace keyway
