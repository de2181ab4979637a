// What Qt itself shows is Indonesian too (issue 16): its buttons, its own file dialog and the
// command line's help, from the project's catalogue of Qt's texts (resources/translations/qt_id.ts).
#include "ProgramRun.h"

#include "Language.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

// Every text a person reads in Qt's own (widget) file dialog, by the widget that shows it.
QMap<QString, QString> fileDialogTexts(const QString &folder)
{
    QFileDialog dialog(nullptr, u"Impor"_s, folder, u"CSV (*.csv)"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.show();
    QApplication::processEvents();
    QMap<QString, QString> texts;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->isVisible())
            texts.insert(u"label "_s + l->objectName(), l->text());
    }
    for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>()) {
        if (!b->isVisible())
            continue;
        texts.insert(u"button "_s + b->objectName() + b->text(), b->text());
        texts.insert(u"tooltip "_s + b->objectName() + b->text(), b->toolTip());
    }
    if (auto *tree = dialog.findChild<QTreeView *>(u"treeView"_s)) {
        for (int column = 0; column < tree->model()->columnCount(); ++column)
            texts.insert(u"column "_s + QString::number(column),
                tree->model()->headerData(column, Qt::Horizontal).toString());
    }
    return texts;
}

} // namespace

TEST_CASE("Qt's own buttons and file dialog speak Indonesian under --lang id", "[language][first-day]")
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes
        | QDialogButtonBox::No | QDialogButtonBox::Open | QDialogButtonBox::Save);
    CHECK(box.button(QDialogButtonBox::Ok)->text() == u"OK");
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == u"Batal");
    CHECK(box.button(QDialogButtonBox::Yes)->text() == u"&Ya");
    CHECK(box.button(QDialogButtonBox::No)->text() == u"&Tidak");
    CHECK(box.button(QDialogButtonBox::Open)->text() == u"Buka");
    CHECK(box.button(QDialogButtonBox::Save)->text() == u"Simpan");

    QTemporaryDir dir;
    const QMap<QString, QString> texts = fileDialogTexts(dir.path());
    CHECK(texts.value(u"label lookInLabel"_s) == u"Lihat di:");
    CHECK(texts.value(u"label fileNameLabel"_s) == u"&Nama berkas:");
    CHECK(texts.value(u"label fileTypeLabel"_s) == u"Jenis berkas:");
    CHECK(texts.value(u"column 0"_s) == u"Nama");
    CHECK(texts.value(u"column 3"_s) == u"Tanggal Diubah");
}

TEST_CASE("no English is left in Qt's file dialog under --lang id", "[language][first-day]")
{
    QTemporaryDir dir;
    const QMap<QString, QString> indonesian = fileDialogTexts(dir.path());
    QCoreApplication &app = *QCoreApplication::instance();
    REQUIRE(installLanguage(app, u"en"_s));
    const QMap<QString, QString> english = fileDialogTexts(dir.path());
    REQUIRE(installLanguage(app, u"id"_s));
    REQUIRE(english.size() >= 10);
    // Words the two languages share.
    const QStringList same = { u"OK"_s, u"Folder"_s, u"Drive"_s, u"..."_s };
    const QStringList shown = indonesian.values();
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (it.value().isEmpty() || same.contains(it.value()))
            continue;
        INFO(it.key().toStdString() << ": " << it.value().toStdString());
        CHECK_FALSE(shown.contains(it.value()));
    }
}

TEST_CASE("kunjungan --help and --version print in Indonesian and exit 0 without any display",
    "[language][first-day]")
{
    const QString program = QStringLiteral(KUNJUNGAN_BIN_DIR "/kunjungan");
    test::RunOptions noDisplay;
    noDisplay.unset = { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s };
    const test::Run help = test::runProgram(program, { u"--help"_s }, noDisplay);
    CHECK(help.code == 0);
    CHECK(help.out.contains(u"Penggunaan: "_s));
    CHECK(help.out.contains(u"[opsi]"_s));
    CHECK(help.out.contains(u"Opsi:"_s));
    CHECK(help.out.contains(u"--lang <id|en>"_s));
    CHECK(help.out.contains(u"Menampilkan informasi versi."_s));
    CHECK(help.out.contains(u"Kunjungan: meja layanan kunjungan online"_s));
    CHECK_FALSE(help.out.contains(u"Displays"_s));

    const test::Run version = test::runProgram(program, { u"--version"_s }, noDisplay);
    CHECK(version.code == 0);
    CHECK(version.out.trimmed() == QStringLiteral("kunjungan " KUNJUNGAN_VERSION));

    const test::Run english = test::runProgram(program, { u"--lang"_s, u"en"_s, u"-h"_s }, noDisplay);
    CHECK(english.code == 0);
    CHECK(english.out.contains(u"Usage: "_s));
    CHECK(english.out.contains(u"Displays version information."_s));
}
