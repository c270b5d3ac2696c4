#pragma once

#include "core/ApiRequest.h"

#include <QObject>

namespace keyway {

// One API request in flight (request console, `keyway request`). Emits finished() exactly once, also after
// cancel() (with error code "cancelled"), then deletes itself later.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    explicit ApiCall(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    void cancel()
    {
        m_cancelRequested = true;
        emit cancelRequested();
    }
    // A cancel that came before the request went out (while a token was being renewed) ends it before it is sent.
    bool isCancelRequested() const { return m_cancelRequested; }

signals:
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished(const keyway::ApiResponse &response);
    void cancelRequested();

private:
    bool m_cancelRequested = false;
};

} // namespace keyway
