#pragma once

// The demo API behind the Keyway Sandbox (base URL <issuer>/api), so the request console has something real to
// call: contacts and calendar events as JSON, per signed-in account (a client-credentials token gets the
// client's own data set). Each caller's contacts are made up on first use and kept in the sandbox's store, so
// a contact created by one Keyway process is there for the next; the events are dated relative to today.
//
//   GET  /api                 an index of the endpoints (any valid token)
//   GET  /api/contacts        contacts.read   ?q=TEXT filters by name or email, ?limit=1..100 (default 50)
//   POST /api/contacts        contacts.write  JSON {"name", "email"?, "phone"?, "company"?} -> 201 + Location
//   GET  /api/contacts/{id}   contacts.read
//   GET  /api/events          calendar.read
//
// The bearer token itself is checked by SandboxProvider (RFC 6750 §3.1: 400/401); this class checks the scope
// each endpoint needs and answers 403 insufficient_scope as a real API does.

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

class SandboxStore;

class SandboxApi
{
public:
    static constexpr int kMaxContacts = 200; // per caller; with SandboxStore::kMaxApiSubjects, a few MB at most

    explicit SandboxApi(SandboxStore &store);

    struct Caller
    {
        QString subject; // whose data: "user:<account>" or "client:<client_id>"
        QStringList scopes;
        QString scheme = QStringLiteral("Bearer"); // the scheme its token came with: "Bearer" or "DPoP"
    };

    // `path` is the part after /api ("", "/contacts", "/contacts/c1", ...).
    HttpResponse handle(const HttpRequest &request, const QString &path, const Caller &caller);

    // RFC 6750 §3: a 401 or 403 with its WWW-Authenticate challenge and a JSON body saying the same. An empty
    // `error` gives the bare challenge sent when a request carried no credentials at all (§3.1).
    // `scheme`: "DPoP" for a DPoP-bound token (RFC 9449 §7.1), whose challenge names that scheme, 403 included.
    static HttpResponse bearerError(int status, const QString &error, const QString &description, const QString &scope = {},
        const QString &scheme = QStringLiteral("Bearer"));
    // The authentication scheme of a token: "DPoP" when it is bound to a DPoP key, else "Bearer".
    static QString schemeFor(bool dpopBound) { return dpopBound ? QStringLiteral("DPoP") : QStringLiteral("Bearer"); }

private:
    struct Data
    {
        QList<QJsonObject> contacts;
        QJsonArray events;
        int nextId = 1;
    };

    Data dataFor(const QString &subject) const;
    HttpResponse listContacts(const HttpRequest &request, const Data &data) const;
    HttpResponse createContact(const HttpRequest &request, const QString &subject, Data data);

    SandboxStore &m_store;
};

} // namespace keyway
