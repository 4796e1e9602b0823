extension FollowUpLines {
    /// What the matching reads of a budget line besides its labels (name, initiative, group):
    /// made without retaining any string, for every line of every follow-up.
    struct BudgetFigures {
        let budget: Money
        let isContribution: Bool
        let ref: SourceRef
        var category: CostCategory? = nil
        var incomeCategory = IncomeCategory.operations
        /// One unit of the budget's last printed digit (see ``Amount/precision``).
        var precision = Money(ore: 1)
    }
}

extension FollowUpSide.Labels {
    /// How many budget lines a side has.
    var count: Int {
        switch self {
        case .costs(let lines): lines.count
        case .income(let contributions, let other): contributions.count + other.count
        }
    }

    /// The figures of the budget line at `position`, its labels not read: each field is read
    /// from its array in place (copying a line would retain and release each of its strings).
    func figures(at position: Int) -> FollowUpLines.BudgetFigures {
        switch self {
        case .costs(let lines):
            let amount = lines[position].amount
            return FollowUpLines.BudgetFigures(
                budget: amount.money, isContribution: false, ref: lines[position].ref,
                category: lines[position].category, precision: amount.precision)
        case .income(let contributions, let other):
            if position < contributions.count {
                let amount = contributions.amount(at: position)
                return FollowUpLines.BudgetFigures(
                    budget: amount.money, isContribution: true, ref: amount.ref, precision: amount.precision)
            }
            let line = position - contributions.count
            let amount = other[line].amount
            return FollowUpLines.BudgetFigures(
                budget: amount.money, isContribution: false, ref: other[line].ref,
                incomeCategory: other[line].category, precision: amount.precision)
        }
    }

    /// The name of the budget line at `position` (for a contribution, its member id).
    func name(at position: Int) -> String {
        switch self {
        case .costs(let lines): lines[position].name
        case .income(let contributions, let other):
            position < contributions.count
                ? contributions.memberID(at: position) : other[position - contributions.count].name
        }
    }

    /// The budget line at `position` as the matching reads it, labels and figures.
    subscript(position: Int) -> FollowUpLines.Budgeted {
        let figures = figures(at: position)
        var initiativeID: String? = nil
        var group: String? = nil
        if case .costs(let lines) = self {
            initiativeID = lines[position].initiativeID
            group = lines[position].group
        }
        return FollowUpLines.Budgeted(
            name: name(at: position), isContribution: figures.isContribution, budget: figures.budget,
            ref: figures.ref, category: figures.category, initiativeID: initiativeID, group: group,
            incomeCategory: figures.incomeCategory, precision: figures.precision)
    }

    /// Every budget line's name, in order.
    var names: [String] {
        switch self {
        case .costs(let lines): lines.map(\.name)
        case .income(let contributions, let other): contributions.map(\.memberID) + other.map(\.name)
        }
    }
}
