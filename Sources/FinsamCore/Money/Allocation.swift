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
        let units = UInt64(total.ore / granularity)
        let denominator = UInt64(weightSum)
        var parts: [Int64] = []
        var remainders: [UInt64] = []
        parts.reserveCapacity(weights.count)
        remainders.reserveCapacity(weights.count)
        var assigned: UInt64 = 0
        for weight in weights {
            // units × weight ÷ weightSum as one 128-by-64-bit division (a single instruction on
            // x86-64, where Int128's `/` and `%` are two library calls). The quotient is at most
            // `units`, since no weight exceeds the sum, so it fits and the floors' sum does too.
            let (part, remainder) = denominator.dividingFullWidth(units.multipliedFullWidth(by: UInt64(weight)))
            parts.append(Int64(part))
            remainders.append(remainder)
            assigned += part
        }
        let leftover = Int(units - assigned)
        if leftover > 0 { serve(leftover, byRemainder: remainders, to: &parts) }
        return parts.map { Money(ore: $0 * granularity) }
    }

    /// One unit each to the `leftover` parts with the largest remainders, equal remainders in
    /// list order (step 3): every part whose remainder is above the `leftover`-th largest gets
    /// one, then those equal to it, in order, while any is left. One sort of plain numbers
    /// instead of sorting the parts by remainder and place.
    private static func serve(_ leftover: Int, byRemainder remainders: [UInt64], to parts: inout [Int64]) {
        let threshold = remainders.sorted()[remainders.count - leftover]
        var left = leftover
        for index in parts.indices where remainders[index] > threshold {
            parts[index] += 1
            left -= 1
        }
        for index in parts.indices where left > 0 && remainders[index] == threshold {
            parts[index] += 1
            left -= 1
        }
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
