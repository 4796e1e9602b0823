/// One side of a follow-up, its income or its cost lines, held compactly: 48 bytes a line
/// instead of a ``FollowUpLine``'s 112. A line the budget has takes its name, initiative, group
/// and budget from the year's budget line (the year's own arrays, shared, not copied); only a
/// line the budget does not have, or whose labels differ from its budget line's, keeps its
/// own. A follow-up of 100 000 lines a year held each budget line's labels twice before.
/// Reading gives each ``FollowUpLine`` as it was made.
public struct FollowUpSide: RandomAccessCollection, Sendable {
    /// The budget lines a side's lines are matched to, in the order the matching numbers them:
    /// contributions then other income, or the cost lines.
    enum Labels: Sendable {
        case income(Contributions, [IncomeLine])
        case costs([CostLine])
    }

    /// A line's own labels, where it has no budget line to take them from.
    private struct OwnLabels: Sendable {
        let name: String
        let initiativeID: String?
        let group: String?
        let budget: Money?
    }

    /// A line's figures. Fields in the order that packs them tightest.
    private struct Figures: Sendable {
        let outcome: Money
        let forecastRest: Money
        /// ≥ 0: the budget line at this position of ``labels``; < 0: `own[-label - 1]`.
        let label: Int32
        let ref: SourceRef
        let outcomeRef: SourceRef
        let flags: UInt8
        let forecastSource: FollowUpLine.ForecastSource
        let category: CostCategory?
        let incomeCategory: IncomeCategory
        let precisionDigits: UInt8
        let outcomeDigits: UInt8
    }

    private static let isContribution: UInt8 = 1
    private static let reported: UInt8 = 2
    private static let withinTotal: UInt8 = 4
    private static let isUnitemised: UInt8 = 8
    private static let hasBudget: UInt8 = 16
    private static let hasOutcomeAmount: UInt8 = 32

    // The budget lines, stored apart rather than as a ``Labels`` (reading a line would copy the
    // enum's arrays, a retain and release each time).
    private let costLines: [CostLine]
    private let contributions: Contributions
    private let otherIncome: [IncomeLine]
    private var own: [OwnLabels] = []
    private var figures: [Figures] = []
    /// Each line's forecast for the year, kept only once a line's is not its outcome plus its
    /// forecast for the rest (as the decoder makes every line): 8 bytes a line less.
    private var forecastYears: [Money] = []
    private var keepsForecastYears = false

    init(labels: Labels) {
        switch labels {
        case .costs(let lines):
            costLines = lines
            contributions = Contributions()
            otherIncome = []
        case .income(let contributions, let other):
            costLines = []
            self.contributions = contributions
            otherIncome = other
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { figures.count }

    public subscript(position: Int) -> FollowUpLine {
        let line = figures[position]
        let (name, initiativeID, group, budget) = label(line.label)
        let has = { (flag: UInt8) in line.flags & flag != 0 }
        var made = FollowUpLine(
            name: name, initiativeID: initiativeID, group: group, outcome: line.outcome,
            forecastRest: line.forecastRest, forecastYear: forecastYear(position),
            budget: has(Self.hasBudget) ? budget : nil, isContribution: has(Self.isContribution),
            forecastSource: line.forecastSource, category: line.category, ref: line.ref,
            reported: has(Self.reported))
        made.incomeCategory = line.incomeCategory
        made.withinTotal = has(Self.withinTotal)
        made.isUnitemised = has(Self.isUnitemised)
        made.precisionDigits = line.precisionDigits
        if has(Self.hasOutcomeAmount) {
            made.outcomeAmount = Amount(money: line.outcome, ref: line.outcomeRef, precisionDigits: line.outcomeDigits)
        }
        return made
    }

    /// Name, initiative, group and budget of the budget line at `index` (≥ 0) or of `own`.
    private func label(_ index: Int32) -> (String, String?, String?, Money?) {
        guard index >= 0 else {
            let labels = own[Int(-(index + 1))]
            return (labels.name, labels.initiativeID, labels.group, labels.budget)
        }
        let position = Int(index)
        // Each field read from its array in place, not the whole budget line copied first (a
        // copy retains and releases every string of the line).
        if position < costLines.count {
            return (
                costLines[position].name, costLines[position].initiativeID, costLines[position].group,
                costLines[position].amount.money
            )
        }
        if position < contributions.count {
            return (contributions.memberID(at: position), nil, nil, contributions.money(at: position))
        }
        let other = position - contributions.count
        return (otherIncome[other].name, nil, nil, otherIncome[other].amount.money)
    }

    /// The budget of the line at `position`, nil where it has none: read without making the line.
    private func budget(_ line: Figures) -> Money? {
        guard line.flags & Self.hasBudget != 0 else { return nil }
        guard line.label >= 0 else { return own[Int(-(line.label + 1))].budget }
        let position = Int(line.label)
        if position < costLines.count { return costLines[position].amount.money }
        if position < contributions.count { return contributions.money(at: position) }
        return otherIncome[position - contributions.count].amount.money
    }

    /// Line `position`'s budget (nil: none), outcome and whether it is within a total, read
    /// without making the line: the rules that look at every line make only those they report.
    func budget(at position: Int) -> Money? { budget(figures[position]) }
    func outcome(at position: Int) -> Money { figures[position].outcome }
    func isWithinTotal(at position: Int) -> Bool { figures[position].flags & Self.withinTotal != 0 }
    /// Line `position`'s forecast for the year: its outcome plus its forecast for the rest,
    /// unless a line was given another.
    func forecastYear(_ position: Int) -> Money {
        guard !keepsForecastYears else { return forecastYears[position] }
        let line = figures[position]
        // Checked when the line was added (``appendFigures(of:label:)``): the sum is held.
        return line.outcome.adding(line.forecastRest) ?? line.outcome
    }

    func isContribution(at position: Int) -> Bool { figures[position].flags & Self.isContribution != 0 }
    func isReported(at position: Int) -> Bool { figures[position].flags & Self.reported != 0 }

    /// Line `position`'s name, read from its budget line or its own labels without making the
    /// line.
    func name(at position: Int) -> String {
        let index = figures[position].label
        guard index >= 0 else { return own[Int(-(index + 1))].name }
        let place = Int(index)
        if place < costLines.count { return costLines[place].name }
        if place < contributions.count { return contributions.memberID(at: place) }
        return otherIncome[place - contributions.count].name
    }

    func isUnitemised(at position: Int) -> Bool { figures[position].flags & Self.isUnitemised != 0 }

    /// The cost lines this side's lines take their labels from (``forecastEntry(at:)``).
    var labelLines: [CostLine] { costLines }

    /// Cost line `position` as a forecast's line (``CostLines``) over ``labelLines``: its
    /// forecast for the year at its own place and precision; nil for a line with labels of its
    /// own, which the forecast makes whole.
    func forecastEntry(at position: Int) -> CostLines.Entry? {
        let line = figures[position]
        guard line.label >= 0, Int(line.label) < costLines.count else { return nil }
        return CostLines.Entry(
            amount: forecastYear(position), label: line.label, ref: line.ref, category: line.category ?? .operations,
            precisionDigits: line.precisionDigits)
    }

    /// Line `position`'s outcome as written (``FollowUpLine/outcomeAmount``), or else its
    /// outcome at the line's own place: what the split of contributions received reads.
    func writtenOutcome(at position: Int) -> Amount {
        let line = figures[position]
        guard line.flags & Self.hasOutcomeAmount != 0 else { return Amount(money: line.outcome, ref: line.ref) }
        return Amount(money: line.outcome, ref: line.outcomeRef, precisionDigits: line.outcomeDigits)
    }

    /// Each column summed (budget of the lines that have one, outcome, forecast for the rest and
    /// for the year), nil on an overflow: from the figures alone, without making each line.
    func columnSums() -> (budget: Money, outcome: Money, forecastRest: Money, forecastYear: Money)? {
        var budget = Money.zero
        var outcome = Money.zero
        var rest = Money.zero
        var full = Money.zero
        for (position, line) in figures.enumerated() {
            if let own = self.budget(line) {
                guard let sum = budget.adding(own) else { return nil }
                budget = sum
            }
            guard let outcomes = outcome.adding(line.outcome), let rests = rest.adding(line.forecastRest),
                let fulls = full.adding(forecastYear(position))
            else { return nil }
            (outcome, rest, full) = (outcomes, rests, fulls)
        }
        return (budget, outcome, rest, full)
    }

    /// The position of the total's unitemised rest (``FollowUpLine/isUnitemised``), if any.
    var unitemisedPosition: Int? {
        figures.firstIndex { $0.flags & Self.isUnitemised != 0 }
    }

    /// The bytes held for each line besides any labels of its own.
    static var bytesPerLine: Int { MemoryLayout<Figures>.stride }

    /// How many lines keep labels of their own (tests check that budget lines share theirs).
    var ownLabelCount: Int { own.count }

    mutating func reserveCapacity(_ count: Int) {
        figures.reserveCapacity(count)
    }

    /// Adds `line`, matched to the budget line at `budgetIndex` (nil: none): its labels are
    /// that line's when they are all equal, else its own.
    mutating func append(_ line: FollowUpLine, budgetIndex: Int?) {
        var label = Int32(-(own.count + 1))
        if let budgetIndex, let index = Int32(exactly: budgetIndex) {
            let (name, initiativeID, group, budget) = self.label(index)
            if name == line.name && initiativeID == line.initiativeID && group == line.group
                && (line.budget == nil || line.budget == budget)
            {
                label = index
            }
        }
        if label < 0 {
            own.append(
                OwnLabels(name: line.name, initiativeID: line.initiativeID, group: line.group, budget: line.budget))
        }
        appendFigures(of: line, label: label)
    }

    /// Adds `line` with the labels of the budget line at `label`: what ``append(_:budgetIndex:)``
    /// does for a line whose name, initiative, group and budget are that budget line's, without
    /// reading them (`line`'s own are not read either; ``FollowUpLines/budgetLine(_:_:_:_:_:_:)``
    /// makes it without them).
    mutating func appendTakingBudgetLabels(_ line: FollowUpLine, label: Int32) {
        appendFigures(of: line, label: label)
    }

    private mutating func appendFigures(of line: FollowUpLine, label: Int32) {
        var flags: UInt8 = 0
        if line.isContribution { flags |= Self.isContribution }
        if line.reported { flags |= Self.reported }
        if line.withinTotal { flags |= Self.withinTotal }
        if line.isUnitemised { flags |= Self.isUnitemised }
        if line.budget != nil { flags |= Self.hasBudget }
        if line.outcomeAmount != nil { flags |= Self.hasOutcomeAmount }
        if !keepsForecastYears, line.outcome.adding(line.forecastRest) != line.forecastYear {
            forecastYears = figures.indices.map(forecastYear)
            keepsForecastYears = true
        }
        if keepsForecastYears { forecastYears.append(line.forecastYear) }
        figures.append(
            Figures(
                outcome: line.outcome, forecastRest: line.forecastRest, label: label,
                ref: line.ref, outcomeRef: line.outcomeAmount?.ref ?? SourceRef(offset: 0), flags: flags,
                forecastSource: line.forecastSource, category: line.category, incomeCategory: line.incomeCategory,
                precisionDigits: line.precisionDigits, outcomeDigits: line.outcomeAmount?.precisionDigits ?? 0))
    }
}
