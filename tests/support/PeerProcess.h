#pragma once

// Starts one of the Node.js test peers in tests/peers (oidc-server.mjs, echo-server.mjs) on loopback and
// reads the JSON line it prints when listening. The peer exits when this object is destroyed (its stdin closes
// and it is terminated), so a failed test never leaves it running.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace keyway::test {

inline QString nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

inline QString peersDir()
{
    return QStringLiteral(KEYWAY_PEERS_DIR);
}

// `node browser.mjs` as Keyway's browser command: the URL is appended.
inline QString scriptedBrowserCommand()
{
    return QStringLiteral("\"%1\" \"%2/browser.mjs\"").arg(nodeProgram(), peersDir());
}

class PeerProcess
{
public:
    PeerProcess() = default;
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;
    ~PeerProcess() { stop(); }

    // Returns an empty string on success, else why the peer did not start. A peer that prints no start line
    // within 30 s is stopped and started again, at most three times, keeping the reason each try gave. (The
    // stall once seen, a Node.js 20 deadlock exporting a freshly generated key, is avoided in oidc-server.mjs;
    // this keeps an unknown one from failing a whole test binary.)
    QString start(const QString &script, const QStringList &args = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QStringList failures;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            bool stalled = false;
            const QString error = startOnce(script, args, env, &stalled);
            if (error.isEmpty())
                return {};
            failures << QStringLiteral("try %1: %2").arg(attempt).arg(error);
            if (!stalled)
                break;
            qWarning("%s did not print its start line in time; starting it again", qPrintable(script));
            // Killed, not stop()ped: closing the write channel would hand the next start a closed stdin.
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return failures.join(QLatin1String("; "));
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    QJsonObject info() const { return m_info; }
    QString issuer() const { return m_info.value(QStringLiteral("issuer")).toString(); }
    int port() const { return m_info.value(QStringLiteral("port")).toInt(); }
    QString stderrText() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QString startOnce(const QString &script, const QStringList &args, const QProcessEnvironment &env, bool *stalled)
    {
        *stalled = false;
        if (nodeProgram().isEmpty())
            return QStringLiteral("node is not installed");
        if (!QFile::exists(peersDir() + QStringLiteral("/node_modules")))
            return QStringLiteral("tests/peers/node_modules is missing: run npm ci in tests/peers");
        m_process.setProcessEnvironment(env);
        m_process.setProgram(nodeProgram());
        m_process.setArguments(QStringList {peersDir() + QLatin1Char('/') + script} + args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("node did not start: ") + m_process.errorString();
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 30000) {
            if (m_process.state() == QProcess::NotRunning)
                return QStringLiteral("peer exited: ") + QString::fromUtf8(m_process.readAllStandardError());
            m_process.waitForReadyRead(200);
        }
        const QByteArray line = m_process.readLine();
        m_info = QJsonDocument::fromJson(line).object();
        if (m_info.isEmpty()) {
            *stalled = line.isEmpty() && m_process.state() != QProcess::NotRunning;
            return QStringLiteral("peer printed no start line in %1 ms: ").arg(timer.elapsed())
                + QString::fromUtf8(line + m_process.readAllStandardError());
        }
        return {};
    }

    QProcess m_process;
    QJsonObject m_info;
};

} // namespace keyway::test
