#include "Announcer.h"

#include "SpeechVoice.h"

#include <QSoundEffect>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
constexpr qint64 alarmRepeatMs = 4000;
} // namespace

Announcer::Announcer(bool output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_voice(output ? Voice::Looking : Voice::None)
{
    if (!output)
        return;
    // Loaded now, so that the first play does not wait for the sound file.
    for (const QString &name : { u"chime"_s, u"warning"_s, u"alarm"_s })
        effect(name);
    m_speech = new SpeechVoice;
    m_speech->moveToThread(&m_speechThread);
    connect(&m_speechThread, &QThread::finished, m_speech, &QObject::deleteLater);
    connect(m_speech, &SpeechVoice::found, this, [this](const QString &name) {
        m_voice = Voice::Indonesian;
        m_voiceName = name;
        emit voiceChanged();
    });
    connect(m_speech, &SpeechVoice::notFound, this, [this] {
        m_voice = Voice::None;
        emit voiceChanged();
    });
    m_speechThread.setObjectName(u"speech"_s);
    m_speechThread.start();
    QMetaObject::invokeMethod(m_speech, &SpeechVoice::load, Qt::QueuedConnection);
}

Announcer::~Announcer()
{
    // Waits for a voice list still being read: the engine cannot be interrupted.
    m_speechThread.quit();
    m_speechThread.wait();
}

void Announcer::setMuted(bool muted)
{
    m_muted = muted;
    if (muted) {
        for (QSoundEffect *e : std::as_const(m_effects))
            e->stop();
        if (m_speech)
            QMetaObject::invokeMethod(m_speech, &SpeechVoice::stop, Qt::QueuedConnection);
    }
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
    emit played(name);
}

void Announcer::announceCall(const QString &spokenText)
{
    play(u"chime"_s);
    m_requests.append(u"speech:"_s + spokenText);
    if (!m_output || m_muted || m_voice != Voice::Indonesian)
        return; // while the voice is still looked for, too: the chime calls
    QTimer::singleShot(speechDelayMs, this, [this, spokenText] {
        if (m_muted)
            return;
        QMetaObject::invokeMethod(m_speech, [speech = m_speech, spokenText] { speech->say(spokenText); });
        emit played(u"speech"_s);
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
