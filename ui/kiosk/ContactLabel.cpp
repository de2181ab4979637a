#include "ContactLabel.h"

#include "Roster.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// The first word that is not a title such as "Hj." or "Bpk.".
QString firstName(const QString &name)
{
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!word.endsWith(u'.'))
            return word;
    }
    return words.value(0);
}

QString shortLabel(const Contact &contact)
{
    const QString relation = Relation::label(contact.relation);
    const QString name = firstName(contact.name);
    return relation.isEmpty() ? name : relation + u" — "_s + name;
}

QString digits(const QString &phone)
{
    QString d;
    for (const QChar c : phone) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

} // namespace

QString kioskContactLabel(const Contact &contact, const QList<Contact> &contacts)
{
    QString label = shortLabel(contact);
    const QString own = digits(contact.phone);
    QStringList alike; // the numbers of the others that read the same
    for (const Contact &other : contacts) {
        if (other.id != contact.id && shortLabel(other).compare(label, Qt::CaseInsensitive) == 0)
            alike.append(digits(other.phone));
    }
    if (alike.isEmpty())
        return label;
    // Four digits at most: two contacts with the same number are told apart by the officer.
    constexpr int fewest = 2;
    constexpr int most = 4;
    int n = fewest;
    while (n < most && std::any_of(alike.cbegin(), alike.cend(), [&](const QString &d) {
        return d.right(n) == own.right(n);
    }))
        ++n;
    return label + u" (…"_s + own.right(n) + u')';
}

} // namespace kj
