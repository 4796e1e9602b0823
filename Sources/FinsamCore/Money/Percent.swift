/// A percentage with two decimals, held exactly as hundredths of a percent (basis points).
///
/// Thresholds in a plan (`"20"`, `"9,6"`, `"12.75"`) are compared with money ratios by cross
/// multiplication in 128 bits, so no comparison is ever rounded.
public struct Percent: Hashable, Comparable, Sendable {
    /// Hundredths of a percent: 20 % is 2 000.
    public let basisPoints: Int64

    public init(basisPoints: Int64) { self.basisPoints = basisPoints }

    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.basisPoints < rhs.basisPoints }

    /// `amount × self`, rounded half to even to whole öre; nil on overflow.
    public func of(_ amount: Money) -> Money? {
        let product = Int128(amount.ore) * Int128(basisPoints)
        return ExactDivision.divide(product, by: 10_000, rule: .halfEven).map(Money.init(ore:))
    }
}

/// The exact ratio of two amounts, for shares such as administration / total costs.
public struct Ratio: Hashable, Sendable {
    public let numerator: Money
    public let denominator: Money

    public init(_ numerator: Money, of denominator: Money) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// True when the ratio is strictly above `limit`; false when the denominator is not positive.
    public func exceeds(_ limit: Percent) -> Bool {
        guard denominator.ore > 0 else { return false }
        return Int128(numerator.ore) * 10_000 > Int128(limit.basisPoints) * Int128(denominator.ore)
    }

    /// True when the ratio is strictly below `limit`; false when the denominator is not positive.
    public func fallsShort(of limit: Percent) -> Bool {
        guard denominator.ore > 0 else { return false }
        return Int128(numerator.ore) * 10_000 < Int128(limit.basisPoints) * Int128(denominator.ore)
    }

    /// The ratio in hundredths of a percent, rounded half to even; nil when undefined.
    public var percent: Percent? {
        guard denominator.ore > 0 else { return nil }
        let scaled = Int128(numerator.ore) * 10_000
        return ExactDivision.divide(scaled, by: Int128(denominator.ore), rule: .halfEven)
            .map(Percent.init(basisPoints:))
    }
}
