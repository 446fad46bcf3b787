#!/usr/bin/env bash
# Runs every test: unit, data (once on SQLite, once on PostgreSQL), HTTP and browser (Chromium).
# Installs PostgreSQL, Chromium, poppler-utils and npm (the web build restores its browser libraries with it) from Debian
# packages when missing, starts a throwaway PostgreSQL cluster
# on a free local port, runs `dotnet test`, stops the cluster. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

source tools/throwaway-postgres.sh

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# pdftotext, pdfinfo and pdftoppm read the products' PDFs back in the tests.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} from Debian packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

start_throwaway_postgres fsync=off synchronous_commit=off

export FOCALPOINT_TEST_POSTGRES="$PG_CONNECTION"
export FOCALPOINT_TEST_CHROMIUM=/usr/bin/chromium
log=$(mktemp /tmp/focalpoint-test.XXXXXX.log)
set +e
# Built first, then tested without a second build: the log then says how the time splits.
started=$SECONDS
dotnet build FocalPoint.slnx -v q -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
built=$SECONDS
if [ "$status" -eq 0 ]; then
  dotnet test FocalPoint.slnx --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
fi
set -e
echo "build: $((built - started)) s, tests: $((SECONDS - built)) s"

# Counts the runner printed, per provider and for the browser, so that a skipped suite cannot pass unseen.
# One line per test, as the console logger prints it ("  Passed FocalPoint.X.Y(...)"); log lines that merely
# contain the word (EF's "Failed executing DbCommand" from a test that expects a refusal) do not count.
passed=$(grep -cE '^  Passed FocalPoint\.' "$log" || true)
failed=$(grep -cE '^  Failed FocalPoint\.' "$log" || true)
skipped=$(grep -cE '^  Skipped FocalPoint\.' "$log" || true)
echo
echo "PostgreSQL tests passed: $(grep -E '^  Passed FocalPoint\.' "$log" | grep -c 'PostgreSQL' || true)"
echo "SQLite tests passed:     $(grep -E '^  Passed FocalPoint\.' "$log" | grep -c 'Sqlite' || true)"
echo "Browser tests passed:    $(grep -E '^  Passed FocalPoint\.' "$log" | grep -c 'Browser' || true)"
if [ "$failed" -ne 0 ]; then
  # Repeated at the end, where a CI log cut to its last lines still shows what failed and why.
  echo "Failed tests:"
  grep -E -A6 '^  Failed FocalPoint\.' "$log" | grep -vE '^\s+at |Stack Trace:' | cut -c1-300 || true
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
rm -f "$log"
if [ "$skipped" -ne 0 ] && [ "$status" -eq 0 ]; then echo "Skipped tests are defects here."; exit 1; fi
if [ "$passed" -eq 0 ]; then echo "No test ran."; exit 1; fi
exit "$status"
