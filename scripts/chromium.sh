#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser end-to-end test (playwright-core
# drives it; no browser is downloaded). Prints the executable's path on its last line.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
step() { printf '[chromium] %s\n' "$*" >&2; }

if [ ! -x "$CHROMIUM" ]; then
	step "installing Debian's chromium package"
	SUDO=""
	if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq >&2 || step "apt-get update failed; trying the cached package lists"
	$SUDO apt-get install -y -qq chromium >&2 \
		|| { step "failed: could not install chromium with apt-get"; exit 1; }
fi
"$CHROMIUM" --version >&2
printf '%s\n' "$CHROMIUM"
