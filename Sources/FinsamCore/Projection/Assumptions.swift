/// What a projection assumes about the years after the plan's last: how the state's allocation
/// grows, how cost lines are indexed, and how much of granted initiative funds is spent.
///
/// Every assumption can be written in the plan file's `assumptions` block and overridden on the
/// command line; a plan without the block projects an unchanged allocation and unchanged costs.
public struct Assumptions: Sendable {
    /// Growth of the state's allocation, percent a year (may be negative); the region and the
    /// municipalities match it by the 50/25/25 split.
    public var stateAllocationGrowth: Percent
    /// Fixed state allocations by year: where a year is given, growth does not apply to it, and
    /// later years grow from it.
    public var stateAllocationByYear: [Int: Money]
    /// Indexation of cost lines by category, percent a year (may be negative).
    public var indexation: [CostCategory: Percent]
    /// The share of an initiative's granted funds the plan budgets (e.g. 90 %).
    public var initiativeUtilisation: Percent
    /// Where the block is in the file, for findings about projected years; nil when absent.
    public let ref: SourceRef?

    public init(
        stateAllocationGrowth: Percent = Percent(basisPoints: 0), stateAllocationByYear: [Int: Money] = [:],
        indexation: [CostCategory: Percent] = [:], initiativeUtilisation: Percent = Percent(basisPoints: 10_000),
        ref: SourceRef? = nil
    ) {
        self.stateAllocationGrowth = stateAllocationGrowth
        self.stateAllocationByYear = stateAllocationByYear
        self.indexation = indexation
        self.initiativeUtilisation = initiativeUtilisation
        self.ref = ref
    }

    /// No block: nothing grows, everything granted is budgeted.
    public static let none = Assumptions()

    /// The indexation of a category, zero when not given.
    public func index(_ category: CostCategory) -> Percent {
        indexation[category] ?? Percent(basisPoints: 0)
    }
}

/// Applying a percentage to money in a projection.
///
/// Rounding rule: the exact product is rounded **half to even to whole kronor**, once per year,
/// each year from the previous year's rounded amount. Example: 125 050 kr indexed by 3 % is
/// exactly 128 801,50 kr, which rounds to the even 128 802 kr; 125 150 kr gives 128 904,50 kr,
/// which rounds to 128 904 kr.
public enum ProjectionRounding {
    /// `amount × (100 % + percent)`, rounded half to even to whole kronor; nil on overflow or
    /// when the result would be negative.
    public static func grown(_ amount: Money, by percent: Percent) -> Money? {
        scaled(amount, byBasisPoints: Int128(10_000) + Int128(percent.basisPoints))
    }

    /// `amount × percent`, rounded half to even to whole kronor; nil on overflow.
    public static func share(_ amount: Money, _ percent: Percent) -> Money? {
        scaled(amount, byBasisPoints: Int128(percent.basisPoints))
    }

    private static func scaled(_ amount: Money, byBasisPoints factor: Int128) -> Money? {
        guard factor >= 0 else { return nil }
        let product = Int128(amount.ore) * factor
        // Basis points to a fraction (10 000), and öre to kronor (100).
        guard let kronor = ExactDivision.divide(product, by: 10_000 * Int128(Money.orePerKrona), rule: .halfEven)
        else { return nil }
        return Money(kronor: kronor)
    }
}
