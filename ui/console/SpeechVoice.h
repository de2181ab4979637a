#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

#include <optional>

class QTextToSpeech;

namespace kj {

// The Indonesian voice of the hall's spoken call, on a thread of its own: speech-dispatcher lists
// every voice of every language when an engine starts (with espeak-ng, thousands: seconds), which
// the console's window must not wait for. The Announcer calls it queued and hears back through its
// signals.
class SpeechVoice : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The first Indonesian one of the engine's locales; none when there is no Indonesian voice
    // (calls are never read out by a voice of another language).
    static std::optional<QLocale> indonesianLocale(const QList<QLocale> &locales);
    // Of a language's voices, the plain one ("Indonesian") before its variants
    // ("Indonesian+Adam"); -1 for none.
    static int preferredVoice(const QStringList &names);

    // Starts the engine and chooses the voice; answers with found() or notFound().
    void load();
    void say(const QString &text);
    void stop();

signals:
    void found(const QString &voiceName);
    void notFound();

private:
    QTextToSpeech *m_speech = nullptr;
};

} // namespace kj
