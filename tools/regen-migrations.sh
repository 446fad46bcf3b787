#!/usr/bin/env bash
# Regenerates the single "Initial" migration of both providers from the current model.
# Until the first production release the schema is one migration; after it, add migrations instead of regenerating.
# A lock keeps two people (or agents) in the same tree from regenerating at once.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/focalpoint-migrations.lock
flock 9
dotnet tool restore >/dev/null
rm -rf src/FocalPoint.Data.Sqlite/Migrations src/FocalPoint.Data.PostgreSql/Migrations
for p in Sqlite PostgreSql; do
  dotnet build "src/FocalPoint.Data.$p" -v q -nologo >/dev/null
  dotnet ef migrations add Initial --project "src/FocalPoint.Data.$p" --startup-project "src/FocalPoint.Data.$p" \
    --context FocalPointDbContext --output-dir Migrations --no-build >/dev/null
done
echo "Migrations regenerated for SQLite and PostgreSQL."
