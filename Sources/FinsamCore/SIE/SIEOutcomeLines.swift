/// A line of the follow-up as the books give it: the entries that make it and their outcome.
public struct SIEOutcomeLine: Sendable, Equatable {
    /// The line's name in the follow-up; a member id for a contribution.
    public let name: String
    public let isIncome: Bool
    public let isContribution: Bool
    /// True when the year's budget has the line.
    public let budgeted: Bool
    /// The map entries that make the line, in file order.
    public internal(set) var entries: [Int]
    /// Positive in the plan's sense: income received, costs spent.
    public internal(set) var outcome: Money
    public let category: CostCategory?
}

/// Puts the map's entries on the lines of the plan's year, and writes the `followUp`.
struct SIEOutcomeLines {
    let map: SIEAccountMap
    let plan: Plan
    let year: Year

    /// One line per target, in the budget's order (contributions, other income, costs), then
    /// the lines the budget does not have in map order. A budget line no entry names is noted.
    func resolve(_ placement: SIEPlacement, issues: inout [SIEIssue]) throws(MoneyOverflow) -> [SIEOutcomeLine] {
        var budgetLines =
            year.contributions.map { line(name: $0.memberID, income: true, contribution: true, budgeted: true) }
            + year.otherIncome.map { line(name: $0.name, income: true, contribution: false, budgeted: true) }
            + year.costs.map { line(name: $0.name, income: false, contribution: false, budgeted: true) }
        var extra: [SIEOutcomeLine] = []
        for (index, entry) in map.lines.enumerated() {
            guard let (name, contribution) = target(entry, issues: &issues) else { continue }
            let signed = entry.isIncome ? try Money.zero.minus(placement.entrySums[index]) : placement.entrySums[index]
            if let slot = budgetLines.firstIndex(where: { $0.name == name && $0.isIncome == entry.isIncome }) {
                budgetLines[slot].entries.append(index)
                budgetLines[slot].outcome = try budgetLines[slot].outcome.plus(signed)
            } else if let slot = extra.firstIndex(where: { $0.name == name && $0.isIncome == entry.isIncome }) {
                extra[slot].entries.append(index)
                extra[slot].outcome = try extra[slot].outcome.plus(signed)
            } else {
                extra.append(
                    SIEOutcomeLine(
                        name: name, isIncome: entry.isIncome, isContribution: contribution, budgeted: false,
                        entries: [index], outcome: signed, category: entry.category))
            }
        }
        for line in budgetLines where line.entries.isEmpty {
            issues.append(
                SIEIssue(.warning, Message("sie.budget_line_unmapped", [.code(line.name)]), at: .accounts(offset: 0)))
        }
        let lines = budgetLines.filter { !$0.entries.isEmpty } + extra
        for line in lines where line.outcome.isNegative {
            let first = line.entries.first.map { map.lines[$0].offset } ?? 0
            issues.append(
                SIEIssue(
                    .error,
                    Message(
                        line.isIncome ? "sie.negative_income" : "sie.negative_cost",
                        [
                            .code(line.name), .money(line.outcome),
                        ]), at: .accounts(offset: first)))
        }
        return lines
    }

    private func line(name: String, income: Bool, contribution: Bool, budgeted: Bool) -> SIEOutcomeLine {
        SIEOutcomeLine(
            name: name, isIncome: income, isContribution: contribution, budgeted: budgeted, entries: [], outcome: .zero,
            category: nil)
    }

    /// The line an entry names, or nil after an issue: a member or initiative the plan lacks.
    private func target(_ entry: SIEMapEntry, issues: inout [SIEIssue]) -> (name: String, contribution: Bool)? {
        switch entry.target {
        case .member(let id):
            guard plan.member(id) != nil else {
                issues.append(
                    SIEIssue(
                        .error, Message("sie.map_unknown_member", [.code(id)]), at: .accounts(offset: entry.offset)))
                return nil
            }
            return (id, true)
        case .income(let name): return (name, false)
        case .cost(let name): return (name, false)
        case .initiative(let id):
            guard let line = year.costs.first(where: { $0.initiativeID == id }) else {
                issues.append(
                    SIEIssue(
                        .error, Message("sie.map_unknown_initiative", [.code(id), .integer(year.year)]),
                        at: .accounts(offset: entry.offset)))
                return nil
            }
            return (line.name, false)
        }
    }

    /// `{"asOf", "income": [...], "costs": [...]}` with outcomes in the plan's unit.
    static func followUp(_ lines: [SIEOutcomeLine], asOf: PlanDate, unit: AmountUnit) -> JSONOutput {
        func item(_ line: SIEOutcomeLine) -> JSONOutput {
            var fields: [(String, JSONOutput)] = [("name", .string(line.name))]
            if !line.isIncome, !line.budgeted, let category = line.category {
                fields.append(("category", .string(category.rawValue)))
            } else if line.isIncome, !line.isContribution, !line.budgeted, line.category == .financial {
                // Interest received on an account the budget has no line for: financial income.
                fields.append(("category", .string(IncomeCategory.financial.rawValue)))
            }
            fields.append(("outcome", .number(line.outcome.planNumber(unit))))
            return .object(fields)
        }
        var fields: [(String, JSONOutput)] = [("asOf", .string(asOf.description))]
        let income = lines.filter(\.isIncome)
        let costs = lines.filter { !$0.isIncome }
        if !income.isEmpty { fields.append(("income", .array(income.map(item)))) }
        if !costs.isEmpty { fields.append(("costs", .array(costs.map(item)))) }
        return .object(fields)
    }
}
