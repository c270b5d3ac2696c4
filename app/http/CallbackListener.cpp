#include "http/CallbackListener.h"

#include "common/Log.h"
#include "http/HttpResponse.h"

#include <QFile>
#include <QHash>

namespace keyway {

namespace {

// The parameters of an authorization response (RFC 6749 §4.1.2 and §4.1.2.1, RFC 9207 iss).
const char *const kResponseParameters[] = {"code", "state", "error", "error_description", "error_uri", "iss"};

bool isPathChar(QChar ch)
{
    const char16_t c = ch.unicode();
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c < 0x80 && QByteArrayView("-._~!$&'()*+,;=:@/").contains(char(c));
}

bool validPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : path)
        if (!isPathChar(c))
            return false;
    for (const QStringView segment : QStringView(path).split(QLatin1Char('/')))
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    return true;
}

QString pageTemplate()
{
    static const QString cached = [] {
        QFile file(QStringLiteral(":/pages/callback.html"));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
        qCWarning(lcLoopback) << "callback page resource missing; using a plain page";
        return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{title}}</title>"
                              "</head><body><main class=\"{{kind}}\"><h1>{{title}}</h1><p>{{message}}</p>{{detail}}"
                              "</main></body></html>");
    }();
    return cached;
}

// One pass over the template: text inserted for one placeholder is never scanned for another.
QString expand(const QString &page, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(page.size() + 512);
    qsizetype pos = 0;
    while (pos < page.size()) {
        const qsizetype open = page.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = page.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(page).sliced(pos, open - pos);
        const QString name = page.mid(open + 2, close - open - 2);
        const auto it = values.constFind(name);
        out += it != values.constEnd() ? *it : page.mid(open, close + 2 - open);
        pos = close + 2;
    }
    out += QStringView(page).sliced(pos);
    return out;
}

HttpResponse page(int status, const CallbackVerdict &verdict)
{
    return HttpResponse::html(status, CallbackListener::renderPage(verdict));
}

CallbackVerdict errorVerdict(const QString &title, const QString &message)
{
    CallbackVerdict v;
    v.title = title;
    v.message = message;
    return v;
}

} // namespace

CallbackListener::CallbackListener(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CallbackListener::onTimeout);
    m_server->setHandler(
        [this](const HttpRequest &request, const LoopbackServer::Responder &responder) { handle(request, responder); });
}

CallbackListener::~CallbackListener()
{
    m_timer.stop();
    delete m_server6; // before our members go: their handlers point at us
    m_server6 = nullptr;
    delete m_server;
    m_server = nullptr;
}

void CallbackListener::setHost(const QHostAddress &host)
{
    m_host = host;
}

void CallbackListener::setPort(quint16 port)
{
    m_port = port;
}

void CallbackListener::setRedirectHostName(const QString &name)
{
    m_hostName = name;
}

void CallbackListener::setPath(const QString &path)
{
    m_path = path;
}

void CallbackListener::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void CallbackListener::setValidator(Validator validator)
{
    m_validator = std::move(validator);
}

Error CallbackListener::start()
{
    if (m_state != State::Idle)
        return Error::make(QStringLiteral("already_started"), tr("This sign-in listener was already used."),
            QStringLiteral("a CallbackListener listens only once"));
    if (!validPath(m_path))
        return Error::make(QStringLiteral("invalid_redirect_path"), tr("The redirect path \"%1\" is not valid.").arg(m_path),
            QStringLiteral("path must start with '/' and hold only RFC 3986 path characters"));
    if (!m_hostName.isEmpty() && m_hostName != QLatin1String("localhost"))
        return Error::make(QStringLiteral("invalid_redirect_host"),
            tr("Keyway can only receive a redirect on 127.0.0.1, [::1] or localhost."), m_hostName.left(100));
    if (const Error error = m_server->listen(m_host, m_port); !error.isNull())
        return error;
    m_boundPort = m_server->port();
    if (m_hostName == QLatin1String("localhost") && m_host == QHostAddress(QHostAddress::LocalHost)) {
        // Best effort: a system without IPv6 loopback simply has the IPv4 listener.
        m_server6 = new LoopbackServer(this);
        m_server6->setHandler(
            [this](const HttpRequest &request, const LoopbackServer::Responder &responder) { handle(request, responder); });
        if (!m_server6->listen(QHostAddress(QHostAddress::LocalHostIPv6), m_boundPort).isNull()) {
            delete m_server6;
            m_server6 = nullptr;
        }
    }
    m_state = State::Listening;
    m_timer.start(m_timeout);
    qCInfo(lcLoopback).noquote() << "waiting for the authorization response on" << redirectUri().toString();
    return Error();
}

void CallbackListener::cancel()
{
    if (m_state != State::Listening)
        return;
    m_state = State::Cancelled;
    stopListening();
    qCInfo(lcLoopback) << "callback wait cancelled";
    emit cancelled();
}

void CallbackListener::onTimeout()
{
    if (m_state != State::Listening)
        return;
    m_state = State::TimedOut;
    stopListening();
    qCInfo(lcLoopback) << "no authorization response within" << m_timeout.count() << "ms";
    emit timedOut();
}

void CallbackListener::stopListening()
{
    m_timer.stop();
    // Only the listening socket: requests already accepted still get their page.
    m_server->close();
    if (m_server6)
        m_server6->close();
}

QUrl CallbackListener::redirectUri() const
{
    if (m_boundPort == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // RFC 8252 §7.3: the IP literal (QUrl adds the brackets for ::1), unless the provider requires "localhost".
    url.setHost(m_hostName.isEmpty() ? m_host.toString() : m_hostName);
    url.setPort(m_boundPort);
    url.setPath(m_path);
    return url;
}

void CallbackListener::handle(const HttpRequest &request, const LoopbackServer::Responder &responder)
{
    if (m_state != State::Listening) {
        responder.respond(page(410,
            errorVerdict(tr("This sign-in is over"),
                tr("Keyway is no longer waiting for this response. Return to "
                   "Keyway and start again if needed."))));
        return;
    }
    if (request.path != m_path) {
        responder.respond(page(404, errorVerdict(tr("Not found"), tr("Nothing is served here."))));
        return;
    }
    if (request.method != "GET") {
        HttpResponse response = page(405, errorVerdict(tr("Method not allowed"), tr("Only GET is accepted here.")));
        response.setHeader("Allow", "GET");
        responder.respond(response);
        return;
    }

    const CallbackVerdict verdict = judge(request.query, m_validator);
    responder.respond(page(verdict.success ? 200 : 400, verdict));
    if (!verdict.endsWait) {
        qCInfo(lcLoopback) << "callback refused by the flow; still waiting";
        return;
    }
    m_state = State::Received;
    stopListening();
    qCInfo(lcLoopback) << "authorization response received";
    emit callbackReceived(request.query); // last: the receiver may delete us
}

CallbackVerdict CallbackListener::judge(const QUrlQuery &query, const Validator &validator)
{
    if (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error"))
        && !query.hasQueryItem(QStringLiteral("state"))) {
        CallbackVerdict v = errorVerdict(
            tr("Not a sign-in response"), tr("This address only receives the provider's answer to a Keyway sign-in."));
        v.endsWait = false;
        return v;
    }
    // RFC 6749 §3.1: parameters MUST NOT be included more than once. Which copy would be meant is unknowable.
    for (const char *name : kResponseParameters) {
        if (query.allQueryItemValues(QString::fromLatin1(name)).size() > 1) {
            qCInfo(lcLoopback) << "callback repeats parameter" << name << "- ignored";
            CallbackVerdict v = errorVerdict(tr("Not a valid sign-in response"),
                tr("The response repeats the parameter \"%1\".").arg(QString::fromLatin1(name)));
            v.endsWait = false;
            return v;
        }
    }
    if (validator)
        return validator(query);
    CallbackVerdict verdict;
    if (query.hasQueryItem(QStringLiteral("error"))) {
        verdict.success = false;
        verdict.title = tr("Sign-in was not completed");
        verdict.message = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        if (verdict.message.isEmpty())
            verdict.message = tr("The provider returned an error.");
        verdict.detail = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    } else {
        verdict.success = true;
        verdict.title = tr("Response received");
        verdict.message = tr("You can close this tab; Keyway received the provider's response.");
    }
    return verdict;
}

QString CallbackListener::renderPage(const CallbackVerdict &verdict)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("kind"), verdict.success ? QStringLiteral("ok") : QStringLiteral("error"));
    values.insert(QStringLiteral("title"), HttpResponse::htmlEscape(verdict.title));
    values.insert(QStringLiteral("message"), HttpResponse::htmlEscape(verdict.message));
    values.insert(QStringLiteral("detail"),
        verdict.detail.isEmpty()
            ? QString()
            : QStringLiteral("<p><code>") + HttpResponse::htmlEscape(verdict.detail) + QStringLiteral("</code></p>"));
    return expand(pageTemplate(), values);
}

} // namespace keyway
