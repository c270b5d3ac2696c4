#include "sandbox/SandboxApi.h"

#include "common/Result.h"
#include "sandbox/SandboxForm.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <tuple>

namespace keyway {

namespace {

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object));
}

HttpResponse apiError(int status, const QString &error, const QString &message)
{
    return jsonResponse(status, QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("message"), message}});
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r = apiError(
        405, QStringLiteral("method_not_allowed"), QStringLiteral("This endpoint accepts %1.").arg(QString::fromLatin1(allow)));
    r.setHeader("Allow", allow);
    return r;
}

bool isGet(const HttpRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject contact(const QString &id, const QString &name, const QString &email, const QString &phone, const QString &company,
    const QDateTime &created)
{
    QJsonObject c {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("created_at"), isoTime(created)}};
    if (!email.isEmpty())
        c.insert(QStringLiteral("email"), email);
    if (!phone.isEmpty())
        c.insert(QStringLiteral("phone"), phone);
    if (!company.isEmpty())
        c.insert(QStringLiteral("company"), company);
    return c;
}

QJsonObject event(const QString &id, const QString &title, const QDateTime &start, int minutes, const QStringList &attendees)
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("start"), isoTime(start)},
        {QStringLiteral("end"), isoTime(start.addSecs(qint64(minutes) * 60))},
        {QStringLiteral("attendees"), QJsonArray::fromStringList(attendees)}};
}

// The string member `key` of a new contact: absent is fine (an empty string) unless required; present must be a
// string of 1 to `max` characters once trimmed. The Error's message is the sentence the API answers with.
Result<QString> readField(const QJsonObject &body, const char *key, int max, bool required)
{
    const QString name = QString::fromLatin1(key);
    auto invalid = [](const QString &why) { return Error::make(QStringLiteral("invalid_contact"), why); };
    if (!body.contains(name)) {
        if (required)
            return invalid(QStringLiteral("\"%1\" is required").arg(name));
        return QString();
    }
    if (!body.value(name).isString())
        return invalid(QStringLiteral("\"%1\" must be a string").arg(name));
    const QString value = body.value(name).toString().trimmed();
    if (value.isEmpty() || value.size() > max)
        return invalid(QStringLiteral("\"%1\" must have 1 to %2 characters").arg(name).arg(max));
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return invalid(QStringLiteral("\"%1\" must not contain control characters").arg(name));
    }
    return value;
}

} // namespace

HttpResponse SandboxApi::bearerError(
    int status, const QString &error, const QString &description, const QString &scope, const QString &scheme)
{
    // RFC 6750 §3: realm, then error, error_description and scope as quoted strings; the description holds no
    // '"' or '\' (it is ours), so no quoting rules are needed beyond that. RFC 9449 §7.1: the same parameters
    // under the DPoP scheme for a DPoP-bound token.
    QString challenge = QStringLiteral("%1 realm=\"keyway-sandbox\"").arg(scheme);
    QJsonObject body;
    if (!error.isEmpty()) {
        challenge += QStringLiteral(", error=\"%1\"").arg(error);
        body.insert(QStringLiteral("error"), error);
        if (!description.isEmpty()) {
            QString safe = description;
            safe.remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
            challenge += QStringLiteral(", error_description=\"%1\"").arg(safe);
            body.insert(QStringLiteral("error_description"), description);
        }
        if (!scope.isEmpty()) {
            challenge += QStringLiteral(", scope=\"%1\"").arg(scope);
            body.insert(QStringLiteral("scope"), scope);
        }
    } else {
        body.insert(QStringLiteral("error"), QStringLiteral("unauthorized"));
        body.insert(QStringLiteral("error_description"), description);
    }
    HttpResponse r = jsonResponse(status, body);
    r.setHeader("WWW-Authenticate", challenge.toUtf8());
    return r;
}

SandboxApi::SandboxApi(SandboxStore &store)
    : m_store(store)
{
}

SandboxApi::Data SandboxApi::dataFor(const QString &subject) const
{
    Data data;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const std::optional<QJsonObject> stored = m_store.apiData(subject)) {
        for (const QJsonValue &c : stored->value(QStringLiteral("contacts")).toArray())
            data.contacts << c.toObject();
        data.nextId = qMax(1, stored->value(QStringLiteral("next_id")).toInt());
    } else {
        const QDateTime created = now.addDays(-30);
        data.contacts << contact(QStringLiteral("c1"), QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.test"),
            QStringLiteral("+44 20 7946 0018"), QStringLiteral("Analytical Engines Ltd"), created)
                      << contact(QStringLiteral("c2"), QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.test"),
                             QStringLiteral("+1 202 555 0143"), QStringLiteral("Compiler Works"), created.addDays(3))
                      << contact(QStringLiteral("c3"), QStringLiteral("Alan Turing"), QStringLiteral("alan@example.test"),
                             QString(), QStringLiteral("Bletchley Analytics"), created.addDays(9));
        data.nextId = 4;
        // Kept from the first look, so the made-up contacts read the same to every later process.
        QJsonArray contacts;
        for (const QJsonObject &c : data.contacts)
            contacts.append(c);
        m_store.setApiData(
            subject, QJsonObject {{QStringLiteral("contacts"), contacts}, {QStringLiteral("next_id"), data.nextId}});
    }
    // Dates relative to today, so the calendar always shows something upcoming.
    const QDateTime today(now.date(), QTime(0, 0), QTimeZone::utc());
    data.events.append(event(QStringLiteral("e1"), QStringLiteral("Team stand-up"), today.addDays(1).addSecs(9 * 3600), 15,
        {QStringLiteral("grace@example.test")}));
    data.events.append(event(QStringLiteral("e2"), QStringLiteral("Contract review with Ada"),
        today.addDays(2).addSecs(14 * 3600), 60, {QStringLiteral("ada@example.test")}));
    data.events.append(event(QStringLiteral("e3"), QStringLiteral("Quarterly planning"), today.addDays(7).addSecs(10 * 3600), 120,
        {QStringLiteral("ada@example.test"), QStringLiteral("alan@example.test")}));
    return data;
}

HttpResponse SandboxApi::handle(const HttpRequest &request, const QString &path, const Caller &caller)
{
    const auto needs = [&](const char *scope) { return caller.scopes.contains(QString::fromLatin1(scope)); };
    // RFC 6750 §3.1 and RFC 9449 §7.1: the challenge names the scheme the token came with.
    const auto forbidden = [&caller](const char *scope) {
        return bearerError(403, QStringLiteral("insufficient_scope"),
            QStringLiteral("This endpoint needs the scope %1.").arg(QLatin1String(scope)), QString::fromLatin1(scope),
            caller.scheme);
    };

    if (path.isEmpty() || path == QLatin1String("/")) {
        if (!isGet(request))
            return methodNotAllowed("GET, HEAD");
        QJsonArray endpoints;
        const auto add = [&](const char *method, const char *p, const char *scope, const char *what) {
            endpoints.append(
                QJsonObject {{QStringLiteral("method"), QLatin1String(method)}, {QStringLiteral("path"), QLatin1String(p)},
                    {QStringLiteral("scope"), QLatin1String(scope)}, {QStringLiteral("description"), QLatin1String(what)}});
        };
        add("GET", "/api/contacts", "contacts.read", "List contacts (?q= filters, ?limit= 1 to 100)");
        add("POST", "/api/contacts", "contacts.write", "Create a contact from {\"name\", \"email\", \"phone\", \"company\"}");
        add("GET", "/api/contacts/{id}", "contacts.read", "One contact");
        add("GET", "/api/events", "calendar.read", "Upcoming calendar events");
        return jsonResponse(200,
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Keyway Sandbox demo API")},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(caller.scopes)}, {QStringLiteral("endpoints"), endpoints}});
    }

    if (path == QLatin1String("/contacts")) {
        if (isGet(request)) {
            if (!needs("contacts.read"))
                return forbidden("contacts.read");
            return listContacts(request, dataFor(caller.subject));
        }
        if (request.method == "POST") {
            if (!needs("contacts.write"))
                return forbidden("contacts.write");
            return createContact(request, caller.subject, dataFor(caller.subject));
        }
        return methodNotAllowed("GET, HEAD, POST");
    }

    if (path.startsWith(QLatin1String("/contacts/"))) {
        const QString id = path.mid(int(qstrlen("/contacts/")));
        if (id.isEmpty() || id.contains(QLatin1Char('/')))
            return apiError(404, QStringLiteral("not_found"), QStringLiteral("There is no such endpoint."));
        if (!isGet(request))
            return methodNotAllowed("GET, HEAD");
        if (!needs("contacts.read"))
            return forbidden("contacts.read");
        const Data data = dataFor(caller.subject);
        for (const QJsonObject &c : data.contacts) {
            if (c.value(QStringLiteral("id")).toString() == id)
                return jsonResponse(200, c);
        }
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("There is no contact with this id."));
    }

    if (path == QLatin1String("/events")) {
        if (!isGet(request))
            return methodNotAllowed("GET, HEAD");
        if (!needs("calendar.read"))
            return forbidden("calendar.read");
        const Data data = dataFor(caller.subject);
        return jsonResponse(
            200, QJsonObject {{QStringLiteral("events"), data.events}, {QStringLiteral("total"), data.events.size()}});
    }

    return apiError(404, QStringLiteral("not_found"), QStringLiteral("There is no such endpoint; GET /api lists them."));
}

HttpResponse SandboxApi::listContacts(const HttpRequest &request, const Data &data) const
{
    const Result<SandboxForm> query = SandboxForm::parse(request.rawQuery);
    if (!query.ok())
        return apiError(400, QStringLiteral("invalid_request"), query.error().detail);
    int limit = 50;
    if (query.value().has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.value().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return apiError(
                400, QStringLiteral("invalid_request"), QStringLiteral("limit must be a whole number from 1 to 100."));
    }
    const QString q = query.value().value(QStringLiteral("q"));
    QJsonArray list;
    int total = 0;
    for (const QJsonObject &c : data.contacts) {
        if (!q.isEmpty() && !c.value(QStringLiteral("name")).toString().contains(q, Qt::CaseInsensitive)
            && !c.value(QStringLiteral("email")).toString().contains(q, Qt::CaseInsensitive))
            continue;
        ++total;
        if (list.size() < limit)
            list.append(c);
    }
    return jsonResponse(200, QJsonObject {{QStringLiteral("contacts"), list}, {QStringLiteral("total"), total}});
}

HttpResponse SandboxApi::createContact(const HttpRequest &request, const QString &subject, Data data)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        return apiError(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Send the contact as application/json."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return apiError(400, QStringLiteral("invalid_json"),
            QStringLiteral("The body is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return apiError(400, QStringLiteral("invalid_json"), QStringLiteral("The body must be a JSON object."));
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!QStringList {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("company")}
                 .contains(it.key()))
            return apiError(
                422, QStringLiteral("invalid_contact"), QStringLiteral("Unknown field \"%1\".").arg(it.key().left(40)));
    }
    QString name, email, phone, company;
    for (const auto &[key, max, required, out] : {std::tuple<const char *, int, bool, QString *> {"name", 200, true, &name},
             {"email", 254, false, &email}, {"phone", 40, false, &phone}, {"company", 200, false, &company}}) {
        const Result<QString> value = readField(body, key, max, required);
        if (!value)
            return apiError(422, value.error().code, value.error().message + QLatin1Char('.'));
        *out = value.value();
    }
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return apiError(422, QStringLiteral("invalid_contact"), QStringLiteral("\"email\" is not an email address."));
    if (data.contacts.size() >= kMaxContacts)
        return apiError(409, QStringLiteral("limit_reached"),
            QStringLiteral("The sandbox keeps at most %1 contacts per account.").arg(kMaxContacts));

    const QString id = QStringLiteral("c%1").arg(data.nextId++);
    const QJsonObject created = contact(id, name, email, phone, company, QDateTime::currentDateTimeUtc());
    data.contacts.append(created);
    QJsonArray contacts;
    for (const QJsonObject &c : data.contacts)
        contacts.append(c);
    m_store.setApiData(subject, QJsonObject {{QStringLiteral("contacts"), contacts}, {QStringLiteral("next_id"), data.nextId}});
    HttpResponse r = jsonResponse(201, created);
    r.setHeader("Location", "/api/contacts/" + id.toLatin1());
    return r;
}

} // namespace keyway
