#!/usr/bin/env bash
# Link-chart benchmark: loads the demo data at CHART_SCALES (default "1,10"; x BENCH_SCALE) into SQLite and prints
# the registry snapshot's build time and memory, one analyst's need-to-know cut and a 2-hop expansion.
# There is no outside reference for this one: the figures are read against the chart's budget (build well under
# the snapshot's refresh interval, cut and expansion within one click).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"
dotnet build bench/chart/FocalPoint.Bench.Chart.csproj -c Release -v quiet -nologo >&2
dotnet bench/chart/bin/Release/net10.0/FocalPoint.Bench.Chart.dll
