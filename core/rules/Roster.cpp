#include "Roster.h"

#include "Text.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
// The translation context the relation words have always had.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCsv)
};
} // namespace

CustodyStatus custodyStatusOf(const QString &registerNumber)
{
    const QString text = registerNumber.trimmed().toUpper();
    if (text.isEmpty())
        return CustodyStatus::Unknown;
    const QChar letter = text[0];
    if (letter != u'A' && letter != u'B')
        return CustodyStatus::Unknown;
    qsizetype pos = 1;
    while (pos < text.size() && (text[pos] == u' ' || text[pos] == u'.' || text[pos] == u'-'))
        ++pos;
    const qsizetype romanStart = pos;
    while (pos < text.size() && (text[pos] == u'I' || text[pos] == u'V'))
        ++pos;
    static const QStringList classes = { u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s };
    if (!classes.contains(text.sliced(romanStart, pos - romanStart)))
        return CustodyStatus::Unknown;
    // One letter may qualify the class (B IIa, B IIb, B IIIs); a longer word means it was no class.
    if (pos < text.size() && text[pos].isLetter())
        ++pos;
    if (pos < text.size() && text[pos].isLetter())
        return CustodyStatus::Unknown;
    return letter == u'A' ? CustodyStatus::Detainee : CustodyStatus::Sentenced;
}

QString custodyKey(CustodyStatus status)
{
    switch (status) {
    case CustodyStatus::Detainee:
        return u"tahanan"_s;
    case CustodyStatus::Sentenced:
        return u"narapidana"_s;
    case CustodyStatus::Unknown:
        break;
    }
    return {};
}

QStringList Relation::keys()
{
    return { u"spouse"_s, u"parent"_s, u"child"_s, u"sibling"_s, u"grandparent"_s, u"uncle_aunt"_s,
        u"other"_s };
}

QString Relation::key(const QString &text)
{
    // Compared as column keys are (letters only, case-folded): "Istri/Suami" → "istrisuami".
    // "saudara" alone is left out on purpose: it also means any relative.
    static const QHash<QString, QString> words = [] {
        const std::pair<QString, QStringList> groups[] = {
            { u"spouse"_s,
                { u"istrisuami"_s, u"suamiistri"_s, u"istri"_s, u"isteri"_s, u"suami"_s, u"pasangan"_s,
                    u"spouse"_s, u"wifehusband"_s, u"wife"_s, u"husband"_s } },
            { u"parent"_s,
                { u"orangtua"_s, u"ortu"_s, u"ibu"_s, u"ayah"_s, u"bapak"_s, u"parent"_s, u"mother"_s,
                    u"father"_s } },
            { u"child"_s, { u"anak"_s, u"anakkandung"_s, u"child"_s, u"son"_s, u"daughter"_s } },
            { u"sibling"_s,
                { u"saudarakandung"_s, u"kakak"_s, u"adik"_s, u"abang"_s, u"sibling"_s, u"brother"_s,
                    u"sister"_s } },
            { u"grandparent"_s,
                { u"kakeknenek"_s, u"kakek"_s, u"nenek"_s, u"grandparent"_s, u"grandfather"_s,
                    u"grandmother"_s } },
            { u"uncle_aunt"_s,
                { u"pamanbibi"_s, u"paman"_s, u"bibi"_s, u"om"_s, u"tante"_s, u"uncleaunt"_s, u"uncle"_s,
                    u"aunt"_s } },
            { u"other"_s, { u"lainnya"_s, u"lainlain"_s, u"other"_s } },
        };
        QHash<QString, QString> map;
        for (const auto &[key, synonyms] : groups)
            for (const QString &word : synonyms)
                map.insert(word, key);
        return map;
    }();
    return words.value(foldedKey(text));
}

QString Relation::label(const QString &key)
{
    if (key == u"spouse")
        return Tr::tr("Wife/Husband");
    if (key == u"parent")
        return Tr::tr("Parent");
    if (key == u"child")
        return Tr::tr("Child");
    if (key == u"sibling")
        return Tr::tr("Sibling");
    if (key == u"grandparent")
        return Tr::tr("Grandparent");
    if (key == u"uncle_aunt")
        return Tr::tr("Uncle/Aunt");
    if (key == u"other")
        return Tr::tr("Other");
    return {};
}

} // namespace kj
