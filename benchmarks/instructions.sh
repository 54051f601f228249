#!/usr/bin/env bash
# Instructions a section of the whole CLI writing deck + memo in one process, per shape:
# (I(400) - I(100)) / 300 under valgrind's cachegrind, which counts instructions, not seconds,
# so the figure repeats whatever else the machine is doing (README, "Performance").
#
#   benchmarks/instructions.sh [SHAPE ...]      # default: recs nested
#
# Run from the project's root with its venv (.venv); needs valgrind (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
work=$(mktemp -d)
export PYTHONPATH=.
unset PYTHONDONTWRITEBYTECODE
trap 'rm -rf "$work"' EXIT
one=$("$py" -c "from benchmarks.anchors import ONE_PROCESS; print(ONE_PROCESS)")
for shape in "${@:-recs nested}"; do
  for shape_name in $shape; do
    declare -A count=()
    for n in 100 400; do
      "$py" -c "from benchmarks.shapes import SHAPES; import sys; sys.stdout.write(SHAPES['$shape_name']($n))" > "$work/$n.md"
      run=("$py" -c "$one" export "$work/$n.md" --deck "$work/d.pptx" --memo "$work/m.pdf")
      "${run[@]}" > /dev/null 2>&1  # -- once first, so bytecode is cached as a user's second run has it
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "${run[@]}" 2> "$work/vg.err" > /dev/null
      count[$n]=$(sed -n 's/.*I *refs: *//p' "$work/vg.err" | tr -d ',')
    done
    echo "$shape_name: ${count[100]} -> ${count[400]} instructions, $(( (count[400] - count[100]) / 300 )) a section"
  done
done
