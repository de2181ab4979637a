<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CallLimits</name>
    <message>
        <source>The default call length must be between 1 and 30 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum call length must be between the default length (%1 minutes) and 60 minutes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning must come between 10 and %1 seconds before the end, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>The call cannot be resumed: its start time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot be resumed: it has an extension of %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot be resumed: a dropped line has no valid times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must be at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason for the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call may last at most %1 minutes; only %2 more minutes can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock reading is earlier than the last change of this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>The number of stations must be between 1 and 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of retries cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly quota cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 is still serving ticket %2; finish it before removing the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inmate already has ticket %1 in today&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inmate has already had a call today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This inmate has already had %n call(s) this week, the weekly limit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not waiting, so it cannot be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so it cannot be called again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so it cannot be marked as not present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so it cannot be marked as not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not being called, so its call cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not in a call, so it cannot be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 can only be cancelled while it waits or is being called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no station %1; this desk has %n station(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Station %1 is busy with ticket %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Unknown time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a window must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: windows overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a cell label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special day has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Next visit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 may sign in now, until %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has no visiting day in the schedule. Please ask the officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is a holiday: there are no visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no visits today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 is scheduled on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits for cell %1 open today at %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits for cell %1 are on a break; they resume today at %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits for cell %1 have ended for today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Kunjungan administration for IT staff and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
