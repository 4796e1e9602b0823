/// A year's cost lines. A file's year holds them as written; a followed-up year as forecast
/// (``FollowUp/forecastYear(of:)``) holds only each line's forecast figures (24 bytes) and takes
/// its name, initiative and group from the budget line the follow-up matched it to, which the
/// budget year holds already. Each forecast held a full copy of every line (72 bytes): a plan
/// of 100 000 lines a year, followed up in three years, held 21.6 MB of copies.
/// Reading gives each ``CostLine`` as a plain array of them would.
public struct CostLines: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    /// The lines as written; for a forecast, the budget's lines its entries take labels from.
    private let lines: [CostLine]
    /// A forecast's lines, in order; unused for lines as written.
    private let entries: [Entry]
    /// A forecast's lines that have no budget line to take their labels from, made whole.
    private let own: [CostLine]
    private let isForecast: Bool

    /// One forecast line. Fields in the order that packs them tightest.
    struct Entry: Sendable {
        let amount: Money
        /// ≥ 0: the budget line whose labels the line takes; < 0: `own[-label - 1]`.
        let label: Int32
        let ref: SourceRef
        let category: CostCategory
        let precisionDigits: UInt8
    }

    public init(_ lines: [CostLine]) {
        self.lines = lines
        (entries, own, isForecast) = ([], [], false)
    }

    public init(arrayLiteral lines: CostLine...) { self.init(lines) }

    /// A forecast's lines: `entries` over the labels of `budget`'s lines and `own`.
    init(forecast entries: [Entry], labels budget: [CostLine], own: [CostLine]) {
        (lines, self.entries, self.own, isForecast) = (budget, entries, own, true)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { isForecast ? entries.count : lines.count }

    /// A line as written is read as from an array; a forecast's is made apart, so that every
    /// rule's loop over a year's lines stays as short as a loop over an array.
    @inline(__always)
    public subscript(position: Int) -> CostLine {
        isForecast ? forecastLine(at: position) : lines[position]
    }

    /// Line `position`'s fields, each read in place, a forecast's without making its line: the
    /// year's sums and the rules that look at one field of every line copy no line for it (and
    /// count none of its strings). A forecast summed by whole lines made each one, a tenth more
    /// work on a plan of 100 000 lines followed up in three years.
    func initiativeID(at position: Int) -> String? {
        guard isForecast else { return lines[position].initiativeID }
        let label = entries[position].label
        return label >= 0 ? lines[Int(label)].initiativeID : ownLine(label).initiativeID
    }

    func group(at position: Int) -> String? {
        guard isForecast else { return lines[position].group }
        let label = entries[position].label
        return label >= 0 ? lines[Int(label)].group : ownLine(label).group
    }

    func amount(at position: Int) -> Amount {
        guard isForecast else { return lines[position].amount }
        let entry = entries[position]
        guard entry.label >= 0 else { return ownLine(entry.label).amount }
        return Amount(money: entry.amount, ref: entry.ref, precisionDigits: entry.precisionDigits)
    }

    func category(at position: Int) -> CostCategory {
        isForecast ? entries[position].category : lines[position].category
    }

    /// A forecast's lines attribute no target (``CostLine/target``), as its whole lines do not.
    func target(at position: Int) -> Initiative.Target? {
        isForecast ? nil : lines[position].target
    }

    /// The forecast's line of its own that a negative `label` names.
    private func ownLine(_ label: Int32) -> CostLine { own[Int(-(label + 1))] }

    @inline(never)
    private func forecastLine(at position: Int) -> CostLine {
        let entry = entries[position]
        guard entry.label >= 0 else { return ownLine(entry.label) }
        let budget = lines[Int(entry.label)]
        return CostLine(
            name: budget.name, category: entry.category, initiativeID: budget.initiativeID, group: budget.group,
            amount: Amount(money: entry.amount, ref: entry.ref, precisionDigits: entry.precisionDigits),
            ref: entry.ref)
    }

    /// The forecast's cost lines of a follow-up's `side`: each line's forecast for the year,
    /// taking its labels from its budget line where the follow-up matched one, made whole where
    /// not; the unitemised rest of a total is not a line (``Year/unitemisedCosts``).
    init(forecastOf side: FollowUpSide) {
        var entries: [Entry] = []
        entries.reserveCapacity(side.count)
        var own: [CostLine] = []
        for position in side.indices where !side.isUnitemised(at: position) {
            if let entry = side.forecastEntry(at: position) {
                entries.append(entry)
                continue
            }
            let line = side[position]
            let amount = Amount(money: line.forecastYear, ref: line.ref, precision: line.precision)
            let category = line.category ?? .operations
            entries.append(
                Entry(
                    amount: amount.money, label: Int32(truncatingIfNeeded: -(own.count + 1)), ref: line.ref,
                    category: category, precisionDigits: amount.precisionDigits))
            own.append(
                CostLine(
                    name: line.name, category: category, initiativeID: line.initiativeID, group: line.group,
                    amount: amount, ref: line.ref))
        }
        self.init(forecast: entries, labels: side.labelLines, own: own)
    }

    /// The lines as written, when these are (a forecast's are made on reading): what the
    /// follow-up's lines are matched to and take their labels from.
    var written: [CostLine]? { isForecast ? nil : lines }

    /// The bytes a forecast holds for each line it shares labels for.
    static var bytesPerForecastLine: Int { MemoryLayout<Entry>.stride }
}

extension Year {
    /// A year of the cost lines `costs`, as written.
    init(
        year: Int, status: YearStatus, contributions: Contributions, otherIncome: [IncomeLine], costs: [CostLine],
        deficitReason: String?, declared: DeclaredFigures?, municipalSplit: MunicipalSplit?, ref: SourceRef
    ) {
        self.init(
            year: year, status: status, contributions: contributions, otherIncome: otherIncome,
            costs: CostLines(costs), deficitReason: deficitReason, declared: declared, municipalSplit: municipalSplit,
            ref: ref)
    }
}
