#!/usr/bin/env bash
# Indicators benchmark: loads ~1,000,000 demo incidents (x BENCH_SCALE) into SQLite and into a throwaway PostgreSQL, then
# prints p50 and p95 of each dashboard query (the incident aggregation of every filter combination the page issues, under
# the demo analyst's need-to-know) beside the same aggregation as one plain SQL statement (indicators.NAME.p95 / sql_p95 /
# ratio), ending with indicators.max_p95 and indicators.ratio. BENCH_RUNS sets the repetitions (30);
# BENCH_PROVIDERS=sqlite or postgresql measures one engine; BENCH_SQLITE_FILE=PATH keeps (or reuses) the SQLite load.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"

source tools/throwaway-postgres.sh
start_throwaway_postgres fsync=off synchronous_commit=off

dotnet build bench/indicators/FocalPoint.Bench.Indicators.csproj -c Release -v quiet -nologo >&2
FOCALPOINT_BENCH_POSTGRES="$PG_CONNECTION" \
  dotnet bench/indicators/bin/Release/net10.0/FocalPoint.Bench.Indicators.dll
