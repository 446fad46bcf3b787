#!/usr/bin/env bash
# Cyber benchmark: the public report form under a bounded load test on loopback. The real web app (Release, SQLite in
# WAL mode, audit writer on) serves 50 concurrent senders for 60 s (x BENCH_SCALE); each report fetches a challenge,
# solves the proof of work and posts. One of the 50 senders is an abusive client sending from a single identity: the
# rate limit must hold it to its permits per minute. Prints cyber.reports_per_second, cyber.p99_latency,
# cyber.lost / cyber.duplicated (reports counted in the database afterwards), cyber.abuser_accepted, and cyber.ratio
# (reports/s over one-durable-commit-per-row inserts into SQLite measured in the same run).
#
# Bench mode only: the senders name their client in the X-Bench-Client header, which the app is told to trust
# (Cyber:TrustedClientHeader), so that many identities can send from one loopback address. In production the header
# is empty and the limit counts the connection's address. The proof of work is lowered to 10 bits so that the
# senders, which share the 2 vCPU with the server, are not the bottleneck; the browser default is 16.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"

work="$(mktemp -d)"
dotnet build src/FocalPoint.Web/FocalPoint.Web.csproj -c Release -v quiet -nologo >/dev/null
dotnet build bench/cyber/FocalPoint.Bench.Cyber.csproj -c Release -v quiet -nologo >/dev/null
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
web="$PWD/src/FocalPoint.Web/bin/Release/net10.0/FocalPoint.Web.dll"

(
  cd "$work"
  ASPNETCORE_ENVIRONMENT=Production \
  Database__SqliteFile="$work/cyber-bench.db" Database__SeedDemoData=false Demo__Enabled=false Jobs__Enabled=false \
  Audit__AnchorKeyFile="$work/audit-anchor.key" Logging__LogLevel__Default=Warning \
  Cyber__TrustedClientHeader=X-Bench-Client Cyber__ProofOfWorkBits=10 Cyber__PublicPermitsPerMinute=20 \
  Cyber__AttachmentDirectory="$work/attachments" Demo__Password=unused-bench-password \
    exec dotnet "$web" --contentRoot "$(dirname "$web")" --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1
) &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

FOCALPOINT_BENCH_URL="http://127.0.0.1:$port" FOCALPOINT_BENCH_DB="$work/cyber-bench.db" \
  dotnet bench/cyber/bin/Release/net10.0/FocalPoint.Bench.Cyber.dll
