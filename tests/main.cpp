// Test runner: Catch2 inside a Qt application object, so Qt Sql, timers and widgets work.
// Catch2's implementation itself is compiled once, in catch_runner.cpp.
#include "CatchRunner.h"

#include "Language.h"
#include "Pin.h"

#include <QTemporaryDir>

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
    // No test reads or writes the machine's own seals: a folder that does not exist, unless a test
    // names one.
    const QTemporaryDir scratch;
    qputenv("KUNJUNGAN_SEAL_DIR", scratch.filePath(QStringLiteral("seals")).toLocal8Bit());
    TestApplication app(argc, argv);
    // Tests see what users see: the Indonesian UI with Indonesian dates.
    kj::installLanguage(app, QStringLiteral("id"));
    // PINs are hashed at the minimum cost here: the tests sign in hundreds of times.
    kj::Pin::setCost(kj::Pin::Cost::Minimum);
    return runCatch(argc, argv);
}
