#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kj {

// The UI languages: "id" (Bahasa Indonesia, the default) and "en" (English, the source texts).
QStringList availableLanguages();

// Chooses the UI language: installs the embedded translation (replacing one this function
// installed before) and the matching default QLocale (day and month names, number format).
// Returns false for a language the app does not have.
bool installLanguage(QCoreApplication &app, const QString &language);

} // namespace kj
