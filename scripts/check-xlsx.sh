#!/usr/bin/env bash
# Opens finsam's XLSX export in LibreOffice (headless), lets it recalculate every formula (the
# workbook carries no cached values), converts each sheet to CSV and checks the recalculated
# figures against finsam's own:
#   Budget         every row, formulas included, equals `finsam export csv` (same rows, same amounts)
#   Medlemsbidrag  the SUM row equals the contributions of `finsam report equity-cap --format json`
#   Eget kapital   the cap (contributions × percent) and the margin (cap − equity) formulas equal
#                  the report's cap and margin, to the öre
#
#   scripts/check-xlsx.sh [PLAN...]     default: the three seed fixtures
#
# Needs LibreOffice Calc: apt-get update && apt-get install -y libreoffice-calc
set -euo pipefail
cd "$(dirname "$0")/.."

office=$(command -v soffice || command -v libreoffice || true)
if [ -z "$office" ]; then
  echo "check-xlsx: no soffice found; install it with: apt-get update && apt-get install -y libreoffice-calc" >&2
  exit 1
fi

swift build >/dev/null
finsam=$PWD/.build/debug/finsam
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

plans=("$@")
[ ${#plans[@]} -eq 0 ] && plans=(Fixtures/plans/*.json)

failed=0
for plan in "${plans[@]}"; do
  name=$(basename "$plan" .json)
  "$finsam" export xlsx "$plan" --out "$work/$name.xlsx"
  "$finsam" export csv "$plan" --out "$work/$name.finsam.csv"
  "$finsam" report equity-cap "$plan" --format json --output "$work/$name.cap.json"
  # 59 = ';' separator, 34 = '"', 76 = UTF-8, values not "as shown", -1 = every sheet.
  "$office" --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work" "$work/$name.xlsx" >/dev/null 2>&1
  if python3 - "$work" "$name" <<'PY'
import csv, json, sys
from decimal import Decimal

work, name = sys.argv[1], sys.argv[2]

def rows(path, encoding="utf-8"):
    with open(path, newline="", encoding=encoding) as f:
        return [r for r in csv.reader(f, delimiter=";")]

def swedish(text):
    """finsam's CSV amount: space or no-break space groups, decimal comma."""
    text = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(text) if text else None

def plain(text):
    text = text.strip().rstrip("%")
    return Decimal(text) if text else None

ours = rows(f"{work}/{name}.finsam.csv", "utf-8-sig")
office = rows(f"{work}/{name}-Budget.csv")
problems = []
if len(ours) != len(office):
    problems.append(f"Budget: {len(office)} rows in LibreOffice, {len(ours)} from finsam")
for line, (a, b) in enumerate(zip(ours, office), start=1):
    if a[0] != b[0]:
        problems.append(f"Budget row {line}: label {b[0]!r} != {a[0]!r}")
        continue
    if line <= 2:
        continue
    for column, (x, y) in enumerate(zip(a[1:], b[1:]), start=2):
        if swedish(x) != plain(y):
            problems.append(f"Budget row {line} ({a[0]}) column {column}: LibreOffice {y!r}, finsam {x!r}")

unit = Decimal(1000) if ours[1][0].endswith("tkr") else Decimal(1)
cap = json.load(open(f"{work}/{name}.cap.json", encoding="utf-8"))["tables"][0]["rows"]
members = rows(f"{work}/{name}-Medlemsbidrag.csv")
total = members[-1]
for index, row in enumerate(cap):
    got = plain(total[2 + index]) * unit
    want = Decimal(str(row["cells"]["contributions"]))
    if got != want:
        problems.append(f"Medlemsbidrag {row['cells']['year']}: LibreOffice {got}, finsam {want}")
equity = rows(f"{work}/{name}-Eget kapital.csv")[1:]
for row, sheet in zip(cap, equity):
    cells = row["cells"]
    for key, column in (("cap", 4), ("closingEquity", 5), ("margin", 6)):
        if key not in cells:
            continue
        got = plain(sheet[column]) * unit
        want = Decimal(str(cells[key]))
        if got != want:
            problems.append(f"Eget kapital {cells['year']} {key}: LibreOffice {got}, finsam {want}")

for p in problems:
    print(f"{name}: {p}")
print(f"{name}: {'FAIL' if problems else 'ok'} ({len(ours) - 2} budget rows, {len(cap)} years)")
sys.exit(1 if problems else 0)
PY
  then :; else failed=1; fi
done
exit $failed
