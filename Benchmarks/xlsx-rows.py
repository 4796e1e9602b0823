#!/usr/bin/env python3
"""Writes a workbook with a small budget and then N empty rows (default a million), deflated,
for timing `finsam import xlsx` on a sheet of many rows (Benchmarks/xlsx-rows.sh prints the figures)."""
import sys
import zipfile

rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
out = sys.argv[1]
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def cell(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
body = ('<row r="1">' + cell("A1", "Test Samordningsförbund") + '</row>'
        '<row r="2">' + cell("A2", "Belopp i kr") + cell("B2", "Budget 2024") + '</row>'
        '<row r="3">' + cell("A3", "Försäkringskassan") + '<c r="B3"><v>500</v></c></row>')
body += "".join('<row r="%d"/>' % r for r in range(4, 4 + rows))
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook %s><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>' % ns)
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, body))
