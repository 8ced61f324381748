#!/usr/bin/env bash
# Installs the system packages the tests need (proxies for the HTTP pipeline tests, Chromium for browser tests).
# Idempotent: a package already present is not installed again.
set -euo pipefail
needed=()
for pkg in $(cat "$(dirname "$0")/test-packages.txt" | sed 's/#.*//'); do
  dpkg -s "$pkg" >/dev/null 2>&1 || needed+=("$pkg")
done
# The Node.js SDK conformance run needs node and npm; a machine that has neither gets Debian's.
command -v node >/dev/null || needed+=(nodejs)
command -v npm >/dev/null || needed+=(npm)
if [ ${#needed[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The tests need these Debian packages: ${needed[*]}; install them (as root) and run again." >&2
    exit 1
  fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
