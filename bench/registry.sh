#!/usr/bin/env bash
# Registry benchmark: loads ~1,000,000 demo incidents (x BENCH_SCALE) into SQLite and into a throwaway
# PostgreSQL, then prints the p95 of the incident list's first page per filter and sort beside the same
# query in plain SQL (registry.NAME.p95 / sql_p95 / ratio), ending with registry.max_p95 and registry.ratio.
# BENCH_EXPLAIN=1 also prints each query's plan to stderr. BENCH_CASES=a,b measures only the named cases.
# BENCH_PROVIDERS=sqlite or postgresql measures one engine alone.
# BENCH_KEEP=1 keeps the PostgreSQL database (on a server you start and pass in FOCALPOINT_BENCH_POSTGRES).
# BENCH_SQLITE_FILE=PATH loads SQLite into PATH and keeps it; when PATH exists, measures it again without loading
# (the load of 1M incidents takes about an hour: load once, measure on a quiet machine).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"

source tools/throwaway-postgres.sh
start_throwaway_postgres fsync=off synchronous_commit=off

dotnet build bench/registry/FocalPoint.Bench.Registry.csproj -c Release -v quiet -nologo >&2
FOCALPOINT_BENCH_POSTGRES="$PG_CONNECTION" \
  dotnet bench/registry/bin/Release/net10.0/FocalPoint.Bench.Registry.dll
