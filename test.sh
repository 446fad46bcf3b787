#!/usr/bin/env bash
# Runs every test: unit, data (once on SQLite, once on PostgreSQL), HTTP and browser (Chromium).
# Installs PostgreSQL and Chromium from Debian packages when missing, starts a throwaway PostgreSQL cluster
# on a free local port, runs `dotnet test`, stops the cluster. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} from Debian packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/focalpoint-pg.XXXXXX)
chmod 755 "$pgdir"
as_root chown postgres "$pgdir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg() { as_root runuser -u postgres -- "$@"; }
stop_pg() { pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; as_root rm -rf "$pgdir"; }
trap stop_pg EXIT
pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U focal >/dev/null
pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w start \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export FOCALPOINT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=focal;Database=postgres;Maximum Pool Size=20"
export FOCALPOINT_TEST_CHROMIUM=/usr/bin/chromium
log=$(mktemp /tmp/focalpoint-test.XXXXXX.log)
set +e
dotnet test FocalPoint.slnx --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Counts the runner printed, per provider and for the browser, so that a skipped suite cannot pass unseen.
passed=$(grep -cE '^\s+Passed ' "$log" || true)
failed=$(grep -cE '^\s+Failed ' "$log" || true)
skipped=$(grep -cE '^\s+Skipped ' "$log" || true)
echo
echo "PostgreSQL tests passed: $(grep -E '^\s+Passed ' "$log" | grep -c 'PostgreSQL' || true)"
echo "SQLite tests passed:     $(grep -E '^\s+Passed ' "$log" | grep -c 'Sqlite' || true)"
echo "Browser tests passed:    $(grep -E '^\s+Passed ' "$log" | grep -c 'Browser' || true)"
echo "tests: $passed passed, $failed failed, $skipped skipped"
rm -f "$log"
if [ "$skipped" -ne 0 ] && [ "$status" -eq 0 ]; then echo "Skipped tests are defects here."; exit 1; fi
exit "$status"
