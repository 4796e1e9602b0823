#!/usr/bin/env bash
# Times `finsam import xlsx` on a workbook of a small budget and ROWS empty rows (default a
# million; Benchmarks/xlsx-rows.py writes it): prints the seconds and the peak memory. The sheet
# has no opening equity, so the import ends with exit 2 after reading every row; what is timed is
# the reading. Usage: Benchmarks/xlsx-rows.sh [ROWS] [FINSAM]  (FINSAM: .build/release/finsam)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
finsam="${2:-.build/release/finsam}"
[ -x "$finsam" ] || { echo "build it first: swift build -c release" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/xlsx-rows.py "$work/rows.xlsx" "$rows"
echo "workbook: $(wc -c < "$work/rows.xlsx") bytes, $rows empty rows"
/usr/bin/time -f "import xlsx: %e s, %M KB peak" "$finsam" import xlsx "$work/rows.xlsx" --output "$work/plan.json" >/dev/null 2>"$work/err" || true
tail -1 "$work/err"
