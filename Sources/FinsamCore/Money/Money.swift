/// An exact amount of Swedish money, held as a whole number of öre.
///
/// Every operation that can overflow is checked and reports the overflow instead of trapping:
/// finsam reads public budgets from files it does not control, and a wrong figure is worse than
/// no figure.
public struct Money: Hashable, Comparable, Sendable {
    /// The amount in öre (1 krona = 100 öre).
    public let ore: Int64

    /// Öre in one krona.
    public static let orePerKrona: Int64 = 100
    /// Öre in one thousand kronor (one tkr).
    public static let orePerThousand: Int64 = 100_000

    public static let zero = Money(ore: 0)

    public init(ore: Int64) { self.ore = ore }

    /// Whole kronor, or nil when the amount does not fit.
    public init?(kronor: Int64) {
        let (value, overflow) = kronor.multipliedReportingOverflow(by: Money.orePerKrona)
        if overflow { return nil }
        self.ore = value
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.ore < rhs.ore }

    public var isNegative: Bool { ore < 0 }
    public var isZero: Bool { ore == 0 }

    /// The sum, or nil on overflow.
    public func adding(_ other: Money) -> Money? {
        let (value, overflow) = ore.addingReportingOverflow(other.ore)
        return overflow ? nil : Money(ore: value)
    }

    /// The difference, or nil on overflow.
    public func subtracting(_ other: Money) -> Money? {
        let (value, overflow) = ore.subtractingReportingOverflow(other.ore)
        return overflow ? nil : Money(ore: value)
    }

    /// The negation, or nil for the one value that has none.
    public func negated() -> Money? {
        ore == Int64.min ? nil : Money(ore: -ore)
    }

    /// The absolute value, or nil for the one value that has none.
    public var magnitude: Money? { ore < 0 ? negated() : self }

    /// The sum of many amounts, or nil on overflow.
    public static func sum<S: Sequence>(_ amounts: S) -> Money? where S.Element == Money {
        var total = Money.zero
        for amount in amounts {
            guard let next = total.adding(amount) else { return nil }
            total = next
        }
        return total
    }
}

/// The reason an amount could not be computed.
public struct MoneyOverflow: Error, Equatable, Sendable {
    public init() {}
}

extension Money {
    /// The sum, throwing ``MoneyOverflow`` instead of returning nil.
    public func plus(_ other: Money) throws(MoneyOverflow) -> Money {
        guard let value = adding(other) else { throw MoneyOverflow() }
        return value
    }

    /// The difference, throwing ``MoneyOverflow`` instead of returning nil.
    public func minus(_ other: Money) throws(MoneyOverflow) -> Money {
        guard let value = subtracting(other) else { throw MoneyOverflow() }
        return value
    }

    /// The sum of many amounts, throwing ``MoneyOverflow`` instead of returning nil.
    public static func total<S: Sequence>(_ amounts: S) throws(MoneyOverflow) -> Money
    where S.Element == Money {
        guard let value = sum(amounts) else { throw MoneyOverflow() }
        return value
    }
}
