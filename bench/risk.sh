#!/usr/bin/env bash
# Screening engine: 10M crossings x 200 profiles x 100k fuzzy watch-list entries from a file, beside the
# straightforward evaluation on a sample, extrapolated (issue 13). BENCH_SCALE=0.05 for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/risk/FocalPoint.Bench.Risk.csproj -c Release -v quiet -nologo >&2
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
dotnet bench/risk/bin/Release/net10.0/FocalPoint.Bench.Risk.dll generate "$dir"
dotnet bench/risk/bin/Release/net10.0/FocalPoint.Bench.Risk.dll screen "$dir"
