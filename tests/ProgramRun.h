// Runs a program of this build (kunjungan-admin) as a child process, in Indonesian, and keeps what
// it printed; a crash fails the test.
#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace kj::test {

using namespace Qt::StringLiterals;

inline const QString adminBinary = QStringLiteral(KUNJUNGAN_BIN_DIR "/kunjungan-admin");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

struct RunOptions
{
    QByteArray input;
    QString databaseFromEnvironment; // KUNJUNGAN_DB for the child
    std::function<void()> inChild; // runs in the child between fork and exec
    QStringList unset = {}; // variables the child must not see (DISPLAY, QT_QPA_PLATFORM…)
};

inline Run runProgram(const QString &program, const QStringList &arguments, const RunOptions &options = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KUNJUNGAN_LANG"_s, u"id"_s);
    environment.remove(u"KUNJUNGAN_DB"_s);
    for (const QString &name : options.unset)
        environment.remove(name);
    if (!options.databaseFromEnvironment.isEmpty())
        environment.insert(u"KUNJUNGAN_DB"_s, options.databaseFromEnvironment);
    process.setProcessEnvironment(environment);
    if (options.inChild)
        process.setChildProcessModifier(options.inChild);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10'000));
    process.write(options.input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30'000));
    Run run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
    const std::string transcript = QString(program + u' ' + arguments.join(u' ')).toStdString() + " → "
        + std::to_string(run.code) + "\nstdout:\n" + run.out.toStdString() + "stderr:\n"
        + run.err.toStdString();
    // Whatever the input, never a crash.
    if (process.exitStatus() != QProcess::NormalExit)
        FAIL("crashed: " << transcript);
    // Shown with the next assertion, the one that looks at this run.
    UNSCOPED_INFO(transcript);
    return run;
}

} // namespace kj::test
