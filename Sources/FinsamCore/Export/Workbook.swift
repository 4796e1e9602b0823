/// A plan as an Excel workbook: the budget table, the member contributions and the equity cap,
/// one sheet each; see ``WorksheetXML`` for how cells are written.
public struct Workbook: Sendable {
    let sheets: [WorksheetXML]

    public init(_ ledger: Ledger) {
        sheets = [Self.budget(ledger), Self.contributions(ledger), Self.equity(ledger)]
    }

    /// The XLSX package, or nil when it is too large for a ZIP without ZIP64.
    public func bytes() -> [UInt8]? {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: contentTypes)
        zip.add(
            "_rels/.rels",
            text: XMLText.declaration
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        )
        zip.add("xl/workbook.xml", text: workbook)
        zip.add("xl/_rels/workbook.xml.rels", text: relationships)
        zip.add("xl/styles.xml", text: Self.styles)
        for (index, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", text: sheet.xml) }
        return zip.bytes()
    }

    private var contentTypes: String {
        var out = XMLText.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out +=
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        out +=
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in sheets.indices {
            out +=
                "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>"
    }

    private var workbook: String {
        var out =
            XMLText.declaration
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            out +=
                "<sheet " + XMLText.attribute("name", sheet.name)
                + " sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        // No cached values are written: every formula is computed when the file is opened.
        return out + "</sheets><calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
    }

    private var relationships: String {
        var out =
            XMLText.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            out +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        out +=
            "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>"
    }

    /// Number formats shown the Swedish way by a Swedish Excel (the codes are locale-neutral:
    /// `#,##0` prints `12 663 324`): whole units, kronor with öre, tkr with up to five decimals,
    /// and percent with one decimal. Styles 0 plain, 1–3 numbers, 4 bold text, 5–7 bold numbers,
    /// 8 percent.
    static let styles: String = {
        var out =
            XMLText.declaration + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        out +=
            "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"#,##0\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/>"
        out +=
            "<numFmt numFmtId=\"166\" formatCode=\"#,##0.0####\"/><numFmt numFmtId=\"167\" formatCode=\"0.0%\"/></numFmts>"
        out +=
            "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        out +=
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        out += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        out +=
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"9\">"
        for (format, font) in [(0, 0), (164, 0), (165, 0), (166, 0), (0, 1), (164, 1), (165, 1), (166, 1), (167, 0)] {
            out += "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            out += (format != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "") + "/>"
        }
        out +=
            "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return out
    }()
}
