#include "console/RequestConsole.h"

#include "ui_RequestConsole.h"

#include "catalog/Catalog.h"
#include "catalog/TemplateExpander.h"
#include "console/ChunkedTextLoader.h"
#include "console/CurlCommand.h"
#include "console/HistoryModel.h"
#include "console/JsonHighlighter.h"
#include "core/ApiCall.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "widgets/BackgroundTask.h"
#include "widgets/CheckStyle.h"
#include "widgets/CopyFeedback.h"
#include "widgets/Icons.h"
#include "widgets/SecretClipboard.h"
#include "widgets/StatusStyle.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTimer>

namespace keyway {

RequestConsole::RequestConsole(ConnectionService &service, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestConsole>())
    , m_service(service)
    , m_clipboard(clipboard)
    , m_history(new HistoryModel(service, this))
    , m_sendingTicker(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->methodCombo->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_ui->sendButton->setIcon(Icons::get(QStringLiteral("send")));
    m_ui->cancelButton->setIcon(Icons::get(QStringLiteral("stop")));
    m_ui->addHeaderButton->setIcon(Icons::get(QStringLiteral("add-row")));
    m_ui->removeHeaderButton->setIcon(Icons::get(QStringLiteral("remove-row")));
    m_ui->rerunButton->setIcon(Icons::get(QStringLiteral("rerun")));
    m_ui->copyCurlButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->saveBodyButton->setIcon(Icons::get(QStringLiteral("export")));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->prettyEdit->setFont(mono);
    m_ui->rawEdit->setFont(mono);
    m_ui->bodyEdit->setFont(mono);
    m_ui->urlEdit->setFont(mono);
    // Big bodies: no undo history and no per-character layout work beyond what is visible.
    m_ui->prettyEdit->setUndoRedoEnabled(false);
    m_ui->rawEdit->setUndoRedoEnabled(false);

    m_highlighter = new JsonHighlighter(m_ui->prettyEdit->document());
    m_highlighter->setDark(StatusStyle::isDark(palette()));
    m_prettyLoader = new ChunkedTextLoader(m_ui->prettyEdit, this);
    m_rawLoader = new ChunkedTextLoader(m_ui->rawEdit, this);

    m_ui->headersTable->setColumnCount(2);
    m_ui->headersTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_ui->headersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->headersTable->verticalHeader()->hide();
    m_ui->responseHeadersTable->setColumnCount(2);
    m_ui->responseHeadersTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_ui->responseHeadersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->responseHeadersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->responseHeadersTable->verticalHeader()->hide();

    m_ui->historyView->setModel(m_history);
    m_ui->historyView->verticalHeader()->hide();
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(HistoryModel::UrlColumn, QHeaderView::Stretch);

    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->truncatedBanner->hide();
    CheckStyle::apply(m_ui->includeCredentialCheck);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &RequestConsole::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RequestConsole::cancel);
    m_ui->reconnectScopeButton->setIcon(Icons::get(QStringLiteral("reconnect")));
    m_ui->reconnectScopeButton->hide();
    connect(m_ui->reconnectScopeButton, &QPushButton::clicked, this,
        [this] { emit reconnectWithScopesRequested(m_connectionId, m_missingScopes); });
    connect(m_ui->urlEdit, &QLineEdit::returnPressed, this, &RequestConsole::send);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_ui->headersTable->setCurrentCell(m_ui->headersTable->rowCount() - 1, 0);
        m_ui->headersTable->editItem(m_ui->headersTable->currentItem());
    });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->headersTable->currentRow();
        if (row >= 0)
            m_ui->headersTable->removeRow(row);
    });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestConsole::copyAsCurl);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &RequestConsole::rerunSelected);
    connect(m_ui->loadHistoryButton, &QPushButton::clicked, this, &RequestConsole::loadSelected);
    connect(m_ui->historyView, &QTableView::activated, this, &RequestConsole::loadSelected);
    connect(m_ui->showAllButton, &QPushButton::clicked, this, &RequestConsole::showAll);
    connect(m_ui->saveBodyButton, &QPushButton::clicked, this, &RequestConsole::saveBody);
    connect(m_ui->responseTabs, &QTabWidget::currentChanged, this, &RequestConsole::loadRawIfNeeded);
    connect(m_prettyLoader, &ChunkedTextLoader::finished, this, [this] {
        if (!isRendering())
            emit renderingFinished();
    });
    connect(m_rawLoader, &ChunkedTextLoader::finished, this, [this] {
        if (!isRendering())
            emit renderingFinished();
    });

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        new QShortcut(keys, this, this, &RequestConsole::send, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &RequestConsole::cancel, Qt::WidgetWithChildrenShortcut);

    m_sendingTicker->setInterval(100);
    connect(m_sendingTicker, &QTimer::timeout, this, &RequestConsole::updateSendingStatus);
    setSending(false);
    m_ui->responseStatusLabel->setText(tr("No request sent yet."));
    QFont bold = m_ui->responseStatusLabel->font();
    bold.setBold(true);
    m_ui->responseStatusLabel->setFont(bold);
}

RequestConsole::~RequestConsole()
{
    if (m_call)
        m_call->cancel();
}

void RequestConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(StatusStyle::isDark(palette()));
}

QString RequestConsole::apiBase() const
{
    // The core stored the expanded API address with the connection; the catalogue is the fallback.
    const std::optional<ConnectionRecord> record = m_service.connection(m_connectionId);
    if (!record)
        return {};
    const ConnectionSettings settings = ConnectionSettings::fromJson(record->settings);
    if (!settings.apiBaseUrl.isEmpty())
        return settings.apiBaseUrl;
    const std::optional<Integration> in = m_service.catalog().find(record->integrationId);
    if (!in)
        return {};
    const Result<QString> base = TemplateExpander(*in).expandUrl(in->api.baseUrl, settings.variables.toVariantMap());
    return base.ok() ? base.value() : in->api.baseUrl;
}

QString RequestConsole::resolvedUrl() const
{
    const QString text = m_ui->urlEdit->text().trimmed();
    const QUrl url(text);
    if (url.isRelative()) {
        QString base = apiBase();
        if (!base.isEmpty()) {
            if (base.endsWith(QLatin1Char('/')) && text.startsWith(QLatin1Char('/')))
                base.chop(1);
            else if (!base.endsWith(QLatin1Char('/')) && !text.startsWith(QLatin1Char('/')))
                base += QLatin1Char('/');
            return base + text;
        }
    }
    return text;
}

void RequestConsole::resetForm()
{
    m_ui->methodCombo->setCurrentText(QStringLiteral("GET"));
    m_ui->headersTable->setRowCount(0);
    m_ui->bodyEdit->clear();
    // The integration's sample request makes the best first request; else the "who am I" endpoint; else the
    // API's base address.
    QString url = apiBase();
    if (const std::optional<ConnectionRecord> record = m_service.connection(m_connectionId)) {
        const ConnectionSettings settings = ConnectionSettings::fromJson(record->settings);
        const std::optional<Integration> in = m_service.catalog().find(record->integrationId);
        if (in && !in->api.samplePath.isEmpty() && !url.isEmpty())
            url = (url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url) + in->api.samplePath;
        else if (!settings.whoamiUrl.isEmpty())
            url = settings.whoamiUrl;
    }
    m_ui->urlEdit->setText(url);
}

void RequestConsole::setConnection(const QString &connectionId)
{
    if (m_call)
        m_call->cancel();
    m_connectionId = connectionId;
    m_originChoices.clear();
    if (m_originBox)
        m_originBox->close();
    ++m_ticket;
    m_prettyLoader->stop();
    m_rawLoader->stop();
    m_ui->prettyEdit->clear();
    m_ui->rawEdit->clear();
    m_ui->responseHeadersTable->setRowCount(0);
    m_ui->truncatedBanner->hide();
    m_ui->responseStatusLabel->setText(tr("No request sent yet."));
    m_response = ApiResponse();
    m_formatted = FormattedBody();
    m_history->setConnection(connectionId);
    resetForm();
}

void RequestConsole::focusUrl()
{
    m_ui->urlEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->urlEdit->selectAll();
}

void RequestConsole::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_ui->headersTable->rowCount();
    m_ui->headersTable->insertRow(row);
    m_ui->headersTable->setItem(row, 0, new QTableWidgetItem(name));
    m_ui->headersTable->setItem(row, 1, new QTableWidgetItem(value));
}

ApiRequest RequestConsole::currentRequest() const
{
    ApiRequest request;
    request.method = m_ui->methodCombo->currentText().trimmed().toUpper().toLatin1();
    request.url = QUrl(m_ui->urlEdit->text().trimmed());
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headersTable->item(row, 0);
        const QTableWidgetItem *value = m_ui->headersTable->item(row, 1);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        request.headers << qMakePair(name->text().trimmed().toUtf8(), value ? value->text().toUtf8() : QByteArray());
    }
    request.body = m_ui->bodyEdit->toPlainText().toUtf8();
    return request;
}

void RequestConsole::setRequest(const QString &method, const QString &url, const HeaderList &headers, const QByteArray &body)
{
    m_ui->methodCombo->setCurrentText(method);
    m_ui->urlEdit->setText(url);
    m_ui->headersTable->setRowCount(0);
    for (const auto &h : headers)
        addHeaderRow(QString::fromUtf8(h.first), QString::fromUtf8(h.second));
    m_ui->bodyEdit->setPlainText(QString::fromUtf8(body));
}

void RequestConsole::send()
{
    if (m_call || m_connectionId.isEmpty() || m_originBox)
        return;
    ApiRequest request = currentRequest();
    if (request.url.isEmpty() || !request.url.isValid()) {
        m_ui->responseStatusLabel->setText(tr("⚠ Enter a URL first."));
        focusUrl();
        return;
    }
    // RFC 6750 §5.3: the credential goes to another origin only when the user says so, asked once per origin;
    // the safe answer, sending without it, is the default.
    if (!m_service.isOwnOrigin(m_connectionId, request.url)) {
        const QString origin = m_service.originOf(m_connectionId, request.url);
        if (!m_originChoices.contains(origin))
            return askAboutOrigin(origin);
        if (m_originChoices.value(origin))
            request.allowedOrigins << origin;
        else
            request.withoutCredentialElsewhere = true;
    }
    m_call = m_service.send(m_connectionId, request);
    if (!m_call) {
        m_ui->responseStatusLabel->setText(tr("⚠ The request could not be started."));
        return;
    }
    m_received = 0;
    setSending(true);
    connect(m_call, &ApiCall::progress, this, [this](qint64 received, qint64) { m_received = received; });
    connect(m_call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        m_call = nullptr;
        setSending(false);
        showResponse(response);
        m_history->reload();
    });
}

void RequestConsole::askAboutOrigin(const QString &origin)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Send the credential to %1?").arg(origin),
        tr("%1 is not one of this connection's addresses.").arg(origin), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("foreignOriginBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Whoever runs %1 could use this connection's credential as you. Send the request without it "
                               "unless you trust that site with this connection.")
                                .arg(origin));
    QPushButton *without = box->addButton(tr("Send without the credential"), QMessageBox::AcceptRole);
    without->setObjectName(QStringLiteral("sendWithoutCredentialButton"));
    QPushButton *with = box->addButton(tr("Send the credential"), QMessageBox::DestructiveRole);
    with->setObjectName(QStringLiteral("sendCredentialButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(without);
    box->setEscapeButton(cancel);
    auto *always = new QCheckBox(tr("Always send it to %1 for this connection").arg(origin), box);
    always->setObjectName(QStringLiteral("alwaysAllowOriginCheck"));
    box->setCheckBox(always);
    m_originBox = box;
    const QString connectionId = m_connectionId;
    connect(box, &QMessageBox::finished, this, [this, box, with, without, always, origin, connectionId] {
        if (connectionId != m_connectionId)
            return;
        if (box->clickedButton() == with) {
            m_originChoices.insert(origin, true);
            if (always->isChecked()) {
                if (const Error error = m_service.allowOrigin(connectionId, origin); !error.isNull())
                    m_ui->responseStatusLabel->setText(tr("⚠ %1").arg(error.toString()));
            }
        } else if (box->clickedButton() == without) {
            m_originChoices.insert(origin, false);
        } else {
            return;
        }
        QTimer::singleShot(0, this, &RequestConsole::send);
    });
    box->open();
}

void RequestConsole::cancel()
{
    if (m_call)
        m_call->cancel();
    else if (isRendering()) {
        ++m_ticket;
        m_formatting = false;
        m_prettyLoader->stop();
        m_rawLoader->stop();
        emit renderingFinished();
    }
}

void RequestConsole::setSending(bool sending)
{
    m_ui->sendButton->setEnabled(!sending);
    m_ui->cancelButton->setEnabled(sending);
    if (sending) {
        m_sendingClock.start();
        m_sendingTicker->start();
        updateSendingStatus();
    } else {
        m_sendingTicker->stop();
    }
}

void RequestConsole::updateSendingStatus()
{
    QString text = tr("Sending… %1 s").arg(double(m_sendingClock.elapsed()) / 1000.0, 0, 'f', 1);
    if (m_received > 0)
        text += tr(" · %1 received").arg(HistoryModel::sizeText(m_received));
    m_ui->responseStatusLabel->setText(text);
}

bool RequestConsole::isRendering() const
{
    return m_formatting || m_prettyLoader->isLoading() || m_rawLoader->isLoading();
}

void RequestConsole::showResponse(const ApiResponse &response)
{
    m_response = response;
    m_formatted = FormattedBody();
    QString status;
    if (response.status == 0) {
        // "No answer" only when a request went out and nothing came back; a request that was never sent (no usable
        // credential, a refused address) says so.
        if (response.error.code == QLatin1String("cancelled"))
            status = tr("Cancelled.");
        else if (response.sentHeaders.isEmpty())
            status = tr("⚠ Not sent: %1").arg(response.error.toString());
        else
            status = tr("⚠ No answer: %1").arg(response.error.toString());
    } else {
        const QString time = HistoryModel::durationText(response.elapsedUs);
        status = tr("HTTP %1 %2 · %3 · %4")
                     .arg(QString::number(response.status), QString::fromLatin1(response.reason), time,
                         HistoryModel::sizeText(response.body.size()));
        if (response.refreshedAndRetried)
            status += tr(" · the token was refreshed and the request retried");
        if (!response.error.isNull())
            status += tr(" · ⚠ %1").arg(response.error.toString());
    }
    m_ui->responseStatusLabel->setText(status);
    // RFC 6750 §3.1: a 403 insufficient_scope names the scope the request needs; renewing the token would not add
    // it, reconnecting with it does (the fix beside the error).
    m_missingScopes = response.missingScopes;
    const QString missing = m_missingScopes.join(QLatin1Char(' '));
    m_ui->reconnectScopeButton->setText(tr("Reconnect with %1").arg(missing));
    m_ui->reconnectScopeButton->setAccessibleName(tr("Reconnect with the permission %1").arg(missing));
    m_ui->reconnectScopeButton->setVisible(!m_missingScopes.isEmpty());
    // HTTP errors in the status colours (the number and reason say it in words): 4xx as "needs attention", 5xx and
    // no answer as errors.
    QPalette statusPalette = palette();
    if (response.status >= 500 || (response.status == 0 && response.error.code != QLatin1String("cancelled")))
        statusPalette.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));
    else if (response.status >= 400)
        statusPalette.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::NeedsReauthorization, palette()));
    else if (response.status >= 200 && response.status < 300)
        statusPalette.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Connected, palette()));
    m_ui->responseStatusLabel->setPalette(statusPalette);

    m_ui->responseHeadersTable->setRowCount(int(response.headers.size()));
    QByteArray contentType;
    for (int row = 0; row < response.headers.size(); ++row) {
        const auto &h = response.headers.at(row);
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = h.second;
        m_ui->responseHeadersTable->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(h.first)));
        m_ui->responseHeadersTable->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(h.second)));
    }
    m_ui->truncatedBanner->hide();
    m_prettyLoader->stop();
    m_rawLoader->stop();
    m_ui->prettyEdit->clear();
    m_ui->rawEdit->clear();
    m_rawLoaded = false;
    if (response.body.isEmpty()) {
        m_ui->prettyEdit->setPlaceholderText(tr("The response has no body."));
        emit responseShown();
        emit renderingFinished();
        return;
    }
    m_ui->prettyEdit->setPlaceholderText(tr("Formatting %1…").arg(HistoryModel::sizeText(response.body.size())));
    startFormatting(m_displayLimit);
    emit responseShown();
}

void RequestConsole::startFormatting(qint64 limit)
{
    const quint64 ticket = ++m_ticket;
    m_formatting = true;
    QByteArray contentType;
    for (const auto &h : std::as_const(m_response.headers))
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = h.second;
    const QByteArray body = m_response.body; // shared, not copied
    BackgroundTask::run<FormattedBody>(
        this, [body, contentType, limit] { return BodyFormatter::format(body, contentType, limit); },
        [this, ticket](FormattedBody formatted) { onFormatted(ticket, std::move(formatted)); });
}

void RequestConsole::onFormatted(quint64 ticket, FormattedBody body)
{
    if (ticket != m_ticket)
        return; // a newer response or "Show all" replaced this one
    m_formatting = false;
    m_formatted = std::move(body);
    m_ui->prettyEdit->setPlaceholderText(QString());
    if (m_formatted.binary) {
        m_ui->prettyEdit->setPlaceholderText(
            tr("Binary content (%1). Save the body to look at it.").arg(HistoryModel::sizeText(m_formatted.totalBytes)));
        m_ui->truncatedLabel->setText(tr("Binary content is not shown."));
        m_ui->showAllButton->hide();
        m_ui->truncatedBanner->show();
        emit renderingFinished();
        return;
    }
    const bool truncated = m_formatted.prettyTruncated || m_formatted.rawTruncated || m_response.truncated;
    if (truncated) {
        QString text = tr("Showing the first %1 of %2.")
                           .arg(HistoryModel::sizeText(m_displayLimit), HistoryModel::sizeText(m_formatted.totalBytes));
        if (m_response.truncated)
            text = tr("The body was cut off at %1 by Keyway's size limit.").arg(HistoryModel::sizeText(m_formatted.totalBytes));
        m_ui->truncatedLabel->setText(text);
        m_ui->showAllButton->setVisible(m_formatted.prettyTruncated || m_formatted.rawTruncated);
        m_ui->truncatedBanner->show();
    }
    if (m_formatted.isJson && !m_formatted.valid && !m_formatted.parseError.isEmpty())
        m_ui->responseStatusLabel->setText(m_ui->responseStatusLabel->text() + tr(" · ⚠ %1").arg(m_formatted.parseError));
    m_prettyLoader->load(m_formatted.isJson ? m_formatted.pretty : m_formatted.raw);
    if (m_ui->responseTabs->currentWidget() == m_ui->rawTab)
        loadRawIfNeeded();
    if (!isRendering())
        emit renderingFinished();
}

void RequestConsole::loadRawIfNeeded()
{
    if (m_rawLoaded || m_formatting || m_ui->responseTabs->currentWidget() != m_ui->rawTab)
        return;
    m_rawLoaded = true;
    m_rawLoader->load(m_formatted.raw);
}

void RequestConsole::showAll()
{
    if (m_response.body.isEmpty())
        return;
    m_ui->truncatedBanner->hide();
    m_prettyLoader->stop();
    m_rawLoader->stop();
    m_rawLoaded = false;
    m_ui->prettyEdit->clear();
    m_ui->rawEdit->clear();
    m_ui->prettyEdit->setPlaceholderText(tr("Formatting all %1…").arg(HistoryModel::sizeText(m_response.body.size())));
    m_displayLimit = std::numeric_limits<qint64>::max() / 4;
    startFormatting(m_displayLimit);
}

void RequestConsole::saveBody()
{
    if (m_response.body.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Save response body"), QString(), tr("All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QByteArray body = m_response.body;
    connect(dialog, &QFileDialog::fileSelected, this, [this, body](const QString &path) {
        BackgroundTask::run<QString>(
            this,
            [body, path] {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    return file.errorString();
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                file.write(body);
                return file.commit() ? QString() : file.errorString();
            },
            [this, path](QString error) {
                m_ui->truncatedLabel->setText(error.isEmpty() ? tr("Saved to %1.").arg(path) : tr("⚠ Not saved: %1").arg(error));
                m_ui->truncatedBanner->show();
            });
    });
    dialog->open();
}

void RequestConsole::copyAsCurl()
{
    if (m_connectionId.isEmpty())
        return;
    ApiRequest request = currentRequest();
    // The credential goes where send() would put it: to another origin only as the user answered for that
    // origin, and without it while not asked (RFC 6750 §5.3).
    if (!m_service.isOwnOrigin(m_connectionId, request.url)) {
        const QString origin = m_service.originOf(m_connectionId, request.url);
        if (m_originChoices.value(origin, false))
            request.allowedOrigins << origin;
        else
            request.withoutCredentialElsewhere = true;
    }
    const bool reveal = m_ui->includeCredentialCheck->isChecked();
    // The core builds the very request send() would make (OutgoingRequest): same URL encoding, same headers.
    m_service.outgoingRequest(m_connectionId, request, reveal, this, [this, reveal](const Result<OutgoingRequest> &built) {
        if (!built) {
            m_ui->responseStatusLabel->setText(tr("⚠ No cURL command: %1").arg(built.error().message));
            return;
        }
        const OutgoingRequest &outgoing = built.value();
        const bool secret = reveal && outgoing.withCredential;
        const QString command
            = CurlCommand::build(outgoing.method, QString::fromUtf8((secret ? outgoing.url : outgoing.maskedUrl).toEncoded()),
                secret ? outgoing.headers : outgoing.maskedHeaders, outgoing.body);
        if (secret) {
            // The command holds the credential: only SecretClipboard puts it on the clipboard, and clears it later.
            if (!m_clipboard) {
                m_ui->responseStatusLabel->setText(tr("⚠ The credential cannot be copied here."));
                return;
            }
            m_clipboard->copy(command.toUtf8());
            CopyFeedback::show(m_ui->copyCurlButton);
        } else {
            CopyFeedback::copy(m_ui->copyCurlButton, command);
        }
        if (outgoing.singleUseProof)
            // RFC 9449 §11.1: a server may refuse a proof it has seen, and one minutes old.
            m_ui->responseStatusLabel->setText(tr("The DPoP proof in this command is good for one request, within a few "
                                                  "minutes: copy the command again for each run."));
        emit curlCopied(command);
    });
}

void RequestConsole::loadSelected()
{
    const std::optional<HistoryEntry> e = m_history->entry(m_ui->historyView->currentIndex().row());
    if (!e)
        return;
    HeaderList headers;
    for (const auto &h : e->requestHeaders)
        headers << qMakePair(h.first.toUtf8(), h.second.toUtf8());
    setRequest(e->method, e->url, headers, e->requestBody.toUtf8());
    focusUrl();
}

void RequestConsole::rerunSelected()
{
    if (!m_ui->historyView->currentIndex().isValid())
        return;
    loadSelected();
    send();
}

} // namespace keyway
