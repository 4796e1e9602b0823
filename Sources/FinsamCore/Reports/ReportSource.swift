/// What a report reads about one plan: its ledger, and which years finsam projected.
public struct ReportSource: Sendable {
    public let ledger: Ledger
    public let projectedYears: ClosedRange<Int>?

    public init(ledger: Ledger, projectedYears: ClosedRange<Int>? = nil) {
        self.ledger = ledger
        self.projectedYears = projectedYears
    }

    public init(_ projection: Projection) {
        self.init(ledger: projection.loaded.ledger, projectedYears: projection.projectedYears)
    }

    public var plan: Plan { ledger.plan }

    /// The years `year` leaves of the ledger: all when nil, else the one year if the plan has it.
    func years(_ year: Int?) -> [YearLedger] {
        guard let year else { return ledger.years }
        return ledger.years.filter { $0.number == year }
    }
    public var federation: String { ledger.plan.federation.name }

    public func isProjected(_ year: Int) -> Bool { projectedYears?.contains(year) ?? false }

    /// The status of a year as a report shows it: `projected` for years finsam added.
    public func statusKey(_ year: YearLedger) -> String {
        isProjected(year.number) ? "projected" : year.year.status.rawValue
    }

    /// A column title for a year: "Budget 2024", "Plan 2025", "2027 (projected)".
    public func yearTitle(_ year: YearLedger) -> Message {
        Message("report.year." + statusKey(year), [.integer(year.number)])
    }

    /// A cell naming the year's status.
    public func statusCell(_ year: YearLedger) -> Cell {
        .label(Message("report.status." + statusKey(year)))
    }

    public var series: EquitySeries { EquitySeries(ledger, projected: isProjected) }
}

/// The kinds of report `finsam report` makes.
public enum ReportKind: String, Sendable, CaseIterable {
    case equityCap = "equity-cap"
    case split
    case budget
    case adminShare = "admin-share"
    case individualShare = "individual-share"

    /// The report of this kind over `sources`; `year` keeps only that year (split: the year to
    /// show, by default the budget year). Charts keep every year.
    public func report(_ sources: [ReportSource], year: Int? = nil) -> Report {
        switch self {
        case .equityCap: return EquityCapReport.make(sources, year: year)
        case .split: return SplitReport.make(sources, year: year)
        case .budget: return BudgetReport.make(sources, year: year)
        case .adminShare: return ShareReports.admin(sources, year: year)
        case .individualShare: return ShareReports.individual(sources, year: year)
        }
    }
}

extension Money {
    /// `self` as a share of `whole`, nil when the whole is not positive.
    func share(of whole: Money) -> Percent? { Ratio(self, of: whole).percent }
}
