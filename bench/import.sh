#!/usr/bin/env bash
# Import benchmark: ~1,000,000 demo incidents (x BENCH_SCALE) exported as an agency CSV (one row per firearm or person,
# Albanian headers, local dates, Serbian names), imported with full normalisation and validation into SQLite and into a
# throwaway PostgreSQL. Side by side, each engine's own bulk load (sqlite3 .import, psql \copy) loads the very rows our
# import stored (incidents, word index, firearms, ammunition, persons, roles) into an empty registry of the same schema.
# Prints import.PROVIDER.rows_per_s / ref_rows_per_s / ratio / peak_memory and import.ratio (the lower of the two).
# BENCH_PROVIDERS=sqlite or postgresql measures one engine alone.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SCALE="${BENCH_SCALE:-1.0}"
command -v sqlite3 >/dev/null || { apt-get install -y -qq sqlite3 >/dev/null; }

source tools/throwaway-postgres.sh
start_throwaway_postgres fsync=off synchronous_commit=off
PG_PORT=$(echo "$PG_CONNECTION" | sed -E "s/.*Port=([0-9]+).*/\1/")

work=$(mktemp -d /tmp/focalpoint-import-bench.XXXXXX)
trap 'rm -rf "$work"; stop_throwaway_postgres' EXIT
dotnet build bench/import/FocalPoint.Bench.Import.csproj -c Release -v quiet -nologo >&2
bench() { dotnet bench/import/bin/Release/net10.0/FocalPoint.Bench.Import.dll "$@"; }
now() { date +%s.%N; }
tables=(Incidents IncidentSearchTerms Firearms Ammunition Persons IncidentPersons)

bench generate "$work/agency.csv" "$BENCH_SCALE"
echo "import.file_bytes: $(stat -c %s "$work/agency.csv") bytes"

report() { # provider ours_seconds ref_seconds rows
  awk -v p="$1" -v o="$2" -v r="$3" -v n="$4" 'BEGIN {
    printf "import.%s.registry_rows: %d rows\n", p, n
    printf "import.%s.rows_per_s: %.0f rows/s\n", p, n / o
    printf "import.%s.ref_rows_per_s: %.0f rows/s\n", p, n / r
    printf "import.%s.ratio: %.2f\n", p, r / o }'
}

# BENCH_PROVIDERS=sqlite or postgresql measures one engine alone.
providers="${BENCH_PROVIDERS:-sqlite,postgresql}"
sqlite_ratio=""; pg_ratio=""

# SQLite: ours, then the same rows dumped and loaded by sqlite3 .import into a fresh registry.
if [[ ",$providers," == *",sqlite,"* ]]; then
ours="$work/ours.db"
out=$(bench import sqlite "Data Source=$ours" "$work/agency.csv"); echo "$out"
seconds=$(echo "$out" | awk '/import.sqlite.seconds/ {print $2}')
rows=0
for t in "${tables[@]}"; do
  sqlite3 -header -csv "$ours" "SELECT * FROM \"$t\"" > "$work/$t.csv"
  rows=$((rows + $(sqlite3 "$ours" "SELECT COUNT(*) FROM \"$t\"")))
done
bench migrate sqlite "Data Source=$work/ref.db"
start=$(now)
{ echo "BEGIN;"; for t in "${tables[@]}"; do echo ".import --csv --skip 1 $work/$t.csv $t"; done; echo "COMMIT;"; } | sqlite3 "$work/ref.db"
ref=$(echo "$(now) - $start" | bc)
report sqlite "$seconds" "$ref" "$rows"
sqlite_ratio=$(echo "$ref / $seconds" | bc -l)
fi

# PostgreSQL: the same with psql \copy (COPY through the client, as an operator would load a file).
if [[ ",$providers," == *",postgresql,"* ]]; then
pg() { psql "postgresql://focal@127.0.0.1:$PG_PORT/$1" -v ON_ERROR_STOP=1 -q "${@:2}"; }
psql "postgresql://focal@127.0.0.1:$PG_PORT/postgres" -q -c "CREATE DATABASE ours" -c "CREATE DATABASE ref"
out=$(bench import postgresql "Host=127.0.0.1;Port=$PG_PORT;Username=focal;Database=ours" "$work/agency.csv"); echo "$out"
seconds=$(echo "$out" | awk '/import.postgresql.seconds/ {print $2}')
rows=0
for t in "${tables[@]}"; do
  pg ours -c "\\copy \"$t\" TO '$work/pg_$t.csv' CSV HEADER"
  rows=$((rows + $(pg ours -At -c "SELECT COUNT(*) FROM \"$t\"")))
done
bench migrate postgresql "Host=127.0.0.1;Port=$PG_PORT;Username=focal;Database=ref"
start=$(now)
{ echo "BEGIN;"; for t in "${tables[@]}"; do echo "\\copy \"$t\" FROM '$work/pg_$t.csv' CSV HEADER"; done; echo "COMMIT;"; } | pg ref
ref=$(echo "$(now) - $start" | bc)
report postgresql "$seconds" "$ref" "$rows"
pg_ratio=$(echo "$ref / $seconds" | bc -l)
fi


# The command line as an operator runs it: the whole `focalpoint import` process (start, migrate, stage, commit, audit)
# on the agency CSV and on a 100,000-row (x BENCH_SCALE) workbook, into SQLite; wall time and peak resident memory.
dotnet build src/FocalPoint.Cli -c Release -v quiet -nologo >&2
cli_import() { # label file
  /usr/bin/time -f "%e %M" -o "$work/time.$1" dotnet src/FocalPoint.Cli/bin/Release/net10.0/focalpoint.dll import "$2" --profile "bench-$1" \
    --set HandlingCode=H0 --policy Quarantine --connection "Data Source=$work/cli-$1.db" --user bench > "$work/cli-$1.out" 2> /dev/null
  read -r secs kb < "$work/time.$1"
  rows=$(grep -oE '[0-9,]+ rows read' "$work/cli-$1.out" | tr -d ',' | cut -d' ' -f1)
  awk -v l="$1" -v s="$secs" -v k="$kb" -v n="$rows" 'BEGIN {
    printf "import.cli.%s_rows: %d rows\nimport.cli.%s_seconds: %.1f s\nimport.cli.%s_rows_per_s: %.0f rows/s\nimport.cli.%s_peak_memory: %.0f MB\n", l, n, l, s, l, n / s, l, k / 1024 }'
}
cli_import csv "$work/agency.csv"
bench xlsx "$work/agency.csv" "$work/agency.xlsx" "$(awk -v s="$BENCH_SCALE" 'BEGIN { n = int(100000 * s); print (n < 1000 ? 1000 : n) }')"
cli_import xlsx "$work/agency.xlsx"

awk -v a="$sqlite_ratio" -v b="$pg_ratio" 'BEGIN { r = (a == "" ? b : (b == "" ? a : (a < b ? a : b))); printf "import.ratio: %.2f\n", r }'
