#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace keyway {

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
}

void SecretClipboard::copy(const QByteArray &secret)
{
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(secret));
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_hash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    m_timer.start();
}

void SecretClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QByteArray now = QCryptographicHash::hash(clipboard->text().toUtf8(), QCryptographicHash::Sha256);
    if (!m_hash.isEmpty() && now == m_hash)
        clipboard->clear();
    m_hash.clear();
    emit cleared();
}

} // namespace keyway
