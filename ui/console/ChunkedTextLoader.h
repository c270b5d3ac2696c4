#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QPlainTextEdit;

namespace keyway {

// Puts a long text into a QPlainTextEdit a slice at a time, one slice per event-loop turn, so megabytes of
// response body (and their syntax highlighting) never freeze the window.
class ChunkedTextLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkedTextLoader)
public:
    explicit ChunkedTextLoader(QPlainTextEdit *edit, QObject *parent = nullptr);

    void load(const QString &text);
    void stop();
    bool isLoading() const { return m_timer.isActive(); }
    static constexpr qsizetype chunkSize() { return 32 * 1024; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void step();

    QPointer<QPlainTextEdit> m_edit;
    QString m_text;
    qsizetype m_position = 0;
    QTimer m_timer;
};

} // namespace keyway
