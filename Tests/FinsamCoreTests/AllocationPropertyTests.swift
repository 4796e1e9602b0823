import Testing

@testable import FinsamCore

/// Properties of the allocation model over seeded random national tables (SplitMix64): the
/// allocations and what is left add up to the total exactly, none is negative, none exceeds its
/// federation's maximum, and the same table gives the same allocations.
@Suite("Allocation model: properties")
struct AllocationPropertyTests {
    static func table(_ random: inout SplitMix64) -> [FederationInput] {
        (0..<Int.random(in: 1...40, using: &random)).map { index in
            let last: Int64? = Bool.random(using: &random) ? random.skewed(0...20_000_000) : nil
            let maximum: Int64? = Int.random(in: 0..<5, using: &random) == 0 ? random.skewed(0...5_000_000) : nil
            let equity: EquityPosition? =
                Bool.random(using: &random)
                ? .national(
                    closingEquity: Money(ore: random.skewed(-1_000_000_000...2_000_000_000)),
                    contributions: Money(ore: random.skewed(0...2_000_000_000))) : nil
            return FederationInput(
                id: "f\(index)", name: "F\(index)", population: random.skewed(0...2_000_000),
                supportMeasure: SupportMeasure(millionths: random.skewed(0...100_000_000_000)),
                lastYear: last.flatMap(Money.init(kronor:)), maximum: maximum.flatMap(Money.init(kronor:)),
                equity: equity)
        }
    }

    @Test(
        "Allocations plus the unallocated add up to the total, none negative, none above its maximum",
        arguments: PropertySeeds.all)
    func addsUp(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<200 {
            let rows = Self.table(&random)
            let year = Int.random(in: 2016...2030, using: &random)
            let total = Money(ore: random.skewed(0...1_000_000_000) * Money.orePerKrona)
            let parameters = try #require(AllocationParameters.forYear(year))
            let result = try AllocationModel.allocate(rows, total: total, parameters: parameters)
            let given = try Money.total(result.federations.map(\.allocation))
            #expect(try given.plus(result.unallocated) == total, "seed \(seed)")
            #expect(result.unallocated.ore >= 0)
            for federation in result.federations {
                #expect(!federation.allocation.isNegative, "seed \(seed)")
                #expect(federation.allocation.ore % Money.orePerKrona == 0)
                if let maximum = federation.input.maximum { #expect(federation.allocation <= maximum, "seed \(seed)") }
                #expect(
                    try federation.base.plus(federation.supportPart).plus(federation.populationPart) == federation.model
                )
            }
            // Nothing is left unallocated while some federation could still take more.
            if !result.unallocated.isZero {
                #expect(result.federations.allSatisfy { $0.declined || !$0.equityReduction.isZero }, "seed \(seed)")
            }
            #expect(try AllocationModel.allocate(rows, total: total, parameters: parameters) == result)
        }
    }
}
