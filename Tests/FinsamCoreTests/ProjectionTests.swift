import Foundation
import Testing

@testable import FinsamCore

/// The projection's arithmetic, checked against hand calculations on a small plan.
@Suite("Projection")
struct ProjectionTests {
    /// State, region, and two municipalities of 100 and 300 inhabitants; 2024 balances at an
    /// equity of 100 000 kr. Initiative x ends 2025; y is granted 300 000 kr for 2026 only.
    static let plan = """
        {"formatVersion": 1, "federation": {"name": "Test"},
         "members": [{"id": "staten", "name": "Staten", "kind": "state"},
                     {"id": "region", "name": "Regionen", "kind": "region"},
                     {"id": "a", "name": "A", "kind": "municipality", "population": 100},
                     {"id": "b", "name": "B", "kind": "municipality", "population": 300}],
         "openingEquity": 100000,
         "years": [{"year": 2024, "status": "budget",
                    "contributions": {"staten": 1000000, "region": 500000, "a": 125000, "b": 375000},
                    "costs": [{"name": "Kansli", "category": "administration", "amount": 200000},
                              {"name": "Insats X", "category": "operations", "amount": 1700000, "initiative": "x"},
                              {"name": "Övrigt", "category": "operations", "amount": 100000}]}],
         "initiatives": [{"id": "x", "name": "X", "target": "individual", "start": "2024-01-01", "end": "2025-12-31"},
                         {"id": "y", "name": "Y", "target": "individual", "start": "2026-01-01", "end": "2026-12-31",
                          "granted": {"2026": 300000}}],
         "assumptions": {"stateAllocationGrowth": "2,5", "indexation": {"administration": 3, "operations": 2},
                         "initiativeUtilisation": 90}}
        """

    private func contributions(_ year: YearLedger) -> [String: Money] {
        Dictionary(uniqueKeysWithValues: year.year.contributions.map { ($0.memberID, $0.amount.money) })
    }

    private func costs(_ year: YearLedger) -> [String: Money] {
        Dictionary(uniqueKeysWithValues: year.year.costs.map { ($0.name, $0.amount.money) })
    }

    @Test("Rounding: half to even to whole kronor, each year from the last rounded amount")
    func rounding() {
        // 125 050 × 1,03 = 128 801,50 → 128 802 (even); 125 150 × 1,03 = 128 904,50 → 128 904 (even).
        #expect(ProjectionRounding.grown(kr(125_050), by: Percent(basisPoints: 300)) == kr(128_802))
        #expect(ProjectionRounding.grown(kr(125_150), by: Percent(basisPoints: 300)) == kr(128_904))
        // 1 050 625 × 1,025 = 1 076 890,625 → 1 076 891.
        #expect(ProjectionRounding.grown(kr(1_050_625), by: Percent(basisPoints: 250)) == kr(1_076_891))
        // 90 % of 562 500 = 506 250; −2 % of 100 000,50 = 98 000,49 → 98 000.
        #expect(ProjectionRounding.share(kr(562_500), Percent(basisPoints: 9_000)) == kr(506_250))
        #expect(ProjectionRounding.grown(Money(ore: 10_000_050), by: Percent(basisPoints: -200)) == kr(98_000))
    }

    @Test("Three projected years by hand: growth, 50/25/25 matching, indexation, ended initiatives, utilisation")
    func threeYears() throws {
        let projection = try projected(Self.plan, years: 3)
        let years = projection.ledger.years
        #expect(years.map(\.number) == [2024, 2025, 2026, 2027])
        #expect(years.dropFirst().allSatisfy { $0.year.status == .plan })
        #expect(projection.projection?.projectedYears == 2025...2027)

        // 2025: state 1 000 000 × 1,025 = 1 025 000; region half 512 500; municipalities 512 500
        // by 100:300 = 128 125 + 384 375. Costs 200 000 × 1,03 = 206 000; 1 700 000 × 1,02 =
        // 1 734 000 (x runs to 2025-12-31); 100 000 × 1,02 = 102 000. Result 2 050 000 − 2 042 000.
        let y2025 = years[1]
        #expect(
            contributions(y2025) == [
                "staten": kr(1_025_000), "region": kr(512_500), "a": kr(128_125), "b": kr(384_375),
            ])
        #expect(costs(y2025) == ["Kansli": kr(206_000), "Insats X": kr(1_734_000), "Övrigt": kr(102_000)])
        #expect(y2025.result == kr(8_000))
        #expect(y2025.closingEquity == kr(108_000))

        // 2026: state 1 025 000 × 1,025 = 1 050 625; halves 525 313 (region, first in order) +
        // 525 312 = 131 328 + 393 984. X ended in 2025: dropped. Y: 90 % of 300 000 = 270 000.
        // Costs 212 180 + 104 040 + 270 000 = 586 220; result 2 101 250 − 586 220 = 1 515 030.
        let y2026 = years[2]
        #expect(
            contributions(y2026) == [
                "staten": kr(1_050_625), "region": kr(525_313), "a": kr(131_328), "b": kr(393_984),
            ])
        #expect(costs(y2026) == ["Kansli": kr(212_180), "Övrigt": kr(104_040), "Y": kr(270_000)])
        #expect(y2026.result == kr(1_515_030))
        #expect(y2026.closingEquity == kr(1_623_030))

        // 2027: state 1 076 891 (1 076 890,625 rounded); halves 538 446 + 538 445; 538 445 by
        // 1:3 = 134 611,25 + 403 833,75 → 134 611 + 403 834 (the leftover krona to the larger
        // remainder). Kansli 218 545,4 → 218 545; Övrigt 106 120,8 → 106 121; Y ended 2026.
        let y2027 = years[3]
        #expect(
            contributions(y2027) == [
                "staten": kr(1_076_891), "region": kr(538_446), "a": kr(134_611), "b": kr(403_834),
            ])
        #expect(costs(y2027) == ["Kansli": kr(218_545), "Övrigt": kr(106_121)])
        #expect(y2027.result == kr(1_829_116))
        #expect(y2027.closingEquity == kr(3_452_146))
    }

    @Test("Closing equity = opening + income − costs in every year, plan or projected")
    func invariant() throws {
        for name in ["sunnerbo-2022.json", "sundsvall-2022.json", "sodra-vatterbygden-2024.json"] {
            let projection = try projectedFixture(name, years: 10)
            var opening = projection.ledger.plan.openingEquity?.money
            for year in projection.ledger.years {
                #expect(year.openingEquity == opening)
                #expect(
                    year.closingEquity != nil
                        && year.closingEquity == year.openingEquity?.adding(year.income)?.subtracting(year.costs))
                opening = year.closingEquity
            }
        }
    }

    @Test("Fixed allocations by year override growth, and later years grow from them")
    func fixedAllocation() throws {
        var assumptions = try loadText(Self.plan).plan.assumptions
        assumptions.stateAllocationByYear[2026] = kr(2_000_000)
        let projection = try projected(Self.plan, years: 3, assumptions: assumptions)
        let state = projection.ledger.years.map(\.stateContributions)
        // 2025: 1 025 000; 2026: fixed 2 000 000; 2027: 2 000 000 × 1,025 = 2 050 000.
        #expect(state == [kr(1_000_000), kr(1_025_000), kr(2_000_000), kr(2_050_000)])
    }

    @Test("--from a year of the plan replaces the later years; other years and counts are refused")
    func fromAndLimits() throws {
        let projection = try projectedFixture("sunnerbo-2022.json", years: 2, from: 2022)
        #expect(projection.ledger.years.map(\.number) == [2022, 2023, 2024])
        #expect(projection.isProjected(2023) && !projection.isProjected(2022))
        // No growth: 2023 derives 2 092 000 / 1 046 000 / 348 667 + 348 667 + 348 666 exactly.
        #expect(projection.ledger.years[1].contributions == kr(4_184_000))
        for (years, from) in [(2, 2030), (0, 2022), (51, 2022)] {
            let error = try #require(throws: InputError.self) {
                try projectedFixture("sunnerbo-2022.json", years: years, from: from)
            }
            #expect(error.isUsage)
        }
    }

    @Test("The rules run on projected years: a cap broken in a projected year is a finding of that year")
    func rulesOnProjectedYears() throws {
        let projection = try projected(Self.plan, years: 3)
        let findings = projection.findings
        let capYears = findings.filter { $0.ruleID == "equity_cap" }.compactMap(\.year)
        // Caps: 20 % of 2 101 250 = 420 250 (2026) and of 2 153 782 = 430 756,40 (2027): both exceeded.
        #expect(capYears == [2026, 2027])
        // Every finding points at a place that exists in the file: the assumptions block.
        #expect(findings.allSatisfy { $0.location.line >= 1 })
    }

    @Test("The assumptions block is decoded, and a bad percentage is an input error")
    func decoding() throws {
        let assumptions = try loadText(Self.plan).plan.assumptions
        #expect(assumptions.stateAllocationGrowth == Percent(basisPoints: 250))
        #expect(assumptions.index(.administration) == Percent(basisPoints: 300))
        #expect(assumptions.initiativeUtilisation == Percent(basisPoints: 9_000))
        let bad = Self.plan.replacingOccurrences(
            of: #""stateAllocationGrowth": "2,5""#, with: #""stateAllocationGrowth": "250""#)
        #expect(inputError(bad)?.message.id == "assumptions.invalid_growth")
        let typo = Self.plan.replacingOccurrences(of: "initiativeUtilisation", with: "initiativeUtilization")
        #expect(try loadText(typo).loaded.unknownFields.map(\.suggestion) == ["initiativeUtilisation"])
    }
}

/// A plan checked with a projection, as `finsam budget project` checks it.
func projected(_ text: String, years: Int, from: Int? = nil, assumptions: Assumptions? = nil) throws -> CheckedPlan {
    try loadText(text, projection: ProjectionRequest(years: years, from: from) { assumptions ?? $0.assumptions })
}

/// A seed plan checked with a projection.
func projectedFixture(_ name: String, years: Int, from: Int? = nil) throws -> CheckedPlan {
    try loadFixture(name, projection: ProjectionRequest(years: years, from: from))
}
