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
    /// For each line of `costs`, the position of the initiative it funds: looked up once, so a
    /// long projection of many initiatives does no string hashing year after year.
    var costInitiatives: [Int?]
    /// Costs the base year gives only as a total (`budgetTotals`), indexed as operations.
    var unitemised: Amount?

    init(plan: Plan, assumptions: Assumptions, base: Year, baseLedger: YearLedger) {
        self.plan = plan
        self.assumptions = assumptions
        self.split = base.municipalSplit ?? plan.policy.municipalSplit
        self.otherIncome = base.otherIncome
        self.ref = assumptions.ref ?? base.ref
        self.stateAllocation = baseLedger.stateContributions
        self.costs = Array(base.costs)
        self.costInitiatives = base.costs.map { line in line.initiativeID.flatMap { plan.initiativePosition($0) } }
        self.unitemised = base.unitemisedCosts
    }

    /// The projected year `number`, advancing the roller.
    mutating func next(_ number: Int) throws(ProjectionError) -> Year {
        if let fixed = assumptions.stateAllocationByYear[number] {
            stateAllocation = fixed
        } else {
            stateAllocation = try checked(
                ProjectionRounding.grown(stateAllocation, by: assumptions.stateAllocationGrowth), number)
        }
        let state = Amount(money: stateAllocation, ref: ref)
        guard let contributions = MatchedContributions.derive(from: state, members: plan.members, split: split) else {
            throw ProjectionError(.input, Message("projection.cannot_derive", [.integer(number)]))
        }
        (costs, costInitiatives) = try nextCosts(number)
        var year = Year(
            year: number, status: .plan, contributions: contributions, otherIncome: otherIncome, costs: costs,
            deficitReason: nil, declared: nil, municipalSplit: nil, ref: ref)
        if let total = unitemised {
            let grown = try checked(ProjectionRounding.grown(total.money, by: assumptions.index(.operations)), number)
            unitemised = Amount(money: grown, ref: total.ref)
            year.unitemisedCosts = unitemised
        }
        return year
    }

    private func nextCosts(_ number: Int) throws(ProjectionError) -> ([CostLine], [Int?]) {
        var lines: [CostLine] = []
        var positions: [Int?] = []
        var linked = [Bool](repeating: false, count: plan.initiatives.count)
        for (line, position) in zip(costs, costInitiatives) {
            // An initiative ends on its end date: its lines stop after the end year.
            if let position, let end = plan.initiatives[position].end, end.year < number { continue }
            let amount: Money
            if let position, let grant = plan.initiatives[position].granted.first(where: { $0.year == number }) {
                amount = try checked(
                    ProjectionRounding.share(grant.amount.money, assumptions.initiativeUtilisation), number)
            } else {
                amount = try checked(
                    ProjectionRounding.grown(line.amount.money, by: assumptions.index(line.category)), number)
            }
            lines.append(line.with(amount: Amount(money: amount, ref: line.amount.ref)))
            positions.append(position)
            if let position { linked[position] = true }
        }
        // Funds granted for a year to an initiative without a line yet become a new line.
        for (position, initiative) in plan.initiatives.enumerated() where !linked[position] {
            guard let grant = initiative.granted.first(where: { $0.year == number }),
                initiative.end.map({ $0.year >= number }) ?? true
            else { continue }
            let amount = try checked(
                ProjectionRounding.share(grant.amount.money, assumptions.initiativeUtilisation), number)
            lines.append(
                CostLine(
                    name: initiative.name, category: .operations, initiativeID: initiative.id, group: nil,
                    amount: Amount(money: amount, ref: grant.amount.ref), ref: initiative.ref))
            positions.append(position)
        }
        return (lines, positions)
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
