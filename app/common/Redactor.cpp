#include "common/Redactor.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <cstdio>

namespace keyway {

QMutex Redactor::s_mutex;
QSet<QByteArray> Redactor::s_secrets;

namespace {

// Shorter values are too common to be secrets worth scrubbing by value ("true", "3600"); patterns still apply.
constexpr int kMinRegisteredLength = 8;

const QList<QRegularExpression> &patterns()
{
    // Each pattern keeps group 1 (the name) and replaces the value that follows it.
    static const QList<QRegularExpression> list = {
        // Authorization / Proxy-Authorization headers: keep the scheme, drop the credential.
        QRegularExpression(QStringLiteral(R"re(((?:proxy-)?authorization\s*[:=]\s*"?(?:[A-Za-z][\w-]*\s+)?)([^\s",]+))re"),
                           QRegularExpression::CaseInsensitiveOption),
        // JSON members: "access_token": "..."
        QRegularExpression(QStringLiteral(R"re(("(?:access_token|refresh_token|id_token|code|code_verifier|client_secret|client_assertion|assertion|password|api_key|apikey|device_code|private_key|token|subject_token|secret)"\s*:\s*")([^"]*))re"),
                           QRegularExpression::CaseInsensitiveOption),
        // Query strings and form bodies: access_token=...&
        QRegularExpression(QStringLiteral(R"re(((?:^|[?&\s;,])(?:access_token|refresh_token|id_token|code|code_verifier|client_secret|client_assertion|assertion|password|api_key|apikey|device_code|token|subject_token)=)([^&\s"#]+))re"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    return list;
}

} // namespace

QString Redactor::fingerprint(const QByteArray &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(empty)");
    const QByteArray digest = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8);
    return QStringLiteral("sha256:%1…, %2 chars").arg(QString::fromLatin1(digest)).arg(secret.size());
}

void Redactor::registerSecret(const QByteArray &secret)
{
    if (secret.size() < kMinRegisteredLength)
        return;
    QMutexLocker lock(&s_mutex);
    s_secrets.insert(secret);
}

QString Redactor::redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&s_mutex);
        for (const QByteArray &secret : std::as_const(s_secrets)) {
            const QString s = QString::fromUtf8(secret);
            if (out.contains(s))
                out.replace(s, QStringLiteral("[%1]").arg(fingerprint(secret)));
            // Secrets also travel percent-encoded in URLs and forms.
            const QString encoded = QString::fromLatin1(secret.toPercentEncoding());
            if (encoded != s && out.contains(encoded))
                out.replace(encoded, QStringLiteral("[%1]").arg(fingerprint(secret)));
        }
    }
    for (const QRegularExpression &re : patterns()) {
        QString result;
        qsizetype last = 0;
        auto it = re.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString value = m.captured(2);
            result += out.mid(last, m.capturedStart(2) - last);
            // Already-redacted values stay as they are.
            result += value.startsWith(QLatin1Char('[')) ? value : QStringLiteral("[redacted]");
            last = m.capturedEnd(2);
        }
        result += out.mid(last);
        out = result;
    }
    return out;
}

namespace {
void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = Redactor::redact(message);
    const QByteArray line = qFormatLogMessage(type, context, safe).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void Redactor::installMessageHandler()
{
    qInstallMessageHandler(redactingHandler);
}

} // namespace keyway
