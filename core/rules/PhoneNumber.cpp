#include "PhoneNumber.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// Translation context for the messages below.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    static Error error(const QString &reason, const QString &message)
    {
        return Error::invalid(reason, message);
    }

    static Error tooShort() { return error(u"phone-too-short"_s, tr("the phone number is too short")); }
    static Error tooLong() { return error(u"phone-too-long"_s, tr("the phone number is too long")); }

    // `national` is what follows +62.
    static Result<QString> indonesian(const QString &national)
    {
        if (national.startsWith(u'0')) {
            return error(u"phone-zero-after-country-code"_s, tr("after +62 the number cannot start with 0"));
        }
        const bool mobile = national.startsWith(u'8');
        const qsizetype min = mobile ? 1 + 8 : 8;
        const qsizetype max = mobile ? 1 + 11 : 12;
        if (national.size() < min)
            return tooShort();
        if (national.size() > max)
            return tooLong();
        return QString(u"+62"_s + national);
    }
};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

} // namespace

Result<QString> normalisePhone(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return PhoneNumber::error(u"phone-empty"_s, PhoneNumber::tr("the phone number is empty"));

    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c >= u'0' && c <= u'9') {
            // Far longer than any number: stop collecting, the length check below refuses it.
            if (digits.size() <= 16)
                digits += c;
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (!isSeparator(c)) {
            return PhoneNumber::error(u"phone-invalid-character"_s,
                PhoneNumber::tr("the phone number may contain only digits, spaces, dashes, dots, "
                                "parentheses and a leading +"));
        }
    }
    if (digits.isEmpty()) // "-" or "( )": a cell left blank in its own way
        return PhoneNumber::error(u"phone-empty"_s, PhoneNumber::tr("the phone number is empty"));

    if (digits.startsWith(u"62"))
        return PhoneNumber::indonesian(digits.sliced(2));
    if (plus) {
        if (digits.startsWith(u'0')) {
            return PhoneNumber::error(
                u"phone-zero-after-country-code"_s, PhoneNumber::tr("a country code cannot start with 0"));
        }
        if (digits.size() < 8)
            return PhoneNumber::tooShort();
        if (digits.size() > 15)
            return PhoneNumber::tooLong();
        return QString(u'+' + digits);
    }
    if (digits.startsWith(u'0'))
        return PhoneNumber::indonesian(digits.sliced(1));
    if (digits.startsWith(u'8'))
        return PhoneNumber::indonesian(digits);
    return PhoneNumber::error(
        u"phone-missing-prefix"_s, PhoneNumber::tr("write the phone number with 0, 62 or + in front"));
}

QString maskPhone(const QString &e164)
{
    QString digits;
    for (const QChar c : e164)
        if (c >= u'0' && c <= u'9')
            digits += c;
    if (digits.isEmpty())
        return {};
    const QStringView dots = u"\u2022\u2022\u2022\u2022";
    if (digits.size() < 8)
        return dots.toString();
    const QString last = digits.last(4);
    if (digits.startsWith(u"62"))
        return u"+62 "_s + dots + u' ' + last;
    return u'+' + dots + u' ' + last;
}

} // namespace kj
