#!/usr/bin/env bash
# Runs the named benchmarks (bench/NAME.sh), or every bench/*.sh when none is named, printing their
# `NAME.figure: value unit` lines. BENCH_SCALE (default 1.0) lowers the sizes for a quick run.
# Exits non-zero when a benchmark fails, after running the others.
set -uo pipefail
cd "$(dirname "$0")"
export BENCH_SCALE="${BENCH_SCALE:-1.0}"

names=("$@")
if ((${#names[@]} == 0)); then
  for script in *.sh; do
    [ "$script" = run.sh ] || names+=("${script%.sh}")
  done
fi

status=0
for name in "${names[@]}"; do
  if [ ! -f "$name.sh" ]; then
    echo "unknown benchmark: $name (have: $(ls *.sh | grep -v '^run.sh$' | sed 's/\.sh$//' | tr '\n' ' '))" >&2
    status=2
    continue
  fi
  echo "# $name (BENCH_SCALE=$BENCH_SCALE)" >&2
  if ! bash "./$name.sh"; then
    echo "benchmark $name failed" >&2
    status=1
  fi
done
exit "$status"
