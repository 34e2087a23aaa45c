#ifndef STANDAR_CQRENCODE_SHIM_H
#define STANDAR_CQRENCODE_SHIM_H
// Debian's libqrencode (libqrencode-dev): the QR codes on the printed posters.
#include <qrencode.h>
#endif
