/// Exact division with a documented rounding rule.
///
/// | rule          | 2.5 → | 3.5 → | −2.5 → | used for                                   |
/// |---------------|-------|-------|--------|--------------------------------------------|
/// | `.halfEven`   | 2     | 4     | −2     | percentages of money (cap, shares, growth) |
/// | `.down`       | 2     | 3     | −3     | the floor of a share (largest remainder)   |
///
/// Half-to-even ("banker's rounding") is unbiased over many roundings, so a long projection does
/// not drift upwards the way half-up would.
public enum RoundingRule: Sendable {
    case halfEven
    case down
}

enum ExactDivision {
    /// `numerator / denominator` rounded by `rule`; nil when the result does not fit in Int64 or
    /// the denominator is not positive.
    static func divide(_ numerator: Int128, by denominator: Int128, rule: RoundingRule) -> Int64? {
        guard denominator > 0 else { return nil }
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        switch rule {
        case .down:
            if remainder < 0 { quotient -= 1 }
        case .halfEven:
            let twice = remainder.magnitude * 2
            let denom = denominator.magnitude
            if twice > denom || (twice == denom && quotient % 2 != 0) {
                quotient += remainder < 0 ? -1 : 1
            }
        }
        return Int64(exactly: quotient)
    }
}
