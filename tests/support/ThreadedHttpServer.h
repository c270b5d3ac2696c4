#pragma once

// A FakeHttpServer in its own thread that answers every request with one fixed JSON body (which may be tens of
// MB) and status, and remembers the last request's head. Its own thread keeps its writing out of the GUI thread's stall
// measurements, and lets it answer while the test's thread waits in a blocking call.

#include "FakeHttpServer.h"

#include <QMutex>
#include <QThread>

#include <atomic>

namespace keyway::test {

class ThreadedHttpServer : public QThread
{
public:
    // `status`: the answer's status code (400 for a token endpoint's error, say).
    explicit ThreadedHttpServer(QByteArray body, int status = 200)
        : m_body(std::move(body))
        , m_status(status)
    {
    }
    ~ThreadedHttpServer() override
    {
        quit();
        wait();
    }

    // Starts the thread; the port it listens on, or 0 when it could not listen.
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
        FakeHttpServer server;
        if (!server.isListening()) {
            m_failed = true;
            return;
        }
        server.setHandler([this](const RecordedRequest &request) {
            {
                QMutexLocker lock(&m_mutex);
                m_lastHead = request.head;
            }
            ++m_requests;
            return CannedResponse::json(m_status, m_body);
        });
        m_port = server.port();
        exec();
    }

private:
    const QByteArray m_body;
    const int m_status;
    std::atomic<quint16> m_port {0};
    std::atomic<bool> m_failed {false};
    std::atomic<int> m_requests {0};
    mutable QMutex m_mutex;
    QByteArray m_lastHead;
};

} // namespace keyway::test
