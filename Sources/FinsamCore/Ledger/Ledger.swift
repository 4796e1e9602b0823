/// The computed figures of every year of a plan.
public struct Ledger: Sendable {
    public let plan: Plan
    public let years: [YearLedger]

    /// Computes every year in order, rolling equity forward:
    /// closing equity = opening equity + income − costs.
    ///
    /// Where the plan does not state its opening equity, each year's result is still known and
    /// its equity is not, until the document states one: the first year whose declared figures
    /// give its opening equity opens with it, or else the first whose declared figures give its
    /// closing equity closes with it (its opening stays unknown: the document does not print
    /// it), and equity rolls forward from there. A stated figure is taken as printed.
    ///
    /// The sums over each year's cost lines do not depend on other years, so a plan with many
    /// lines has them summed by `parallelism`; the rest is quick and runs in year order.
    public init(plan: Plan, parallelism: Parallelism = .serial) throws(PlanError) {
        try self.init(plan: plan, parallelism: parallelism, threshold: Self.parallelLineThreshold)
    }

    /// `threshold`: the fewest cost lines worth summing on several threads (tests lower it).
    /// `restart`: the year (a position in the plan's years) that opens with another equity than
    /// the closing equity of the year before: a projection that continues from a forecast.
    init(
        plan: Plan, parallelism: Parallelism, threshold: Int = parallelLineThreshold,
        restart: (index: Int, opening: Money?)? = nil
    ) throws(PlanError) {
        self.plan = plan
        let total = plan.years.reduce(0) { $0 + $1.costs.count }
        // Summed ahead on the workers, or else year by year below: without an array of results,
        // whose element type the runtime would make (and check `MoneyOverflow: Error` for) on
        // first use, a visible part of the start-up of `finsam validate` on a small plan.
        let lines =
            total >= threshold && parallelism.width > 1 ? Self.lineSums(of: plan, parallelism: parallelism) : nil
        var years: [YearLedger] = []
        var opening = plan.openingEquity?.money
        for (index, year) in plan.years.enumerated() {
            if let restart, restart.index == index { opening = restart.opening }
            if opening == nil { opening = year.declared?.openingEquity?.money }
            let ledger: YearLedger
            if let lines {
                ledger = try Self.compute(year, lines: lines[index], opening: opening, plan: plan)
            } else {
                ledger = try Self.compute(year, opening: opening, plan: plan)
            }
            years.append(ledger)
            opening = ledger.closingEquity
        }
        self.years = years
    }

    /// A year's sums over its cost lines, or the overflow that stopped them.
    typealias LineSums = Result<(costs: CostTotals, groups: [String: Money]), MoneyOverflow>

    /// The fewest cost lines worth summing on several threads.
    static let parallelLineThreshold = 20_000

    private static func lineSums(of plan: Plan, parallelism: Parallelism) -> [LineSums] {
        parallelism.map(plan.years.count) { index in
            let year = plan.years[index]
            do throws(MoneyOverflow) {
                return .success((try CostTotals(year, plan: plan), try YearLedger.groupCosts(of: year)))
            } catch {
                return .failure(error)
            }
        }
    }

    private static func compute(
        _ year: Year, lines: LineSums, opening: Money?, plan: Plan
    ) throws(PlanError) -> YearLedger {
        do throws(MoneyOverflow) {
            let (costs, groups) = try lines.get()
            return try computeChecked(year, costs: costs, groups: groups, opening: opening, plan: plan)
        } catch {
            throw overflow(in: year)
        }
    }

    /// The same, summing the year's lines here.
    static func compute(_ year: Year, opening: Money?, plan: Plan) throws(PlanError) -> YearLedger {
        do throws(MoneyOverflow) {
            // Two values, not a tuple: a tuple's copy is shared with ``LineSums``'s, whose type
            // the runtime then builds on every start-up.
            return try computeChecked(
                year, costs: try CostTotals(year, plan: plan), groups: try YearLedger.groupCosts(of: year),
                opening: opening, plan: plan)
        } catch {
            throw overflow(in: year)
        }
    }

    private static func overflow(in year: Year) -> PlanError {
        PlanError(Message("amount.sum_overflow", [.integer(year.year)]), at: year.ref)
    }

    private static func computeChecked(
        _ year: Year, costs: CostTotals, groups: [String: Money], opening: Money?, plan: Plan
    ) throws(MoneyOverflow) -> YearLedger {
        var state = Money.zero
        var region = Money.zero
        var municipal = Money.zero
        var contributions = Money.zero
        try plan.forEachMember(of: year.contributions) { (_, contribution, position) throws(MoneyOverflow) in
            let amount = contribution.amount.money
            contributions = try contributions.plus(amount)
            switch position.map({ plan.members[$0].kind }) {
            case .state?: state = try state.plus(amount)
            case .region?: region = try region.plus(amount)
            case .municipality?: municipal = try municipal.plus(amount)
            case nil: break
            }
        }
        let statement = try StatementItems(year)
        let otherIncome = try Money.total(year.otherIncome.filter { $0.category == .operations }.map(\.amount.money))
        let income = try contributions.plus(otherIncome)
        let result = try income.minus(costs.total).plus(statement.financialIncome).minus(costs.financial)
        return YearLedger(
            year: year,
            stateContributions: state,
            regionContributions: region,
            municipalContributions: municipal,
            contributions: contributions,
            otherIncome: otherIncome,
            income: income,
            administrationCosts: costs.administration,
            operationsCosts: costs.operations,
            costs: costs.total,
            individualCosts: costs.individual,
            structuralCosts: costs.structural,
            unlinkedOperationsCosts: costs.unlinkedOperations,
            result: result,
            openingEquity: opening,
            closingEquity: try closingEquity(of: year, opening: opening, result: result),
            equityCap: EquityCap.of(contributions, policy: plan.policy.equityCap),
            groupCosts: groups,
            costInitiatives: costs.initiatives,
            statement: statement.with(financialCosts: costs.financial))
    }
}

extension Ledger {
    /// Opening equity plus the result; with the opening unknown, the closing equity the year's
    /// declared figures state, if any.
    static func closingEquity(of year: Year, opening: Money?, result: Money) throws(MoneyOverflow) -> Money? {
        guard let opening else { return year.declared?.closingEquity?.money }
        return try opening.plus(result)
    }
}

/// A year's costs by category and by the target of the initiative each line funds, in one pass.
struct CostTotals {
    var total = Money.zero
    var administration = Money.zero
    var operations = Money.zero
    var individual = Money.zero
    var structural = Money.zero
    var unlinkedOperations = Money.zero
    /// Financial costs: outside ``total``.
    var financial = Money.zero
    /// Each line's initiative as a position in the plan's initiatives, or -1.
    var initiatives: [Int32] = []

    init(_ lines: CostLines, plan: Plan) throws(MoneyOverflow) {
        initiatives.reserveCapacity(lines.count)
        var expected = 0
        // By position, each field read in place (``CostLines``), no line made or copied.
        for line in lines.indices {
            let position = lines.initiativeID(at: line).flatMap { plan.initiativePosition($0, expected: expected) }
            if let position { expected = position + 1 }
            initiatives.append(Int32(truncatingIfNeeded: position ?? -1))
            let amount = lines.amount(at: line).money
            let category = lines.category(at: line)
            switch category {
            case .administration: administration = try administration.plus(amount)
            case .operations: operations = try operations.plus(amount)
            case .financial:
                // Interest funds no initiative: outside the operating costs and their shares.
                financial = try financial.plus(amount)
                continue
            }
            total = try total.plus(amount)
            switch position.map({ plan.initiatives[$0].target }) ?? lines.target(at: line) {
            case .individual?: individual = try individual.plus(amount)
            case .structural?: structural = try structural.plus(amount)
            case nil where category == .operations: unlinkedOperations = try unlinkedOperations.plus(amount)
            case nil: break
            }
        }
    }

    /// The same lines with the year's unitemised costs (`budgetTotals`): in the total, and,
    /// since they could fund either kind of initiative, among the costs linked to none.
    init(_ year: Year, plan: Plan) throws(MoneyOverflow) {
        try self.init(year.costs, plan: plan)
        guard let unitemised = year.unitemisedCosts?.money else { return }
        total = try total.plus(unitemised)
        unlinkedOperations = try unlinkedOperations.plus(unitemised)
    }
}
