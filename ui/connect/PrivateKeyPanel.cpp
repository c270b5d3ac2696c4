#include "connect/PrivateKeyPanel.h"

#include "ui_PrivateKeyPanel.h"

#include "jose/PrivateKey.h"
#include "widgets/BackgroundTask.h"
#include "widgets/CopyFeedback.h"
#include "widgets/Icons.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>

namespace keyway {

namespace {
constexpr qint64 kMaxKeyFileBytes = 1024 * 1024; // key files are a few KB; refuse anything absurd
} // namespace

PrivateKeyPanel::PrivateKeyPanel(bool canGenerate, const QString &providerName, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrivateKeyPanel>())
    , m_providerName(providerName)
{
    m_ui->setupUi(this);
    m_ui->field_privateKey_file->setIcon(Icons::get(QStringLiteral("import")));
    m_ui->field_privateKey_paste->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->field_privateKey_generate->setIcon(Icons::get(QStringLiteral("key")));
    m_ui->field_publicJwk_copy->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->field_publicPem_copy->setIcon(Icons::get(QStringLiteral("copy")));
    // RFC 7518 §3.1: RS256 is the one every server must accept; ES256 is shorter and faster.
    m_ui->field_privateKey_alg->addItem(tr("RSA 2048 (RS256)"), QStringLiteral("RS256"));
    m_ui->field_privateKey_alg->addItem(tr("EC P-256 (ES256)"), QStringLiteral("ES256"));
    m_ui->generateRow->setVisible(canGenerate);
    m_ui->field_publicJwk->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->field_publicJwk->setMaximumHeight(fontMetrics().height() * 7);
    m_ui->field_publicJwk->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->field_publicJwk->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    connect(m_ui->field_privateKey_file, &QPushButton::clicked, this, &PrivateKeyPanel::loadFromFile);
    connect(m_ui->field_privateKey_paste, &QPushButton::clicked, this,
        [this] { setKey(QGuiApplication::clipboard()->text().toUtf8(), tr("the clipboard")); });
    connect(m_ui->field_privateKey_generate, &QPushButton::clicked, this, &PrivateKeyPanel::generate);
    connect(m_ui->field_publicJwk_copy, &QPushButton::clicked, this, [this] {
        CopyFeedback::copy(
            m_ui->field_publicJwk_copy, QString::fromUtf8(QJsonDocument(m_publicJwk).toJson(QJsonDocument::Compact)));
    });
    connect(m_ui->field_publicPem_copy, &QPushButton::clicked, this, [this] {
        const Result<PrivateKey> key = PrivateKey::fromPem(m_pem);
        if (key.ok())
            CopyFeedback::copy(m_ui->field_publicPem_copy, QString::fromLatin1(key.value().publicPem()));
    });
    showPublicJwk();
}

PrivateKeyPanel::~PrivateKeyPanel()
{
    clear();
}

QList<QWidget *> PrivateKeyPanel::focusOrder() const
{
    return {m_ui->field_privateKey_file, m_ui->field_privateKey_paste, m_ui->field_privateKey_alg,
        m_ui->field_privateKey_generate, m_ui->field_publicJwk, m_ui->field_publicJwk_copy, m_ui->field_publicPem_copy};
}

void PrivateKeyPanel::setNote(const QString &text)
{
    if (!hasKey())
        m_ui->field_privateKey_status->setText(text);
}

void PrivateKeyPanel::clear()
{
    m_pem.fill('\0');
    m_pem.clear();
    m_alg.clear();
    m_publicJwk = {};
    m_thumbprint.clear();
    showPublicJwk();
}

bool PrivateKeyPanel::setKey(const QByteArray &pem, const QString &source)
{
    // The core's own parser decides (PKCS#8 or traditional RSA/EC, no passphrase): a key it would refuse later is
    // refused now, with its reason.
    const Result<PrivateKey> key = pem.size() <= PrivateKey::kMaxPemSize
        ? PrivateKey::fromPem(pem.trimmed())
        : Result<PrivateKey>(Error::make(QStringLiteral("invalid_key"), tr("This is too large to be a private key.")));
    if (!key.ok()) {
        const QString why = key.error().message.isEmpty() ? tr("no PEM private key") : key.error().message;
        m_ui->field_privateKey_status->setText(tr("%1: %2").arg(source, why));
        return false;
    }
    m_pem = pem.trimmed();
    m_alg = key.value().defaultAlgorithm();
    m_publicJwk = key.value().publicJwk(m_alg);
    m_thumbprint = key.value().thumbprint();
    m_ui->field_privateKey_status->setText(tr("%1 key loaded from %2.").arg(key.value().keyType(), source));
    showPublicJwk();
    emit keyChanged(key.value().thumbprint());
    return true;
}

void PrivateKeyPanel::loadFromFile()
{
    auto *dialog = new QFileDialog(this, tr("Private key"), QString(), tr("PEM files (*.pem *.key);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        QByteArray data;
        if (file.size() <= kMaxKeyFileBytes && file.open(QIODevice::ReadOnly))
            data = file.readAll();
        setKey(data, QFileInfo(path).fileName());
        data.fill('\0');
    });
    dialog->open();
}

void PrivateKeyPanel::generate()
{
    if (m_generating)
        return;
    const QString alg = m_ui->field_privateKey_alg->currentData().toString();
    m_ui->field_privateKey_status->setText(tr("Generating a %1 key pair…").arg(alg));
    m_generating = true;
    // RSA key generation can take a noticeable moment: off the GUI thread.
    BackgroundTask::run<Result<PrivateKey>>(
        this,
        [alg]() -> Result<PrivateKey> {
            return alg == QLatin1String("ES256") ? PrivateKey::generateEc(QStringLiteral("P-256"))
                                                 : PrivateKey::generateRsa(2048);
        },
        [this, alg](Result<PrivateKey> key) {
            m_generating = false;
            if (!key.ok()) {
                m_ui->field_privateKey_status->setText(tr("No key was generated: %1").arg(key.error().message));
                return;
            }
            QByteArray pem = key.value().toPem();
            m_pem = pem;
            pem.fill('\0');
            m_alg = alg;
            m_publicJwk = key.value().publicJwk(alg);
            m_thumbprint = key.value().thumbprint();
            m_ui->field_privateKey_status->setText(
                tr("New %1 key pair generated. Register its public key (below) with %2.").arg(alg, m_providerName));
            showPublicJwk();
            emit keyChanged(key.value().thumbprint());
            emit keyPairGenerated();
        });
}

void PrivateKeyPanel::showPublicJwk()
{
    const bool shown = !m_publicJwk.isEmpty();
    m_ui->field_publicJwk->setPlainText(
        shown ? QString::fromUtf8(QJsonDocument(m_publicJwk).toJson(QJsonDocument::Compact)) : QString());
    m_ui->publicJwkRow->setVisible(shown);
}

} // namespace keyway
