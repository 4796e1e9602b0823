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

extension RuleFastPathTests {
    @Test("a key's weights read by position from the members are those of the municipalities copied out")
    func keyWeightsByPosition() {
        var random = SplitMix64(seed: 2_026)
        let kinds: [Member.Kind] = [.state, .region, .municipality, .municipality]
        for _ in 0..<300 {
            let members = (0..<Int.random(in: 0..<20, using: &random)).map { index in
                Member(
                    id: "m\(index)", name: "M\(index)", kind: kinds[Int.random(in: 0..<kinds.count, using: &random)],
                    population: Int.random(in: 0..<5, using: &random) == 0
                        ? nil : Int64.random(in: 0..<9, using: &random),
                    ref: SourceRef(offset: index))
            }
            let municipalities = members.filter { $0.kind == .municipality }
            let shares = municipalities.dropFirst(Int.random(in: 0..<2, using: &random)).map {
                MunicipalSplit.MemberShare(memberID: $0.id, weight: Int64.random(in: 0..<9, using: &random))
            }
            for key in [MunicipalSplit.Key.equal, .population, .shares(Array(shares))] {
                let split = MunicipalSplit(key: key, ref: SourceRef(offset: 0))
                let weights = KeyWeights(split, members: members)
                #expect(weights.positions.map { members[$0].id } == municipalities.map(\.id))
                #expect(weights.weights == (municipalities.isEmpty ? nil : split.weights(of: municipalities)))
            }
        }
    }
}

extension RuleFastPathTests {
    /// The method as its table states it: floors, then the leftover units one each to the
    /// largest remainders, equal remainders in list order, by sorting every part.
    static func plainLargestRemainder(_ total: Money, weights: [Int64]) -> [Money] {
        let granularity: Int64 = total.ore % 100 == 0 ? 100 : 1
        let units = Int128(total.ore / granularity)
        let sum = weights.reduce(Int128(0)) { $0 + Int128($1) }
        var parts = weights.map { Int64(units * Int128($0) / sum) }
        let order = weights.indices.sorted { a, b in
            let (ra, rb) = (units * Int128(weights[a]) % sum, units * Int128(weights[b]) % sum)
            return ra != rb ? ra > rb : a < b
        }
        let leftover = Int(units - parts.reduce(Int128(0)) { $0 + Int128($1) })
        for index in order.prefix(leftover) { parts[index] += 1 }
        return parts.map { Money(ore: $0 * granularity) }
    }

    @Test("largest remainder served by one threshold gives the parts of sorting every remainder")
    func largestRemainderThreshold() {
        var random = SplitMix64(seed: 1_820)
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...40, using: &random)
            // Few distinct weights, so equal remainders (and the list-order rule) are common.
            let weights = (0..<count).map { _ in
                Int64.random(in: 1...Int64.random(in: 1...9, using: &random), using: &random)
            }
            let total = Money(
                ore: Int64.random(in: 0...10_000_000, using: &random) * (Bool.random(using: &random) ? 100 : 1))
            #expect(
                Allocation.largestRemainder(total, weights: weights)
                    == Self.plainLargestRemainder(total, weights: weights),
                "\(total.ore) by \(weights)")
        }
        // 10 kr in three equal parts is split in whole kronor: 4 + 3 + 3 kr, the first listed
        // served first; 10,01 kr is split in öre: 3,34 + 3,34 + 3,33 kr.
        #expect(Allocation.largestRemainder(Money(ore: 1_000), weights: [1, 1, 1]) == [400, 300, 300].map(Money.init))
        #expect(Allocation.largestRemainder(Money(ore: 1_001), weights: [1, 1, 1]) == [334, 334, 333].map(Money.init))
    }
}

extension RuleFastPathTests {
    @Test("the day of the year from the table is the month lengths summed")
    func dayOfYear() {
        for year in [2023, 2024, 1900, 2000] {
            let leap = PlanDate.daysIn(year: year) == 366
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            for month in 1...12 {
                for day in [1, 15, lengths[month - 1]] {
                    let date = PlanDate(year: year, month: month, day: day)
                    #expect(date.dayOfYear == lengths.prefix(month - 1).reduce(0, +) + day, "\(date)")
                }
            }
        }
        // 31 August in a common year is day 243; 31 December in a leap year day 366.
        #expect(PlanDate(year: 2023, month: 8, day: 31).dayOfYear == 243)
        #expect(PlanDate(year: 2024, month: 12, day: 31).dayOfYear == 366)
    }

    @Test("member lists looked up once by their shared storage give every unknown member of every initiative")
    func sharedMemberLists() throws {
        var random = SplitMix64(seed: 2_027)
        // ExamplePlan's members are `a`, `b`, `region` and the state; `x` and `y` are unknown.
        let lists = [#"["a", "region"]"#, #"["a","region"]"#, #"["x", "a"]"#, #"["b"]"#, #"["y", "x"]"#, "[]"]
        for _ in 0..<20 {
            let initiatives = (0..<60).map { index in
                #"{"id": "i\#(index)", "name": "I", "target": "individual", "members": "#
                    + lists[Int.random(in: 0..<lists.count, using: &random)]
                    + #", "start": "2024-01-01", "end": "2025-12-31"}"#
            }
            let checked = try loadText(ExamplePlan.plan(initiatives: "[" + initiatives.joined(separator: ", ") + "]"))
            let plan = checked.plan
            let context = FindingRunTests.context(checked)
            // The plain way: every id of every initiative's list looked up.
            let expected = plan.initiatives.flatMap { initiative in
                (initiative.memberIDs ?? []).filter { plan.member($0) == nil }.map {
                    "\($0) line \(context.location(initiative.membersRef ?? initiative.ref).line)"
                }
            }
            let found = UnknownReferenceRule().check(context).compactMap { finding -> String? in
                guard finding.message.id == "ref.unknown_member", case .code(let id)? = finding.message.argument(0)
                else {
                    return nil
                }
                return "\(id) line \(finding.location.line)"
            }
            #expect(found == expected)
            #expect(expected.contains { $0.hasPrefix("x ") } && expected.contains { $0.hasPrefix("y ") })
        }
    }
}
