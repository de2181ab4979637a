#include "DeskFixture.h"

#include "Language.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace kj;
using namespace Qt::StringLiterals;

TEST_CASE("choosing the language again replaces the first choice instead of stacking on it", "[language]")
{
    QCoreApplication &app = *QCoreApplication::instance();
    const char *source = "Unknown setting: %1";
    auto installed
        = [&] { return app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size(); };
    // The test program starts in Indonesian, as the console does.
    const QString indonesian = Settings::tr(source);
    REQUIRE(indonesian != QLatin1String(source));

    REQUIRE(installLanguage(app, u"en"_s));
    CHECK(Settings::tr(source) == QLatin1String(source));
    CHECK(QLocale().language() == QLocale::English);
    CHECK(installed() == 0);

    REQUIRE(installLanguage(app, u"id"_s));
    REQUIRE(installLanguage(app, u"id"_s));
    CHECK(Settings::tr(source) == indonesian);
    CHECK(QLocale().language() == QLocale::Indonesian);
    CHECK(installed() == 2); // the app's catalogue and the one for Qt's own texts, once each

    CHECK_FALSE(installLanguage(app, u"fr"_s));
    CHECK(Settings::tr(source) == indonesian);
    CHECK(availableLanguages() == QStringList { u"id"_s, u"en"_s });
}
