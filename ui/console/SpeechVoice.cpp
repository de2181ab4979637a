#include "SpeechVoice.h"

#include <QTextToSpeech>

using namespace Qt::StringLiterals;

namespace kj {

std::optional<QLocale> SpeechVoice::indonesianLocale(const QList<QLocale> &locales)
{
    for (const QLocale &locale : locales) {
        if (locale.language() == QLocale::Indonesian)
            return locale;
    }
    return std::nullopt;
}

int SpeechVoice::preferredVoice(const QStringList &names)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!names[i].contains(u'+'))
            return int(i);
    }
    return names.isEmpty() ? -1 : 0;
}

void SpeechVoice::load()
{
    auto *speech = new QTextToSpeech(this);
    const auto locale = speech->state() == QTextToSpeech::Error
        ? std::nullopt
        : indonesianLocale(speech->availableLocales());
    if (!locale) {
        delete speech;
        emit notFound();
        return;
    }
    speech->setLocale(*locale);
    const QList<QVoice> voices = speech->availableVoices();
    QStringList names;
    for (const QVoice &voice : voices)
        names.append(voice.name());
    const int chosen = preferredVoice(names);
    if (chosen < 0) {
        delete speech;
        emit notFound();
        return;
    }
    speech->setVoice(voices[chosen]);
    m_speech = speech;
    emit found(voices[chosen].name());
}

void SpeechVoice::say(const QString &text)
{
    if (m_speech)
        m_speech->say(text);
}

void SpeechVoice::stop()
{
    if (m_speech)
        m_speech->stop();
}

} // namespace kj
