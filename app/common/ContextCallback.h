#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace keyway {

// The façade's one asynchronous contract (issue 19.4): every asynchronous call takes the object its answer is
// for, its context, and the answer is dropped when that object was destroyed first (a window closed, a
// dialog dismissed, while the keychain or the network was still answering). Callers need no QPointer guards of
// their own, as with QObject::connect's context argument, Qt NetworkAuth's setTokenRequestModifier(context,
// functor) and KeePassXC's AsyncTask::runThenCallback. The context must not be null.
template <typename... Args> std::function<void(Args...)> boundTo(QObject *context, std::function<void(Args...)> callback)
{
    Q_ASSERT(context);
    return [guard = QPointer<QObject>(context), callback = std::move(callback)](Args... args) {
        if (guard && callback)
            callback(std::forward<Args>(args)...);
    };
}

} // namespace keyway
