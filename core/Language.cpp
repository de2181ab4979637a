#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace kj {

bool installLanguage(QCoreApplication &app, const QString &language)
{
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    if (language != u"id")
        return false;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/kunjungan_id.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace kj
