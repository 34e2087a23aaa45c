#ifndef STANDAR_CMIMALLOC_SHIM_H
#define STANDAR_CMIMALLOC_SHIM_H
// Debian's mimalloc (libmimalloc-dev). Linked into the `standar` executable only: its shared library exports
// malloc/free, and as a direct dependency of the executable it is found before glibc's, so every allocation of
// the process (the Swift runtime, cmark-gfm, libqrencode) goes to it. Nothing else of it is called except
// mi_version, which keeps the link from being dropped as unused.
#include <mimalloc.h>
#endif
