#include "auth/OneShotBody.h"

#include <cstring>

namespace keyway {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char *out, qint64 max)
{
    const qint64 n = qMin(max, qint64(m_data.size()) - m_position);
    if (n <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(out, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

} // namespace keyway
