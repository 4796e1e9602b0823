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

    /// The report of this kind over `sources`; `year` picks the year where a report shows one.
    public func report(_ sources: [ReportSource], year: Int? = nil) -> Report {
        switch self {
        case .equityCap: return EquityCapReport.make(sources)
        case .split: return SplitReport.make(sources, year: year)
        case .budget: return BudgetReport.make(sources)
        case .adminShare: return ShareReports.admin(sources)
        case .individualShare: return ShareReports.individual(sources)
        }
    }
}

extension Money {
    /// `self` as a share of `whole`, nil when the whole is not positive.
    func share(of whole: Money) -> Percent? { Ratio(self, of: whole).percent }
}
