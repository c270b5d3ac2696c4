#include "common/Redactor.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <QMutex>
#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace keyway {

namespace {

// The registered secrets. Allocated once and never destroyed, like patterns() below: the message handler may
// run during static destruction, after any ordinary static would be gone (issue 15.9).
struct Registry
{
    QMutex mutex;
    QSet<QByteArray> secrets;
};

Registry &registry()
{
    static Registry *instance = new Registry;
    return *instance;
}

// Shorter values are too common to be secrets worth scrubbing by value ("true", "3600"); patterns still apply.
constexpr int kMinRegisteredLength = 8;

const QList<QRegularExpression> &patterns()
{
    // Each pattern keeps group 1 (the name) and replaces the value that follows it. Never destroyed (see Registry).
    static const QList<QRegularExpression> &list = *new QList<QRegularExpression> {
        // Authorization / Proxy-Authorization headers: keep the scheme, drop the credential.
        QRegularExpression(QStringLiteral(R"re(((?:proxy-)?authorization\s*[:=]\s*"?(?:[A-Za-z][\w-]*\s+)?)([^\s",]+))re"),
            QRegularExpression::CaseInsensitiveOption),
        // JSON members: "access_token": "..."
        QRegularExpression(
            QStringLiteral(
                R"re(("(?:access_token|refresh_token|id_token|code|code_verifier|client_secret|client_assertion|assertion|password|api_key|apikey|device_code|private_key|token|subject_token|secret)"\s*:\s*")([^"]*))re"),
            QRegularExpression::CaseInsensitiveOption),
        // Query strings and form bodies: access_token=...&
        QRegularExpression(
            QStringLiteral(
                R"re(((?:^|[?&\s;,])(?:access_token|refresh_token|id_token|code|code_verifier|client_secret|client_assertion|assertion|password|api_key|apikey|device_code|token|subject_token)=)([^&\s"#]+))re"),
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
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.secrets.insert(secret);
}

QString Redactor::redact(const QString &text)
{
    QString out = text;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        for (const QByteArray &secret : std::as_const(r.secrets)) {
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
    // Built now, before any static destructor can run, so the handler never constructs them late.
    registry();
    patterns();
    qInstallMessageHandler(redactingHandler);
    std::atexit([] { qInstallMessageHandler(nullptr); });
}

} // namespace keyway
