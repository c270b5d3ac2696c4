#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}

class QAction;

namespace keyway {

// Help ▸ Keyboard shortcuts: the window's actions with their shortcuts (read from the actions themselves, so the
// list cannot drift from what the keys do), then the keys that work inside lists and fields.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // "Find integration — Ctrl+F", one per row shown.
    QStringList rows() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace keyway
