#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace keyway {

// Copies a secret to the clipboard and clears it again after a while (30 s by default) if the clipboard still
// holds that secret. Only a hash of the secret is kept for the comparison. Clipboard managers that honour
// KDE's x-kde-passwordManagerHint are told not to remember it.
class SecretClipboard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)
public:
    explicit SecretClipboard(QObject *parent = nullptr);

    void copy(const QByteArray &secret);
    void setClearAfter(int milliseconds) { m_timer.setInterval(milliseconds); }
    int clearAfter() const { return m_timer.interval(); }
    bool isPending() const { return m_timer.isActive(); }

signals:
    void cleared();

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QByteArray m_hash;
};

} // namespace keyway
