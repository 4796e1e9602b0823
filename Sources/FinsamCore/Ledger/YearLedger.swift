/// The figures of one year, computed once from the plan; rules and reports read these and never
/// add up lines themselves.
public struct YearLedger: Sendable {
    public let year: Year
    /// Contributions of members of each kind; contributions naming no known member are only in
    /// ``contributions``.
    public let stateContributions: Money
    public let regionContributions: Money
    public let municipalContributions: Money
    /// All member contributions (medlemsbidrag): the base of the split and of the equity cap.
    public let contributions: Money
    /// Other operating income.
    public let otherIncome: Money
    /// Contributions plus other operating income (financial income is in ``statement``).
    public let income: Money
    public let administrationCosts: Money
    public let operationsCosts: Money
    /// Operating costs (rörelsens kostnader): administration, operations and any costs given
    /// only as a total; financial costs are outside, in ``statement``.
    public let costs: Money
    /// Costs of lines that fund an individual-targeted initiative.
    public let individualCosts: Money
    /// Costs of lines that fund a structural initiative.
    public let structuralCosts: Money
    /// Operations costs not linked to a known initiative: neither individual nor structural.
    public let unlinkedOperationsCosts: Money
    /// The year's result: income − costs + financial income − financial costs.
    public let result: Money
    /// Equity at the start and end of the year; nil where the plan does not state its opening
    /// equity and no declared figure of this or an earlier year does (see ``Ledger``).
    public let openingEquity: Money?
    public let closingEquity: Money?
    /// The year's equity cap; nil only where it overflows.
    public let equityCap: EquityCap?

    public var number: Int { year.year }

    /// Costs by group heading, summed once: summing per declared subtotal made a plan with
    /// thousands of groups quadratic.
    let groupCosts: [String: Money]
    /// For each cost line of ``year``, the position of its initiative in the plan's
    /// initiatives, or -1 when it names none or one the plan does not list: looked up once
    /// here, not again by every rule that follows lines to initiatives.
    let costInitiatives: [Int32]
    /// Financial income and costs, and the costs given only as a total: the figures of an
    /// income statement beyond the operating lines.
    public let statement: StatementItems

    /// The initiative cost line `index` of ``year`` funds, if the plan lists it.
    public func initiative(ofCostLine index: Int, in plan: Plan) -> Initiative? {
        initiativePosition(ofCostLine: index, in: plan).map { plan.initiatives[$0] }
    }

    /// The same initiative's place in `plan.initiatives`: a rule going through many cost lines
    /// reads the initiative there instead of copying it out for each line.
    func initiativePosition(ofCostLine index: Int, in plan: Plan) -> Int? {
        guard index >= 0 && index < costInitiatives.count else { return nil }
        let position = Int(costInitiatives[index])
        return position >= 0 && position < plan.initiatives.count ? position : nil
    }

    /// Costs of the lines under a group heading (none: zero).
    public func costs(inGroup group: String) -> Money {
        groupCosts[group] ?? .zero
    }

    /// The costs of each group heading of `year`, with checked sums. Lines come in runs under
    /// one heading, so a run is summed on its own and its heading looked up in the dictionary
    /// once, not hashed for every line (18 K instructions a year of the typical plan). A
    /// heading that comes back goes on from its total: the same additions in the same order.
    static func groupCosts(of year: Year) throws(MoneyOverflow) -> [String: Money] {
        var totals: [String: Money] = [:]
        var run: String? = nil
        var sum = Money.zero
        let costs = year.costs
        for line in costs.indices {
            guard let group = costs.group(at: line) else { continue }
            if group != run {
                if let run { totals[run] = sum }
                (run, sum) = (group, totals[group] ?? .zero)
            }
            sum = try sum.plus(costs.amount(at: line).money)
        }
        if let run { totals[run] = sum }
        return totals
    }

    /// A member's contribution this year, nil when the plan gives it none. A member contributes
    /// at most once a year: a year's contributions are keyed by member id.
    public func contribution(of memberID: String) -> Money? {
        year.contributions.first { $0.memberID == memberID }?.amount.money
    }

    /// Costs of a category.
    public func costs(in category: CostCategory) -> Money {
        switch category {
        case .administration: return administrationCosts
        case .operations: return operationsCosts
        case .financial: return statement.financialCosts
        }
    }
}
