#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdio>

namespace keyway {

// Everything the command line prints goes through this filter (issue 15.10): a login name, an integration's name
// or a provider's error text holding ESC sequences could otherwise clear the screen, retitle the window or
// rewrite what the terminal shows when Keyway prints it. C0 control characters other than newline and tab, DEL,
// and the C1 controls (U+0080 to U+009F, which some terminals obey like ESC sequences) become U+FFFD. The text
// is UTF-8 (QTextStream's encoding); a C1 character split across two writes is held back until the next.
class ControlCharacterFilter : public QIODevice
{
    Q_DISABLE_COPY_MOVE(ControlCharacterFilter)
public:
    explicit ControlCharacterFilter(FILE *target);

    // The bytes with every control character replaced. With `pending`, a lead byte at the very end that may
    // start a C1 character is kept there (and `pending` is put in front of the bytes first).
    static QByteArray clean(const QByteArray &utf8, QByteArray *pending = nullptr);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_target;
    QByteArray m_pending;
};

} // namespace keyway
