import Foundation
import Testing

/// Every command takes the same kinds of input through one loader, and gives the same bytes
/// for the same input, run after run, process after process.
@Suite("One loader, one story, on the command line")
struct OneStoryCLITests {
    static let sunnerbo = "Fixtures/plans/sunnerbo-2022.json"

    @Test("report, budget project and export take - with --stdin-filename, like validate")
    func standardInput() throws {
        let plan = try Data(contentsOf: repositoryRoot.appendingPathComponent(Self.sunnerbo))
        let report = try finsam(["report", "equity-cap", "-", "--stdin-filename", "s.json"], stdin: plan)
        #expect(report.status == 0 && report.stdout.contains("s.json:19:5: warning[equity_cap]"))
        let budget = try finsam(["budget", "project", "-", "--years", "1", "--stdin-filename", "s.json"], stdin: plan)
        // Sunnerbo's funding split error (2022) fails the run; the table is there all the same.
        #expect(budget.status == 1 && budget.stdout.contains("s.json:25:21: error[funding_split]"))
        let export = try finsam(["export", "csv", "-"], stdin: plan)
        #expect(export.status == 0 && export.stdout.contains("Budget 2022"))
    }

    @Test("report takes a directory: every plan under it, sorted; a bad file among them is exit 2 and nothing written")
    func directories() throws {
        let plans = try finsam(["report", "equity-cap", "Fixtures/plans", "--format", "csv"])
        #expect(plans.status == 0)
        for federation in ["Sunnerbo", "Södra Vätterbygden", "Sundsvall", "Exempel"] {
            #expect(plans.stdout.contains(federation), "\(federation)")
        }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("cap.csv").path
        let bad = try finsam(["report", "equity-cap", "Fixtures", "--output", output])
        #expect(bad.status == 2 && bad.stderr.contains("Fixtures/invalid/empty.json:1:1: error[input]"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("--output is the name everywhere; --out still works")
    func outputEverywhere() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (index, arguments) in [
            ["report", "equity-cap", Self.sunnerbo], ["export", "csv", Self.sunnerbo], ["init", "--name", "Förbundet"],
        ].enumerated() {
            for name in ["--output", "--out"] {
                let path = dir.appendingPathComponent("\(index)\(name).txt").path
                let run = try finsam(arguments + [name, path])
                #expect(run.status == 0, "\(arguments) \(name): \(run.stderr)")
                #expect(FileManager.default.fileExists(atPath: path), "\(arguments) \(name)")
            }
        }
        let csv = dir.appendingPathComponent("plan.json").path
        let imported = try finsam([
            "import", "csv", "Fixtures/csv/sunnerbo-2022.csv", "--mapping", "Fixtures/csv/sunnerbo-2022.mapping.json",
            "--output", csv,
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try finsam(["import", "--help"]).stdout.contains("--output FILE"))
    }

    @Test("budget project --strict honours the plan's waivers and the rules' years, as validate does")
    func budgetStrictIsValidate() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Södra Vätterbygden's warnings are initiatives without an end date; waive each one.
        var text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sodra-vatterbygden-2024.json"),
            encoding: .utf8)
        let waivers = [0, 1, 2, 4].map {
            #"{"rule": "initiative_end_date", "pointer": "/initiatives/\#($0)", "reason": "löpande", "decision": "§ 3, 2024-02-01", "expires": "2999-12-31"}"#
        }
        let close = try #require(text.range(of: "}", options: .backwards))
        text.replaceSubrange(close, with: ", \"waivers\": [" + waivers.joined(separator: ", ") + "]}")
        let plan = dir.appendingPathComponent("waived.json")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let validate = try finsam(["validate", "--strict", plan.path])
        #expect(validate.status == 0, "\(validate.stdout)")
        let budget = try finsam([
            "budget", "project", plan.path, "--from", "2024", "--years", "1", "--growth", "10", "--strict",
        ])
        #expect(budget.status == validate.status, "\(budget.stdout)")
        #expect(budget.stdout.contains("4 waived"))
    }

    @Test(
        "The same command run twice, in two processes and with 1 and 4 threads, writes the same bytes",
        arguments: [
            ["validate", "--format", "sarif", "Fixtures/plans"],
            ["report", "budget", "Fixtures/plans", "--format", "html", "--lang", "sv"],
            ["report", "equity-cap", "Fixtures/plans", "--format", "json", "--years", "3"],
            ["budget", "project", "Fixtures/plans/follow-up-example.json", "--years", "3", "--format", "markdown"],
        ])
    func sameBytes(arguments: [String]) throws {
        let runs = try [("1", 0), ("1", 1), ("4", 2)].map { threads, _ in
            try finsam(arguments, environment: ["FINSAM_THREADS": threads])
        }
        #expect(!runs[0].stdout.isEmpty)
        for run in runs.dropFirst() {
            #expect(
                run.status == runs[0].status && run.stdout == runs[0].stdout && run.stderr == runs[0].stderr,
                "\(arguments)")
        }
    }
}
