/// The computed figures of every year of a plan.
public struct Ledger: Sendable {
    public let plan: Plan
    public let years: [YearLedger]

    /// Computes every year in order, rolling equity forward:
    /// closing equity = opening equity + income − costs.
    public init(plan: Plan) throws(PlanError) {
        self.plan = plan
        var years: [YearLedger] = []
        var opening = plan.openingEquity.money
        for year in plan.years {
            let ledger = try Self.compute(year, opening: opening, plan: plan)
            years.append(ledger)
            opening = ledger.closingEquity
        }
        self.years = years
    }

    private static func compute(_ year: Year, opening: Money, plan: Plan) throws(PlanError) -> YearLedger {
        do throws(MoneyOverflow) {
            return try computeChecked(year, opening: opening, plan: plan)
        } catch {
            throw PlanError(Message("amount.sum_overflow", [.integer(year.year)]), at: year.ref)
        }
    }

    private static func computeChecked(_ year: Year, opening: Money, plan: Plan) throws(MoneyOverflow) -> YearLedger {
        func contributions(of kind: Member.Kind) throws(MoneyOverflow) -> Money {
            try Money.total(year.contributions.lazy.filter { plan.member($0.memberID)?.kind == kind }.map(\.amount.money))
        }
        func costs(where include: (CostLine) -> Bool) throws(MoneyOverflow) -> Money {
            try Money.total(year.costs.lazy.filter(include).map(\.amount.money))
        }
        func target(_ line: CostLine) -> Initiative.Target? {
            line.initiativeID.flatMap { plan.initiative($0)?.target }
        }
        let contributionTotal = try Money.total(year.contributions.map(\.amount.money))
        let otherIncome = try Money.total(year.otherIncome.map(\.amount.money))
        let income = try contributionTotal.plus(otherIncome)
        let costTotal = try costs { _ in true }
        let result = try income.minus(costTotal)
        return YearLedger(
            year: year,
            stateContributions: try contributions(of: .state),
            regionContributions: try contributions(of: .region),
            municipalContributions: try contributions(of: .municipality),
            contributions: contributionTotal,
            otherIncome: otherIncome,
            income: income,
            administrationCosts: try costs { $0.category == .administration },
            operationsCosts: try costs { $0.category == .operations },
            costs: costTotal,
            individualCosts: try costs { target($0) == .individual },
            structuralCosts: try costs { target($0) == .structural },
            unlinkedOperationsCosts: try costs { $0.category == .operations && target($0) == nil },
            result: result,
            openingEquity: opening,
            closingEquity: try opening.plus(result),
            equityCap: EquityCap.of(contributionTotal, policy: plan.policy.equityCap),
            groupCosts: try YearLedger.groupCosts(of: year))
    }
}
