#pragma once

#include <QDialog>
#include <QJsonDocument>

#include <memory>

namespace Ui {
class BundlePreviewDialog;
}

class QPushButton;

namespace keyway {

class ConnectionService;

// The diagnostic bundle before it is saved: what it holds (the connection without secrets, events, requests,
// decoded claims, Keyway's and Qt's versions, the platform, the secret store), the personal data in it with the
// choice to leave it out, and the JSON itself. Save asks where (a non-blocking file dialog), writes the file
// owner-only, then says "Saved to PATH" with a button that shows the folder.
class BundlePreviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundlePreviewDialog)
public:
    BundlePreviewDialog(
        ConnectionService &service, const QString &connectionId, const QString &suggestedName, QWidget *parent = nullptr);
    ~BundlePreviewDialog() override;

    QJsonDocument bundle() const { return m_bundle; }
    bool isLoading() const { return m_loading; }
    QString savedPath() const { return m_savedPath; }
    // Writes the bundle shown to `path`, owner-only; returns an error text, or empty.
    QString saveTo(const QString &path);
    static QString writeBundle(const QJsonDocument &bundle, const QString &path);

public slots:
    // Opens the file dialog (objectName "saveBundleDialog").
    void chooseFile();
    void showFolder();

signals:
    void loaded();
    void saved(const QString &path);

private:
    void load();
    void showBundle(const QJsonDocument &bundle);

    std::unique_ptr<Ui::BundlePreviewDialog> m_ui;
    ConnectionService &m_service;
    QString m_connectionId;
    QString m_suggestedName;
    QJsonDocument m_bundle;
    QString m_savedPath;
    QPushButton *m_saveButton = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace keyway
