#pragma once

#include <QString>

class QCoreApplication;

namespace kj {

// Chooses the UI language: Indonesian ("id", the default) or English ("en"). Installs the
// embedded translation and the matching default QLocale (day and month names, number format).
// Returns false for a language the app does not have.
bool installLanguage(QCoreApplication &app, const QString &language);

} // namespace kj
