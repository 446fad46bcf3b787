#!/usr/bin/env bash
# Link-analysis engine against python-igraph on the same R-MAT edge lists (see bench/network/README.md).
# BENCH_SCALE=0.1 for a quick run; default 1.0 (2^20 links).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's python3-igraph lives in the system interpreter, which may not be the first python3 on PATH.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c "import igraph" 2>/dev/null; then python="$candidate"; break; fi
done
if [ -z "$python" ]; then
  echo "python-igraph missing: installing Debian package python3-igraph" >&2
  apt-get install -y python3-igraph >&2
  python=/usr/bin/python3
fi

dotnet build bench/network/FocalPoint.Bench.Network.csproj -c Release -v quiet -nologo >&2
IGRAPH_PYTHON="$python" dotnet bench/network/bin/Release/net10.0/FocalPoint.Bench.Network.dll
