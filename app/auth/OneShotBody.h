#pragma once

#include <QByteArray>
#include <QIODevice>

namespace keyway {

// A request body Qt can send only once. Qt's HTTP/1.1 client quietly sends a request again when the server closes
// the connection before answering, POSTs included, as long as it can rewind the body. A token request must never go
// twice: a second authorization code or rotated refresh token is taken for theft and ends the grant (RFC 6749
// §4.1.2, RFC 9700 §4.14.2). A sequential device cannot be rewound, so Qt reports the failure instead
// (ProtocolClient sends it with QNetworkRequest::DoNotBufferUploadDataAttribute and an explicit Content-Length).
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace keyway
