#pragma once

#include <QObject>
#include <QRunnable>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace keyway {

// Runs a function on Qt's global thread pool and hands its result back on the thread of `context` (the GUI
// thread for widgets). If `context` is gone by then, the result is dropped. Keeps long work (parsing and
// pretty-printing tens of MB, writing files) off the GUI thread without QtConcurrent.
class BackgroundTask : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)
public:
    template <typename T> static void run(QObject *context, std::function<T()> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        auto *task = new BackgroundTask([work = std::move(work), result] { result->emplace(work()); });
        connect(
            task, &BackgroundTask::finished, context, [done = std::move(done), result] { done(std::move(**result)); },
            Qt::QueuedConnection);
        QThreadPool::globalInstance()->start(task);
    }

    void run() override
    {
        m_work();
        emit finished();
    }

signals:
    void finished();

private:
    explicit BackgroundTask(std::function<void()> work)
        : m_work(std::move(work))
    {
        setAutoDelete(true);
    }
    std::function<void()> m_work;
};

} // namespace keyway
