/// A municipality's part of the municipal half by the split key: the same largest-remainder
/// split the funding rule uses, for hover texts (the rule's findings carry it only when a part
/// is wrong).
struct MunicipalParts {
    let plan: Plan
    let year: Year

    struct Part {
        let money: Money
        let keyName: String
    }

    func part(of memberID: String, total: Money) -> Part? {
        let municipalities = plan.members.filter { $0.kind == .municipality }
        let split = year.municipalSplit ?? plan.policy.municipalSplit
        guard let position = municipalities.firstIndex(where: { $0.id == memberID }),
            let weights = split.weights(of: municipalities),
            let parts = Allocation.largestRemainder(total, weights: weights), position < parts.count
        else { return nil }
        return Part(money: parts[position], keyName: split.keyName)
    }
}

/// What the plan spends on one initiative, year by year: the cost lines that name it, and what
/// the board has granted.
struct InitiativeFunding {
    struct YearFunding: Equatable {
        let year: Int
        /// The lines' sum; nil where it does not fit (shown as "–", never as a wrong figure).
        let costs: Money?
        let granted: Money?
    }

    /// The years with a cost line naming the initiative or a granted amount, in plan order.
    let years: [YearFunding]

    init(plan: Plan, ledger: Ledger, id: String) {
        let initiative = plan.initiative(id)
        var years: [YearFunding] = []
        for year in ledger.years {
            var costs: Money? = .zero
            var named = false
            for index in year.year.costs.indices where year.initiative(ofCostLine: index, in: plan)?.id == id {
                named = true
                costs = costs?.adding(year.year.costs[index].amount.money)
            }
            let granted = initiative?.granted.first { $0.year == year.number }?.amount.money
            if named || granted != nil { years.append(YearFunding(year: year.number, costs: costs, granted: granted)) }
        }
        self.years = years
    }

    /// The last year in which the initiative costs or is granted something, if any.
    var lastFundedYear: Int? {
        years.last { !($0.costs?.isZero ?? false) || !($0.granted?.isZero ?? true) }?.year
    }
}
