#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace keyway {

// Colours JSON text: keys, strings, numbers, literals (true, false, null). One pass per line, no regular
// expressions, so megabytes of JSON highlight quickly. Colours are picked for the palette (light or dark).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)
public:
    explicit JsonHighlighter(QTextDocument *document);
    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace keyway
