#!/usr/bin/env bash
# Linkage benchmark: builds Release and prints `linkage.NAME: value unit` lines, ending with linkage.ratio.
# BENCH_SCALE (default 1.0) lowers the sizes for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=/usr/bin/python3
if ! "$PYTHON" -c "import jellyfish" 2>/dev/null; then
  apt-get install -y python3-jellyfish >/dev/null
fi
export PYTHON BENCH_SCALE="${BENCH_SCALE:-1.0}"
dotnet build bench/linkage/FocalPoint.Bench.Linkage.csproj -c Release -v quiet -nologo >/dev/null
dotnet bench/linkage/bin/Release/net10.0/FocalPoint.Bench.Linkage.dll
