#!/usr/bin/env bash
# Installs what Standar needs from Debian's packages: cmark-gfm (Markdown) and pkg-config.
# With BROWSER=1 it also installs headless Chromium and its driver for the accessibility check.
set -euo pipefail
need=()
for p in libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ "${BROWSER:-0}" = 1 ]; then
  for p in chromium chromium-driver fonts-dejavu-core; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
fi
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
