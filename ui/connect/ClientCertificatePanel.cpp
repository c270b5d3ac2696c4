#include "connect/ClientCertificatePanel.h"

#include "ui_ClientCertificatePanel.h"

#include "core/ConnectRequest.h"
#include "widgets/Icons.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSslCertificate>

namespace keyway {

namespace {
constexpr qint64 kMaxFileBytes = 1024 * 1024; // certificates and keys are a few KB; refuse anything absurd

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

ClientCertificatePanel::ClientCertificatePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClientCertificatePanel>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("clientCertificatePanel"));
    m_ui->clientCertFormatCombo->addItem(tr("PEM certificate and private key files"), int(Format::Pem));
    m_ui->clientCertFormatCombo->addItem(tr("PKCS#12 file (.p12, .pfx) with its password"), int(Format::Pkcs12));
    // Long (translated) item texts must not widen the dialog beyond its width.
    m_ui->clientCertFormatCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->clientCertFormatCombo->setMinimumContentsLength(20);
    for (QPushButton *button : {m_ui->clientCertButton, m_ui->clientKeyButton, m_ui->clientP12Button})
        button->setIcon(Icons::get(QStringLiteral("import")));
    connect(m_ui->clientCertFormatCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit changed();
    });
    connect(m_ui->clientCertButton, &QPushButton::clicked, this, [this] { choose(Slot::Certificate); });
    connect(m_ui->clientKeyButton, &QPushButton::clicked, this, [this] { choose(Slot::Key); });
    connect(m_ui->clientP12Button, &QPushButton::clicked, this, [this] { choose(Slot::Pkcs12); });
    connect(m_ui->clientP12PasswordEdit, &QLineEdit::textChanged, this, &ClientCertificatePanel::changed);
    updateRows();
}

ClientCertificatePanel::~ClientCertificatePanel()
{
    clearSecrets();
}

ClientCertificatePanel::Format ClientCertificatePanel::format() const
{
    return Format(m_ui->clientCertFormatCombo->currentData().toInt());
}

void ClientCertificatePanel::setFormat(Format format)
{
    m_ui->clientCertFormatCombo->setCurrentIndex(m_ui->clientCertFormatCombo->findData(int(format)));
}

void ClientCertificatePanel::updateRows()
{
    const bool pem = format() == Format::Pem;
    QFormLayout *form = m_ui->certificateForm;
    form->setRowVisible(1, pem);
    form->setRowVisible(2, pem);
    form->setRowVisible(3, !pem);
    form->setRowVisible(4, !pem);
}

void ClientCertificatePanel::choose(Slot slot)
{
    const QString title = slot == Slot::Certificate ? tr("Client certificate (PEM)")
        : slot == Slot::Key                         ? tr("Private key of the client certificate (PEM)")
                                                    : tr("Client certificate (PKCS#12)");
    const QString filter = slot == Slot::Pkcs12 ? tr("PKCS#12 files (*.p12 *.pfx);;All files (*)")
                                                : tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, slot](const QString &path) { load(slot, path); });
    dialog->open();
}

bool ClientCertificatePanel::loadCertificateFile(const QString &path)
{
    return load(Slot::Certificate, path);
}

bool ClientCertificatePanel::loadKeyFile(const QString &path)
{
    return load(Slot::Key, path);
}

bool ClientCertificatePanel::loadPkcs12File(const QString &path)
{
    return load(Slot::Pkcs12, path);
}

void ClientCertificatePanel::usePem(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    setFormat(Format::Pem);
    wipe(m_key);
    m_certificate = certificatePem;
    m_key = keyPem;
    const QString subject = QSslCertificate(certificatePem, QSsl::Pem).subjectDisplayName();
    m_ui->clientCertFileLabel->setText(tr("New certificate for %1 (not from a file)").arg(subject));
    m_ui->clientKeyFileLabel->setText(tr("Its key, kept in memory until the keychain holds it"));
    for (QLabel *label : {m_ui->clientCertFileLabel, m_ui->clientKeyFileLabel})
        label->setAccessibleDescription(label->text());
    emit changed();
}

bool ClientCertificatePanel::load(Slot slot, const QString &path)
{
    QByteArray &target = slot == Slot::Certificate ? m_certificate : slot == Slot::Key ? m_key : m_pkcs12;
    QLabel *label = slot == Slot::Certificate ? m_ui->clientCertFileLabel
        : slot == Slot::Key                   ? m_ui->clientKeyFileLabel
                                              : m_ui->clientP12FileLabel;
    wipe(target);
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    // Only the file's name is shown; what it holds goes to the core as it is, which says what is wrong with it.
    if (file.size() > kMaxFileBytes)
        label->setText(tr("⚠ %1 is too large for a certificate or key.").arg(name));
    else if (!file.open(QIODevice::ReadOnly))
        label->setText(tr("⚠ %1 cannot be read: %2").arg(name, file.errorString()));
    else
        target = file.readAll();
    if (!target.isEmpty())
        label->setText(name);
    else if (file.isOpen())
        label->setText(tr("⚠ %1 is empty.").arg(name));
    label->setAccessibleDescription(label->text());
    emit changed();
    return !target.isEmpty();
}

void ClientCertificatePanel::setKept(const QString &subject)
{
    m_kept = subject;
    for (Slot slot : {Slot::Certificate, Slot::Key, Slot::Pkcs12})
        if ((slot == Slot::Certificate ? m_certificate : slot == Slot::Key ? m_key : m_pkcs12).isEmpty())
            showEmpty(slot);
    emit changed();
}

void ClientCertificatePanel::showEmpty(Slot slot)
{
    QLabel *label = slot == Slot::Certificate ? m_ui->clientCertFileLabel
        : slot == Slot::Key                   ? m_ui->clientKeyFileLabel
                                              : m_ui->clientP12FileLabel;
    if (!m_kept.isEmpty())
        label->setText(slot == Slot::Key ? tr("The key kept in the keychain for this connection.")
                                         : tr("The certificate kept with this connection: %1").arg(m_kept));
    else
        label->setText(slot == Slot::Certificate ? tr("No certificate chosen.")
                : slot == Slot::Key              ? tr("No private key chosen.")
                                                 : tr("No PKCS#12 file chosen."));
    label->setAccessibleDescription(m_kept.isEmpty() ? QString() : label->text());
}

bool ClientCertificatePanel::hasAny() const
{
    return format() == Format::Pem ? !m_certificate.isEmpty() || !m_key.isEmpty() : !m_pkcs12.isEmpty();
}

QStringList ClientCertificatePanel::problems(bool required) const
{
    // Nothing chosen on a reconnect: the kept certificate is used.
    if ((!required || !m_kept.isEmpty()) && !hasAny())
        return {};
    if (format() == Format::Pkcs12)
        return m_pkcs12.isEmpty() ? QStringList {tr("Choose the PKCS#12 file of the client certificate.")} : QStringList {};
    QStringList list;
    if (m_certificate.isEmpty())
        list << tr("Choose the client certificate (PEM).");
    if (m_key.isEmpty())
        list << tr("Choose the private key of the client certificate (PEM).");
    return list;
}

void ClientCertificatePanel::fillRequest(ConnectRequest &request) const
{
    if (format() == Format::Pem) {
        request.clientCertificatePem = m_certificate;
        request.clientKeyPem = m_key;
    } else if (!m_pkcs12.isEmpty()) {
        request.clientPkcs12 = m_pkcs12;
        request.clientPkcs12Password = m_ui->clientP12PasswordEdit->text().toUtf8();
    }
}

void ClientCertificatePanel::clearSecrets()
{
    wipe(m_key);
    wipe(m_pkcs12);
    m_ui->clientP12PasswordEdit->clear();
    showEmpty(Slot::Key);
    showEmpty(Slot::Pkcs12);
}

QList<QWidget *> ClientCertificatePanel::focusOrder() const
{
    return {m_ui->clientCertFormatCombo, m_ui->clientCertButton, m_ui->clientKeyButton, m_ui->clientP12Button,
        m_ui->clientP12PasswordEdit};
}

} // namespace keyway
