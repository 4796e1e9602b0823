#!/usr/bin/env bash
# Findings benchmark (issue 18): how much each finding costs in every output format, beyond
# reading the plan. Two plans of the same size (finsam-plangen --shape findings and
# findings-baseline): one whose every initiative lacks an end date (a warning each), one with
# none. Each format's run on both is timed in turn, round after round (the same drift for
# both), and the difference is what the findings cost:
#
#   findings/s     = findings / (median time with findings - median time without), by the
#                    wall clock and by CPU time (user + system, which other sessions' load on a
#                    shared machine moves less)
#   bytes/finding  = (peak RSS with findings - peak RSS without) / findings
#
#   Benchmarks/findings.sh [--quick] [FINSAM]   FINSAM: the binary to time (default: a static
#                                               release built here, installed to the work dir)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0; [ "${1:-}" = "--quick" ] && { quick=1; shift; }
work=${FINSAM_BENCH_DIR:-/tmp/finsam-bench}/findings
mkdir -p "$work"
if [ -n "${1:-}" ]; then
  finsam=$1
else
  swift build -c release --static-swift-stdlib --scratch-path .build-static >&2
  install -m 755 .build-static/release/finsam "$work/finsam"
  finsam="$work/finsam"
fi
swift build -c release --static-swift-stdlib --scratch-path .build-static --product finsam-plangen >&2
gen=.build-static/release/finsam-plangen
count=$([ $quick = 1 ] && echo 50000 || echo 387000)
rounds=$([ $quick = 1 ] && echo 3 || echo 5)
$gen --shape findings --initiatives "$count" --years 3 > "$work/findings.json"
$gen --shape findings-baseline --initiatives "$count" --years 3 > "$work/baseline.json"

python3 - "$finsam" "$work" "$count" "$rounds" <<'PY'
import os, statistics, sys, time
finsam, work, count, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
formats = ["text", "json", "github", "sarif", "junit", "markdown", "checkstyle"]
devnull = os.open(os.devnull, os.O_WRONLY)

def run(arguments):
    """Wall seconds, CPU seconds and peak RSS (bytes) of one run, its output discarded."""
    start = time.perf_counter()
    pid = os.posix_spawn(arguments[0], arguments, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status, usage = os.wait4(pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024

size = os.path.getsize(f"{work}/findings.json")
print(f"findings: {count} findings ({size / 1e6:.1f} MB plan, every initiative without an end date) "
      f"against the same plan without them; {rounds} rounds in turn, medians")
print(f"{'format':<11} {'without':>9} {'with':>9} {'findings/s':>12} {'CPU findings/s':>15} "
      f"{'RSS without':>12} {'RSS with':>10} {'bytes/finding':>14}")
for name in formats:
    base = [finsam, "validate", "--format", name, f"{work}/baseline.json"]
    with_ = [finsam, "validate", "--format", name, f"{work}/findings.json"]
    times = {"base": [], "with": []}
    cpu = {"base": [], "with": []}
    rss = {"base": 0, "with": 0}
    run(base); run(with_)  # warm the page cache
    for _ in range(rounds):
        for key, command in (("base", base), ("with", with_)):
            seconds, cpu_seconds, peak = run(command)
            times[key].append(seconds)
            cpu[key].append(cpu_seconds)
            rss[key] = max(rss[key], peak)
    def rate(samples):
        extra = statistics.median(samples["with"]) - statistics.median(samples["base"])
        return count / extra if extra > 0 else float("inf")
    b, w = statistics.median(times["base"]), statistics.median(times["with"])
    per = (rss["with"] - rss["base"]) / count
    print(f"{name:<11} {b*1000:>7.0f}ms {w*1000:>7.0f}ms {rate(times):>12,.0f} {rate(cpu):>15,.0f} "
          f"{rss['base']/2**20:>10.1f}MB {rss['with']/2**20:>8.1f}MB {per:>14.0f}")
PY
