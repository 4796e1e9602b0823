import Testing

@testable import FinsamCore

/// ``PositionTable`` against the plain way, a dictionary of each key's first position.
@Suite struct PositionTableTests {
    @Test("positions are those of a dictionary of first positions, duplicates and growth included")
    func sameAsDictionary() {
        var random = SplitMix64(seed: 240_000)
        for round in 0..<60 {
            let count = Int.random(in: 0..<(round < 30 ? 40 : 3_000), using: &random)
            // Few distinct keys in some rounds, so duplicates are common; a too small capacity
            // in others, so the table grows.
            let spread = Int.random(in: 1..<(count + 2), using: &random)
            let keys = (0..<count).map { _ in "i" + String(Int.random(in: 0..<spread, using: &random)) }
            var table = PositionTable(capacity: round % 3 == 0 ? 0 : count)
            var plain: [String: Int] = [:]
            var kept: [String] = []
            for key in keys {
                let existing = table.insert(key, at: kept.count) { kept[$0] }
                #expect(existing == plain[key], "\(key)")
                if existing == nil {
                    plain[key] = kept.count
                    kept.append(key)
                }
            }
            for probe in keys + ["absent", "", "i-1"] {
                #expect(table.position(of: probe) { kept[$0] } == plain[probe], "\(probe)")
            }
        }
    }

    @Test("a plan finds each initiative by id, the first of a duplicated id")
    func planIndex() throws {
        let plan = try loadFixture("sodra-vatterbygden-2024.json").loaded.plan
        #expect(!plan.initiatives.isEmpty)
        for (position, initiative) in plan.initiatives.enumerated() {
            #expect(plan.initiativePosition(initiative.id) == position)
            #expect(plan.initiative(initiative.id)?.name == initiative.name)
        }
        #expect(plan.initiativePosition("no such initiative") == nil)
        let twice = plan.initiatives + plan.initiatives
        let doubled = Plan(
            formatVersion: 1, unit: plan.unit, federation: plan.federation, members: plan.members, policy: plan.policy,
            openingEquity: plan.openingEquity, years: plan.years, initiatives: twice)
        for (position, initiative) in plan.initiatives.enumerated() {
            #expect(doubled.initiativePosition(initiative.id) == position)
        }
    }
}
