#!/usr/bin/env python3
"""Writes the SIE fixtures of Fixtures/sie/ in code page 437, as accounting programs do.

The books are typed here by hand (UTF-8 in this script, so they read as text), and encoded with
Python's own cp437 codec: a check of finsam's own code page table that does not come from it.
Tests/FinsamCoreTests/SIEImportTests.swift works out every sum by hand from these lines.
Run from the repository root: python3 scripts/make-sie-fixtures.py
"""
import pathlib

HEAD = """#FLAGGA 0
#PROGRAM "Exempel Ekonomi" 4.2
#FORMAT PC8
#GEN 20240701
#SIETYP 4
#FNAMN "Samordningsförbundet Exempel"
#ORGNR {orgnr}
#RAR 0 {year}0101 {year}1231
#RAR -1 {prev}0101 {prev}1231
#KPTYP "Kommun-Bas 13"
#KONTO 1930 "Bank"
#KTYP 1930 T
#KONTO 2010 "Eget kapital"
#KONTO 2099 "Årets resultat"
#KONTO 2440 "Leverantörsskulder"
#KONTO 3510 "Bidrag från Försäkringskassan"
#KONTO 3511 "Bidrag från Arbetsförmedlingen"
#KONTO 3520 "Bidrag från regionen"
#KONTO 3530 "Bidrag från kommuner"
#KONTO 3590 "Övriga bidrag, projektmedel"
#KONTO 4610 "Köp av verksamhet"
#KTYP 4610 K
#KONTO 4620 "Köp av insatser"
#KONTO 5010 "Löner kansli"
#KONTO 6110 "Kontorsmaterial"
#KONTO 7010 "Bilkostnader"
#DIM 6 "Projekt"
#DIM 8 "Kund"
#OBJEKT 6 "P12" "Enter - stöd till arbete"
#OBJEKT 6 "P13" "Steget"
#OBJEKT 8 "A" "A kommun"
#OBJEKT 8 "B" "B kommun"
#UNDERDIM 9 "Delprojekt" 6
#IB 0 1930 450000.00
#IB 0 2010 -350000.00
#IB 0 2099 -50000.00
#IB 0 2440 -50000.00
#UB -1 1930 450000.00
#RES -1 3510 -480000.00
#PSALDO 0 {year}01 3510 {{}} -250000.00
#PSALDO 0 {year}03 4610 {{6 "P12"}} 45000.50
{totals}"""

# The year's totals as the accounting program prints them, worked out by hand from the vouchers
# below (all their rows, whatever the date; the #BTRANS not counted, the #RTRANS once):
# 1930: 450 000 + 500 000 + 250 000 + 250 000 - 30 000 - 45 000,50 - 1 500 + 60 000 - 20 000
#       - 4 999,50 = 1 408 500; 2440: -50 000 - 80 000 - 10 000 = -140 000;
# 4610: 45 000,50 + 4 999,50; 5010: 30 000 + 10 000 + 20 000; 6110: 1 200 + 300.
TOTALS = """#UB 0 1930 1408500.00
#UB 0 2010 -350000.00
#UB 0 2099 -50000.00
#UB 0 2440 -140000.00
#RES 0 3510 -250000.00
#RES 0 3511 -250000
#RES 0 3520 -250000.00
#RES 0 3530 -250000.00
#RES 0 3590 -60000.00
#RES 0 4610 50000.00
#RES 0 4620 80000.00
#RES 0 5010 60000.00
#RES 0 6110 1500.00
"""

VOUCHERS = """#VER A 1 {year}0115 "Medlemsbidrag staten" {year}0116
{{
   #TRANS 1930 {{}} 500000.00
   #TRANS 3510 {{}} -250000.00
   #TRANS 3511 {{}} -250000
}}
#VER A 2 {year}0120 "Medlemsbidrag regionen"
{{
   #TRANS 1930 {{}} 250000.00
   #TRANS 3520 {{}} -250000.00
}}
#VER A 3 {year}0131 "Medlemsbidrag kommunerna"
{{
   #TRANS 1930 {{}} 250000.00
   #TRANS 3530 {{8 "A"}} -62500.00 "" "A kommun"
   #TRANS 3530 {{8 "B"}} -187500.00 "" "B kommun"
}}
#VER A 4 {year}0228 "Löner februari"
{{
   #TRANS 5010 {{}} 30000.00
   #TRANS 1930 {{}} -30000.00
}}
#VER A 5 {year}0315 "Enter, lön coach"
{{
   #TRANS 4610 {{6 "P12"}} 45000.50 {year}0315 "Coach \\"Enter\\""
   #TRANS 1930 {{}} -45000.50
}}
#VER A 6 {year}0410 "Steget, faktura"
{{
   #TRANS 4620 {{6 "P13"}} 80000.00
   #TRANS 2440 {{}} -80000.00
}}
#VER A 7 {year}0505 "Kontorsmaterial, rättad"
{{
   #TRANS 6110 {{}} 1200.00 {year}0505 "Papper"
   #BTRANS 6110 {{}} 1500.00 {year}0506 "Fel belopp" 1 "Kalle"
   #RTRANS 6110 {{}} 300.00 {year}0507 "Toner" 1 "Kalle"
   #TRANS 6110 {{}} 300.00 {year}0507 "Toner"
   #TRANS 1930 {{}} -1500.00
}}
#VER A 8 {year}0620 "Projektmedel"
{{
   #TRANS 1930 {{}} 60000.00
   #TRANS 3590 {{}} -60000.00
}}
#VER A 9 {year}0628 "Löner juli"
{{
   #TRANS 5010 {{}} 10000.00 {year}0702
   #TRANS 2440 {{}} -10000.00 {year}0702
}}
#VER A 10 {year}0815 "Löner augusti"
{{
   #TRANS 5010 {{}} 20000.00
   #TRANS 1930 {{}} -20000.00
}}
#VER A 11 {year}0705 "Enter, juni"
{{
   #TRANS 4610 {{6 "P12"}} 4999.50 {year}0629
   #TRANS 1930 {{}} -4999.50 {year}0629
}}
"""

UNBALANCED = """#VER B 1 {year}0301 "Felaktig verifikation"
{{
   #TRANS 5010 {{}} 1000.00
   #TRANS 1930 {{}} -900.00
}}
"""

UNMAPPED = """#VER B 2 {year}0302 "Bilresa"
{{
   #TRANS 7010 {{}} 2500.00
   #TRANS 1930 {{}} -2500.00
}}
"""


def books(orgnr="222000-1230", year=2024, extra=""):
    # Books with vouchers added for a test have no totals: those would no longer add up.
    totals = TOTALS if not extra else ""
    text = HEAD.format(orgnr=orgnr, year=year, prev=year - 1, totals=totals) + VOUCHERS.format(year=year) + extra.format(year=year)
    return text.replace("\n", "\r\n").encode("cp437")


def main():
    out = pathlib.Path("Fixtures/sie")
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "books-2024.se": books(),
        "books-unbalanced.se": books(extra=UNBALANCED),
        "books-2023.se": books(year=2023),
        "books-other-org.se": books(orgnr="556677-8899"),
        "books-unmapped.se": books(extra=UNMAPPED),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)
        print("wrote", out / name, len(data), "bytes")


if __name__ == "__main__":
    main()
