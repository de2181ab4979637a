#pragma once

#include <QWidget>

class QLabel;

namespace kj {

class Desk;

// The service standard (persyaratan, prosedur, jadwal, waktu, biaya, produk, pengaduan): a button
// per section on the left, the open section's text on the right.
class InfoPage : public QWidget
{
    Q_OBJECT

public:
    explicit InfoPage(Desk &desk, QWidget *parent = nullptr);

    // Shows a section by its key, read afresh from the settings.
    void showSection(const QString &key);

signals:
    void home();

private:
    Desk &m_desk;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace kj
