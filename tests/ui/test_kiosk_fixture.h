// Shared set-up for the kiosk tests: a real logbook file, a fake clock on a Monday 09.00 WIB
// (cells 12 and 13 open), a small roster through the Desk, and the kiosk window at 1280×800.
#pragma once

#include "DeskFixture.h"

#include "Clock.h"
#include "Desk.h"
#include "KioskWindow.h"
#include "Logbook.h"
#include "RosterCsv.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kj::kiosktest {

using namespace Qt::StringLiterals;

// The basics (mondayNine, must, openLogbook, rosterRow) come from the shared DeskFixture.h.
using test::mondayNine;
using test::must;
using test::openLogbook;

inline const QString officerActor = u"officer:1"_s;
inline const QString officerName = u"Petugas Uji"_s;
inline const QString officerPin = u"432187"_s;

inline RosterRow row(int line, const QString &name, const QString &registerNumber, const QString &cell)
{
    return test::rosterRow(line, name, registerNumber, cell);
}

struct KioskFixture
{
    QTemporaryDir dir;
    QString path;
    FakeClock clock { mondayNine() };
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;
    std::unique_ptr<KioskWindow> window;

    qint64 budi = 0; // cell 12, one approved contact
    qint64 agus = 0; // cell 12, two approved contacts
    qint64 joko = 0; // cell 13, one approved contact
    qint64 dedi = 0; // cell 4 (Tuesday), one approved contact
    qint64 eko = 0; // cell 12, a contact not yet approved
    qint64 hadi = 0; // cell 12, one approved contact
    QHash<qint64, qint64> contactOf; // WBP → first approved contact
    qint64 agusSecond = 0;

    KioskFixture()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"logbook.sqlite"_s);
        logbook = openLogbook(path, clock);
        desk = std::make_unique<Desk>(*logbook, clock);
        must(desk->load(false), "load desk");
        // The officer first: officerActor names them.
        (void)must(desk->officers().add(officerName, u"admin"_s, officerPin, QString(Actor::System)));
        must(desk->roster().importRoster({ row(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"12"_s),
                                             row(3, u"Agus Salim"_s, u"A I 17/2026"_s, u"12"_s),
                                             row(4, u"Joko Susilo"_s, u"B IIa 55/2024"_s, u"13"_s),
                                             row(5, u"Dedi Kurniawan"_s, u"A II 3/2026"_s, u"4"_s),
                                             row(6, u"Eko Prasetyo"_s, u"B I 9/2025"_s, u"12"_s),
                                             row(7, u"Hadi Wijaya"_s, u"B I 44/2025"_s, u"12"_s) },
                 u"penghuni.csv"_s, officerActor),
            "import roster");
        budi = idOf(u"B I 101/2025"_s);
        agus = idOf(u"A I 17/2026"_s);
        joko = idOf(u"B IIa 55/2024"_s);
        dedi = idOf(u"A II 3/2026"_s);
        eko = idOf(u"B I 9/2025"_s);
        hadi = idOf(u"B I 44/2025"_s);
        contactOf[budi] = must(desk->roster().addContact(
            budi, u"Siti Aminah"_s, u"Istri"_s, u"0812-3456-7890"_s, true, officerActor));
        contactOf[agus] = must(desk->roster().addContact(
            agus, u"Rina Wati"_s, u"Ibu"_s, u"0813 1111 2222"_s, true, officerActor));
        agusSecond = must(
            desk->roster().addContact(agus, u"Tono"_s, u"Kakak"_s, u"0813 1111 3333"_s, true, officerActor));
        contactOf[joko] = must(desk->roster().addContact(
            joko, u"Dewi Lestari"_s, u"Anak"_s, u"+62 857 3333 4444"_s, true, officerActor));
        contactOf[dedi] = must(desk->roster().addContact(
            dedi, u"Sri Rahayu"_s, u"Kakak"_s, u"081355556666"_s, true, officerActor));
        (void)must(
            desk->roster().addContact(eko, u"Yanti"_s, u"Istri"_s, u"081377778888"_s, false, officerActor));
        contactOf[hadi] = must(
            desk->roster().addContact(hadi, u"Lina"_s, u"Istri"_s, u"081399990000"_s, true, officerActor));
        openWindow();
    }

    ~KioskFixture() { window.reset(); }

    void openWindow()
    {
        window = std::make_unique<KioskWindow>(*desk);
        window->resize(1280, 800);
        window->show();
    }

    qint64 idOf(const QString &registerNumber) const
    {
        const auto w = must(desk->roster().wbpByRegisterNumber(registerNumber));
        REQUIRE(w);
        return w->id;
    }

    Ticket signInAtDesk(qint64 wbp)
    {
        return must(desk->calls().signIn(wbp, contactOf.value(wbp), officerActor), "sign in");
    }

    // The visible button of that name (several pages have a "back" or "home"), else any.
    QPushButton *button(const QString &name) const
    {
        QPushButton *b = nullptr;
        for (QPushButton *candidate : window->findChildren<QPushButton *>(name)) {
            if (!b || candidate->isVisible())
                b = candidate;
        }
        INFO("button " << name.toStdString() << " on page " << window->page().toStdString());
        REQUIRE(b);
        return b;
    }

    // A finger on a visible button.
    void tap(const QString &name) const
    {
        QPushButton *b = button(name);
        INFO("button " << name.toStdString() << " on page " << window->page().toStdString());
        REQUIRE(b->isVisible());
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Types on the on-screen keyboard.
    void type(const QString &text) const
    {
        for (const QChar c : text)
            tap(c == u' ' ? u"key-space"_s : u"key-"_s + c.toUpper());
    }

    QString labelText(const QString &name) const
    {
        auto *l = window->findChild<QLabel *>(name);
        REQUIRE(l);
        return l->text();
    }

    QString lastEvent(const QString &column) const
    {
        QSqlQuery q(logbook->database());
        REQUIRE(q.exec(u"SELECT "_s + column + u" FROM event_log ORDER BY seq DESC LIMIT 1"_s));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

} // namespace kj::kiosktest
