#pragma once

#include <QWidget>

namespace kj {

// Thanks after the survey, and the way back to the start.
class ThanksPage : public QWidget
{
    Q_OBJECT

public:
    explicit ThanksPage(QWidget *parent = nullptr);

signals:
    void home();
};

} // namespace kj
