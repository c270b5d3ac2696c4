#pragma once

#include <QJsonDocument>
#include <QWidget>

#include <memory>

namespace Ui {
class TimelineView;
}

namespace keyway {

class ConnectionService;
class TimelineModel;

// The flow timeline of one connection and the export of a redacted diagnostic bundle.
class TimelineView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    explicit TimelineView(ConnectionService &service, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setConnection(const QString &connectionId);
    TimelineModel *model() const { return m_model; }
    // Asks where to save (non-blocking file dialog) and writes the bundle there.
    void saveBundle(const QJsonDocument &bundle, const QString &suggestedName);
    // Writes the bundle to `path`; returns an error text or empty.
    static QString writeBundle(const QJsonDocument &bundle, const QString &path);

signals:
    void exportRequested();
    void saved(const QString &path);

private:
    void updateSummary();

    std::unique_ptr<Ui::TimelineView> m_ui;
    TimelineModel *m_model;
};

} // namespace keyway
