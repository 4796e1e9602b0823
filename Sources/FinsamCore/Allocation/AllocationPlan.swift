/// A federation's plan as `finsam allocate` uses it: loaded and checked once, by ``check(_:file:today:)``.
public struct AllocationPlan: Sendable {
    public let loaded: LoadedPlan
    /// The findings after rule years and waivers, as `finsam validate` reports them.
    public let findings: [Finding]

    /// The one way `allocate` loads and checks a plan: today's API (load, rules in force,
    /// waivers), kept in this one function so a single checked-plan entry point can replace it.
    public static func check(_ bytes: [UInt8], file: String, today: PlanDate) throws(InputError) -> AllocationPlan {
        let loaded = try LoadedPlan.load(bytes, file: file)
        let inForce = RuleSet.applicable(Validator.findings(in: loaded), plan: loaded.plan)
        return AllocationPlan(loaded: loaded, findings: WaiverApplication.apply(inForce, context: loaded.ruleContext, today: today))
    }

    public var federation: String { loaded.plan.federation.name }

    /// The equity position the allocation of `year` is judged by: the plan's last year before it
    /// (its closing equity and member contributions). Over the cap or not is read from the
    /// `equity_cap` finding of that year, waived or not, so allocate and validate agree.
    public func equity(before year: Int) -> EquityPosition? {
        guard let last = loaded.ledger.years.last(where: { $0.number < year }) else { return nil }
        let finding = findings.first { $0.ruleID == "equity_cap" && $0.year == last.number && $0.message.id.hasPrefix("cap.exceeded") }
        let over = finding?.figures.first { $0.name == "over" }.flatMap { figure -> Money? in
            if case .money(let money) = figure.value { return money }
            return nil
        }
        return EquityPosition(closingEquity: last.closingEquity, contributions: last.contributions, cap: last.equityCap,
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
        guard let parts = MatchedContributions.derive(from: Amount(money: allocation, ref: plan.federation.ref),
                                                      members: plan.members, split: split)
        else { return nil }
        return parts.compactMap { part in plan.member(part.memberID).map { ($0, part.amount.money) } }
    }
}
