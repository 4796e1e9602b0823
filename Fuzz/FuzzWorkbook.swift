/// libFuzzer entry for the workbook reader. Not part of the SwiftPM package: `scripts/fuzz.sh`
/// compiles it together with every file of `Sources/FinsamCore`.
///
/// Input starting with `PK` is a whole workbook: ZIP, inflater, XML, sheets, then the budget
/// importer. Anything else is one worksheet part's XML, so the fuzzer reaches the XML and sheet
/// readers without first having to forge a ZIP entry's CRC-32.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let catalog = Catalog(language: .en)
    if bytes.starts(with: [0x50, 0x4B]) {
        do throws(WorkbookError) {
            var reader = try WorkbookReader(bytes, limits: Inflater.Limits(maxOutput: 8 << 20, maxRatio: 200))
            let table = try reader.table(sheet: nil)
            check(table, catalog)
        } catch {
            guard !catalog.render(error.message).hasPrefix("xlsx.") else { fatalError("no message for \(error)") }
        }
        return 0
    }
    var sheet = SheetReader(strings: ["Budget 2024", "Plan 2025", "Försäkringskassan", "Kansli"])
    do throws(XMLError) {
        try sheet.read(bytes)
    } catch {
        let located = error.inPart("sheet.xml", bytes: bytes)
        guard !catalog.render(located.message).hasPrefix("xlsx.") else { fatalError("no message for \(error)") }
        return 0
    }
    do throws(WorkbookError) {
        check(try WorksheetTable(sheet: "Fuzz", reader: sheet), catalog)
    } catch {
        guard !catalog.render(error.message).hasPrefix("xlsx.") else { fatalError("no message for \(error)") }
    }
    return 0
}

/// The importer runs on the table and every issue names a cell of the sheet.
func check(_ table: WorksheetTable, _ catalog: Catalog) {
    let result = BudgetImporter().run(sheet: table)
    for issue in result.issues + result.notes {
        let name = table.cellName(row: issue.row, column: issue.column)
        guard name.hasPrefix(WorksheetTable.quoted(table.sheet) + "!") else { fatalError("bad cell name \(name)") }
        _ = catalog.render(issue.message)
    }
    _ = result.plan?.rendered()
}
