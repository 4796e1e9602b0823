import Foundation
import Testing

/// `finsam import csv` as a user runs it: files written or not, exit codes, inputs kept.
struct ImportCLITests {
    @Test func importsASeedTableAndValidates() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("plan.json").path
        let run = try finsam([
            "import", "csv", "Fixtures/csv/sunnerbo-2022.cp1252.csv", "--mapping",
            "Fixtures/csv/sunnerbo-2022.mapping.json", "--out", out,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Windows-1252"))
        // Sunnerbo's closing equity 945 tkr is over the cap 836,8 tkr (20 % of 4 184): warnings, exit 0.
        let validate = try finsam(["validate", out])
        #expect(validate.status == 0)
        #expect(validate.stdout.components(separatedBy: "warning[equity_cap]").count == 4)
        // Only the plan is left in the directory: no temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.json"])
    }

    @Test func writesNothingUnlessTheWholeTableIsPlaced() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("t.csv")
        try
            "Samordningsförbundet X;;\n;Budget 2024;Plan 2025\nRegion Y;100;100\nFörsäkringskassan;200;200\nOkänt;1;1\nEget kapital;10;10\nKostnader;;\nKansli;300;300\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("plan.json").path
        let strict = try finsam(["import", "csv", csv.path, "--out", out])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains(csv.path + ":5:1: error[import]:") && strict.stderr.contains("[A5]"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let partial = try finsam(["import", "csv", csv.path, "--out", out, "--partial"])
        #expect(partial.status == 0)
        #expect(partial.stderr.contains("warning[import]"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func exitCodes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("p.json").path
        #expect(
            try finsam(["import", "csv", directory.appendingPathComponent("none.csv").path, "--out", out]).status == 2)
        #expect(try finsam(["import", "csv", "Fixtures/csv/sunnerbo-2022.csv"]).status == 64)
        #expect(try finsam(["import", "xls", "Fixtures/csv/sunnerbo-2022.csv", "--out", out]).status == 64)
        let copy = directory.appendingPathComponent("in.csv")
        try FileManager.default.copyItem(
            atPath: repositoryRoot.appendingPathComponent("Fixtures/csv/sunnerbo-2022.csv").path, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        // Refuses to overwrite its input, by name or through another path to the same file.
        let same = try finsam(["import", "csv", copy.path, "--out", directory.path + "/./in.csv"])
        #expect(same.status == 64)
        #expect(try Data(contentsOf: copy) == before)
        let badMapping = directory.appendingPathComponent("m.json")
        try "{\n  \"rowz\": {}\n}".write(to: badMapping, atomically: true, encoding: .utf8)
        let mapped = try finsam(["import", "csv", copy.path, "--mapping", badMapping.path, "--out", out])
        #expect(mapped.status == 2)
        #expect(mapped.stderr.contains(badMapping.path + ":2:3:") && mapped.stderr.contains("\"rows\""))
    }

    @Test func dryRunPrintsThePlacementAndWritesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try finsam(["import", "csv", "Fixtures/csv/subtotal-as-line.csv", "--dry-run"], in: repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        // Row 12 "Insatser" (800 000 + 400 000) is read as the subtotal of rows 10 and 11.
        #expect(run.stdout.contains("  12  Insatser → subtotal of group Insatser; agrees with the lines\n"))
        #expect(run.stdout.contains("  10  Enter → cost line, operations, group Insatser\n"))
        #expect(run.stdout.contains("Dry run: nothing written. The plan would have 2 years, 3 members, 4 cost lines."))
        #expect(run.stderr.contains("subtotal-as-line.csv:12:1: note[import]:"))
        // Swedish, and --output is the option's name (--out still works).
        let out = directory.appendingPathComponent("plan.json").path
        let sv = try finsam(["import", "csv", "Fixtures/csv/subtotal-as-line.csv", "--output", out, "--lang", "sv"])
        #expect(sv.status == 0)
        #expect(sv.stdout.contains("  15  Administration → delsumma för gruppen Administration; stämmer med raderna\n"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func totalsThatDisagreeWriteNothingAndSayWhere() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("plan.json").path
        let run = try finsam(["import", "csv", "Fixtures/csv/totals-disagree.csv", "--output", out, "--lang", "en"])
        #expect(run.status == 2)
        // Lines 1 400 000 + 650 000 + 50 000 (the credit, counted as a cost) = 2 100 000.
        #expect(
            run.stderr.contains(
                "totals-disagree.csv:13:2: error[import]: \"Summa kostnader\" 2024: the sheet prints 2,000,000 kr, but the rows as finsam placed them add up to 2,100,000 kr"
            ))
        #expect(run.stderr.contains("[B13]"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let dry = try finsam(["import", "csv", "Fixtures/csv/totals-disagree.csv", "--dry-run"])
        #expect(dry.status == 2)
        #expect(dry.stdout.contains("  13  Summa kostnader → total costs; differs from the lines in 2024, 2025\n"))
        // The financial cost 5 tkr is placed as such: result 100 − 5 = 95, as printed.
        let financial = try finsam([
            "import", "csv", "Fixtures/csv/financial-item.csv", "--mapping",
            "Fixtures/csv/income-statement.mapping.json", "--dry-run", "--lang", "sv",
        ])
        #expect(financial.status == 0, "\(financial.stderr)")
        #expect(
            financial.stdout.contains("  26  Finansiella kostnader → kostnadsrad, finansiell\n"), "\(financial.stdout)")
        // A tkr sheet's figures in tkr: the same sheet printing the result as 96 where the lines give 95.
        let sheet = try String(contentsOfFile: "Fixtures/csv/financial-item.csv", encoding: .utf8)
        let wrong = directory.appendingPathComponent("financial-item.csv")
        try sheet.replacingOccurrences(of: "finansiella poster;95;", with: "finansiella poster;96;")
            .write(to: wrong, atomically: true, encoding: .utf8)
        let tkr = try finsam([
            "import", "csv", wrong.path, "--mapping", "Fixtures/csv/income-statement.mapping.json",
            "--dry-run", "--lang", "sv",
        ])
        #expect(tkr.status == 2)
        #expect(
            tkr.stderr.contains(
                "financial-item.csv:27:2: error[import]: ”Resultat efter finansiella poster” 2024: arket anger 96 tkr, men raderna som finsam placerade dem summerar till 95 tkr"
            ), "\(tkr.stderr)")
    }

    @Test func aMessageAboutTheWholeFileHasNoPlace() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("t.csv")
        try "Kansli;100\n".write(to: csv, atomically: true, encoding: .utf8)
        let run = try finsam(["import", "csv", csv.path, "--dry-run", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(csv.path + ": error[import]: no header row of years"))
        #expect(!run.stderr.contains(":0:"))
        let missing = try finsam(["import", "csv", directory.appendingPathComponent("none.csv").path, "--dry-run"])
        #expect(missing.stderr.hasPrefix(directory.appendingPathComponent("none.csv").path + ": error[input]:"))
        #expect(try finsam(["import", "csv", csv.path]).status == 64)
    }
}
