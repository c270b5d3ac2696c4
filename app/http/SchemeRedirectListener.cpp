#include "http/SchemeRedirectListener.h"

#include "common/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace keyway {

namespace {

constexpr int kReadTimeoutMs = 2000;
constexpr int kMaxSockets = 8;

CallbackVerdict refusal(const QString &title, const QString &message)
{
    CallbackVerdict v;
    v.title = title;
    v.message = message;
    v.endsWait = false;
    return v;
}

Error unsafeDirectory(const QString &path, const QString &why)
{
    return Error::make(QStringLiteral("unsafe_runtime_dir"),
        SchemeRedirectListener::tr("Keyway's folder for app redirects (%1) is not safe to use: %2.").arg(path, why));
}

} // namespace

SchemeRedirectListener::SchemeRedirectListener(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state != State::Listening)
            return;
        m_state = State::TimedOut;
        stopListening();
        qCInfo(lcLoopback) << "no app redirect within" << m_timeout.count() << "ms";
        emit timedOut();
    });
}

SchemeRedirectListener::~SchemeRedirectListener()
{
    m_timer.stop();
    for (QLocalSocket *socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_sockets.clear();
    if (m_server)
        m_server->close();
}

void SchemeRedirectListener::setRedirectUri(const QString &uri)
{
    m_redirectUri = uri;
}

void SchemeRedirectListener::setChannel(const QString &state)
{
    m_channel = state;
}

void SchemeRedirectListener::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void SchemeRedirectListener::setValidator(Validator validator)
{
    m_validator = std::move(validator);
}

Result<QString> SchemeRedirectListener::socketDirectory()
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    // Inside a Flatpak each instance has its own $XDG_RUNTIME_DIR; the folder instances of one app share is
    // app/<id> in it, so the handler the desktop starts and the waiting window meet there.
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    if (!flatpakId.isEmpty() && !flatpakId.contains(QLatin1Char('/')))
        runtime = QDir(runtime).filePath(QStringLiteral("app/") + flatpakId);
    const QString path = QDir(runtime).filePath(QStringLiteral("keyway"));
#ifdef Q_OS_UNIX
    // Another user must neither reach the socket nor put one of their own in its place.
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        return unsafeDirectory(path, QString::fromLocal8Bit(strerror(errno)));
    }
    struct stat info
    {
    };
    if (::lstat(native.constData(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        return unsafeDirectory(path, tr("it is not a folder"));
    }
    if (info.st_uid != ::getuid()) {
        return unsafeDirectory(path, tr("it belongs to another user"));
    }
    if ((info.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0) {
        return unsafeDirectory(path, tr("others may open it"));
    }
#else
    QDir().mkpath(path);
#endif
    return path;
}

Result<QString> SchemeRedirectListener::socketPath(const QString &state)
{
    const Result<QString> directory = socketDirectory();
    if (!directory)
        return directory.error();
    const QByteArray digest = QCryptographicHash::hash(state.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(directory.value()).filePath(QStringLiteral("redirect-") + QString::fromLatin1(digest));
}

QUrlQuery SchemeRedirectListener::responseQuery(const QString &uri)
{
    // As HttpRequestParser reads a loopback request's query: application/x-www-form-urlencoded, '+' is a space.
    qsizetype start = uri.indexOf(QLatin1Char('?'));
    if (start < 0)
        return {};
    qsizetype end = uri.indexOf(QLatin1Char('#'), start);
    QString raw = uri.mid(start + 1, end < 0 ? -1 : end - start - 1);
    raw.replace(QLatin1Char('+'), QStringLiteral("%20"));
    QUrlQuery query;
    query.setQuery(raw);
    return query;
}

Error SchemeRedirectListener::start()
{
    if (m_state != State::Idle)
        return Error::make(QStringLiteral("already_started"), tr("This sign-in listener was already used."));
    if (m_channel.isEmpty() || m_redirectUri.isEmpty())
        return Error::make(QStringLiteral("listen_failed"), tr("The app redirect is not configured."),
            QStringLiteral("redirect URI and state are needed"));
    const Result<QString> socket = socketPath(m_channel);
    if (!socket)
        return socket.error();
    const QString &path = socket.value();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(path); // a socket left by a process that died; the name is this attempt's own
    if (!m_server->listen(path))
        return Error::make(QStringLiteral("listen_failed"), tr("Keyway could not wait for the app redirect."),
            QStringLiteral("%1: %2").arg(path, m_server->errorString()));
    connect(m_server, &QLocalServer::newConnection, this, &SchemeRedirectListener::acceptConnections);
    m_state = State::Listening;
    m_timer.start(m_timeout);
    qCInfo(lcLoopback).noquote() << "waiting for the authorization response at" << m_redirectUri;
    return Error();
}

void SchemeRedirectListener::cancel()
{
    if (m_state != State::Listening)
        return;
    m_state = State::Cancelled;
    stopListening();
    emit cancelled();
}

void SchemeRedirectListener::stopListening()
{
    m_timer.stop();
    if (m_server)
        m_server->close(); // removes the socket file; connections already accepted still get their answer
}

void SchemeRedirectListener::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QLocalSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (m_sockets.size() >= kMaxSockets) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_sockets.insert(socket);
        socket->setParent(this);
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_sockets.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        deadline->start(kReadTimeoutMs);
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void SchemeRedirectListener::read(QLocalSocket *socket)
{
    if (socket->property("keyway_answered").toBool()) {
        socket->readAll();
        return;
    }
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxUriBytes)
            answer(socket, refusal(tr("Not a valid sign-in response"), tr("The redirect is too long.")));
        return;
    }
    const QByteArray line = socket->readLine(MaxUriBytes + 2).trimmed();
    const CallbackVerdict verdict = judgeUri(line);
    answer(socket, verdict);
    if (!verdict.endsWait) {
        qCInfo(lcLoopback) << "app redirect refused; still waiting";
        return;
    }
    m_state = State::Received;
    stopListening();
    qCInfo(lcLoopback) << "authorization response received through the app redirect";
    emit callbackReceived(responseQuery(QString::fromUtf8(line))); // last: the receiver may delete us
}

CallbackVerdict SchemeRedirectListener::judgeUri(const QByteArray &line) const
{
    if (m_state != State::Listening)
        return refusal(tr("This sign-in is over"), tr("Keyway is no longer waiting for this response."));
    const QString text = QString::fromUtf8(line);
    const QUrl url(text, QUrl::StrictMode);
    const QUrl expected(m_redirectUri);
    // RFC 8252 §7.1: scheme, colon, one slash and the path; a URI with an authority ("//") is another one.
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (!url.isValid() || url.scheme().compare(expected.scheme(), Qt::CaseInsensitive) != 0
        || url.path(QUrl::FullyEncoded) != expected.path(QUrl::FullyEncoded) || !url.authority().isEmpty()
        || QStringView(text).mid(colon + 1).startsWith(QLatin1String("//")) || url.hasFragment())
        return refusal(tr("Not found"), tr("This is not Keyway's redirect URI."));
    return CallbackListener::judge(responseQuery(text), m_validator);
}

void SchemeRedirectListener::answer(QLocalSocket *socket, const CallbackVerdict &verdict)
{
    socket->setProperty("keyway_answered", true);
    const QJsonObject reply {{QStringLiteral("ends"), verdict.endsWait}, {QStringLiteral("success"), verdict.success},
        {QStringLiteral("title"), verdict.title}, {QStringLiteral("message"), verdict.message},
        {QStringLiteral("detail"), verdict.detail}};
    socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    socket->disconnectFromServer();
}

} // namespace keyway
