#include "auth/Flow.h"

#include "common/Log.h"

namespace keyway {

void Flow::succeed(const FlowResult &result)
{
    if (m_ended)
        return;
    m_ended = true;
    stopWork();
    emit finished(result);
}

void Flow::fail(const Error &error)
{
    if (m_ended)
        return;
    m_ended = true;
    stopWork();
    qCInfo(lcAuth) << metaObject()->className() << "failed:" << error.code << error.toString();
    emit failed(error);
}

} // namespace keyway
