#include "console/ChunkedTextLoader.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>

namespace keyway {

ChunkedTextLoader::ChunkedTextLoader(QPlainTextEdit *edit, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChunkedTextLoader::step);
}

void ChunkedTextLoader::load(const QString &text)
{
    stop();
    if (!m_edit)
        return;
    m_edit->clear();
    m_text = text;
    m_position = 0;
    if (m_text.isEmpty()) {
        emit finished();
        return;
    }
    step();
    if (m_position < m_text.size())
        m_timer.start();
}

void ChunkedTextLoader::stop()
{
    m_timer.stop();
    m_text.clear();
    m_position = 0;
}

void ChunkedTextLoader::step()
{
    if (!m_edit) {
        stop();
        return;
    }
    // Cut after a newline where possible, so each line is highlighted once.
    qsizetype end = std::min(m_position + chunkSize(), m_text.size());
    if (end < m_text.size()) {
        const qsizetype nl = m_text.lastIndexOf(QLatin1Char('\n'), end);
        if (nl > m_position)
            end = nl + 1;
    }
    const int scroll = m_edit->verticalScrollBar()->value();
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_text.mid(m_position, end - m_position));
    m_edit->verticalScrollBar()->setValue(scroll);
    m_position = end;
    emit progress(m_position, m_text.size());
    if (m_position >= m_text.size()) {
        m_timer.stop();
        m_text.clear();
        emit finished();
    }
}

} // namespace keyway
