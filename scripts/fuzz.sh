#!/usr/bin/env bash
# Builds finsam's libFuzzer targets and runs each for SECONDS (default 60):
#   json      Fuzz/FuzzJSONReader.swift: the JSON reader alone
#   loader    Fuzz/FuzzLoader.swift: reader, plan decoder, ledger, every rule, both reporters
#   inflate   Fuzz/FuzzInflater.swift: the DEFLATE decoder (seeds: Fixtures/deflate)
#   workbook  Fuzz/FuzzWorkbook.swift: ZIP, XML and sheet readers, then the importer (seeds: the
#             workbooks in Fixtures/xlsx and their sheets' XML)
#   allocation Fuzz/FuzzAllocation.swift: allocate's national table (CSV or JSON), the model, every format
#   review    Fuzz/FuzzReview.swift: fmt (idempotent, keeps the plan) and diff
#   rpc       Fuzz/FuzzRPCReader.swift: the language server's message reader (framing, JSON-RPC)
#   sie       Fuzz/FuzzSIEReader.swift: the SIE reader, import sie's checks and placement, the
#             follow-up set into a plan, the budget read back (seeds: Fixtures/sie/*.se)
#   import    Fuzz/FuzzImport.swift: import csv (decoding, CSV, placement, reconciliation); seeds
#             are Fixtures/csv/*.csv
# Each target is Sources/FinsamCore/**/*.swift compiled together with its entry file, with
# -sanitize=fuzzer,address. Seeds come from Fixtures/; the growing corpus lives in .fuzz/corpus
# and crashing inputs in .fuzz/artifacts (both git-ignored). Keep every crash as a regression
# fixture in Fixtures/regressions/ with a test.
#
# Usage: scripts/fuzz.sh [SECONDS] [json|loader|both|inflate|workbook|allocation|import|review|rpc|sie|all]   (both: json and loader)
# Run it under `nice -n 19` on a shared machine. The log of each run is .fuzz/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
which="${2:-all}"
work=.fuzz
mkdir -p "$work/bin" "$work/artifacts"

build() {
  local name="$1" entry="$2"
  echo "== building $name"
  # shellcheck disable=SC2046
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "Fuzz_$name" -package-name finsam \
    $(find Sources/FinsamCore -name '*.swift' | sort) "$entry" \
    -o "$work/bin/$name" 2> "$work/$name.build.log" \
    || { cat "$work/$name.build.log" >&2; exit 1; }
}

seed() {
  local corpus="$1" name="$2"
  mkdir -p "$corpus"
  # Copies, so libFuzzer never writes into Fixtures/.
  case "$name" in
    inflate) find Fixtures/deflate -type f -name '*.deflate' -size -16k ;;
    workbook) find Fixtures/xlsx -type f -name '*.xlsx' ;;
    allocation) find Fixtures -type f \( -name '*.json' -o -name '*.csv' \) -size -64k ;;
    import) find Fixtures -type f -name '*.csv' -size -64k ;;
    rpc) find Fixtures/lsp -type f -name '*.lsp' ;;
    sie) find Fixtures/sie -type f -name '*.se' ;;
    *) find Fixtures -type f -name '*.json' -size -64k ;;
  esac | while read -r file; do
    cp "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')"
  done
  if [ "$name" = workbook ]; then
    # Each workbook's sheets as plain XML, the target's other way in.
    python3 - "$corpus" Fixtures/xlsx/*.xlsx <<'PY'
import sys, zipfile, os
corpus = sys.argv[1]
for book in sys.argv[2:]:
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                out = os.path.join(corpus, "seed-" + os.path.basename(book) + "-" + os.path.basename(name))
                open(out, "wb").write(z.read(name))
PY
  fi
}

run() {
  local name="$1" pattern="${2:-*.json}" dict="${3:-Fuzz/plan.dict}"
  local corpus="$work/corpus/$name"
  seed "$corpus" "$name"
  local dict=Fuzz/plan.dict
  case "$name" in inflate) dict="" ;; workbook) dict=Fuzz/xml.dict ;; rpc) dict=Fuzz/rpc.dict ;; sie) dict=Fuzz/sie.dict ;; esac
  echo "== fuzzing $name for $seconds s"
  "$work/bin/$name" "$corpus" ${dict:+-dict=$dict} -max_total_time="$seconds" -max_len=16384 \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$name-" > "$work/$name.log" 2>&1 || {
      echo "fuzzer $name stopped with a finding: see $work/$name.log and $work/artifacts/" >&2
      tail -40 "$work/$name.log" >&2
      return 1
    }
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done)' "$work/$name.log" || tail -3 "$work/$name.log"
}

case "$which" in
  both) targets="json loader" ;;
  all) targets="json loader inflate workbook allocation import review rpc sie" ;;
  json|loader|inflate|workbook|allocation|import|review|rpc|sie) targets="$which" ;;
  *) echo "unknown target $which (json, loader, both, inflate, workbook, allocation, import, review, rpc, sie, all)" >&2; exit 64 ;;
esac
entry() {
  case "$1" in
    json) echo Fuzz/FuzzJSONReader.swift ;; loader) echo Fuzz/FuzzLoader.swift ;;
    inflate) echo Fuzz/FuzzInflater.swift ;; workbook) echo Fuzz/FuzzWorkbook.swift ;;
    allocation) echo Fuzz/FuzzAllocation.swift ;; import) echo Fuzz/FuzzImport.swift ;;
    review) echo Fuzz/FuzzReview.swift ;; rpc) echo Fuzz/FuzzRPCReader.swift ;; sie) echo Fuzz/FuzzSIEReader.swift ;;
  esac
}
status=0
for target in $targets; do build "$target" "$(entry "$target")"; done
for target in $targets; do run "$target" || status=1; done
exit $status
