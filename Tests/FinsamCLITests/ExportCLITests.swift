import Foundation
import Testing

/// `finsam export csv|xlsx` as a user runs it.
struct ExportCLITests {
    @Test func csvToStdoutAndImportBack() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = try finsam(["export", "csv", "Fixtures/plans/sodra-vatterbygden-2024.json"])
        #expect(csv.status == 0)
        // 5 586 000 + 2 793 000 + 204 600 + 2 243 200 + 116 200 + 229 000 + 1 491 324 = 12 663 324.
        #expect(csv.stdout.contains("Summa intäkter;12 663 324;12 478 824;11 771 324\r\n"))
        let file = directory.appendingPathComponent("budget.csv")
        try Data(csv.stdout.utf8).write(to: file)
        let plan = directory.appendingPathComponent("plan.json").path
        let back = try finsam(["import", "csv", file.path, "--out", plan])
        #expect(back.status == 0, "\(back.stderr)")
        // The exported table's sums all hold; only the text's deficit reasons are missing.
        let validate = try finsam(["validate", plan])
        #expect(validate.stdout.components(separatedBy: "error[deficit_reason]").count == 4)
        #expect(!validate.stdout.contains("declared_figures"))
    }

    @Test func xlsxIsWrittenAtomicallyAndOnlyWithOut() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("budget.xlsx").path
        #expect(try finsam(["export", "xlsx", "Fixtures/plans/sunnerbo-2022.json"]).status == 64)
        #expect(
            try finsam(["export", "xlsv", "Fixtures/plans/sunnerbo-2022.json", "--out", out]).stderr.contains(
                "did you mean 'xlsx'?"))
        let run = try finsam(["export", "xlsx", "Fixtures/plans/sunnerbo-2022.json", "--out", out])
        #expect(run.status == 0 && run.stdout.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["budget.xlsx"])
        let again = directory.appendingPathComponent("again.xlsx").path
        _ = try finsam(["export", "xlsx", "Fixtures/plans/sunnerbo-2022.json", "--out", again])
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == bytes)
    }

    @Test func badInputAndOverwrite() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = directory.appendingPathComponent("p.json")
        try FileManager.default.copyItem(
            atPath: repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json").path, toPath: plan.path)
        #expect(try finsam(["export", "csv", plan.path, "--out", plan.path]).status == 64)
        let broken = directory.appendingPathComponent("broken.json")
        try "{\"formatVersion\": 1,".write(to: broken, atomically: true, encoding: .utf8)
        let run = try finsam(["export", "csv", broken.path])
        #expect(run.status == 2 && run.stdout.isEmpty)
    }
}
