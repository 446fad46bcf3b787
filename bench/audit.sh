#!/usr/bin/env bash
# Audit log benchmark: entries/s through IAuditLog with 16 concurrent producers while a verifier walks the chain,
# on SQLite (WAL) and on a throwaway PostgreSQL with durable commits (fsync on, unlike the test cluster), beside
# one SaveChanges per entry measured in the same run. Prints audit.PROVIDER.* and audit.ratio (the lower of the two).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"

# Durable: the audit log's promise is that an acknowledged entry survives a crash, so fsync stays on here.
source tools/throwaway-postgres.sh
start_throwaway_postgres

dotnet build bench/audit/FocalPoint.Bench.Audit.csproj -c Release -v quiet -nologo >&2
FOCALPOINT_BENCH_POSTGRES="${PG_CONNECTION/Maximum Pool Size=20/Maximum Pool Size=40}" \
  dotnet bench/audit/bin/Release/net10.0/FocalPoint.Bench.Audit.dll
