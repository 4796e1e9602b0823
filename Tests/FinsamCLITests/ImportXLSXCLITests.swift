import Foundation
import Testing

/// `finsam import xlsx` as a user runs it: the same plan file as `import csv`, cells named by
/// sheet, hostile workbooks exit 2 with nothing written.
struct ImportXLSXCLITests {
    @Test func workbookGivesTheSamePlanFileAsItsCSV() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for seed in ["sodra-vatterbygden-2024", "sundsvall-2022", "sunnerbo-2022"] {
            let fromCSV = directory.appendingPathComponent(seed + ".csv.json").path
            let fromXLSX = directory.appendingPathComponent(seed + ".xlsx.json").path
            let mapping = "Fixtures/csv/" + seed + ".mapping.json"
            #expect(
                try finsam([
                    "import", "csv", "Fixtures/csv/" + seed + ".csv", "--mapping", mapping, "--output", fromCSV,
                ]).status == 0)
            // --out is the older spelling of --output.
            let run = try finsam([
                "import", "xlsx", "Fixtures/xlsx/" + seed + ".xlsx", "--mapping", mapping, "--out", fromXLSX,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("sheet \"" + seed + "\""), "\(run.stdout)")
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: fromCSV)) == Data(contentsOf: URL(fileURLWithPath: fromXLSX)))
        }
    }

    @Test func issuesNameTheSheetAndCell() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("plan.json").path
        // finsam's own export: its totals are formulas without cached values.
        let book = directory.appendingPathComponent("book.xlsx").path
        #expect(try finsam(["export", "xlsx", "Fixtures/plans/sunnerbo-2022.json", "--out", book]).status == 0)
        let run = try finsam(["import", "xlsx", book, "--sheet", "Budget", "--output", out, "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(book + ": error[import]: this formula has no computed value"), "\(run.stderr)")
        #expect(run.stderr.contains("[Budget!B"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let unknown = try finsam(["import", "xlsx", book, "--sheet", "Budge", "--output", out, "--lang", "sv"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.contains(
                "arbetsboken har inget blad ”Budge”; dess blad är: Budget, Medlemsbidrag, Eget kapital"),
            "\(unknown.stderr)")
    }

    @Test func hostileWorkbooksExitTwo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("plan.json").path
        let original = try Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/xlsx/sunnerbo-2022.xlsx"))
        let cut = directory.appendingPathComponent("cut.xlsx")
        try original.prefix(original.count / 2).write(to: cut)
        let truncated = try finsam(["import", "xlsx", cut.path, "--output", out, "--lang", "en"])
        #expect(truncated.status == 2)
        #expect(truncated.stderr.contains("error[input]: not an Excel workbook"), "\(truncated.stderr)")
        // One flipped byte inside the deflated sheet: a broken stream or a CRC mismatch, never a crash.
        var flipped = original
        flipped[flipped.count / 3] ^= 0x55
        let damaged = directory.appendingPathComponent("damaged.xlsx")
        try flipped.write(to: damaged)
        let run = try finsam(["import", "xlsx", damaged.path, "--output", out])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func usage() throws {
        #expect(
            try finsam(["import", "csv", "Fixtures/csv/sunnerbo-2022.csv", "--sheet", "A", "--output", "/tmp/x.json"])
                .status == 64)
        let near = try finsam(["import", "xls", "Fixtures/xlsx/sunnerbo-2022.xlsx", "--output", "/tmp/x.json"])
        #expect(near.status == 64)
        #expect(near.stderr.contains("did you mean 'xlsx'?"))
        #expect(try finsam(["import", "xlsx", "Fixtures/xlsx/sunnerbo-2022.xlsx"]).status == 64)
    }
}
