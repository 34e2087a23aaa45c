#ifndef STANDAR_CCMARKGFM_SHIM_H
#define STANDAR_CCMARKGFM_SHIM_H
// Only the public headers in /usr/include; never /usr/include/cmark-gfm/.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
