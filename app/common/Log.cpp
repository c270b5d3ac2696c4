#include "common/Log.h"

Q_LOGGING_CATEGORY(lcStore, "keyway.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "keyway.store.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "keyway.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJose, "keyway.jose", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "keyway.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLoopback, "keyway.auth.loopback", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "keyway.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRefresh, "keyway.auth.refresh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "keyway.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "keyway.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "keyway.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "keyway.ui", QtInfoMsg)
