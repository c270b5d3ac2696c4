#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 in its own thread, for the console tests: answers every request with
// one fixed JSON body (which may be tens of MB) and remembers the last request's head. Its own thread keeps
// its writing out of the GUI thread's stall measurements.

#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

namespace keyway::test {

class LoopbackHttpServer : public QThread
{
public:
    // `status`: the status line's code and reason, e.g. "400 Bad Request" (a token endpoint's error).
    explicit LoopbackHttpServer(QByteArray body, QByteArray status = "200 OK")
        : m_body(std::move(body))
        , m_status(std::move(status))
    {
    }
    ~LoopbackHttpServer() override
    {
        quit();
        wait();
    }

    quint16 startAndWait()
    {
        start();
        while (m_port.load() == 0 && !m_failed.load())
            QThread::msleep(5);
        return m_port.load();
    }
    QByteArray lastRequestHead() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastHead;
    }
    int requestCount() const { return m_requests.load(); }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            m_failed = true;
            return;
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    {
                        QMutexLocker lock(&m_mutex);
                        m_lastHead = head;
                    }
                    ++m_requests;
                    buffer->clear();
                    QByteArray response = "HTTP/1.1 " + m_status
                        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                        + QByteArray::number(m_body.size()) + "\r\n\r\n";
                    socket->write(response);
                    socket->write(m_body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_port = server.serverPort();
        exec();
    }

private:
    QByteArray m_body;
    QByteArray m_status;
    std::atomic<quint16> m_port {0};
    std::atomic<bool> m_failed {false};
    std::atomic<int> m_requests {0};
    mutable QMutex m_mutex;
    QByteArray m_lastHead;
};

} // namespace keyway::test
