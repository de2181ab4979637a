#include "Announcer.h"

#include <QLocale>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
constexpr qint64 alarmRepeatMs = 4000;
constexpr int chimeMs = 1300; // the chime's length: speech starts after it
} // namespace

Announcer::Announcer(bool output, QObject *parent)
    : QObject(parent)
    , m_output(output)
{
}

Announcer::~Announcer() = default;

void Announcer::setMuted(bool muted)
{
    m_muted = muted;
    if (muted) {
        for (QSoundEffect *e : std::as_const(m_effects))
            e->stop();
        if (m_speech)
            m_speech->stop();
    }
}

bool Announcer::hasVoice() const
{
    return m_speech && m_speech->state() != QTextToSpeech::Error;
}

QSoundEffect *Announcer::effect(const QString &name)
{
    if (auto *e = m_effects.value(name))
        return e;
    auto *e = new QSoundEffect(this);
    e->setSource(QUrl(u"qrc:/sounds/"_s + name + u".wav"_s));
    m_effects.insert(name, e);
    return e;
}

void Announcer::play(const QString &name)
{
    m_requests.append(name);
    if (!m_output || m_muted)
        return;
    // Without an audio device QSoundEffect reports an error and stays silent; nothing to handle.
    effect(name)->play();
}

void Announcer::announceCall(const QString &spokenText)
{
    play(u"chime"_s);
    m_requests.append(u"speech:"_s + spokenText);
    if (!m_output || m_muted)
        return;
    if (!m_speechTried) {
        m_speechTried = true;
        // Created on first use: the engine may take a moment to load, and start-up must stay fast.
        auto *speech = new QTextToSpeech(this);
        bool found = false;
        for (const QLocale &l : speech->availableLocales()) {
            if (l.language() == QLocale::Indonesian) {
                speech->setLocale(l);
                found = true;
                break;
            }
        }
        if (found && speech->state() != QTextToSpeech::Error)
            m_speech = speech;
        else
            speech->deleteLater(); // no Indonesian voice: the chime alone calls
    }
    if (!m_speech)
        return;
    QTimer::singleShot(chimeMs, this, [this, spokenText] {
        if (m_speech && !m_muted)
            m_speech->say(spokenText);
    });
}

void Announcer::warning()
{
    play(u"warning"_s);
}

void Announcer::setAlarm(int station, bool on)
{
    const bool wasAlarming = isAlarming();
    if (on)
        m_alarming.insert(station);
    else
        m_alarming.remove(station);
    if (!wasAlarming && isAlarming())
        m_lastAlarmMs = -1; // sound at once on the next tick
    if (!isAlarming() && m_effects.contains(u"alarm"_s))
        m_effects.value(u"alarm"_s)->stop();
}

void Announcer::tick(qint64 monoMs)
{
    if (!isAlarming())
        return;
    if (m_lastAlarmMs < 0 || monoMs - m_lastAlarmMs >= alarmRepeatMs) {
        m_lastAlarmMs = monoMs;
        play(u"alarm"_s);
    }
}

} // namespace kj
