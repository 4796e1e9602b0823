import Testing

@testable import FinsamCore

/// The rule stage's shortcuts give what the plain way gives.
@Suite("Rule fast paths agree with the plain ones")
struct RuleFastPathTests {
    @Test("an initiative's distinct members, counted by pairs or hashed, are as many as a set holds")
    func distinctMembers() {
        var random = SplitMix64(seed: 1_818)
        for _ in 0..<400 {
            let ids = ShapeFastPathTests.names(Int.random(in: 0..<24, using: &random), &random)
            #expect(InitiativeMembersRule.distinctCount(ids) == Set(ids).count, "\(ids)")
        }
        #expect(InitiativeMembersRule.distinctCount(["a", "a", "b"]) == 2)
        #expect(InitiativeMembersRule.distinctCount(["a", "a"]) == 1)
        #expect(InitiativeMembersRule.distinctCount([]) == 0)
    }

    @Test("a forecast that skips the plan-wide checks keeps the same findings of its year")
    func forecastSkipsPlanWideChecks() throws {
        for name in try ForecastFocusTests.plansWithFollowUps() {
            let checked = try loadFixture(name)
            for forecast in checked.forecasts {
                var focused = checked.loaded.ruleContext(plan: forecast.plan, ledger: forecast.ledger)
                focused.judgedYears = forecast.ledger.years[forecast.index...forecast.index]
                focused.judgesWholePlan = false
                let plain = checked.loaded.ruleContext(plan: forecast.plan, ledger: forecast.ledger)
                for rule in RuleRegistry.all {
                    let a = rule.check(focused).filter { $0.year == forecast.number }
                    let b = rule.check(plain).filter { $0.year == forecast.number }
                    #expect(a.map(\.message) == b.map(\.message), "\(name) \(rule.id)")
                }
            }
        }
    }

    @Test("every rule that skips plan-wide checks for a forecast finds nothing about a year")
    func planWideFindingsHaveNoYear() throws {
        let skipping: Set<String> = [
            "initiative_end_date", "initiative_members", "organisation_number", "unknown_field", "planning_horizon",
        ]
        var triggered = 0
        for rule in RuleRegistry.all where skipping.contains(rule.id) {
            for example in rule.examples where example.triggers {
                let findings = try loadText(example.plan).findings.filter { $0.ruleID == rule.id }
                triggered += findings.count
                #expect(!findings.isEmpty && findings.allSatisfy { $0.year == nil }, "\(rule.id)")
            }
        }
        #expect(triggered >= skipping.count)
    }
}

extension RuleFastPathTests {
    @Test("agreed weights found from the place after the last are those a search of every share finds")
    func agreedWeights() {
        var random = SplitMix64(seed: 1_819)
        for _ in 0..<300 {
            let count = Int.random(in: 1..<30, using: &random)
            let municipalities = (0..<count).map {
                Member(id: "m\($0)", name: "M\($0)", kind: .municipality, population: nil, ref: SourceRef(offset: 0))
            }
            // Shares in the members' order, shuffled, or with some missing or extra.
            var shares = municipalities.map {
                MunicipalSplit.MemberShare(memberID: $0.id, weight: Int64.random(in: 1..<99, using: &random))
            }
            switch Int.random(in: 0..<4, using: &random) {
            case 0: shares.shuffle(using: &random)
            case 1: shares.remove(at: Int.random(in: 0..<shares.count, using: &random))
            case 2:
                shares.insert(
                    MunicipalSplit.MemberShare(memberID: "x", weight: 5),
                    at: Int.random(in: 0...shares.count, using: &random))
            default: break
            }
            let plain: [Int64]? = {
                let found = municipalities.compactMap { member in shares.first { $0.memberID == member.id }?.weight }
                return found.count == municipalities.count ? found : nil
            }()
            #expect(MunicipalSplit.agreedWeights(of: municipalities, in: shares) == plain)
        }
    }
}
