#!/usr/bin/env bash
# Link-chart benchmark: loads the demo data at CHART_SCALES (default "1,10"; x BENCH_SCALE) into SQLite and prints
# the registry snapshot's build time and memory, then need-to-know two ways in one run: the former per-user cut (the
# reference, "cut.*") and the visibility masks per access profile ("mask.*"): first answer for a new user, memory per
# extra profile, 2-hop expansions and shortest paths (p95). chart.ratio is the cut's first answer over the mask's.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"
dotnet build bench/chart/FocalPoint.Bench.Chart.csproj -c Release -v quiet -nologo >&2
dotnet bench/chart/bin/Release/net10.0/FocalPoint.Bench.Chart.dll
