/// Splitting an amount into parts that add up to it exactly.
///
/// Largest-remainder rounding (Hamilton's method), in whole kronor:
///
/// | step | what happens                                                                  |
/// |------|-------------------------------------------------------------------------------|
/// | 1    | each part gets its exact share rounded down to whole kronor                    |
/// | 2    | the kronor left over (fewer than the number of parts) go one each to the parts |
/// |      | with the largest remainders                                                    |
/// | 3    | equal remainders are served in the order the parts are listed (the file order) |
///
/// Example: 1 046 000 kr in three equal parts is 348 667 + 348 667 + 348 666.
/// A total that is not whole kronor is split in öre instead, by the same steps.
public enum Allocation {
    /// The parts of `total` in proportion to `weights`; nil when the total is negative, a weight
    /// is negative, or the weights sum to zero or overflow.
    public static func largestRemainder(_ total: Money, weights: [Int64]) -> [Money]? {
        guard total.ore >= 0, let weightSum = checkedSum(weights), weightSum > 0 else { return nil }
        let granularity: Int64 = total.ore % Money.orePerKrona == 0 ? Money.orePerKrona : 1
        let units = Int128(total.ore / granularity)
        let denominator = Int128(weightSum)
        var parts: [Int64] = []
        var remainders: [(index: Int, remainder: Int128)] = []
        parts.reserveCapacity(weights.count)
        for (index, weight) in weights.enumerated() {
            let product = units * Int128(weight)
            parts.append(Int64(product / denominator))
            remainders.append((index, product % denominator))
        }
        let assigned = parts.reduce(Int128(0)) { $0 + Int128($1) }
        let leftover = Int(units - assigned)
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in remainders.prefix(leftover) { parts[entry.index] += 1 }
        return parts.map { Money(ore: $0 * granularity) }
    }

    /// True when `part` is less than one krona away from the exact share `weight / weightSum` of
    /// `total`: either rounding of the exact share is acceptable on its own.
    public static func isWithinOneKrona(
        _ part: Money, ofShare weight: Int64, of weightSum: Int64, total: Money
    ) -> Bool {
        guard weightSum > 0 else { return false }
        let scaledPart = Int128(part.ore) * Int128(weightSum)
        let scaledShare = Int128(total.ore) * Int128(weight)
        let difference = scaledPart - scaledShare
        return difference.magnitude < UInt128(Money.orePerKrona) * UInt128(weightSum)
    }

    static func checkedSum(_ weights: [Int64]) -> Int64? {
        var sum: Int64 = 0
        for weight in weights {
            guard weight >= 0 else { return nil }
            let (next, overflow) = sum.addingReportingOverflow(weight)
            if overflow { return nil }
            sum = next
        }
        return sum
    }
}
