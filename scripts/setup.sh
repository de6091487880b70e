#!/usr/bin/env bash
# Installs what Dossier needs on a fresh Debian machine with Node 20: pnpm (the pinned version),
# the workspace's dependencies and, for the browser tests, Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p 'require("./package.json").packageManager.split("@")[1].split("+")[0]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  npm install -g "pnpm@$want" --no-audit --no-fund --loglevel=error
fi
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
pnpm install --frozen-lockfile
