#ifndef STANDAR_CXLSXWRITER_SHIM_H
#define STANDAR_CXLSXWRITER_SHIM_H
// Debian's libxlsxwriter (libxlsxwriter-dev): writes the .xlsx of `standar laporan`.
#include <xlsxwriter.h>
#endif
