// How a Logbook keeps in touch with its store: the connection and its set-up, others' commits
// (announced on a server, looked for on a file), and on a server the watch that takes it offline
// when the server stops answering and the reconnect when it answers again.
#include "Logbook.h"

#include "Clock.h"
#include "Dialect.h"
#include "Format.h"
#include "ServerWatch.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// Where commits are announced, how often a Logbook still looks for others' commits itself.
constexpr int noticeFallbackPollMs = 5000;
// While offline, how often a Logbook tries its connection again (the watch's word comes sooner).
constexpr int reconnectEveryMs = 1000;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

} // namespace

void Logbook::listen()
{
    int pollMs = m_options.changePollMs;
    // On a server, other connections' commits are announced (LISTEN/NOTIFY); the look at
    // dataVersion stays, seldom, in case a notice is lost with a connection.
    if (database().driver()->subscribedToNotifications().contains(m_dialect.changeNotice())) {
        connect(database().driver(), &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source == QSqlDriver::OtherSource)
                    checkForExternalChanges();
            });
        pollMs = std::max(pollMs, noticeFallbackPollMs);
    }
    connect(&m_changePoll, &QTimer::timeout, this, &Logbook::checkForExternalChanges);
    m_changePoll.start(pollMs);
    if (m_dialect.onServer()) {
        connect(&m_reconnect, &QTimer::timeout, this, &Logbook::reconnect);
        // The watch reports from its own thread; the report is handled on this object's.
        m_watch = std::make_unique<ServerWatch>(*m_location, [this](bool answers, const QString &detail) {
            QMetaObject::invokeMethod(
                this,
                [this, answers, detail] {
                    m_serverAnswers = answers;
                    if (answers)
                        reconnect();
                    else
                        goOffline(detail);
                },
                Qt::QueuedConnection);
        });
        m_watch->guard(database());
    }
}

Result<void> Logbook::connectStore()
{
    {
        QSqlDatabase db = database();
        if (auto opened = m_dialect.open(db, *m_location, m_options.busyTimeoutMs); !opened)
            return opened.error();
    }
    QSqlQuery q(database());
    for (const QString &statement : m_dialect.connectionSetup(m_options.busyTimeoutMs)) {
        if (!q.exec(statement))
            return databaseError(q.lastError(), statement);
    }
    if (!m_options.role.isEmpty()) {
        const QString setRole = u"SET ROLE \"%1\""_s.arg(QString(m_options.role).remove(u'"'));
        if (!q.exec(setRole))
            return databaseError(q.lastError(), setRole);
    }
    if (const QString notice = m_dialect.changeNotice(); m_options.changePollMs > 0 && !notice.isEmpty())
        database().driver()->subscribeToNotification(notice);
    return {}; // no statement stays open across the transactions that follow
}

QString Logbook::offlineProblem() const
{
    if (m_online)
        return {};
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(m_offlineSinceMs, Qt::UTC).toTimeZone(m_zone);
    return Tr::tr("The logbook's database server (%1) does not answer since %2. Check the network cable "
                  "and that the server PC is on. Calls ended meanwhile are recorded as soon as it answers.")
        .arg(m_location->server(), Format::timeWithSeconds(since.time()));
}

Error Logbook::offline() const
{
    return offlineError(m_location->text);
}

Error Logbook::failed(Error error, bool committing)
{
    if (!m_watch || !ServerWatch::lost(database()))
        return error;
    goOffline(error.detail);
    if (!committing)
        return offline();
    // The commit may have reached the server before the connection broke.
    return Error { ErrorKind::Database, u"db-unreachable"_s,
        Tr::tr("The connection to the database server was lost. The last change may or may not "
               "have been kept: check the visiting book when the server answers again."),
        error.detail };
}

void Logbook::goOffline(const QString &detail)
{
    if (!m_online)
        return;
    qWarning("logbook: the database server %s does not answer (%s)", qUtf8Printable(m_location->text),
        qUtf8Printable(detail));
    m_online = false;
    m_offlineSinceMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_watch->unguard();
    m_appendEvent.reset();
    database().close();
    m_reconnect.start(reconnectEveryMs);
    emit onlineChanged(false);
}

void Logbook::reconnect()
{
    if (m_online || !m_serverAnswers)
        return;
    if (auto connected = connectStore(); !connected) {
        database().close();
        return; // the timer tries again
    }
    m_watch->guard(database());
    m_online = true;
    m_reconnect.stop();
    qInfo("logbook: the database server %s answers again", qUtf8Printable(m_location->text));
    emit onlineChanged(true);
    m_dataVersion = dataVersion();
    emit externalChange(); // whatever others committed meanwhile
}

qint64 Logbook::dataVersion() const
{
    QSqlQuery q(database());
    if (q.exec(m_dialect.dataVersion()) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void Logbook::checkForExternalChanges()
{
    if (!m_online)
        return;
    const qint64 version = dataVersion();
    if (version < 0 && m_watch && ServerWatch::lost(database())) {
        goOffline(database().lastError().text());
        return;
    }
    if (version != m_dataVersion) {
        m_dataVersion = version;
        emit externalChange();
    }
}

} // namespace kj
