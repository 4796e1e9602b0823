import Testing

@testable import FinsamCore

/// The state's allocation model on a national table worked by hand.
@Suite("Allocation model")
struct AllocationModelTests {
    static func row(
        _ id: String, support: Int64, population: Int64, last: Int64? = nil, maximum: Int64? = nil,
        equity: (Int64, Int64)? = nil
    ) -> FederationInput {
        FederationInput(
            id: id, name: id.uppercased(), population: population,
            supportMeasure: SupportMeasure(millionths: support * SupportMeasure.scale),
            lastYear: last.map(kr), maximum: maximum.map(kr),
            equity: equity.map { EquityPosition.national(closingEquity: kr($0.0), contributions: kr($0.1)) })
    }

    /// Five federations, 10 000 000 kr, year 2017 (the 10 % limit in force, confirmed).
    ///
    /// Model over all five: bases 5 × 400 000 = 2 000 000; rest 8 000 000, 75 % = 6 000 000 by
    /// försörjningsmått (sum 8 000: 750 kr each) and 2 000 000 by population (sum 200 000: 10 kr each):
    ///   a 400 000 + 750 000 + 400 000 = 1 550 000    b 400 000 + 1 500 000 + 600 000 = 2 500 000
    ///   c 400 000 + 2 250 000 + 500 000 = 3 150 000  d 400 000 + 1 125 000 + 300 000 = 1 825 000
    ///   e 400 000 + 375 000 + 200 000 = 975 000      sum 10 000 000
    /// c: equity 1 500 000 on contributions 6 000 000, cap 20 % = 1 200 000, 300 000 over:
    ///   reduction 50 % = 150 000, ceiling 3 000 000, not protected by the limit (last year 3 500 000).
    /// b: accepts at most 2 300 000 (declines 200 000). e: last year 1 200 000, floor 90 % = 1 080 000.
    /// Round 1: b and c over their ceilings: fixed at 2 300 000 and 3 000 000.
    /// Round 2: a, d, e share 4 700 000: bases 1 200 000; 3 500 000 → 2 625 000 by support (sum 3 000)
    ///   a 875 000, d 1 312 500, e 437 500; 875 000 by population (sum 90 000): a 388 888,89,
    ///   d 291 666,67, e 194 444,44 → floors 874 998, the 2 kr to the largest remainders a and d:
    ///   a 388 889, d 291 667, e 194 444. e = 400 000 + 437 500 + 194 444 = 1 031 944 < 1 080 000:
    ///   fixed at its floor.
    /// Round 3: a, d share 10 000 000 − 2 300 000 − 3 000 000 − 1 080 000 = 3 620 000: bases
    ///   800 000; 2 820 000 → 2 115 000 by support (sum 2 500): a 846 000, d 1 269 000; 705 000 by
    ///   population (sum 70 000): a 402 857,14, d 302 142,86 → d gets the 1 kr: 302 143.
    ///   a = 400 000 + 846 000 + 402 857 = 1 648 857, d = 400 000 + 1 269 000 + 302 143 = 1 971 143.
    /// Sum: 1 648 857 + 2 300 000 + 3 000 000 + 1 971 143 + 1 080 000 = 10 000 000.
    static let table = [
        row("a", support: 1_000, population: 40_000, last: 1_600_000),
        row("b", support: 2_000, population: 60_000, last: 2_400_000, maximum: 2_300_000),
        row("c", support: 3_000, population: 50_000, last: 3_500_000, equity: (1_500_000, 6_000_000)),
        row("d", support: 1_500, population: 30_000, last: 1_700_000),
        row("e", support: 500, population: 20_000, last: 1_200_000),
    ]

    func allocate(_ rows: [FederationInput], _ total: Int64, year: Int) throws -> AllocationResult {
        let parameters = try #require(AllocationParameters.forYear(year))
        return try AllocationModel.allocate(rows, total: kr(total), parameters: parameters)
    }

    @Test("The hand-worked national table of 2017: limit, over the cap, a federation that declines part")
    func nationalTable() throws {
        let result = try allocate(Self.table, 10_000_000, year: 2017)
        let byID = Dictionary(uniqueKeysWithValues: result.federations.map { ($0.input.id, $0) })
        #expect(
            result.federations.map(\.model) == [
                kr(1_550_000), kr(2_500_000), kr(3_150_000), kr(1_825_000), kr(975_000),
            ])
        #expect(
            result.federations.map(\.supportPart) == [
                kr(750_000), kr(1_500_000), kr(2_250_000), kr(1_125_000), kr(375_000),
            ])
        #expect(
            result.federations.map(\.populationPart) == [
                kr(400_000), kr(600_000), kr(500_000), kr(300_000), kr(200_000),
            ])
        #expect(
            result.federations.map(\.allocation) == [
                kr(1_648_857), kr(2_300_000), kr(3_000_000), kr(1_971_143), kr(1_080_000),
            ])
        #expect(result.unallocated == .zero)
        #expect(byID["c"]?.equityReduction == kr(150_000))
        #expect(byID["c"]?.limit == .notProtected)
        #expect(byID["e"]?.limit == .raised(floor: kr(1_080_000)))
        #expect(byID["a"]?.limit == .within(floor: kr(1_440_000)))
        #expect(byID["b"]?.declined == true && byID["a"]?.declined == false)
        // Changes: a +48 857, b −100 000, c −500 000, d +271 143, e −120 000 (exactly the 10 %).
        #expect(
            result.federations.map(\.change) == [kr(48_857), kr(-100_000), kr(-500_000), kr(271_143), kr(-120_000)])
    }

    @Test("After 2017 no limit is in force, and the output says that is assumed")
    func noLimitAfter2017() throws {
        let result = try allocate(Self.table, 10_000_000, year: 2024)
        #expect(result.federations.allSatisfy { $0.limit == .notInForce(assumed: true) })
        // Round 1 as in 2017; round 2: a, d, e share 4 700 000 unbounded: e keeps 1 031 944.
        #expect(
            result.federations.map(\.allocation) == [
                kr(1_663_889), kr(2_300_000), kr(3_000_000), kr(2_004_167), kr(1_031_944),
            ])
        #expect(result.parameters.notes.contains { $0.id == "allocation.parameter_assumed" })
    }

    @Test("Largest remainder to the krona: 1 000 001 kr among three equal federations")
    func remainder() throws {
        // Bases 3 × 400 000 = 1 200 000 > 1 000 001: the amount is split equally, 333 334 + 333 334 + 333 333.
        let rows = ["x", "y", "z"].map { Self.row($0, support: 1, population: 1) }
        #expect(
            try allocate(rows, 1_000_001, year: 2024).federations.map(\.allocation) == [
                kr(333_334), kr(333_334), kr(333_333),
            ])
        // 2 000 001: bases 1 200 000, rest 800 001: support 600 001 (800 001 × 75 % = 600 000,75 → 600 001),
        // population 200 000. 600 001 / 3 = 200 000,33: 200 001 + 200 000 + 200 000; 200 000 / 3 = 66 666,67:
        // 66 667 + 66 667 + 66 666. x = 400 000 + 200 001 + 66 667 = 666 668, y 666 667, z 666 666.
        #expect(
            try allocate(rows, 2_000_001, year: 2024).federations.map(\.allocation) == [
                kr(666_668), kr(666_667), kr(666_666),
            ])
    }

    @Test("When every federation declines, what is left is unallocated, never given to anyone")
    func unallocated() throws {
        let rows = [
            Self.row("x", support: 1, population: 1, maximum: 500_000),
            Self.row("y", support: 3, population: 3, maximum: 0),
        ]
        let result = try allocate(rows, 2_000_000, year: 2024)
        #expect(result.federations.map(\.allocation) == [kr(500_000), .zero])
        #expect(result.unallocated == kr(1_500_000))
    }

    @Test("Floors beyond the total are scaled down in proportion, and the result says so")
    func scaledFloors() throws {
        // 2017: floors 90 % of 1 000 000 and 3 000 000 = 900 000 + 2 700 000 = 3 600 000 > 2 000 000:
        // 2 000 000 × 9/36 = 500 000 and × 27/36 = 1 500 000.
        let rows = [
            Self.row("x", support: 1, population: 1, last: 1_000_000),
            Self.row("y", support: 1, population: 1, last: 3_000_000),
        ]
        let result = try allocate(rows, 2_000_000, year: 2017)
        #expect(result.federations.map(\.allocation) == [kr(500_000), kr(1_500_000)])
        #expect(result.floorsScaled)
    }

    @Test("A total in öre, or no federations, is refused")
    func refused() throws {
        let parameters = try #require(AllocationParameters.forYear(2024))
        #expect(throws: AllocationError.self) {
            try AllocationModel.allocate(Self.table, total: Money(ore: 50), parameters: parameters)
        }
        #expect(throws: AllocationError.self) { try AllocationModel.allocate([], total: kr(1), parameters: parameters) }
        #expect(AllocationParameters.forYear(2015) == nil)
    }
}
