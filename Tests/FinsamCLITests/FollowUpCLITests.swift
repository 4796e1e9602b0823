import Foundation
import Testing

/// `finsam report follow-up` and `finsam validate` on a plan with a follow-up, as a user runs them.
@Suite("finsam follow-up")
struct FollowUpCLITests {
    let example = "Fixtures/plans/follow-up-example.json"

    @Test("report follow-up is a report kind, in Swedish with the date in the column head")
    func report() throws {
        let run = try finsam(["report", "follow-up", example, "--year", "2024", "--lang", "sv"])
        #expect(run.status == 0)
        #expect(
            run.stdout.contains("Utfall t.o.m. 30 juni") && run.stdout.contains("Prognos helår")
                && run.stdout.contains("Avvikelse"))
        #expect(run.stdout.contains("över taket"))
        let typo = try finsam(["report", "folow-up", example])
        #expect(typo.status == 64 && typo.stderr.contains("did you mean 'follow-up'?"))
    }

    @Test(
        "validate: the follow-up's findings are warnings (exit 0, 1 with --strict); a date outside the year is exit 2")
    func validate() throws {
        #expect(try finsam(["validate", example]).status == 0)
        #expect(try finsam(["validate", "--strict", example]).status == 1)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-followup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(example), encoding: .utf8)
            .replacingOccurrences(of: "2024-06-30", with: "2023-06-30")
        let bad = dir.appendingPathComponent("bad.json")
        try Data(text.utf8).write(to: bad)
        let run = try finsam(["validate", bad.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/years/0/followUp/asOf") || run.stdout.contains("/years/0/followUp/asOf"))
    }
}
