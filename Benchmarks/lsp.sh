#!/usr/bin/env bash
# How long `finsam lsp` takes from a change to its diagnostics: builds finsam-lsp-bench
# (Benchmarks/LSP/main.swift) in release mode and runs it on the typical plan, then on generated
# plans of a few sizes. Prints figures; nothing here is a pass/fail test.
#
# Usage: Benchmarks/lsp.sh [RUNS]   (default 200 changes per plan)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200}"
swift build -c release --product finsam-lsp-bench > /dev/null
swift build -c release --product finsam-plangen > /dev/null
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin/finsam-lsp-bench" Fixtures/plans/sodra-vatterbygden-2024.json --runs "$runs"
for size in "20 3" "200 10" "900 50"; do
  set -- $size
  "$bin/finsam-plangen" --initiatives "$1" --years "$2" --seed 1 > "$work/plan-$1.json"
  echo
  "$bin/finsam-lsp-bench" "$work/plan-$1.json" --runs "$runs"
done
