#!/usr/bin/env bash
# Converts the CSV fixtures (Fixtures/csv/*.csv, the UTF-8 ones) to workbooks saved by
# LibreOffice Calc, in Fixtures/xlsx/, for the `finsam import xlsx` tests: Excel and LibreOffice
# write different XML (LibreOffice: shared strings, deflated entries), so the tests read files a
# real spreadsheet program wrote, not only finsam's own export.
#
# The CSV is read as Swedish (language 1053): `;` separated, UTF-8, so `1 844,5` becomes the
# number 1844.5, as when a Swedish user opens the file. Needs Debian's libreoffice-calc
# (`apt-get install -y libreoffice-calc`). The results are committed; run again only to renew them.
#
# It also writes Fixtures/xlsx/recalculated-*.xlsx: each seed CSV imported, exported by finsam's
# own `export xlsx`, opened and saved by LibreOffice, so its formulas carry cached values (the
# round-trip test).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc" >&2; exit 1; }
profile=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT
lo() { soffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null 2>&1; }

for csv in Fixtures/csv/*.csv; do
  case "$csv" in *.cp1252.csv) continue ;; esac
  name=$(basename "$csv" .csv)
  lo --infilter="CSV:59,34,76,1,,1053" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$csv"
  mv "$work/$name.xlsx" "Fixtures/xlsx/$name.xlsx"
  echo "Fixtures/xlsx/$name.xlsx"
done

swift build >/dev/null
for name in sodra-vatterbygden-2024 sundsvall-2022 sunnerbo-2022; do
  plan=$work/$name.json
  .build/debug/finsam import csv "Fixtures/csv/$name.csv" --mapping "Fixtures/csv/$name.mapping.json" --output "$plan" >/dev/null 2>&1
  .build/debug/finsam export xlsx "$plan" --out "$work/$name.xlsx"
  mkdir -p "$work/out"
  lo --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/out" "$work/$name.xlsx"
  mv "$work/out/$name.xlsx" "Fixtures/xlsx/recalculated-$name.xlsx"
  echo "Fixtures/xlsx/recalculated-$name.xlsx"
done
