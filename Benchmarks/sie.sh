#!/usr/bin/env bash
# How fast `finsam import sie` reads large books: generates deterministic SIE 4E files of
# 10 000 and 100 000 vouchers (two rows each; about 1 and 10 MB, code page 437), runs
# `import sie --dry-run` on each a few times and prints the best time and rows per second.
# Not run by CI. Uses an existing build: FINSAM=path/to/finsam (default .build/release/finsam;
# build it with `swift build -c release`).
#
#   Benchmarks/sie.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
finsam=${FINSAM:-.build/release/finsam}
runs=${1:-3}
work=${FINSAM_BENCH_DIR:-/tmp/finsam-bench-sie}
mkdir -p "$work"
[ -x "$finsam" ] || { echo "no $finsam: build it with swift build -c release, or set FINSAM" >&2; exit 1; }

generate() {
  python3 - "$1" "$2" <<'PY'
import random, sys
count, path = int(sys.argv[1]), sys.argv[2]
random.seed(1)
lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#GEN 20240701", '#FNAMN "Samordningsförbundet Exempel"',
         "#ORGNR 222000-1230", "#RAR 0 20240101 20241231", "#IB 0 2010 -350000.00", "#IB 0 2099 -50000.00"]
for n in range(1, count + 1):
    account = random.choice(["5010", "6110", "4620", "4610"])
    ore = random.randint(1, 10_000_000)
    amount = f"{ore // 100}.{ore % 100:02d}"
    objects = '{6 "P12"}' if account == "4610" else "{}"
    lines += [f'#VER A {n} 2024{random.randint(1, 12):02d}{random.randint(1, 28):02d} "Verifikation {n}"', "{",
              f"   #TRANS {account} {objects} {amount}", f"   #TRANS 1930 {{}} -{amount}", "}"]
open(path, "wb").write(("\r\n".join(lines) + "\r\n").encode("cp437"))
PY
}

printf '%-10s %10s %10s %12s\n' vouchers bytes best_s rows_per_s
for count in 10000 100000; do
  file="$work/books-$count.se"
  [ -f "$file" ] || generate "$count" "$file"
  best=""
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$finsam" import sie "$file" --plan Fixtures/sie/plan-2024.json --accounts Fixtures/sie/accounts.json \
      --as-of 2024-06-30 --dry-run --partial > /dev/null 2>&1
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc -l)" = 1 ]; then best=$elapsed; fi
  done
  printf '%-10s %10s %10.3f %12.0f\n' "$count" "$(stat -c %s "$file")" "$best" "$(echo "2 * $count / $best" | bc -l)"
done
