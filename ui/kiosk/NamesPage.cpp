#include "NamesPage.h"

#include "Desk.h"
#include "KioskWidgets.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
constexpr int columns = 3;
} // namespace

NamesPage::NamesPage(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_title(KioskStyle::label(QString(), u"title"_s, this))
    , m_searchLabel(KioskStyle::label(QString(), u"search"_s, this))
    , m_searchToggle(KioskStyle::button(QString(), u"search-toggle"_s, this, u"secondary"_s))
    , m_grid(new QGridLayout)
    , m_noMatch(KioskStyle::label(QString(), u"refusal"_s, this))
    , m_pageLabel(KioskStyle::label(QString(), u"note"_s, this))
    , m_prev(KioskStyle::button(u"▲"_s, u"names-prev"_s, this, u"secondary"_s))
    , m_next(KioskStyle::button(u"▼"_s, u"names-next"_s, this, u"secondary"_s))
    , m_keyboard(new KioskKeyboard(this))
{
    setObjectName(u"names"_s);
    auto *layout = KioskStyle::pageLayout(this);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    auto *back = KioskStyle::button(tr("◀ Back"), u"back"_s, this, u"secondary"_s);
    back->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(back, &QPushButton::clicked, this, &NamesPage::back);
    m_pageLabel->setWordWrap(false);
    for (QPushButton *b : { m_prev, m_next })
        b->setFixedWidth(96);
    connect(m_prev, &QPushButton::clicked, this, [this] {
        --m_page;
        refresh();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        ++m_page;
        refresh();
    });
    top->addWidget(back);
    top->addWidget(m_title, 1);
    top->addWidget(m_prev);
    top->addWidget(m_pageLabel);
    top->addWidget(m_next);
    layout->addLayout(top);

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(16);
    m_searchToggle->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_searchToggle, &QPushButton::clicked, this,
        [this] { setKeyboardVisible(!m_keyboard->isVisible()); });
    auto *clear = KioskStyle::button(u"✕"_s, u"search-clear"_s, this, u"secondary"_s);
    clear->setFixedWidth(96);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search.clear();
        m_page = 0;
        refresh();
    });
    searchRow->addWidget(m_searchLabel, 1);
    searchRow->addWidget(clear);
    searchRow->addWidget(m_searchToggle);
    layout->addLayout(searchRow);

    m_grid->setSpacing(12);
    layout->addLayout(m_grid);
    m_noMatch->setObjectName(u"no-match"_s);
    layout->addWidget(m_noMatch);
    layout->addStretch(1);

    connect(m_keyboard, &KioskKeyboard::typed, this, [this](const QString &text) {
        m_search += text;
        m_page = 0;
        refresh();
    });
    connect(m_keyboard, &KioskKeyboard::backspace, this, [this] {
        m_search.chop(1);
        m_page = 0;
        refresh();
    });
    layout->addWidget(m_keyboard);
}

void NamesPage::reset()
{
    m_cell.clear();
    m_search.clear();
    m_page = 0;
}

void NamesPage::showCell(const QString &cell)
{
    reset();
    m_cell = cell;
    m_title->setText(tr("Cell %1: tap your name").arg(cell));
    setKeyboardVisible(false);
}

void NamesPage::showSearch()
{
    reset();
    m_title->setText(tr("Type your name or register number"));
    setKeyboardVisible(true);
}

void NamesPage::setKeyboardVisible(bool visible)
{
    m_keyboard->setVisible(visible);
    m_searchToggle->setText(visible ? tr("Hide keyboard") : tr("Search"));
    refresh();
}

void NamesPage::refresh()
{
    QList<Wbp> found;
    const QString text = m_search.simplified();
    if (!m_cell.isEmpty()) {
        for (const Wbp &w : m_desk.wbpInCell(m_cell)) {
            if (text.isEmpty() || w.name.contains(text, Qt::CaseInsensitive)
                || w.registerNumber.contains(text, Qt::CaseInsensitive)
                || w.aliases.contains(text, Qt::CaseInsensitive))
                found.append(w);
        }
    } else if (text.size() >= 2) {
        found = m_desk.searchWbp(text, 60);
    }
    m_searchLabel->setText(m_search.isEmpty() ? (m_cell.isEmpty() ? tr("Type at least two letters or digits")
                                                                  : tr("Tap Search to find a name or number"))
                                              : m_search);

    const int perPage = columns * (m_keyboard->isVisibleTo(this) ? 2 : 4);
    const int pages = qMax(1, int((found.size() + perPage - 1) / perPage));
    m_page = qBound(0, m_page, pages - 1);
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page < pages - 1);
    m_pageLabel->setText(u"%1/%2"_s.arg(m_page + 1).arg(pages));

    KioskStyle::clearLayout(m_grid);
    // A button does not wrap: a long name is shortened to its column, the register number tells
    // people with similar names apart. Measured on the router's width: a page not yet shown keeps
    // an old size.
    const int pageWidth = parentWidget() ? parentWidget()->width() : width();
    const int columnWidth = (pageWidth - 64 - 12 * (columns - 1)) / columns - 60;
    const int first = m_page * perPage;
    for (int i = first; i < qMin(int(found.size()), first + perPage); ++i) {
        const Wbp person = found[i];
        auto *b = KioskStyle::button(QString(), u"wbp-"_s + QString::number(person.id), this, u"choice"_s);
        b->ensurePolished();
        const QFontMetrics metrics(b->font());
        QString line2 = person.registerNumber;
        if (m_cell.isEmpty())
            line2 += u" · "_s + tr("cell %1").arg(person.cell);
        b->setText(metrics.elidedText(person.name, Qt::ElideRight, columnWidth) + u'\n'
            + metrics.elidedText(line2, Qt::ElideRight, columnWidth));
        b->setMinimumHeight(104);
        connect(b, &QPushButton::clicked, this, [this, person] { emit chosen(person); });
        m_grid->addWidget(b, (i - first) / columns, (i - first) % columns);
        b->show();
    }
    const bool noMatch = found.isEmpty() && !text.isEmpty() && (!m_cell.isEmpty() || text.size() >= 2);
    if (noMatch) {
        // The roster's own refusal for an unknown WBP, so the kiosk and the desk say the same.
        const auto unknown = m_desk.checkSignIn(0);
        m_noMatch->setText(tr("No one found for \"%1\".").arg(text) + u'\n'
            + (unknown ? QString() : unknown.error().message));
    }
    m_noMatch->setVisible(noMatch);
}

} // namespace kj
