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
    explicit ApiCall(QObject *parent = nullptr) : QObject(parent) {}

    void cancel() { emit cancelRequested(); }

signals:
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished(const keyway::ApiResponse &response);
    void cancelRequested();
};

} // namespace keyway
