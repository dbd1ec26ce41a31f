#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium and Firefox ESR (tests/e2e/firefox.test.ts);
# install them (and openssl) when missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${need[*]}. Install them (Debian: sudo apt-get install -y ${need[*]}) and run again." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
echo "installed ${need[*]}"
