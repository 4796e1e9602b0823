/// A federation's plan as `finsam allocate` uses it: checked once by ``Pipeline``, as
/// `finsam validate` checks it.
public struct AllocationPlan: Sendable {
    public let checked: CheckedPlan

    public init(_ checked: CheckedPlan) {
        self.checked = checked
    }

    public var loaded: LoadedPlan { checked.loaded }
    /// The findings after rule years and waivers, as `finsam validate` reports them.
    public var findings: [Finding] { checked.findings }

    public var federation: String { loaded.plan.federation.name }

    /// The equity position the allocation of `year` is judged by: the plan's last year before it
    /// (its closing equity and member contributions). Over the cap or not is read from the
    /// `equity_cap` finding of that year, waived or not, so allocate and validate agree.
    public func equity(before year: Int) -> EquityPosition? {
        // A plan that does not state its equity gives no position: nothing to reduce for.
        guard let last = loaded.ledger.years.last(where: { $0.number < year }), let closing = last.closingEquity
        else { return nil }
        let finding = checked.findings(of: [EquityCapRule().id], year: last.number).first
        let over = finding?.figures.first { $0.name == "over" }.flatMap { figure -> Money? in
            if case .money(let money) = figure.value { return money }
            return nil
        }
        return EquityPosition(
            closingEquity: closing, contributions: last.contributions, cap: last.equityCap,
            over: over ?? .zero, year: last.number)
    }

    /// The state's contribution the plan budgets for `year`, or nil when it has no such year.
    public func budgetedState(in year: Int) -> Money? {
        loaded.ledger.years.first { $0.number == year }?.stateContributions
    }

    /// What each member pays when the state gives `allocation` in `year`: the region half of it,
    /// the municipalities the other half by the plan's key, each part by largest remainder.
    public func matching(_ allocation: Money, in year: Int) -> [(member: Member, amount: Money)]? {
        let plan = loaded.plan
        let split = plan.years.first { $0.year == year }?.municipalSplit ?? plan.policy.municipalSplit
        guard
            let parts = MatchedContributions.derive(
                from: Amount(money: allocation, ref: plan.federation.ref),
                members: plan.members, split: split)
        else { return nil }
        return parts.compactMap { part in plan.member(part.memberID).map { ($0, part.amount.money) } }
    }
}
