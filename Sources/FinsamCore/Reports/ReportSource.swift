/// What a report reads about one plan: the plan as checked once by ``Pipeline``, its figures,
/// and its findings, from which every verdict a report shows is taken.
public struct ReportSource: Sendable {
    public let checked: CheckedPlan

    public init(_ checked: CheckedPlan) {
        self.checked = checked
    }

    public var ledger: Ledger { checked.ledger }
    /// The plan as the ledger has it: with its projected years when projected.
    public var plan: Plan { checked.ledger.plan }
    public var federation: String { plan.federation.name }

    /// The years a report shows: all when `year` is nil, else that one; each followed-up year
    /// with its forecast right after it, next to the budget.
    func years(_ year: Int?) -> [YearLedger] {
        var result: [YearLedger] = []
        for shown in ledger.years where year.map({ shown.number == $0 }) ?? true {
            result.append(shown)
            if let forecast = checked.forecast(of: shown.number) { result.append(forecast.year) }
        }
        return result
    }

    public func isProjected(_ year: Int) -> Bool { checked.isProjected(year) }

    /// A column title for a year: "Budget 2024", "Plan 2025", "2027 (projected)", "Prognos 2021
    /// per 2021-08-31".
    public func yearTitle(_ year: YearLedger) -> Message {
        if let asOf = year.year.forecastAsOf { return .forecastYearTitle(year.number, asOf: asOf) }
        return isProjected(year.number) ? .projectedYearTitle(year.number) : .yearTitle(year.year.status, year.number)
    }

    /// A cell naming the year's status.
    public func statusCell(_ year: YearLedger) -> Cell {
        if let asOf = year.year.forecastAsOf { return .label(.forecastStatus(asOf: asOf)) }
        return .label(isProjected(year.number) ? .projectedStatus : .yearStatus(year.year.status))
    }

    /// The findings of `rules` about the year shown (its forecast's, for a forecast year).
    func verdicts(_ rules: Set<String>, _ year: YearLedger) -> [Finding] {
        checked.findings(of: rules, year: year.number, forecast: year.year.forecastAsOf != nil)
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
    case followUp = "follow-up"

    /// The report of this kind over `sources`; `year` keeps only that year (split: the year to
    /// show, by default the budget year). Charts keep every year. Every report ends with the
    /// plans' findings.
    public func report(_ sources: [ReportSource], year: Int? = nil) -> Report {
        let report: Report
        switch self {
        case .equityCap: report = EquityCapReport.make(sources, year: year)
        case .split: report = SplitReport.make(sources, year: year)
        case .budget: report = BudgetReport.make(sources, year: year)
        case .adminShare: report = ShareReports.admin(sources, year: year)
        case .individualShare: report = ShareReports.individual(sources, year: year)
        case .followUp: report = FollowUpReport.make(sources, year: year)
        }
        return report.with(findings: sources.map(\.checked.result))
    }
}

extension Money {
    /// `self` as a share of `whole`, nil when the whole is not positive.
    func share(of whole: Money) -> Percent? { Ratio(self, of: whole).percent }
}
