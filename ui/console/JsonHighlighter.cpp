#include "console/JsonHighlighter.h"

namespace keyway {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDark(false);
}

void JsonHighlighter::setDark(bool dark)
{
    // Each colour keeps at least 4.5:1 against a white (light) or #1e1e1e-ish (dark) base.
    m_key.setForeground(QColor(QLatin1String(dark ? "#79b8ff" : "#0550ae")));
    m_string.setForeground(QColor(QLatin1String(dark ? "#85e89d" : "#116329")));
    m_number.setForeground(QColor(QLatin1String(dark ? "#ffab70" : "#953800")));
    m_literal.setForeground(QColor(QLatin1String(dark ? "#d2a8ff" : "#6f42c1")));
    m_literal.setFontWeight(QFont::Bold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A block may start inside a string only if a string spans lines, which indented JSON never does.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (text.at(j) == QLatin1Char('\\'))
                    j += 2;
                else if (text.at(j) == QLatin1Char('"'))
                    break;
                else
                    ++j;
            }
            const qsizetype end = std::min(j + 1, n);
            qsizetype k = end;
            while (k < n && text.at(k) == QLatin1Char(' '))
                ++k;
            const bool isKey = k < n && text.at(k) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n
                && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char('e')
                    || text.at(j) == QLatin1Char('E') || text.at(j) == QLatin1Char('+') || text.at(j) == QLatin1Char('-')))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c == QLatin1Char('t') || c == QLatin1Char('f') || c == QLatin1Char('n')) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") || word == QLatin1String("null"))
                setFormat(int(i), int(j - i), m_literal);
            i = std::max(j, i + 1);
        } else {
            ++i;
        }
    }
}

} // namespace keyway
