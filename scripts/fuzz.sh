#!/usr/bin/env bash
# Builds finsam's libFuzzer targets and runs each for SECONDS (default 60):
#   json    Fuzz/FuzzJSONReader.swift: the JSON reader alone
#   loader  Fuzz/FuzzLoader.swift: reader, plan decoder, ledger, every rule, both reporters
#   sie     Fuzz/FuzzSIEReader.swift: the SIE reader, import sie's checks and placement, the
#           follow-up set into a plan, the budget read back (seeds: Fixtures/sie/*.se)
# Each target is Sources/FinsamCore/**/*.swift compiled together with its entry file, with
# -sanitize=fuzzer,address. Seeds come from Fixtures/; the growing corpus lives in .fuzz/corpus
# and crashing inputs in .fuzz/artifacts (both git-ignored). Keep every crash as a regression
# fixture in Fixtures/regressions/ with a test.
#
# Usage: scripts/fuzz.sh [SECONDS] [json|loader|sie|both|all]   (both = json and loader; all = the three)
# Run it under `nice -n 19` on a shared machine. The log of each run is .fuzz/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
which="${2:-both}"
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
  local corpus="$1" pattern="${2:-*.json}"
  mkdir -p "$corpus"
  # Copies, so libFuzzer never writes into Fixtures/.
  find Fixtures -type f -name "$pattern" -size -64k | while read -r file; do
    cp "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')"
  done
}

run() {
  local name="$1" pattern="${2:-*.json}" dict="${3:-Fuzz/plan.dict}"
  local corpus="$work/corpus/$name"
  seed "$corpus" "$pattern"
  echo "== fuzzing $name for $seconds s"
  "$work/bin/$name" "$corpus" -dict="$dict" -max_total_time="$seconds" -max_len=16384 \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$name-" > "$work/$name.log" 2>&1 || {
      echo "fuzzer $name stopped with a finding: see $work/$name.log and $work/artifacts/" >&2
      tail -40 "$work/$name.log" >&2
      return 1
    }
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done)' "$work/$name.log" || tail -3 "$work/$name.log"
}

status=0
wants() { [ "$which" = "$1" ] || [ "$which" = all ] || { [ "$which" = both ] && [ "$1" != sie ]; }; }
if wants json; then build json Fuzz/FuzzJSONReader.swift; fi
if wants loader; then build loader Fuzz/FuzzLoader.swift; fi
if wants sie; then build sie Fuzz/FuzzSIEReader.swift; fi
if wants json; then run json || status=1; fi
if wants loader; then run loader || status=1; fi
if wants sie; then run sie '*.se' Fuzz/sie.dict || status=1; fi
exit $status
