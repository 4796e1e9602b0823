/// Matches a follow-up's outcome lines to the budget's lines by name and works out each line's
/// forecast for the rest of the year.
///
/// - An outcome line takes the first budget line of its name not yet taken, so two budget lines
///   of the same name are matched in file order; an outcome line left over is not in the budget.
/// - A line's rest-of-year forecast is its own `forecast`; else its part of the side's
///   `forecastRest` total, split over the lines without a forecast of their own in proportion to
///   the budget they have left (budget − outcome, at least 0; equal parts when none has any),
///   by largest remainder; else, with no total, the budget it has left.
enum FollowUpLines {
    struct Budgeted {
        let name: String
        let isContribution: Bool
        let budget: Money
        let ref: SourceRef
        var category: CostCategory? = nil
        var initiativeID: String? = nil
        var group: String? = nil
        var incomeCategory = IncomeCategory.operations
        /// One unit of the budget's last printed digit (see ``Amount/precision``).
        var precision = Money(ore: 1)
    }

    /// A budget line and the outcome line that reports it, by position (-1: none).
    struct LinePair {
        let budget: Int
        let reported: Int
    }

    struct Reported {
        let name: String
        let outcome: Amount
        let forecast: Amount?
        let category: CostCategory?
        let ref: SourceRef
        var initiativeID: String? = nil
        var group: String? = nil
        var incomeCategory: IncomeCategory? = nil
    }

    /// `unitemised`: the part of a budget given as a total (`budgetTotals`) that no budget line
    /// itemises. Outcome lines the budget does not have are then within that total, and what
    /// the total leaves after their outcome and forecasts is one more line, ``FollowUpLine/isUnitemised``.
    static func lines(
        budget labels: FollowUpSide.Labels, _ reported: [Reported], rest: Amount?, isMember: (String) -> Bool,
        year: Int, at ref: SourceRef, unitemised: Money? = nil, fastPath: Bool = true
    ) throws(PlanError) -> FollowUpSide {
        // The budget lines read from the year's own arrays as needed, not copied into an array
        // of ``Budgeted`` first (88 bytes a line, 100 000 lines a year).
        let budget = labels
        var pairs = self.pairs(budget, reported)
        let overflow = PlanError(Message("amount.sum_overflow", [.integer(year)]), at: ref)
        var left = try remaining(pairs, budget, reported, overflow: overflow)
        let restLine = unitemised.map { Budgeted(name: "", isContribution: false, budget: $0, ref: ref) }
        if let unitemised {
            // The total's rest: what the unitemised budget leaves after the lines it covers. A
            // document that forecasts every line within the total has given its whole forecast:
            // nothing more of the total is expected to be used, unless a forecastRest total says so.
            let extra = pairs.filter { $0.budget < 0 }.map(\.reported)
            let covered = extra.flatMap { [reported[$0].outcome.money, reported[$0].forecast?.money ?? .zero] }
            guard let used = Money.sum(covered), let remaining = unitemised.subtracting(used) else { throw overflow }
            let forecastsEveryLine = !extra.isEmpty && extra.allSatisfy { reported[$0].forecast != nil }
            pairs.append(LinePair(budget: budget.count, reported: -1))
            left.append(remaining.isNegative || forecastsEveryLine ? .zero : remaining)
        }
        let rests = try restForecasts(
            pairs.map { $0.reported >= 0 ? reported[$0.reported].forecast?.money : nil }, left: left, total: rest)
        var result = FollowUpSide(labels: labels)
        result.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            let isRest = unitemised != nil && index == pairs.count - 1
            if fastPath, !isRest,
                let (made, label) = try budgetLine(pair, budget, reported, rests[index], rest, overflow)
            {
                result.appendTakingBudgetLabels(made, label: label)
                continue
            }
            let planned = pair.budget < 0 ? nil : pair.budget < budget.count ? budget[pair.budget] : restLine
            let line = pair.reported >= 0 ? reported[pair.reported] : nil
            let outcome = line?.outcome.money ?? .zero
            guard let full = outcome.adding(rests[index].amount) else { throw overflow }
            // The total's rest carries no budget of its own: the total is the side's budget.
            var made = FollowUpLine(
                name: planned?.name ?? line?.name ?? "",
                initiativeID: planned?.initiativeID ?? line?.initiativeID, group: planned?.group ?? line?.group,
                outcome: outcome, forecastRest: rests[index].amount, forecastYear: full,
                budget: isRest ? nil : planned?.budget,
                isContribution: planned?.isContribution ?? isMember(line?.name ?? ""),
                forecastSource: rests[index].source, category: planned?.category ?? line?.category,
                ref: line?.ref ?? planned?.ref ?? ref, reported: line != nil)
            made.incomeCategory = line?.incomeCategory ?? planned?.incomeCategory ?? .operations
            made.withinTotal = unitemised != nil && planned == nil || isRest
            made.isUnitemised = isRest
            made.outcomeAmount = line?.outcome
            made.precision = precision(
                outcome: line?.outcome, forecast: line?.forecast, planned: planned?.precision,
                source: rests[index].source, total: rest)
            // Nothing left of the total to forecast: no line for it.
            if isRest && full.isZero { continue }
            result.append(made, budgetIndex: pair.budget >= 0 && pair.budget < budget.count ? pair.budget : nil)
        }
        return result
    }

    /// Positions of (budget line, reported line) in report order, -1 for none: budget order,
    /// then the reported lines the budget does not have. Positions, not copies of both lines:
    /// 16 bytes a line instead of about 180, for 100 000 lines a year.
    private static func pairs(_ budget: FollowUpSide.Labels, _ reported: [Reported]) -> [LinePair] {
        let names = budget.names
        let reportedNames = reported.map(\.name)
        let (taken, extra) =
            names.count > 32 ? matchedByName(names, reportedNames) : matchedByScan(names, reportedNames)
        var pairs = (0..<budget.count).map { LinePair(budget: $0, reported: taken[$0] ?? -1) }
        pairs += extra.map { LinePair(budget: -1, reported: $0) }
        return pairs
    }

    /// The budget each pair has left after its outcome, at least zero; room for one more.
    private static func remaining(
        _ pairs: [LinePair], _ budget: FollowUpSide.Labels, _ reported: [Reported], overflow: PlanError
    ) throws(PlanError) -> [Money] {
        var left: [Money] = []
        left.reserveCapacity(pairs.count + 1)
        for pair in pairs {
            let planned = pair.budget >= 0 ? budget.figures(at: pair.budget).budget : .zero
            let outcome = pair.reported >= 0 ? reported[pair.reported].outcome.money : .zero
            guard let remaining = planned.subtracting(outcome) else { throw overflow }
            left.append(remaining.isNegative ? .zero : remaining)
        }
        return left
    }

    /// The line of a budget line as the plain loop in ``lines(budget:_:rest:isMember:year:at:unitemised:fastPath:)``
    /// makes it, but made without its labels (name, initiative, group), which are the budget
    /// line's: ``FollowUpSide/appendTakingBudgetLabels(_:label:)`` takes them from there, as
    /// ``FollowUpSide/append(_:budgetIndex:)`` would after comparing them. A follow-up of
    /// 10 000 lines a year copied each budget line's strings three times to make and compare
    /// them. Nil when `pair` is no budget line, or its outcome line names an initiative or a
    /// group (which the line may then keep as its own): the plain loop makes those.
    /// `FollowUpBudgetLineTests` compares the two ways.
    static func budgetLine(
        _ pair: LinePair, _ budget: FollowUpSide.Labels, _ reported: [Reported],
        _ rest: (amount: Money, source: FollowUpLine.ForecastSource), _ total: Amount?, _ overflow: PlanError
    ) throws(PlanError) -> (FollowUpLine, label: Int32)? {
        guard pair.budget >= 0, pair.budget < budget.count, let label = Int32(exactly: pair.budget) else { return nil }
        let planned = budget.figures(at: pair.budget)
        guard pair.reported >= 0 else {
            var made = FollowUpLine(
                name: "", initiativeID: nil, group: nil, outcome: .zero, forecastRest: rest.amount,
                forecastYear: rest.amount, budget: planned.budget, isContribution: planned.isContribution,
                forecastSource: rest.source, category: planned.category, ref: planned.ref, reported: false)
            made.incomeCategory = planned.incomeCategory
            made.precision = precision(
                outcome: nil, forecast: nil, planned: planned.precision, source: rest.source, total: total)
            return (made, label)
        }
        let line = pair.reported
        guard reported[line].initiativeID == nil, reported[line].group == nil else { return nil }
        let outcome = reported[line].outcome
        guard let full = outcome.money.adding(rest.amount) else { throw overflow }
        var made = FollowUpLine(
            name: "", initiativeID: nil, group: nil, outcome: outcome.money, forecastRest: rest.amount,
            forecastYear: full, budget: planned.budget, isContribution: planned.isContribution,
            forecastSource: rest.source, category: planned.category ?? reported[line].category,
            ref: reported[line].ref, reported: true)
        made.incomeCategory = reported[line].incomeCategory ?? planned.incomeCategory
        made.outcomeAmount = outcome
        made.precision = precision(
            outcome: outcome, forecast: reported[line].forecast, planned: planned.precision, source: rest.source,
            total: total)
        return (made, label)
    }

    /// The coarsest precision of the figures a line's forecast for the year is made of: its
    /// outcome, and its own forecast, the forecastRest total it has a part of, or its budget.
    private static func precision(
        outcome: Amount?, forecast: Amount?, planned: Money?, source: FollowUpLine.ForecastSource, total: Amount?
    ) -> Money {
        // Every precision is at least one öre, so the coarsest of none is one öre. No array of
        // the parts: this runs for every line of every follow-up.
        var coarsest = outcome?.precision ?? Money(ore: 1)
        let other: Money? =
            switch source {
            case .line: forecast?.precision
            case .total: total?.precision
            case .remainingBudget: planned
            }
        if let other, other > coarsest { coarsest = other }
        return coarsest
    }

    /// Which reported line each budget line takes (nil: none) and the reported lines left over:
    /// each reported line takes the first budget line of its name not yet taken. Budget lines
    /// by name in a dictionary, for a follow-up of many lines (scanning the budget for each made
    /// 100 000 lines take seconds); ``matchedByScan(_:_:)`` is the plain reading, and a test
    /// compares the two.
    static func matchedByName(_ budget: [String], _ reported: [String]) -> (taken: [Int?], extra: [Int]) {
        // A follow-up mostly lists the budget's lines in the budget's order. While it does,
        // reported line i takes budget line i: every budget line before i is taken, so line i
        // is the first of its name not yet taken.
        var taken = [Int?](repeating: nil, count: budget.count)
        var inOrder = 0
        while inOrder < min(budget.count, reported.count) && budget[inOrder] == reported[inOrder] {
            taken[inOrder] = inOrder
            inOrder += 1
        }
        // For the rest, each name's first budget line not yet taken, and after each line the
        // next of its name: taking a line moves its name on to the next, with no array per name.
        var untaken: [String: Int] = [:]
        var nextOfName = [Int](repeating: -1, count: budget.count)
        if inOrder < reported.count {
            untaken.reserveCapacity(budget.count - inOrder)
            for index in budget.indices.dropFirst(inOrder).reversed() {
                if let later = untaken.updateValue(index, forKey: budget[index]) { nextOfName[index] = later }
            }
        }
        var extra: [Int] = []
        for (index, name) in reported.enumerated().dropFirst(inOrder) {
            guard let slot = untaken[name], slot >= 0 else {
                extra.append(index)
                continue
            }
            taken[slot] = index
            untaken[name] = nextOfName[slot]
        }
        return (taken, extra)
    }

    /// ``matchedByName(_:_:)`` by scanning the budget for each reported line: quadratic, used for
    /// a few lines, where a dictionary's start-up costs more than the scan.
    static func matchedByScan(_ budget: [String], _ reported: [String]) -> (taken: [Int?], extra: [Int]) {
        var taken = [Int?](repeating: nil, count: budget.count)
        var extra: [Int] = []
        for (index, name) in reported.enumerated() {
            if let slot = budget.indices.first(where: { taken[$0] == nil && budget[$0] == name }) {
                taken[slot] = index
            } else {
                extra.append(index)
            }
        }
        return (taken, extra)
    }

    /// The sums of each column of one side, computed once here, where an overflow is an input
    /// error: reports and rules read them and never add the lines again.
    /// `unitemised`: the budget no line carries (the rest of a total), counted in the budget.
    static func totals(
        _ lines: FollowUpSide, year: Int, at ref: SourceRef, unitemised: Money? = nil
    ) throws(PlanError) -> FollowUpTotals {
        let overflow = PlanError(Message("amount.sum_overflow", [.integer(year)]), at: ref)
        guard let sums = lines.columnSums(), let budget = sums.budget.adding(unitemised ?? .zero) else {
            throw overflow
        }
        return FollowUpTotals(
            budget: budget, outcome: sums.outcome, forecastRest: sums.forecastRest, forecastYear: sums.forecastYear)
    }

    /// Income less costs, column by column.
    static func result(
        _ income: FollowUpTotals, _ costs: FollowUpTotals, year: Int, at ref: SourceRef
    ) throws(PlanError) -> FollowUpTotals {
        guard let budget = income.budget.subtracting(costs.budget),
            let outcome = income.outcome.subtracting(costs.outcome),
            let rest = income.forecastRest.subtracting(costs.forecastRest),
            let full = income.forecastYear.subtracting(costs.forecastYear)
        else { throw PlanError(Message("amount.sum_overflow", [.integer(year)]), at: ref) }
        return FollowUpTotals(budget: budget, outcome: outcome, forecastRest: rest, forecastYear: full)
    }

    /// Each line's rest-of-year forecast: its own, its part of `total`, or the budget it has left.
    static func restForecasts(
        _ own: [Money?], left: [Money], total: Amount?
    ) throws(PlanError) -> [(amount: Money, source: FollowUpLine.ForecastSource)] {
        var result: [(amount: Money, source: FollowUpLine.ForecastSource)] = own.indices.map { index in
            own[index].map { ($0, .line) } ?? (left[index], .remainingBudget)
        }
        guard let total else { return result }
        let pending = own.indices.filter { own[$0] == nil }
        guard !pending.isEmpty else { throw PlanError(Message("followup.total_without_lines"), at: total.ref) }
        var weights = pending.map { left[$0].ore }
        if weights.allSatisfy({ $0 == 0 }) { weights = pending.map { _ in 1 } }
        guard let parts = Allocation.largestRemainder(total.money, weights: weights) else {
            throw PlanError(Message("amount.overflow", [.code(total.money.decimalKronor)]), at: total.ref)
        }
        for (part, index) in zip(parts, pending) { result[index] = (part, .total) }
        return result
    }
}
