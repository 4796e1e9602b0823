/// The parts of a year's income statement beyond its operating lines: financial income and
/// costs (finansiella poster), and operating costs the document gives only as a total.
///
/// The ledger's `income` and `costs` are the operating figures, as a budget prints "Summa
/// intäkter" and "Summa kostnader" above its financial items, so the administration share (of
/// the operating costs) and every plan without financial items mean what they always did; the
/// year's `result` is the result after financial items.
public struct StatementItems: Sendable, Equatable {
    /// Other income of category `financial` (finansiella intäkter).
    public let financialIncome: Money
    /// Cost lines of category `financial` (finansiella kostnader).
    public let financialCosts: Money
    /// Operating costs in no line: `budgetTotals.costs` less the cost lines (zero if none).
    public let unitemisedCosts: Money

    init(financialIncome: Money, financialCosts: Money, unitemisedCosts: Money) {
        self.financialIncome = financialIncome
        self.financialCosts = financialCosts
        self.unitemisedCosts = unitemisedCosts
    }

    /// The year's financial income and unitemised costs; its financial costs come with the
    /// cost lines' sums (``with(financialCosts:)``).
    init(_ year: Year) throws(MoneyOverflow) {
        let financial = year.otherIncome.filter { $0.category == .financial }.map(\.amount.money)
        self.init(
            financialIncome: try Money.total(financial), financialCosts: .zero,
            unitemisedCosts: year.unitemisedCosts?.money ?? .zero)
    }

    func with(financialCosts: Money) -> StatementItems {
        StatementItems(
            financialIncome: financialIncome, financialCosts: financialCosts, unitemisedCosts: unitemisedCosts)
    }

    /// Financial income less financial costs (finansiella poster, netto); nil on overflow.
    public var financialNet: Money? { financialIncome.subtracting(financialCosts) }

    /// True when the year has financial items to show.
    public var hasFinancialItems: Bool { !financialIncome.isZero || !financialCosts.isZero }

    /// True when some of the year's operating costs are in no line, so that a share of a category
    /// or of initiatives can only be bounded, not known.
    public var hasUnitemisedCosts: Bool { !unitemisedCosts.isZero }
}

extension YearLedger {
    /// Rörelsens kostnader: the operating costs (the same figure as ``costs``).
    public var operatingCosts: Money { costs }

    /// Rörelseresultat: operating income less operating costs, before financial items; nil
    /// only where it overflows.
    public var operatingResult: Money? { income.subtracting(costs) }
}
