import Testing

@testable import FinsamCore

/// The shortcuts start-up takes (docs/performance.md, "Start-up") give what the plain way gives.
@Suite("Start-up shortcuts")
struct StartupPathTests {
    @Test("A rule found by id without the joined list is the one the list holds, for every id")
    func documentedRuleByID() {
        for rule in RuleRegistry.documented {
            #expect(RuleRegistry.documentedRule(rule.id)?.id == rule.id)
            #expect(RuleRegistry.documentedRule(rule.id)?.name.en == rule.name.en)
        }
        #expect(RuleRegistry.documentedRule("no_such_rule") == nil)
    }

    @Test("Group costs summed by runs equal the sums line by line, headings coming back and missing")
    func groupCostsByRuns() throws {
        var random = SplitMix64(seed: 18)
        for _ in 0..<20 {
            let groups = ["Verksamhet", "Administration", "En rubrik längre än femton byte", nil]
            var lines: [(group: String?, kronor: Int)] = []
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                let group = groups[Int.random(in: 0..<groups.count, using: &random)]
                // Runs of one heading, as documents write them, and headings that come back.
                let repeats = Int.random(in: 1...4, using: &random)
                for _ in 0..<repeats { lines.append((group, Int.random(in: 0...90_000, using: &random))) }
            }
            var expected: [String: Int] = [:]
            for line in lines { if let group = line.group { expected[group, default: 0] += line.kronor } }
            let year = try Self.year(lines)
            for group in groups.compactMap({ $0 }) {
                #expect(year.costs(inGroup: group) == Money(ore: Int64(expected[group] ?? 0) * 100))
            }
            #expect(year.groupCosts.count == expected.count)
        }
    }

    /// The ledger's year of a one-year plan with `lines` as its cost lines.
    private static func year(_ lines: [(group: String?, kronor: Int)]) throws -> YearLedger {
        let costs = lines.map { line in
            let group = line.group.map { #", "group": "\#($0)""# } ?? ""
            return #"{"name": "c", "category": "operations", "amount": \#(line.kronor)\#(group)}"#
        }
        let text =
            #"{"formatVersion": 1, "federation": {"name": "F"}, "members": [{"id": "staten", "name": "S", "kind": "state"}, {"id": "region", "name": "R", "kind": "region"}], "openingEquity": 10000, "years": [{"year": 2025, "status": "budget", "contributions": {"staten": 2, "region": 1}, "costs": ["#
            + costs.joined(separator: ", ") + "]}]}"
        return try check(Array(text.utf8), file: "groups.json").loaded.ledger.years[0]
    }
}
