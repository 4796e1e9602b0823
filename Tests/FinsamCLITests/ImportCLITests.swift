import Foundation
import Testing

/// `finsam import csv` as a user runs it: files written or not, exit codes, inputs kept.
struct ImportCLITests {
    @Test func importsASeedTableAndValidates() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("plan.json").path
        let run = try finsam(["import", "csv", "Fixtures/csv/sunnerbo-2022.cp1252.csv", "--mapping",
                              "Fixtures/csv/sunnerbo-2022.mapping.json", "--out", out])
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
        try "Samordningsförbundet X;;\n;Budget 2024;Plan 2025\nRegion Y;100;100\nFörsäkringskassan;200;200\nOkänt;1;1\nEget kapital;10;10\nKostnader;;\nKansli;300;300\n"
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
        #expect(try finsam(["import", "csv", directory.appendingPathComponent("none.csv").path, "--out", out]).status == 2)
        #expect(try finsam(["import", "csv", "Fixtures/csv/sunnerbo-2022.csv"]).status == 64)
        #expect(try finsam(["import", "xls", "Fixtures/csv/sunnerbo-2022.csv", "--out", out]).status == 64)
        let copy = directory.appendingPathComponent("in.csv")
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("Fixtures/csv/sunnerbo-2022.csv").path, toPath: copy.path)
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
}
