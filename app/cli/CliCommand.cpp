#include "cli/CliCommand.h"

#include "cli/ControlCharacterFilter.h"

#include <QFile>

#include <cstdio>

namespace keyway {

// Issue 15.10: nothing reaches the terminal with its control characters. The filters are never destroyed, so
// the streams can still flush into them while statics are torn down at exit.
QTextStream &CliCommand::out()
{
    static QTextStream stream(new ControlCharacterFilter(stdout));
    return stream;
}

QTextStream &CliCommand::err()
{
    static QTextStream stream(new ControlCharacterFilter(stderr));
    return stream;
}

int CliCommand::fail(const QString &command, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "keyway " << command << ": " << line << Qt::endl;
    return 1;
}

QByteArray CliCommand::readStdinSecret()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return data;
}

} // namespace keyway
