#include "timeline/BundlePreviewDialog.h"

#include "ui_BundlePreviewDialog.h"

#include "core/ConnectionService.h"
#include "core/DiagnosticBundle.h"
#include "widgets/Icons.h"
#include "widgets/MessagePanel.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace keyway {

BundlePreviewDialog::BundlePreviewDialog(
    ConnectionService &service, const QString &connectionId, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BundlePreviewDialog>())
    , m_service(service)
    , m_connectionId(connectionId)
    , m_suggestedName(suggestedName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bundlePreview"));
    setWindowTitle(tr("Diagnostic bundle of %1").arg(suggestedName));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setText(tr("Diagnostic bundle of %1").arg(suggestedName));
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_saveButton = m_ui->buttonBox->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setIcon(Icons::get(QStringLiteral("save")));
    m_saveButton->setDefault(true);
    m_saveButton->setEnabled(false);
    // Accept would close the dialog: Save only asks where.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_saveButton, &QPushButton::clicked, this, &BundlePreviewDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->leaveOutCheck, &QCheckBox::toggled, this, &BundlePreviewDialog::load);
    m_ui->messagePanel->setClosable(true);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 40);
    load();
}

BundlePreviewDialog::~BundlePreviewDialog() = default;

void BundlePreviewDialog::load()
{
    m_loading = true;
    m_saveButton->setEnabled(false);
    m_ui->previewEdit->clear();
    const quint64 generation = ++m_generation;
    // The core builds the bundle, with or without the personal data (DiagnosticBundle).
    m_service.diagnostics(
        m_connectionId, !m_ui->leaveOutCheck->isChecked(), this, [this, generation](const Result<QJsonDocument> &bundle) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!bundle) {
                m_ui->messagePanel->showError(bundle.error(), tr("The bundle could not be built."));
                emit loaded();
                return;
            }
            showBundle(bundle.value());
            emit loaded();
        });
}

void BundlePreviewDialog::showBundle(const QJsonDocument &bundle)
{
    m_bundle = bundle;
    const QJsonObject root = bundle.object();
    const QJsonObject environment = root.value(QLatin1String("environment")).toObject();
    const int events = int(root.value(QLatin1String("events")).toArray().size());
    const int requests = int(root.value(QLatin1String("history")).toArray().size());
    const int tokens = int(root.value(QLatin1String("tokens")).toObject().size());
    QStringList items;
    items << tr("the connection: integration, sign-in method, status, scopes and settings (never a secret)");
    items << (events == 1 ? tr("1 timeline event") : tr("%1 timeline events").arg(events));
    items << (requests == 1 ? tr("1 API request (addresses and headers with secrets removed, no bodies)")
                            : tr("%1 API requests (addresses and headers with secrets removed, no bodies)").arg(requests));
    items << (tokens == 0 ? tr("no token information")
                          : tr("token fingerprints and the decoded claims of JWTs (never the tokens themselves)"));
    items << tr("Keyway %1, Qt %2, %3; secrets kept in %4")
                 .arg(environment.value(QLatin1String("keyway_version")).toString(),
                     environment.value(QLatin1String("qt_version")).toString(),
                     environment.value(QLatin1String("platform")).toString(),
                     environment.value(QLatin1String("secret_store")).toString());
    QString html = tr("It holds:") + QStringLiteral("<ul>");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    m_ui->contentsLabel->setText(html + QStringLiteral("</ul>"));

    const QJsonObject personal = root.value(QLatin1String("personal_data")).toObject();
    if (personal.value(QLatin1String("included")).toBool(true)) {
        const QStringList found = DiagnosticBundle::personalData(root);
        m_ui->personalLabel->setText(found.isEmpty()
                ? tr("It holds no personal data that Keyway knows of.")
                : tr("It holds this personal data about the account:\n%1").arg(found.join(QLatin1Char('\n'))));
    } else {
        QStringList kinds;
        for (const QJsonValue &v : personal.value(QLatin1String("left_out")).toArray())
            kinds << v.toString();
        m_ui->personalLabel->setText(kinds.isEmpty()
                ? tr("Personal data is left out.")
                : tr("Left out: %1. Each value reads \"(left out)\".").arg(kinds.join(QStringLiteral(", "))));
    }
    m_ui->previewEdit->setPlainText(QString::fromUtf8(bundle.toJson(QJsonDocument::Indented)));
    m_saveButton->setEnabled(true);
}

QString BundlePreviewDialog::writeBundle(const QJsonDocument &bundle, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Everything Keyway writes is for its owner alone.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bundle.toJson(QJsonDocument::Indented));
    if (!file.commit())
        return file.errorString();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QString BundlePreviewDialog::saveTo(const QString &path)
{
    const QString error = writeBundle(m_bundle, path);
    if (!error.isEmpty()) {
        m_ui->messagePanel->showMessage(MessagePanel::Kind::Error, tr("The bundle was not saved to %1.").arg(path), error);
        return error;
    }
    m_savedPath = QFileInfo(path).absoluteFilePath();
    m_ui->messagePanel->showMessage(MessagePanel::Kind::Success, tr("Saved to %1").arg(QDir::toNativeSeparators(m_savedPath)));
    QPushButton *folder = m_ui->messagePanel->addAction(tr("Show in &folder"), QStringLiteral("showFolderButton"));
    folder->setIcon(Icons::get(QStringLiteral("folder")));
    connect(folder, &QPushButton::clicked, this, &BundlePreviewDialog::showFolder);
    emit saved(m_savedPath);
    return {};
}

void BundlePreviewDialog::chooseFile()
{
    if (m_bundle.isNull())
        return;
    QString base = m_suggestedName;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("keyway-diagnostics-%1-%2.json").arg(base, QDate::currentDate().toString(Qt::ISODate)));
    auto *dialog = new QFileDialog(this, tr("Save diagnostic bundle"), suggested, tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("saveBundleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

void BundlePreviewDialog::showFolder()
{
    if (!m_savedPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
}

} // namespace keyway
