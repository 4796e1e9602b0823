/// Makes each projected year from the one before: the state's allocation grown (or fixed), the
/// others' contributions matched 50/25/25, other income unchanged, cost lines indexed by
/// category, lines of ended initiatives dropped, granted initiative funds budgeted at the
/// utilisation factor.
struct YearRoller {
    let plan: Plan
    let assumptions: Assumptions
    let split: MunicipalSplit
    let otherIncome: [IncomeLine]
    /// Where findings about projected years point: the assumptions block, else the base year.
    let ref: SourceRef
    var stateAllocation: Money
    var costs: [CostLine]

    init(plan: Plan, assumptions: Assumptions, base: Year, baseLedger: YearLedger) {
        self.plan = plan
        self.assumptions = assumptions
        self.split = base.municipalSplit ?? plan.policy.municipalSplit
        self.otherIncome = base.otherIncome
        self.ref = assumptions.ref ?? base.ref
        self.stateAllocation = baseLedger.stateContributions
        self.costs = base.costs
    }

    /// The projected year `number`, advancing the roller.
    mutating func next(_ number: Int) throws(ProjectionError) -> Year {
        if let fixed = assumptions.stateAllocationByYear[number] {
            stateAllocation = fixed
        } else {
            stateAllocation = try checked(ProjectionRounding.grown(stateAllocation, by: assumptions.stateAllocationGrowth), number)
        }
        let state = Amount(money: stateAllocation, ref: ref)
        guard let contributions = MatchedContributions.derive(from: state, members: plan.members, split: split) else {
            throw ProjectionError(.input, Message("projection.cannot_derive", [.integer(number)]))
        }
        costs = try nextCosts(number)
        return Year(
            year: number, status: .plan, contributions: contributions, otherIncome: otherIncome, costs: costs,
            deficitReason: nil, declared: nil, municipalSplit: nil, ref: ref)
    }

    private func nextCosts(_ number: Int) throws(ProjectionError) -> [CostLine] {
        var lines: [CostLine] = []
        for line in costs {
            let initiative = line.initiativeID.flatMap(plan.initiative)
            // An initiative ends on its end date: its lines stop after the end year.
            if let end = initiative?.end, end.year < number { continue }
            let amount: Money
            if let initiative, let grant = initiative.granted.first(where: { $0.year == number }) {
                amount = try checked(ProjectionRounding.share(grant.amount.money, assumptions.initiativeUtilisation), number)
            } else {
                amount = try checked(ProjectionRounding.grown(line.amount.money, by: assumptions.index(line.category)), number)
            }
            lines.append(line.with(amount: Amount(money: amount, ref: line.amount.ref)))
        }
        // Funds granted for a year to an initiative without a line yet become a new line.
        for initiative in plan.initiatives where !lines.contains(where: { $0.initiativeID == initiative.id }) {
            guard let grant = initiative.granted.first(where: { $0.year == number }),
                initiative.end.map({ $0.year >= number }) ?? true
            else { continue }
            let amount = try checked(ProjectionRounding.share(grant.amount.money, assumptions.initiativeUtilisation), number)
            lines.append(CostLine(
                name: initiative.name, category: .operations, initiativeID: initiative.id, group: nil,
                amount: Amount(money: amount, ref: grant.amount.ref), ref: initiative.ref))
        }
        return lines
    }

    private func checked(_ value: Money?, _ year: Int) throws(ProjectionError) -> Money {
        guard let value else { throw ProjectionError(.input, Message("amount.sum_overflow", [.integer(year)])) }
        return value
    }
}

extension CostLine {
    /// The same line with another amount.
    func with(amount: Amount) -> CostLine {
        CostLine(name: name, category: category, initiativeID: initiativeID, group: group, amount: amount, ref: ref)
    }
}
