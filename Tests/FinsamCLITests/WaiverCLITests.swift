import Foundation
import Testing

@Suite("Waivers on the command line")
struct WaiverCLITests {
    /// Sunnerbo with its one error (the 2 kr split, /years/0/contributions/markaryd) waived.
    func sunnerboWaived(_ waiver: [String: Any]) throws -> Data {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json"))
        var plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        plan["waivers"] = [waiver]
        return try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys])
    }

    @Test("A waived error is reported as waived and does not fail the run; once expired, it does")
    func waivedError() throws {
        let plan = try sunnerboWaived([
            "rule": "funding_split", "year": 2022, "reason": "2 kr rounding agreed with the municipalities",
            "decision": "§ 12, 2026-03-14", "expires": "2026-12-31",
        ])
        let run = try finsam(
            ["validate", "--stdin-filename", "s.json", "-"], stdin: plan, environment: ["FINSAM_TODAY": "2026-11-23"])
        #expect(run.status == 0)
        #expect(
            run.stdout.contains("error[funding_split]")
                && run.stdout.contains("(waived by the board (§ 12, 2026-03-14, until 2026-12-31)"))
        // The note is budget_adoption's: the plan records no adoption.
        #expect(run.stdout.hasSuffix("1 file checked, 0 errors, 8 warnings, 1 note, 1 waived\n"))
        let later = try finsam(["validate", "-"], stdin: plan, environment: ["FINSAM_TODAY": "2027-01-01"])
        #expect(later.status == 1)
        #expect(later.stdout.contains("warning[waiver_expiry]"))
    }

    @Test("A waiver without its decision fails the run (an error), and FINSAM_TODAY must be a date")
    func incomplete() throws {
        let plan = try sunnerboWaived(["rule": "funding_split", "year": 2022, "reason": "r"])
        let run = try finsam(["validate", "--format", "json", "-"], stdin: plan)
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"rule\": \"waiver_incomplete\""))
        #expect(try finsam(["validate", "-"], stdin: plan, environment: ["FINSAM_TODAY": "tomorrow"]).status == 64)
    }
}
