// Test runner: Catch2 inside a Qt application object, so Qt Sql, timers and widgets work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef KUNJUNGAN_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // Without a display a QApplication aborts, and test discovery then silently finds nothing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
