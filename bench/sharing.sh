#!/usr/bin/env bash
# Sharing benchmark: time to build (with redaction), sign and encrypt a package of 10,000 records (x BENCH_SCALE), time
# to open it, its size, against the reference (the same payload serialised and gzipped without crypto):
# sharing.seal_ms, sharing.open_ms, sharing.package_bytes, sharing.ratio (reference time / ours; the cost of the crypto).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"
dotnet build bench/sharing/FocalPoint.Bench.Sharing.csproj -c Release -v quiet -nologo >&2
dotnet bench/sharing/bin/Release/net10.0/FocalPoint.Bench.Sharing.dll
