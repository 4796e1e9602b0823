#!/usr/bin/env bash
# finsam's benchmark: builds a static release, generates deterministic inputs, times finsam
# against its baselines in the same run, and prints one table. Not run by CI (too noisy there);
# CI builds the benchmark's Swift targets so they never rot.
#
#   Benchmarks/run.sh [--quick] [--shapes]
#     --quick: fewer runs, smaller inputs (a smoke test)
#     --shapes: only the plans of each shape (issue 18), not the start-up, many-file and projection cases
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0; only_shapes=0
for arg in "$@"; do
  case $arg in --quick) quick=1 ;; --shapes) only_shapes=1 ;; esac
done
work=${FINSAM_BENCH_DIR:-/tmp/finsam-bench}
mkdir -p "$work"
runs=$([ $quick = 1 ] && echo 5 || echo 20)

echo "== building (release, static Swift stdlib)" >&2
swift build -c release --static-swift-stdlib --scratch-path .build-static >&2
bin=.build-static/release
# The baseline "does nothing" binary, built the same way (the same linker settings as finsam's).
mkdir -p "$work/empty/Sources/empty"
printf '// swift-tools-version:6.0\nimport PackageDescription\nlet package = Package(name: "empty", targets: [.executableTarget(name: "empty", linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))])])\n' > "$work/empty/Package.swift"
: > "$work/empty/Sources/empty/main.swift"
(cd "$work/empty" && swift build -c release --static-swift-stdlib >&2)
# Both binaries are timed as installed copies, written the same way just before the runs: how
# the kernel holds a file in its page cache (as the linker wrote it, as `install` wrote it, or
# read back from disk) moved finsam's start-up by up to 0.2 ms and the empty binary's by less,
# so the two must be in the same state for their ratio to mean anything.
mkdir -p "$work/bin"
install -m 755 "$work/empty/.build/release/empty" "$work/bin/empty"
install -m 755 "$bin/finsam" "$work/bin/finsam"
empty="$work/bin/empty"
finsam="$work/bin/finsam"

echo "== generating inputs" >&2
if [ $only_shapes = 0 ]; then
  if [ $quick = 1 ]; then big_args="--initiatives 900 --years 50"; else big_args="--initiatives 9000 --years 50"; fi
  $bin/finsam-plangen $big_args --seed 1 > "$work/big.json"
  rm -rf "$work/many" && mkdir -p "$work/many"
  files=$([ $quick = 1 ] && echo 100 || echo 1000)
  for i in $(seq 1 $files); do $bin/finsam-plangen --initiatives 20 --years 3 --seed "$i" > "$work/many/plan-$i.json"; done
fi

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }

# time_case NAME BYTES COMMAND...: median seconds (hyperfine) and peak RSS (/usr/bin/time).
results="$work/results.tsv"; : > "$results"
time_case() {
  local name=$1 bytes=$2; shift 2
  local quoted; quoted=$(printf '%q ' "$@")
  hyperfine -N --warmup "${warmup:-3}" --runs "$runs" --export-json "$work/h.json" -i "$quoted" >/dev/null 2>&1
  local median; median=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json")
  /usr/bin/time -o "$work/rss" -f '%M' "$@" >/dev/null 2>&1 || true
  local rss; rss=$(tail -1 "$work/rss")
  printf '%s\t%s\t%s\t%s\n' "$name" "$median" "$bytes" "$rss" >> "$results"
}

# Shapes (issue 18): a ~50 MB plan whose size is in one part of the format at a time
# (finsam-plangen --shape), each timed against `jq -c .` on the same file in the same run.
shapes="costs initiatives noend members years followup waivers mixed"
shape_results="$work/shapes.tsv"
shape_cases() {
  local results=$shape_results warmup=1 runs=$([ $quick = 1 ] && echo 3 || echo 5)
  local scale; scale=$([ $quick = 1 ] && echo 0.1 || echo 1)
  : > "$results"
  for shape in $shapes; do
    local file="$work/shape-$shape.json"
    $bin/finsam-plangen --shape "$shape" --scale "$scale" > "$file"
    local bytes; bytes=$(stat -c %s "$file")
    time_case "jq $shape" "$bytes" jq -c . "$file"
    time_case "validate $shape" "$bytes" "$finsam" validate "$file"
    rm -f "$file"
  done
}

# The shapes' table: MB/s of `finsam validate`, how many times faster than jq, peak memory as a
# multiple of the file; targets 150 MB/s, 6x, 3x.
print_shapes() {
  python3 - "$shape_results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, median, size, rss = line.rstrip("\n").split("\t")
    tool, shape = name.split(" ", 1)
    rows.setdefault(shape, {})[tool] = (float(median), int(size), int(rss) * 1024)
print(f"{'shape':<12} {'MB':>6} {'validate':>10} {'MB/s':>7} {'jq':>10} {'x jq':>6} {'peak RSS':>9} {'x file':>7}  targets")
for shape, r in rows.items():
    (v, size, rss), (j, _, _) = r["validate"], r["jq"]
    mbs, faster, memory = size / 1e6 / v, j / v, rss / size
    met = " ".join(("ok" if ok else "MISS") + " " + what for ok, what in
                   [(mbs >= 150, "150MB/s"), (faster >= 6, "6x"), (memory <= 3, "3x")])
    print(f"{shape:<12} {size/1e6:>6.1f} {v*1000:>8.1f}ms {mbs:>7.1f} {j*1000:>8.1f}ms {faster:>6.1f} "
          f"{rss/1e6:>7.1f}MB {memory:>7.2f}  {met}")
PY
}

if [ $only_shapes = 1 ]; then
  shape_cases
  print_shapes
  exit 0
fi

plan=Fixtures/plans/sodra-vatterbygden-2024.json
time_case "empty static binary" 0 "$empty"
time_case "validate typical plan" "$(stat -c %s $plan)" "$finsam" validate "$plan"
time_case "jq -c . big plan" "$(stat -c %s "$work/big.json")" jq -c . "$work/big.json"
time_case "validate big plan" "$(stat -c %s "$work/big.json")" "$finsam" validate "$work/big.json"
time_case "validate big plan, one thread" "$(stat -c %s "$work/big.json")" env FINSAM_THREADS=1 "$finsam" validate "$work/big.json"
manybytes=$(cat "$work"/many/*.json | wc -c)
time_case "validate $files files, one process" "$manybytes" "$finsam" validate "$work"/many/*.json
time_case "validate $files files, one process each" "$manybytes" bash -c 'for f in "$0"/many/*.json; do "$1" validate "$f" >/dev/null || true; done' "$work" "$finsam"
time_case "report equity-cap, $files files, one process" "$manybytes" "$finsam" report equity-cap "$work"/many/*.json

# Start-up once more, the two commands in turn for many rounds (finsam-interleave): hyperfine
# times each command's runs in one batch, and on a shared machine the batches drift apart by
# more than the margin a start-up ratio turns on.
rounds=$([ $quick = 1 ] && echo 100 || echo 1000)
$bin/finsam-interleave "$rounds" "$empty" ';' "$finsam" validate "$plan" > "$work/interleaved.txt"

# Projection: in process (finsam-phases), three sizes to show cost grows linearly.
projection="$work/projection.tsv"; : > "$projection"
for n in 2500 5000 10000; do
  $bin/finsam-plangen --initiatives "$n" --years 1 --ends 2080 --seed 7 > "$work/project-$n.json"
  ms=$($bin/finsam-phases "$work/project-$n.json" --runs "$runs" --project 50 | awk '/ projection:/ { for (i = 1; i < NF; i++) if ($(i + 1) ~ /^ms,?$/) { print $i; exit } }')
  printf '%s\t%s\n' "$n" "$ms" >> "$projection"
done

python3 - "$results" "$projection" "$work/interleaved.txt" "$rounds" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
by = {r[0]: float(r[1]) for r in rows}
base = {"validate typical plan": "empty static binary", "validate big plan": "jq -c . big plan",
        "validate big plan, one thread": "jq -c . big plan"}
each = next((r[0] for r in rows if r[0].endswith("one process each")), None)
for r in rows:
    if r[0].endswith("one process") and each:
        base[r[0]] = each
print(f"{'case':<40} {'median':>10} {'MB/s':>9} {'peak RSS':>10}  ratio")
for name, median, size, rss in rows:
    median = float(median); size = int(size)
    mbs = f"{size / 1e6 / median:.1f}" if size else "-"
    ratio = ""
    if name in base and base[name] in by:
        ratio = f"{median / by[base[name]]:.2f}x of {base[name]}"
        if median < by[base[name]]:
            ratio += f" ({by[base[name]] / median:.1f}x faster)"
    print(f"{name:<40} {median*1000:>8.1f}ms {mbs:>9} {int(rss)/1024:>8.1f}MB  {ratio}")
print()
lines = [line.split() for line in open(sys.argv[3])]
print(f"start-up, the two in turn over {sys.argv[4]} rounds (median): empty {lines[0][0]} ms, "
      f"validate typical plan {lines[1][0]} ms: {lines[1][2]}x of empty static binary")
print()
print("projection, 50 years, in process (median ms; linear when ms doubles with initiatives):")
for line in open(sys.argv[2]):
    n, ms = line.split()
    print(f"  {int(n):>6} initiatives x 50 years: {float(ms):8.1f} ms")
PY

echo
shape_cases
print_shapes
# Findings (issue 18): what each finding costs in every output format, beyond reading the plan.
echo
if [ $quick = 1 ]; then Benchmarks/findings.sh --quick "$finsam"; else Benchmarks/findings.sh "$finsam"; fi
