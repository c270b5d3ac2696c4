#include "catalog/UnifiedScopeText.h"

#include <QCoreApplication>

namespace keyway::UnifiedScopeText {

namespace {

// Every description in resources/unified-scopes.json, for lupdate: the file is data, so its sentences are listed here
// to be translated (TestTranslations fails when the file has one this list lacks).
[[maybe_unused]] const char *const kDescriptions[] = {
    QT_TRANSLATE_NOOP("UnifiedScope", "Sign the user in and receive an ID token (OpenID Connect)"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Keep access when the user is away (refresh tokens)"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read the signed-in user's basic profile"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read the signed-in user's email address"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read the organisation's users and groups"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read CRM contacts"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update CRM contacts"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read CRM companies and accounts"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update CRM companies and accounts"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read CRM deals and opportunities"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update CRM deals and opportunities"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read calendar events"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create, update and delete calendar events"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read email messages"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Send email on the user's behalf"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read files and folders"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create, update and delete files and folders"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read messages"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Post messages"),
    QT_TRANSLATE_NOOP("UnifiedScope", "List channels and conversations"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read invoices"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update invoices"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read accounting customers and contacts"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update accounting customers and contacts"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read financial reports"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read support tickets"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update support tickets"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read employee records"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update employee records"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read job candidates and applications"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read job postings"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read source code repositories"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Push to and administer source code repositories"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read issues and pull requests"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update issues and pull requests"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read payments and charges"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and refund payments and charges"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read payment customers"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read marketing lists and audiences"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Manage marketing lists and audiences"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read marketing campaigns"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and send marketing campaigns"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read store orders"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update store orders"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read store products"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update store products"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read store customers"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read documents, pages and notes"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update documents, pages and notes"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read tasks and projects"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update tasks and projects"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read analytics data and reports"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read meetings and recordings"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and update meetings"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Read advertising accounts, campaigns, ads and their performance"),
    QT_TRANSLATE_NOOP("UnifiedScope", "Create and change advertising campaigns and ads"),
};

} // namespace

QString translated(const QString &english)
{
    return QCoreApplication::translate("UnifiedScope", english.toUtf8().constData());
}

} // namespace keyway::UnifiedScopeText
