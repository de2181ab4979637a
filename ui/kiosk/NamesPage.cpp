#include "NamesPage.h"

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

// The page's margins (KioskStyle::pageLayout) and a name button's padding and borders (the
// style sheet's "choice" role): what is left of the screen for the text.
constexpr int pageMargins = 32 + 32;
constexpr int pageMarginsVertical = 20 + 24;
constexpr int choicePadding = 24 + 18 + 2 * 3;
constexpr int choiceFrame = 2 * (6 + 3) + 12;

// Words on lines of at most `width` pixels; a word longer than a line stands on its own.
QStringList wrapped(const QFontMetrics &metrics, int width, const QString &text)
{
    QStringList lines;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + u' ' + word) <= width)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    return lines;
}

} // namespace

QStringList NamesPage::buttonLines(const QFontMetrics &metrics, int width, const QString &name,
    const QString &registerNumber, const QString &cell)
{
    QStringList lines = wrapped(metrics, width, name);
    if (lines.size() > 2) // the rest of a very long name, shortened: the number below tells who
        lines = { lines.first(), metrics.elidedText(lines.mid(1).join(u' '), Qt::ElideRight, width) };
    const QString cellText = cell.isEmpty() ? QString() : tr("cell %1").arg(cell);
    const QString id = cell.isEmpty() ? registerNumber : registerNumber + u" · "_s + cellText;
    if (metrics.horizontalAdvance(id) <= width || cell.isEmpty())
        lines.append(id);
    else
        lines << registerNumber << cellText;
    return lines;
}

NamesPage::NamesPage(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_top(new QHBoxLayout)
    , m_searchRow(new QHBoxLayout)
    , m_title(KioskStyle::label(QString(), u"heading"_s, this))
    , m_searchField(KioskStyle::button(QString(), u"search-field"_s, this, u"field"_s))
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
    m_top->setSpacing(KioskStyle::gap);
    auto *back = KioskStyle::button(tr("◀ Back"), u"back"_s, this, u"secondary"_s);
    back->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(back, &QPushButton::clicked, this, &NamesPage::back);
    m_title->setWordWrap(false); // one line, so the keyboard and a row of names fit below
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
    m_top->addWidget(back);
    m_top->addWidget(m_title, 1);
    m_top->addWidget(m_prev);
    m_top->addWidget(m_pageLabel);
    m_top->addWidget(m_next);
    layout->addLayout(m_top);

    // The field looks like an input, so a tap on it opens the keyboard.
    m_searchRow->setSpacing(KioskStyle::gap);
    connect(m_searchField, &QPushButton::clicked, this, [this] { setKeyboardVisible(true); });
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
    m_searchRow->addWidget(m_searchField, 1);
    m_searchRow->addWidget(clear);
    m_searchRow->addWidget(m_searchToggle);
    layout->addLayout(m_searchRow);

    m_grid->setSpacing(KioskStyle::gap);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1); // a single name keeps its column's width
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

void NamesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible())
        refresh(); // as many rows as the new size holds
}

QPushButton *NamesPage::nameButton(const Wbp &person, int width)
{
    auto *b = KioskStyle::button(QString(), u"wbp-"_s + QString::number(person.id), this, u"choice"_s);
    const QString cell = m_cell.isEmpty() ? person.cell : QString();
    b->ensurePolished();
    QStringList lines = buttonLines(b->fontMetrics(), width, person.name, person.registerNumber, cell);
    if (lines.join(u' ').contains(u'…')) { // a smaller size before a cut name
        b->setProperty("look", u"small"_s);
        KioskStyle::setRole(b, u"choice"_s);
        lines = buttonLines(b->fontMetrics(), width, person.name, person.registerNumber, cell);
    }
    b->setText(lines.join(u'\n'));
    connect(b, &QPushButton::clicked, this, [this, person] { emit chosen(person); });
    return b;
}

void NamesPage::refresh()
{
    QList<Wbp> found;
    const QString text = m_search.simplified();
    if (!m_cell.isEmpty()) {
        for (const Wbp &w : m_desk.roster().wbpInCell(m_cell).valueOr({})) {
            if (text.isEmpty() || w.name.contains(text, Qt::CaseInsensitive)
                || w.registerNumber.contains(text, Qt::CaseInsensitive)
                || w.aliases.contains(text, Qt::CaseInsensitive))
                found.append(w);
        }
    } else if (text.size() >= 2) {
        found = m_desk.roster().searchWbp(text, 60).valueOr({});
    }
    m_searchField->setText(m_search.isEmpty() ? (m_cell.isEmpty() ? tr("Type at least two letters or digits")
                                                                  : tr("Tap here to find a name or number"))
                                              : m_search);

    // Measured on the router's size: a page not yet shown keeps an old one.
    const QSize page = parentWidget() ? parentWidget()->size() : size();
    const int columnWidth
        = (page.width() - pageMargins - KioskStyle::gap * (columns - 1)) / columns - choicePadding;
    // Every button as tall as the longest: two lines of name and one or two of number and cell.
    ensurePolished();
    QFont buttonFont = font(); // the style sheet's size; its buttons are bold
    buttonFont.setBold(true);
    const int lineHeight = QFontMetrics(buttonFont).lineSpacing();
    const int buttonHeight = (m_cell.isEmpty() ? 4 : 3) * lineHeight + choiceFrame;
    int used = pageMarginsVertical + m_top->sizeHint().height() + m_searchRow->sizeHint().height()
        + 2 * KioskStyle::gap;
    if (m_keyboard->isVisibleTo(this))
        used += m_keyboard->sizeHint().height() + KioskStyle::gap;
    const int rows = qMax(1, (page.height() - used) / (buttonHeight + KioskStyle::gap));

    const int perPage = columns * rows;
    const int pages = qMax(1, int((found.size() + perPage - 1) / perPage));
    m_page = qBound(0, m_page, pages - 1);
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page < pages - 1);
    m_pageLabel->setText(u"%1/%2"_s.arg(m_page + 1).arg(pages));

    KioskStyle::clearLayout(m_grid);
    const int first = m_page * perPage;
    for (int i = first; i < qMin(int(found.size()), first + perPage); ++i) {
        QPushButton *b = nameButton(found[i], columnWidth);
        b->setFixedHeight(buttonHeight);
        m_grid->addWidget(b, (i - first) / columns, (i - first) % columns);
        b->show();
    }
    const bool noMatch = found.isEmpty() && !text.isEmpty() && (!m_cell.isEmpty() || text.size() >= 2);
    if (noMatch) {
        // The roster's own refusal for an unknown WBP, so the kiosk and the desk say the same.
        const auto unknown = m_desk.calls().checkSignIn(0);
        m_noMatch->setText(tr("No one found for \"%1\".").arg(text) + u'\n'
            + (unknown ? QString() : unknown.error().message));
    }
    m_noMatch->setVisible(noMatch);
}

} // namespace kj
