#!/usr/bin/env bash
# Audit log benchmark: entries/s through IAuditLog with 16 concurrent producers while a verifier walks the chain,
# on SQLite (WAL) and on a throwaway PostgreSQL with durable commits (fsync on, unlike the test cluster), beside
# one SaveChanges per entry measured in the same run. Prints audit.PROVIDER.* and audit.ratio (the lower of the two).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"

# The PostgreSQL cluster is started the way ./test.sh starts it: see that script and DESIGN.md.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing postgresql from Debian packages..." >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/focalpoint-bench-pg.XXXXXX)
chmod 755 "$pgdir"
as_root chown postgres "$pgdir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg() { as_root runuser -u postgres -- "$@"; }
stop_pg() { pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; as_root rm -rf "$pgdir"; }
trap stop_pg EXIT
pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U focal >/dev/null
# Durable: the audit log's promise is that an acknowledged entry survives a crash, so fsync stays on here.
pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w start \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (fsync on)" >&2

dotnet build bench/audit/FocalPoint.Bench.Audit.csproj -c Release -v quiet -nologo >&2
FOCALPOINT_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=focal;Database=postgres;Maximum Pool Size=40" \
  dotnet bench/audit/bin/Release/net10.0/FocalPoint.Bench.Audit.dll
