#!/usr/bin/env bash
# Tracing benchmark: a registry of 1,000,000 firearms with 200,000 reported lost or stolen (x BENCH_SCALE) in SQLite and
# in a throwaway PostgreSQL. Prints the roadside lookup's p95 through the use case (target < 50 ms) and an import of
# 100,000 firearms (x BENCH_SCALE) with its lost-and-stolen check against the same import without it (ratio >= 0.5):
# tracing.PROVIDER.lookup_p95, tracing.PROVIDER.import_ratio, and tracing.ratio (the worse provider's).
# BENCH_PROVIDERS=sqlite or postgresql measures one engine alone.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"

source tools/throwaway-postgres.sh
start_throwaway_postgres fsync=off synchronous_commit=off

dotnet build bench/tracing/FocalPoint.Bench.Tracing.csproj -c Release -v quiet -nologo >&2
FOCALPOINT_BENCH_POSTGRES="$PG_CONNECTION" \
  dotnet bench/tracing/bin/Release/net10.0/FocalPoint.Bench.Tracing.dll
