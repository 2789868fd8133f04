#!/usr/bin/env bash
# Reproduces the spike figures of docs/adr/0007-analytic-store-evaluated.md. Not part of the build.
#
#   docs/spikes/duckdb/run.sh DATASET_DIR [H2_WORKSPACE]
#
# DATASET_DIR   a generated dataset with pre/ and post/ (`bench audit --scale 1000 --dir D` keeps
#               it in D/data-scale-1000)
# H2_WORKSPACE  optional: that run's workspace (D/bench-workspace, without .mv.db) to run the
#               same statements in H2; the spike's tables are dropped again afterwards
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
data=$1
h2=${2:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

[ -f "$repo/target/p2c-audit.jar" ] || (cd "$repo" && mvn -q -B package -DskipTests)
mvn -q -B dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:1.4.1.0 -DoutputDirectory="$out"
cp="$out:$repo/target/p2c-audit.jar:$out/duckdb_jdbc-1.4.1.0.jar"
javac -cp "$cp" -d "$out" "$here"/*.java

echo "== reading every file without storing it, one thread, then two"
java -Xmx1g -cp "$cp" dev.p2caudit.ingest.ParseOnly "$data" 1 | tail -1
java -Xmx1g -cp "$cp" dev.p2caudit.ingest.ParseOnly "$data" 2 | tail -1
echo "== the same reader into DuckDB, two files at a time"
/usr/bin/time -f "%e s wall, %U s user, %S s system" \
    java -Xmx1g -cp "$cp" dev.p2caudit.ingest.DuckImport "$data" "$out/spike.duckdb" 2
echo "== the audit's heaviest kinds of statement, DuckDB"
source "$here/statements.sh" duckdb
java -Xmx1g -cp "$cp" Statements "jdbc:duckdb:$out/spike.duckdb" "${S[@]}"
if [ -n "$h2" ]; then
    echo "== the same statements, H2 (the bench workspace)"
    source "$here/statements.sh" h2
    java -Xmx1g -cp "$cp" Statements "jdbc:h2:file:$h2" "$DROP" "${S[@]}" "$DROP"
fi
