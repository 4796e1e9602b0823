import Foundation
import Testing

@testable import FinsamCore

/// The CSV as a spreadsheet user gets it: read back by Python's csv module, as Excel's dialect
/// with the separator of the language.
@Suite("CSV read back by Python")
struct CSVReadBackTests {
    /// Rows of `csv` as Python's csv module reads them, one tab-joined line per row.
    private func pythonRows(_ csv: String, delimiter: String) throws -> [[String]] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-csv-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("report.csv")
        try Data(csv.utf8).write(to: file)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, delimiter]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    @Test("Swedish equity-cap CSV: semicolons, decimal comma, BOM; the right columns and values")
    func swedish() throws {
        let report = ReportKind.equityCap.report(try ReportTests.sources())
        let csv = CSVTableFormat().render(report, options: ReportTests.sv)
        let rows = try pythonRows(csv, delimiter: ";")
        #expect(
            rows.first == [
                "Förbund", "År", "Status", "Medlemsbidrag (kr)", "Takregel", "Tak %", "Tak (kr)",
                "Utgående eget kapital (kr)", "Marginal (kr)", "Marginal, % av bidragen", "Bedömning",
            ])
        // 9 federation-years, every row as wide as the head.
        #expect(rows.count == 10)
        #expect(rows.allSatisfy { $0.count == 11 })
        // Sunnerbo 2022: cap 836 799,60 kr, margin −108 198,40 kr.
        #expect(
            rows[1] == [
                "Sunnerbo Samordningsförbund", "2022", "budget", "4183998", "nationell", "20", "836799,60", "944998",
                "-108198,40", "-2,59", "över taket",
            ])
    }

    @Test("English budget CSV: commas and a decimal point; a line name with a comma survives quoting")
    func english() throws {
        let report = ReportKind.budget.report(try ReportTests.sources(["sundsvall-2022.json"]))
        let csv = CSVTableFormat().render(report, options: TableOptions(language: .en, unit: .tkr))
        let rows = try pythonRows(csv, delimiter: ",")
        #expect(rows.first == ["Line", "2022 budget (tkr)", "2023 plan (tkr)", "2024 plan (tkr)"])
        #expect(rows.contains(["IT-tjänster, datadrift", "18", "", ""]))
        #expect(rows.contains(["Region Västernorrland", "1844.5", "1844.5", "1844.5"]))
    }
}
