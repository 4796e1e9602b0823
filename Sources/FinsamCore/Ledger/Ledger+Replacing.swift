extension Ledger {
    /// The ledger of `plan`, which is `base`'s plan with the year at `index` replaced (a
    /// followed-up year by its forecast): the years before it are `base`'s, the replaced year is
    /// computed, and the years after keep their sums and roll their equity on from it, by the
    /// same rules as ``init(plan:parallelism:)``, which gives the same ledger (a test compares
    /// them). A plan followed up in many years then has no year's lines summed again per forecast.
    init(replacing index: Int, of base: Ledger, with plan: Plan) throws(PlanError) {
        self.plan = plan
        var years = Array(base.years.prefix(index))
        years.reserveCapacity(plan.years.count)
        var opening = index == 0 ? plan.openingEquity?.money : base.years[index - 1].closingEquity
        for position in index..<plan.years.count {
            let year = plan.years[position]
            if opening == nil { opening = year.declared?.openingEquity?.money }
            let ledger: YearLedger
            if position == index {
                ledger = try Self.compute(year, opening: opening, plan: plan)
            } else {
                ledger = try base.years[position].reopened(with: opening)
            }
            years.append(ledger)
            opening = ledger.closingEquity
        }
        self.years = years
    }
}

extension YearLedger {
    /// The same year opening with `opening`: every sum kept, the closing equity rolled from it.
    func reopened(with opening: Money?) throws(PlanError) -> YearLedger {
        let closing: Money?
        do throws(MoneyOverflow) {
            closing = try Ledger.closingEquity(of: year, opening: opening, result: result)
        } catch {
            throw PlanError(Message("amount.sum_overflow", [.integer(year.year)]), at: year.ref)
        }
        return YearLedger(
            year: year, stateContributions: stateContributions, regionContributions: regionContributions,
            municipalContributions: municipalContributions, contributions: contributions, otherIncome: otherIncome,
            income: income, administrationCosts: administrationCosts, operationsCosts: operationsCosts, costs: costs,
            individualCosts: individualCosts, structuralCosts: structuralCosts,
            unlinkedOperationsCosts: unlinkedOperationsCosts, result: result, openingEquity: opening,
            closingEquity: closing, equityCap: equityCap, groupCosts: groupCosts, costInitiatives: costInitiatives,
            statement: statement)
    }
}
