import Foundation
import Testing

@testable import FinsamCore

/// `finsam import xlsx`: workbooks saved by LibreOffice import to the same plan as their CSV,
/// finsam's own export comes back, and each kind of cell is read as the sheet shows it.
struct WorkbookImportTests {
    static let seeds = ExportTests.seeds

    static func mapping(_ seed: String) throws -> ImportMapping {
        try ImportMapping.decode(try fixtureBytes("Fixtures/csv/" + seed + ".mapping.json"))
    }

    @Test(arguments: seeds)
    func libreOfficeWorkbookGivesTheCSVPlan(seed: String) throws {
        // LibreOffice opened the CSV as Swedish and saved it: numbers are number cells, text is
        // in shared strings, every entry deflated. The plan must be the CSV's, byte for byte.
        let importer = BudgetImporter(mapping: try Self.mapping(seed))
        let csv = importer.run(CSVTable(text: SheetText.decode(try fixtureBytes("Fixtures/csv/" + seed + ".csv")).text))
        let sheet = try worksheet(try fixtureBytes("Fixtures/xlsx/" + seed + ".xlsx"))
        let xlsx = importer.run(sheet: sheet)
        #expect(xlsx.complete, "\(xlsx.issues)")
        #expect(try #require(xlsx.plan).rendered() == (try #require(csv.plan).rendered()))
        #expect(sheet.sheet == seed)
    }

    @Test(arguments: seeds)
    func exportRecalculatedByLibreOfficeRoundTrips(seed: String) throws {
        // The seed CSV imported, then finsam export xlsx → LibreOffice computes and saves the
        // formulas → import xlsx: the same figures as importing finsam's CSV export of that plan.
        let seedText = SheetText.decode(try fixtureBytes("Fixtures/csv/" + seed + ".csv")).text
        let ledger = try ExportTests.importPlan(seedText, mapping: seed + ".mapping.json").ledger
        let fromCSV = try ExportTests.importPlan(
            SheetText.decode(Array(BudgetSheet(ledger).csv().utf8)).text, mapping: seed + ".mapping.json")
        let result = BudgetImporter(mapping: try Self.mapping(seed)).run(
            sheet: try worksheet(try fixtureBytes("Fixtures/xlsx/recalculated-" + seed + ".xlsx")))
        #expect(result.complete, "\(result.issues)")
        let fromXLSX = try check(Array(try #require(result.plan).rendered().utf8), file: "imported.json")
        #expect(ExportTests.figures(fromXLSX) == ExportTests.figures(fromCSV))
    }

    @Test(arguments: seeds)
    func ownExportReadsBackWithItsFormulasReported(seed: String) throws {
        // finsam's export has formulas without cached values: each is reported at its cell and
        // never read as a figure; every other cell reads as the CSV export's.
        let ledger = try loadFixture(seed + ".json").ledger
        let sheet = try worksheet(try #require(Workbook(ledger).bytes()))
        #expect(sheet.sheet == "Budget")
        let csv = CSVTable(text: SheetText.decode(Array(BudgetSheet(ledger).csv().utf8)).text).rows
        let formulaCells = Set(sheet.issues.map { sheet.cellName(row: $0.row, column: $0.column) })
        #expect(sheet.issues.allSatisfy { $0.message.id == "xlsx.formula_without_value" })
        #expect(
            formulaCells.contains("Budget!B\(csv.firstIndex { $0.first == "Summa kostnader" }.map { $0 + 1 } ?? 0)"))
        #expect(sheet.rows.count == csv.count)
        for (index, row) in csv.enumerated() {
            for (column, text) in row.enumerated() {
                let got = column < sheet.rows[index].count ? sheet.rows[index][column] : ""
                let name = sheet.cellName(row: index + 1, column: column + 1)
                if got.isEmpty && !text.isEmpty {
                    #expect(formulaCells.contains(name), "\(name): \(text)")
                } else {
                    #expect(
                        SheetCell.read(got, unit: ledger.plan.unit) == SheetCell.read(text, unit: ledger.plan.unit)
                            || (got == text), "\(name): \(got) vs \(text)")
                }
            }
        }
        let result = BudgetImporter(mapping: try Self.mapping(seed)).run(sheet: sheet)
        #expect(!result.complete)
        #expect(result.issues.contains { $0.message.id == "xlsx.formula_without_value" })
    }

    @Test func cellKinds() throws {
        // Row 1: shared string, inline rich text (phonetic guide left out), boolean, error.
        // Row 2: number, formula with cached value, formula without, exponent, float noise.
        let sheet = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Bud</t></r><r><t xml:space="preserve">get &amp; plan</t></r><rPh><t>x</t></rPh></is></c>\
            <c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#DIV/0!</v></c></row>\
            <row r="2"><c r="A2"><v>1844.5</v></c><c r="B2"><f>A2*2</f><v>3689</v></c><c r="C2"><f>A2+1</f></c>\
            <c r="D2"><v>1.2345E+3</v></c><c r="E2"><v>0.30000000000000004</v></c></row>
            """
        let table = try worksheet(
            TestZip.workbook([("Blad 1", sheet)], sharedStrings: ["Å&amp;Ä"]).bytes(), sheet: "Blad 1")
        #expect(table.rows == [["Å&Ä", "Budget & plan", "TRUE", "#DIV/0!"], ["1844.5", "3689", "", "1234.5", "0.3"]])
        #expect(table.issues.map { table.cellName(row: $0.row, column: $0.column) } == ["'Blad 1'!C2"])
        #expect(table.issues.first?.message.id == "xlsx.formula_without_value")
    }

    @Test func prefixedNamesAndAbsoluteTargets() throws {
        // As the Open XML SDK writes: elements with a prefix, a target from the package root,
        // cells and rows without their r attribute (each the next one).
        let sheet =
            "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
            + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>Hej</x:t></x:is></x:c><x:c><x:v>5</x:v></x:c></x:row>"
            + "<x:row><x:c r=\"C2\"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>"
        var zip = TestZip.workbook([("Blad", sheet)])
        let rels = String(decoding: zip.entries[2].data, as: UTF8.self)
        zip.entries[2].data = Array(
            rels.replacingOccurrences(of: "Target=\"worksheets/", with: "Target=\"/xl/worksheets/").utf8)
        let table = try worksheet(zip.bytes(), sheet: "Blad")
        #expect(table.rows == [["Hej", "5"], ["", "", "7"]])
        #expect(table.cellName(row: 2, column: 3) == "Blad!C2")
        #expect(WorkbookReader.resolve("../media/a.png", base: "xl/worksheets/") == "xl/media/a.png")
    }

    @Test func excelStringEscapes() throws {
        // _x000D_ is a carriage return; _x005F_ a literal underscore, so _x005F_x0041_ is _x0041_.
        let sheet =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>a_x005F_x0041_</t></is></c></row>"
        let table = try worksheet(
            TestZip.workbook([("S", sheet)], sharedStrings: ["Summa_x000D_\nkostnader"]).bytes(), sheet: "S")
        #expect(table.rows == [["Summa\r\nkostnader", "a_x0041_"]])
        #expect(StringEscapes.decode("_x00E5_ _xZZZZ_ _x12") == "å _xZZZZ_ _x12")
    }

    @Test func sparseSheetKeepsItsCellNames() throws {
        // Cells far apart: the table holds only used rows and columns, messages the sheet's.
        let table = try worksheet(
            TestZip.workbook([
                (
                    "Budget",
                    "<row r=\"3\"><c r=\"C3\"><v>1</v></c></row><row r=\"900000\"><c r=\"XFD900000\"><v>2</v></c></row>"
                )
            ]).bytes(), sheet: "Budget")
        #expect(table.rows == [["1"], ["", "2"]])
        #expect(table.cellName(row: 2, column: 2) == "Budget!XFD900000")
        #expect(table.cellName(row: 1, column: 1) == "Budget!C3")
        #expect(table.sourceRow(2) == 900_000 && CSVTable(text: "a\nb\n").sourceRow(2) == 2)
    }

    @Test func mergedAmountOverYearsIsReported() throws {
        let sheet =
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Kansli</t></is></c><c r=\"B1\"><v>100</v></c></row></sheetData><mergeCells count=\"1\"><mergeCell ref=\"B1:C1\"/></mergeCells></worksheet>"
        let table = try worksheet(TestZip.workbook([("B", sheet)]).bytes(), sheet: "B")
        #expect(table.issues.map(\.message) == [Message("xlsx.merged_amount", [.text("C1")])])
        #expect(table.cellName(row: table.issues[0].row, column: table.issues[0].column) == "B!B1")
    }

    static let budget = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>Test Samordningsförbund</t></is></c></row>\
        <row r="2"><c r="A2" t="inlineStr"><is><t>Belopp i kr</t></is></c><c r="B2" t="inlineStr"><is><t>Budget 2024</t></is></c></row>\
        <row r="3"><c r="A3" t="inlineStr"><is><t>Försäkringskassan</t></is></c><c r="B3"><v>500</v></c></row>
        """

    @Test func firstSheetWithAYearHeaderIsChosen() throws {
        let bytes = TestZip.workbook([
            ("Notes", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>read me</t></is></c></row>"),
            ("Budget", Self.budget),
        ]).bytes()
        #expect(try worksheet(bytes).sheet == "Budget")
        #expect(try worksheet(bytes, sheet: "Notes").sheet == "Notes")
        #expect(
            workbookError(bytes, sheet: "Nope")?.message
                == Message("xlsx.no_such_sheet", [.code("Nope"), .list(["Notes", "Budget"])]))
        let none = TestZip.workbook([("Notes", "")]).bytes()
        #expect(workbookError(none)?.message == Message("xlsx.no_budget_sheet", [.list(["Notes"])]))
    }

    @Test func millionEmptyRows() throws {
        // A budget, then a million rows with nothing in them: read in one pass, kept as nothing.
        // Built as bytes: a String of 18 MB appended to a million times is slow in a debug build.
        var zip = TestZip.workbook([("Budget", "<!--rows-->")])
        let halves = String(decoding: zip.entries[3].data, as: UTF8.self).components(separatedBy: "<!--rows-->")
        var sheet = Array(halves[0].utf8) + Array(Self.budget.utf8)
        sheet.reserveCapacity(20_000_000)
        for row in 4...1_000_003 { sheet += Array(("<row r=\"" + String(row) + "\"/>").utf8) }
        zip.entries[3].data = sheet + Array(halves[1].utf8)
        let table = try worksheet(zip.bytes())
        #expect(table.rows.count == 3)
    }

    @Test func numbersAsPlainDecimals() {
        #expect(CellNumber.plain("12663324") == "12663324")
        #expect(CellNumber.plain("-125") == "-125")
        #expect(CellNumber.plain("1.2345E+3") == "1234.5")
        #expect(CellNumber.plain("-4.9999999999999996E-2") == "-0.05")
        #expect(CellNumber.plain("1E-7") == "0.0000001")
        #expect(CellNumber.plain("1E+21") == "1000000000000000000000")
        // 15 significant digits, as Excel shows them: 1844.4999999999998 is 1844.5.
        #expect(CellNumber.plain("1844.4999999999998") == "1844.5")
        #expect(CellNumber.plain("999999999999999.7") == "1000000000000000")
        #expect(CellNumber.plain("0") == "0" && CellNumber.plain("0.000") == "0")
        for bad in ["", "abc", "1E999", "1..2", "--1", "E5"] { #expect(CellNumber.plain(bad) == nil, "\(bad)") }
        // A million leading zeros: no amount, said in one pass (no quadratic removal).
        #expect(CellNumber.plain("0." + String(repeating: "0", count: 1_000_000) + "1") == nil)
        #expect(CellNumber.plain("0.00000000000000000001") == "0.00000000000000000001")
    }
}
