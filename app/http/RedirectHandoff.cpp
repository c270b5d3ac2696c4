#include "http/RedirectHandoff.h"

#include "common/Log.h"
#include "http/SchemeRedirectListener.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

namespace keyway {

namespace {
constexpr int kAnswerTimeoutMs = 10000;
constexpr qsizetype kMaxReply = 64 * 1024;
} // namespace

RedirectHandoff::RedirectHandoff(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(Error::make(QStringLiteral("handoff_timeout"), tr("Keyway did not answer in time."),
            QStringLiteral("no answer within %1 ms").arg(kAnswerTimeoutMs)));
    });
}

RedirectHandoff::~RedirectHandoff()
{
    if (m_socket)
        m_socket->abort();
}

void RedirectHandoff::deliver(const QString &uri)
{
    const QByteArray bytes = uri.trimmed().toUtf8();
    if (bytes.isEmpty() || bytes.size() > SchemeRedirectListener::MaxUriBytes || bytes.contains('\n') || bytes.contains('\r')) {
        QTimer::singleShot(0, this, [this] {
            finish(Error::make(QStringLiteral("invalid_redirect"), tr("This is not a sign-in response for Keyway."),
                QStringLiteral("empty, multi-line or longer than %1 bytes").arg(SchemeRedirectListener::MaxUriBytes)));
        });
        return;
    }
    const QString state
        = SchemeRedirectListener::responseQuery(uri.trimmed()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const Result<QString> socket = state.isEmpty() ? Result<QString>(QString()) : SchemeRedirectListener::socketPath(state);
    const Error error = socket ? Error() : socket.error();
    const QString path = socket ? socket.value() : QString();
    if (state.isEmpty() || path.isEmpty() || !QFileInfo::exists(path)) {
        const Error why = !error.isNull() ? error
            : state.isEmpty()             ? Error::make(QStringLiteral("not_for_keyway"),
                              tr("This response names no Keyway sign-in (it carries no state), so it was not used."))
                                          : Error::make(QStringLiteral("no_waiting_sign_in"),
                                              tr("No Keyway sign-in is waiting for this response: it has ended, timed out, or belongs to "
                                                             "another attempt. Start connecting again in Keyway."));
        QTimer::singleShot(0, this, [this, why] { finish(why); });
        return;
    }

    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this, [this, bytes] {
        m_socket->write(bytes + '\n');
        m_socket->flush();
    });
    connect(m_socket, &QLocalSocket::readyRead, this, &RedirectHandoff::onReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_reply.contains('\n'))
            return; // the answer is complete; the close that follows is expected
        finish(Error::make(QStringLiteral("no_waiting_sign_in"),
            tr("No Keyway sign-in is waiting for this response: it has ended, timed out, or belongs to another "
               "attempt. Start connecting again in Keyway."),
            m_socket ? m_socket->errorString() : QString()));
    });
    m_deadline.start(kAnswerTimeoutMs);
    m_socket->connectToServer(path);
}

void RedirectHandoff::onReadyRead()
{
    m_reply += m_socket->readAll();
    if (m_reply.size() > kMaxReply)
        return finish(Error::make(
            QStringLiteral("handoff_failed"), tr("Keyway's answer was not understood."), QStringLiteral("answer too long")));
    const qsizetype end = m_reply.indexOf('\n');
    if (end < 0)
        return;
    const QJsonObject reply = QJsonDocument::fromJson(m_reply.left(end)).object();
    if (reply.isEmpty())
        return finish(Error::make(
            QStringLiteral("handoff_failed"), tr("Keyway's answer was not understood."), QStringLiteral("not a JSON object")));
    CallbackVerdict verdict;
    verdict.endsWait = reply.value(QStringLiteral("ends")).toBool();
    verdict.success = reply.value(QStringLiteral("success")).toBool();
    verdict.title = reply.value(QStringLiteral("title")).toString();
    verdict.message = reply.value(QStringLiteral("message")).toString();
    verdict.detail = reply.value(QStringLiteral("detail")).toString();
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit delivered(verdict);
}

void RedirectHandoff::finish(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_socket)
        m_socket->abort();
    qCInfo(lcLoopback) << "app redirect not handed over:" << error.code;
    emit failed(error);
}

} // namespace keyway
