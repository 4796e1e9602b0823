import Testing

@testable import FinsamCore

/// `Plan.amountsByMember` (one walk, members found from the position after the last) against
/// the plain way, each member looked up in the contributions, as the tables did before.
struct MemberAmountsTests {
    static func plain(_ plan: Plan, _ contributions: Contributions) -> [Money?] {
        plan.members.map { member in
            let matching = contributions.filter { $0.memberID == member.id }.map(\.amount.money)
            return matching.isEmpty ? nil : Money.sum(matching)
        }
    }

    @Test("Every fixture's and 80 random plans' years, and contributions in another order")
    func sameAsPlain() throws {
        var plans = try ForecastFocusTests.plansWithFollowUps().map { try loadFixture($0).plan }
        plans += try ["sunnerbo-2022.json", "sodra-vatterbygden-2024.json", "sjobygden-plan-2025.json"].map {
            try loadFixture($0).plan
        }
        var random = SplitMix64(seed: 0xA11)
        for _ in 0..<80 { plans.append(try loadText(RandomPlan(using: &random).text).plan) }
        for plan in plans {
            for year in plan.years {
                #expect(plan.amountsByMember(year.contributions) == Self.plain(plan, year.contributions))
                // Written in reverse order, and one member twice: each found all the same, and added.
                var list = Array(year.contributions.reversed())
                if let first = list.first { list.append(first) }
                let reordered = Contributions(list)
                #expect(plan.amountsByMember(reordered) == Self.plain(plan, reordered))
            }
        }
    }
}
