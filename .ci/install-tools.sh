#!/usr/bin/env bash
# Installs Debian packages that are missing, and nothing else.
#
#   bash .ci/install-tools.sh nginx wrk
#
# Machines are handed over fresh from time to time, so every tool the project needs must be
# installable by its own scripts. Installed packages are skipped, and `apt-get update` only
# runs when something is really missing: repeated calls cost nothing and touch no network.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 PACKAGE..." >&2
    exit 2
fi

missing=()
for package in "$@"; do
    # dpkg-query knows packages that were removed but not purged too: only "install ok installed" counts.
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

# CI and these machines run as root; a developer's own Debian box may not, and then sudo asks.
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-tools: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
fi

echo "install-tools: installing ${missing[*]}" >&2
# Non-interactive, so that no debconf question can hang a CI run; no recommends, to stay small.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
