#!/usr/bin/env bash
# Renders finsam's HTML reports with headless Chromium and saves screenshots, to check them as
# a person would. The PNGs go to .build/render/ (ignored by git, like every *.png).
#
#   scripts/render-html.sh [PLAN...]     default: the three seed fixtures
#
# Needs Debian's `chromium` (apt-get update && apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "render-html: no chromium found; install it with: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

swift build >/dev/null
finsam=.build/debug/finsam
out=.build/render
mkdir -p "$out"

if [ "$#" -gt 0 ]; then plans=("$@"); else plans=(Fixtures/plans/*.json); fi

shoot() {  # shoot NAME HEIGHT finsam-arguments...
  local name=$1 height=$2; shift 2
  "$finsam" "$@" --format html --output "$out/$name.html"
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1400,"$height" --screenshot="$PWD/$out/$name.png" "file://$PWD/$out/$name.html" >/dev/null 2>&1
  echo "rendered $out/$name.png"
}

shoot equity-cap-sv 1500 report equity-cap "${plans[@]}" --lang sv
for plan in "${plans[@]}"; do
  base=$(basename "$plan" .json)
  shoot "budget-$base-sv" 1900 report budget "$plan" --years 3 --lang sv
done
