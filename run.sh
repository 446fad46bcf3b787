#!/usr/bin/env bash
# Runs the platform: installs npm from Debian packages when missing (the web build restores the browser
# libraries, Cytoscape.js and ECharts, with `npm ci`), then starts the web app on SQLite with demo data.
# Extra arguments go to the app, e.g. ./run.sh --urls http://0.0.0.0:5080
set -euo pipefail
cd "$(dirname "$0")"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v npm >/dev/null 2>&1; then
  echo "Installing npm from Debian packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi
exec dotnet run --project src/FocalPoint.Web -- "$@"
