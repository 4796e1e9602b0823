import Foundation
import Testing

/// `finsam import sie` and `finsam export sie` as a user runs them: files written or not,
/// located messages, exit codes, inputs never overwritten.
struct SIECLITests {
    let sie = ["--accounts", "Fixtures/sie/accounts.json", "--as-of", "2024-06-30"]

    @Test func importWritesTheFollowUp() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("plan.json").path
        let run = try finsam(
            ["import", "sie", "Fixtures/sie/books-2024.se", "--plan", "Fixtures/sie/plan-2024.json", "--output", out]
                + sie)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Fixtures/sie/books-2024.se:1:1: note[sie]: 4 rows dated after"))
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.contains("\"name\": \"Enter\",\n            \"outcome\": 50000"))
        // The follow-up is checked like any: Insatser has used 80 000 of 1 560 000 by 30 June.
        let validate = try finsam(["validate", out])
        #expect(validate.status == 0 && validate.stdout.contains("\"Insatser\" has used 80,000 kr"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.json"])
        // Same input, same bytes; --out is the same as --output.
        let again = directory.appendingPathComponent("again.json").path
        #expect(
            try finsam(
                [
                    "import", "sie", "Fixtures/sie/books-2024.se", "--plan", "Fixtures/sie/plan-2024.json", "--out",
                    again,
                ] + sie
            ).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }

    @Test func nothingWrittenWhenTheBooksFail() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("plan.json").path
        let cases = [
            (
                "books-unbalanced.se",
                "books-unbalanced.se:102:1: error[sie]: voucher \"B 1\" (\"2024-03-01\") does not balance: debit − credit is 100 kr"
            ),
            (
                "books-other-org.se",
                "books-other-org.se:7:8: error[sie]: the books are of organisation number \"556677-8899\""
            ),
            (
                "books-2023.se",
                "books-2023.se:8:1: error[sie]: --as-of \"2024-06-30\" is outside the books' fiscal year"
            ),
            (
                "books-unmapped.se",
                "books-unmapped.se:104:1: error[sie]: the map places no line for account \"7010 Bilkostnader\": 2,500 kr"
            ),
        ]
        for (books, message) in cases {
            let run = try finsam(
                ["import", "sie", "Fixtures/sie/" + books, "--plan", "Fixtures/sie/plan-2024.json", "--output", out]
                    + sie)
            #expect(run.status == 2, "\(books)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        let partial = try finsam(
            [
                "import", "sie", "Fixtures/sie/books-unmapped.se", "--plan", "Fixtures/sie/plan-2024.json", "--output",
                out, "--partial",
            ] + sie)
        #expect(partial.status == 0 && partial.stderr.contains("warning[sie]: the map places no line for account"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func dryRunPrintsThePlacement() throws {
        let run = try finsam(
            [
                "import", "sie", "Fixtures/sie/books-2024.se", "--plan", "Fixtures/sie/plan-2024.json", "--dry-run",
                "--lang", "sv",
            ] + sie)
        #expect(run.status == 0)
        #expect(run.stdout.contains("4610 Köp av verksamhet {6 P12} → Enter: 50 000 kr (rader: 2)"))
        #expect(run.stdout.contains("6110 Kontorsmaterial → Kansli: 1 500 kr (rader: 2)"))
        #expect(run.stdout.contains("kostnad Kansli: utfall 31 500 kr"))
    }

    @Test func usageErrors() throws {
        let plan = "Fixtures/sie/plan-2024.json"
        // Never over an input, the plan included.
        let over = try finsam(["import", "sie", "Fixtures/sie/books-2024.se", "--plan", plan, "--output", plan] + sie)
        #expect(over.status == 64)
        #expect(
            try finsam([
                "import", "sie", "Fixtures/sie/books-2024.se", "--plan", plan, "--accounts",
                "Fixtures/sie/accounts.json",
                "--as-of", "2024-13-01", "--dry-run",
            ]).status == 64)
        #expect(try finsam(["import", "sie", "Fixtures/sie/books-2024.se", "--plan", plan] + sie).status == 64)
        #expect(try finsam(["import", "sje", "x"]).stderr.contains("did you mean 'sie'?"))
        #expect(try finsam(["export", "sie", plan, "--output", "/tmp/x.se"]).status == 64)
        // Options of the other format are mistakes, not ignored.
        let unit = try finsam(
            ["import", "sie", "Fixtures/sie/books-2024.se", "--plan", plan, "--dry-run", "--unit", "tkr"] + sie)
        #expect(unit.status == 64 && unit.stderr.contains("--unit is not an option of import sie"))
        #expect(
            try finsam(["import", "csv", "Fixtures/csv/sunnerbo-2022.csv", "--out", "/tmp/x.json", "--plan", plan])
                .status == 64)
        #expect(try finsam(["export", "csv", plan, "--year", "2024"]).status == 64)
    }

    @Test func badBooksAreLocated() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let books = directory.appendingPathComponent("bad.se")
        try Data("#FLAGGA 0\r\n#VER A 1 20240101\r\n{\r\n#TRANS 4010 {} 12,50\r\n}\r\n".utf8).write(to: books)
        let run = try finsam(["import", "sie", books.path, "--plan", "Fixtures/sie/plan-2024.json", "--dry-run"] + sie)
        #expect(run.status == 2)
        #expect(run.stderr.contains(books.path + ":4:16: error[input]: \"#TRANS\": \"12,50\" is not an amount"))
    }

    @Test func exportWritesPeriodBudgets() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("budget.se").path
        let run = try finsam(
            [
                "export", "sie", "Fixtures/sie/plan-2024.json", "--accounts", "Fixtures/sie/accounts.json", "--output",
                out,
            ],
            environment: ["FINSAM_TODAY": "2024-01-10"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("108 #PBUDGET records for 2024 (SIE type 3)"))
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        // "#FNAMN \"Samordningsf" then ö as 0x94 in code page 437.
        let name = Array("#FNAMN \"Samordningsf".utf8) + [0x94]
        #expect(bytes.indices.contains { bytes[$0...].starts(with: name) })
        #expect(String(decoding: bytes, as: UTF8.self).contains("#PBUDGET 0 202401 5010 {} 16667.00\r\n"))
        let missing = try finsam([
            "export", "sie", "Fixtures/sie/plan-2024.json", "--accounts", "Fixtures/sie/accounts.json",
            "--output", directory.appendingPathComponent("x.se").path, "--year", "2030",
        ])
        #expect(missing.status == 2 && missing.stderr.contains("error[sie]: the plan has no year 2030"))
    }
}
