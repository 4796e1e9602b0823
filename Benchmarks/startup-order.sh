#!/usr/bin/env bash
# Writes Benchmarks/startup-order.txt: the code sections a short run of finsam executes, in one
# list, which the release link (Package.swift, Linux) places side by side so start-up touches
# fewer pages of the binary. Re-run it after large changes; a stale list costs only speed (the
# linker places sections it does not name after those it does, and ignores names it lacks).
#
#   Benchmarks/startup-order.sh        needs valgrind (apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is missing: apt-get install valgrind" >&2; exit 1; }
swift build -c release --static-swift-stdlib --scratch-path .build-static --product finsam >&2
bin=.build-static/release/finsam
plan=Fixtures/plans/sodra-vatterbygden-2024.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$1.out" "${@:2}" >/dev/null 2>&1 || true
}
# The runs an editor or CI makes: validate (the common case first), reports, a projection, help.
run validate "$bin" validate "$plan"
run sunnerbo "$bin" validate Fixtures/plans/sunnerbo-2022.json
run json "$bin" validate --format json "$plan"
run report "$bin" report equity-cap "$plan"
run project "$bin" budget project "$plan" --years 3
run help "$bin" --help
# Each function once: the first run's in name order, then what each later run adds (the same
# list for the same binary; callgrind's own order varies). Sections are named .text.<symbol>.
for name in validate sunnerbo json report project help; do
  grep -oE '^c?fn=\([0-9]+\) [^ ]+' "$work/$name.out" | awk '{print $2}' | LC_ALL=C sort -u
done | awk '!/^0x/ && !seen[$0]++ { print ".text." $0 }' > Benchmarks/startup-order.txt
echo "wrote $(wc -l < Benchmarks/startup-order.txt) sections to Benchmarks/startup-order.txt" >&2
# SwiftPM does not know the linker reads this file: remove the binary so the next build links anew.
rm -f .build-static/x86_64-unknown-linux-gnu/release/finsam
