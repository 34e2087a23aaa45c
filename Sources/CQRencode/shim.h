#ifndef STANDAR_CQRENCODE_SHIM_H
#define STANDAR_CQRENCODE_SHIM_H
// Debian's libqrencode (libqrencode-dev): the QR codes on the printed posters.
#include <qrencode.h>
#include <stddef.h>

// libqrencode's encoder with a chosen mask: exported by the Debian library (built with its test hooks) but not
// declared in qrencode.h. Declared weak, so a build of the library without it still links and loads; then
// standar_qr_encode_mask0 returns NULL and the caller falls back to the public, mask-choosing encoder.
extern QRcode *QRcode_encodeMask(QRinput *input, int mask) __attribute__((weak));

/// `length` bytes of `bytes` as 8-bit data at error correction level M, with mask 0 applied; NULL when the
/// library refuses or lacks QRcode_encodeMask.
static inline QRcode *standar_qr_encode_mask0(const unsigned char *bytes, int length) {
    if (QRcode_encodeMask == NULL) return NULL;
    QRinput *input = QRinput_new2(0, QR_ECLEVEL_M);
    if (input == NULL) return NULL;
    if (QRinput_append(input, QR_MODE_8, length, bytes) != 0) {
        QRinput_free(input);
        return NULL;
    }
    QRcode *code = QRcode_encodeMask(input, 0);
    QRinput_free(input);
    return code;
}
#endif
