#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace kj {

namespace {
const QString translatorName = QStringLiteral("kunjungan-language");
} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("id"), QStringLiteral("en") };
}

bool installLanguage(QCoreApplication &app, const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    // A language chosen again (the setting read after the command line's default) replaces the
    // first choice rather than stacking on it.
    for (QTranslator *old : app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    // The app's own texts, and the texts Qt itself shows (file dialogs, buttons, --help), which Qt
    // ships no Indonesian catalogue for (resources/translations/qt_id.ts).
    for (const QString &catalogue :
        { QStringLiteral(":/i18n/kunjungan_id.qm"), QStringLiteral(":/i18n/qt_id.qm") }) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(translatorName);
        if (!translator->load(catalogue)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
    }
    return true;
}

} // namespace kj
