#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "core/AppInfo.h"

namespace keyway {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(AppInfo::name());
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

} // namespace keyway
