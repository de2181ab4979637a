#pragma once

#include <QWidget>

namespace kj {

// While the logbook's server does not answer: the whole screen says the sign-in service is not
// connected and to tell an officer. No button: the kiosk goes back to welcome by itself when the
// server answers again.
class OfflinePage : public QWidget
{
    Q_OBJECT

public:
    explicit OfflinePage(QWidget *parent = nullptr);
};

} // namespace kj
