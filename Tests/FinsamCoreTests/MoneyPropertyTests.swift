import Testing

@testable import FinsamCore

@Suite("Properties of the money arithmetic, over seeded random cases")
struct MoneyPropertyTests {
    @Test(
        "Largest remainder: the parts sum to the total exactly, each within a krona of its share",
        arguments: PropertySeeds.all)
    func largestRemainder(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...12, using: &random)
            // Weights small and huge; their sum must fit in Int64, so each is at most max / count.
            var weights = (0..<count).map { _ in random.skewed(0...(Int64.max / Int64(count))) }
            if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
            let total = Money(ore: random.skewed(0...Int64.max))
            guard let parts = Allocation.largestRemainder(total, weights: weights) else {
                Issue.record("no split of \(total.ore) by \(weights)")
                continue
            }
            #expect(parts.count == weights.count)
            let sum = parts.reduce(Int128(0)) { $0 + Int128($1.ore) }
            #expect(sum == Int128(total.ore), "seed \(seed): \(weights) of \(total.ore)")
            let weightSum = weights.reduce(Int128(0)) { $0 + Int128($1) }
            for (part, weight) in zip(parts, weights) {
                // |part − total × w / W| < 1 kr  ⟺  |part × W − total × w| < 100 × W (all Int128).
                let difference = Int128(part.ore) * weightSum - Int128(total.ore) * Int128(weight)
                #expect(
                    difference.magnitude < UInt128(100) * UInt128(weightSum), "seed \(seed): \(weights) of \(total.ore)"
                )
                #expect(part.ore >= 0)
            }
        }
    }

    @Test("Largest remainder refuses what it cannot split instead of trapping")
    func largestRemainderRefuses() {
        #expect(Allocation.largestRemainder(Money(ore: -1), weights: [1]) == nil)
        #expect(Allocation.largestRemainder(Money(ore: 100), weights: [0, 0]) == nil)
        #expect(Allocation.largestRemainder(Money(ore: 100), weights: [1, -1]) == nil)
        #expect(Allocation.largestRemainder(Money(ore: 100), weights: [Int64.max, 1]) == nil)
        #expect(Allocation.largestRemainder(Money(ore: 100), weights: []) == nil)
    }

    @Test("Printing and parsing round-trip, for every öre amount", arguments: PropertySeeds.all)
    func roundTrip(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<5_000 {
            let magnitude = random.skewed(0...Int64.max)
            let money = Money(ore: Bool.random(using: &random) ? magnitude : -magnitude)
            roundTrips(money, seed: seed)
        }
        for extreme in [Int64.min, Int64.min + 1, Int64.max, 0, 1, -1, 99, 100, 101] {
            roundTrips(Money(ore: extreme), seed: seed)
        }
    }

    private func roundTrips(_ money: Money, seed: UInt64) {
        // decimalKronor is JSON's form; Swedish formatting groups with spaces and a decimal
        // comma, both of which the parser reads. English groups with commas, which read as a
        // decimal separator, so it is for people only.
        #expect(Money.parse(money.decimalKronor, unit: .kr) == .success(money), "seed \(seed): \(money.decimalKronor)")
        let kronor = money.formatted(.sv, unit: .kr)
        #expect(Money.parse(kronor, unit: .kr) == .success(money), "seed \(seed): \(kronor)")
        let thousands = money.formatted(.sv, unit: .tkr)
        #expect(Money.parse(thousands, unit: .tkr) == .success(money), "seed \(seed): \(thousands) tkr")
    }

    @Test("tkr to kr is exact or rejected: never rounded, never wrapped", arguments: PropertySeeds.all)
    func thousands(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<5_000 {
            let whole = random.skewed(0...999_999_999_999_999)
            let decimals = Int.random(in: 0...7, using: &random)
            var fraction: Int128 = 0
            var fractionText = ""
            for _ in 0..<decimals {
                let digit = Int.random(in: 0...9, using: &random)
                fraction = fraction * 10 + Int128(digit)
                fractionText += String(digit)
            }
            let negative = Bool.random(using: &random)
            let text = (negative ? "-" : "") + String(whole) + (decimals > 0 ? "," + fractionText : "")
            let result = Money.parse(text, unit: .tkr)
            // By hand: 1 tkr = 100 000 öre, so d ≤ 5 decimals are worth 10^(5−d) öre each.
            guard decimals <= 5 else {
                #expect(result == .failure(.tooManyDecimals(max: 5)), "seed \(seed): \(text)")
                continue
            }
            var scale: Int128 = 1
            for _ in 0..<(5 - decimals) { scale *= 10 }
            let magnitude = Int128(whole) * 100_000 + fraction * scale
            let expected = negative ? -magnitude : magnitude
            if let exact = Int64(exactly: expected) {
                #expect(result == .success(Money(ore: exact)), "seed \(seed): \(text)")
            } else {
                #expect(result == .failure(.overflow), "seed \(seed): \(text)")
            }
        }
    }

    @Test("Adding and subtracting are exact or report overflow, never wrap", arguments: PropertySeeds.all)
    func checkedArithmetic(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<5_000 {
            let a = random.skewed(Int64.min...Int64.max)
            let b = random.skewed(Int64.min...Int64.max)
            let sum = Int128(a) + Int128(b)
            #expect(Money(ore: a).adding(Money(ore: b)) == Int64(exactly: sum).map(Money.init(ore:)))
            let difference = Int128(a) - Int128(b)
            #expect(Money(ore: a).subtracting(Money(ore: b)) == Int64(exactly: difference).map(Money.init(ore:)))
        }
    }
}
