#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class MessagePanel;
}

class QAbstractButton;
class QPushButton;

namespace keyway {

struct Error;

// The one way the window shows a message in place: an error in the core's plain words with the support detail
// below it (HTTP status, error code, the provider's own text), a warning, a confirmation ("Saved to ..."), or a
// notice, each with an icon, a word and a tint (never colour alone), optional action buttons and a close button.
// The connect, custom integration and settings dialogs and the sandbox panel show their errors in one, the main
// window its notices, the sandbox fault banner and the connection page's "needs re-authorization" with its
// Reconnect button.
class MessagePanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePanel)
public:
    enum class Kind { Information, Success, Warning, Error };

    explicit MessagePanel(QWidget *parent = nullptr);
    ~MessagePanel() override;

    // Shows the panel with this text (plain text, not HTML) and, when given, the detail below it. Clears the
    // actions of the previous message.
    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    // An Error as the core made it: its message (or `fallback`), and its detail, HTTP status and code below.
    void showError(const Error &error, const QString &fallback = {});
    // A button beside the text, for this message only (the next showMessage removes it).
    QPushButton *addAction(const QString &text, const QString &objectName = {});
    void setClosable(bool closable);
    QAbstractButton *closeButton() const;
    void clear(); // hides the panel

    Kind kind() const { return m_kind; }
    QString text() const;
    QString detail() const;
    QList<QPushButton *> actions() const { return m_actions; }

    // The panel's tint for a kind over a palette's window colour (also for other widgets that want it).
    static QColor tint(Kind kind, const QPalette &palette);

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void dropActions();

    std::unique_ptr<Ui::MessagePanel> m_ui;
    Kind m_kind = Kind::Information;
    QList<QPushButton *> m_actions;
    bool m_colouring = false;
    QString m_detail;
};

} // namespace keyway
