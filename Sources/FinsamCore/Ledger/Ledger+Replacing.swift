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

    /// The replaced year alone, as ``init(replacing:of:with:)`` makes it for `plan` with year
    /// `index` replaced by `year`, with the same input errors: the years after it roll their
    /// closing equity on only to find an overflow, with no `YearLedger` made for them (a plan
    /// followed up in each of 1 000 years made a million to keep a thousand). Given the plan
    /// as it is and the year apart: the plan with the year in its place was a copy of every
    /// year, for each followed-up year. A test compares it with the whole ledger's year.
    static func replacedYear(
        _ index: Int, of base: Ledger, replacingWith year: Year, in plan: Plan
    ) throws(PlanError) -> YearLedger {
        var opening = index == 0 ? plan.openingEquity?.money : base.years[index - 1].closingEquity
        if opening == nil { opening = year.declared?.openingEquity?.money }
        // The year is computed with the plan's members and policy, which replacing a year
        // leaves as they are.
        let replaced = try Self.compute(year, opening: opening, plan: plan)
        opening = replaced.closingEquity
        for position in (index + 1)..<plan.years.count {
            if opening == nil { opening = plan.years[position].declared?.openingEquity?.money }
            opening = try base.years[position].closing(openingWith: opening)
        }
        return replaced
    }
}

extension YearLedger {
    /// The same year opening with `opening`: every sum kept, the closing equity rolled from it.
    func reopened(with opening: Money?) throws(PlanError) -> YearLedger {
        let closing = try closing(openingWith: opening)
        return YearLedger(
            year: year, stateContributions: stateContributions, regionContributions: regionContributions,
            municipalContributions: municipalContributions, contributions: contributions, otherIncome: otherIncome,
            income: income, administrationCosts: administrationCosts, operationsCosts: operationsCosts, costs: costs,
            individualCosts: individualCosts, structuralCosts: structuralCosts,
            unlinkedOperationsCosts: unlinkedOperationsCosts, result: result, openingEquity: opening,
            closingEquity: closing, equityCap: equityCap, groupCosts: groupCosts, costInitiatives: costInitiatives,
            statement: statement)
    }

    /// The closing equity of this year opening with `opening`; an overflow is an input error.
    func closing(openingWith opening: Money?) throws(PlanError) -> Money? {
        do throws(MoneyOverflow) {
            return try Ledger.closingEquity(of: year, opening: opening, result: result)
        } catch {
            throw PlanError(Message("amount.sum_overflow", [.integer(year.year)]), at: year.ref)
        }
    }
}
