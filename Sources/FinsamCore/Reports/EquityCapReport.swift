/// Equity against the cap, one row per federation and year: a regional or national overview
/// when given several plans.
///
/// Margin = cap − closing equity: positive is room under the cap, negative is equity over it.
/// The margin in percent is of the year's member contributions, so it reads in the same
/// percentage points as the cap (cap 20 %, equity 22,6 %: margin −2,6 %).
enum EquityCapReport {
    static let columns = [
        Column("federation", Message("report.col.federation"), numeric: false),
        Column("year", Message("report.col.year")),
        Column("yearStatus", Message("report.col.year_status"), numeric: false),
        Column("contributions", Message("report.col.contributions")),
        Column("capRule", Message("report.col.cap_rule"), numeric: false),
        Column("capPercent", Message("report.col.cap_percent")),
        Column("cap", Message("report.col.cap")),
        Column("closingEquity", Message("report.col.closing_equity")),
        Column("margin", Message("report.col.margin")),
        Column("marginPercent", Message("report.col.margin_percent")),
        Column("status", Message("report.col.status"), numeric: false),
    ]

    static func make(_ sources: [ReportSource], year: Int? = nil) -> Report {
        var rows: [Row] = []
        for source in sources {
            for shown in source.years(year) { rows.append(row(source, shown)) }
        }
        let table = Table(key: "equity-cap", title: Message("report.title.equity_cap"), columns: columns, rows: rows)
        return Report(
            kind: ReportKind.equityCap.rawValue, title: Message("report.title.equity_cap"),
            tables: [table], series: sources.map(\.series))
    }

    static func row(_ source: ReportSource, _ year: YearLedger) -> Row {
        let cap = year.equityCap
        let margin = cap.flatMap { cap in year.closingEquity.flatMap { cap.amount.subtracting($0) } }
        return Row([
            .text(source.federation), .year(year.number), source.statusCell(year), .money(year.contributions),
            cap.map { .label(ruleLabel($0)) } ?? .empty,
            cap.map { .percent($0.percent) } ?? .empty,
            cap.map { .money($0.amount) } ?? .empty,
            .stated(year.closingEquity),
            margin.map(Cell.money) ?? (year.closingEquity == nil ? .stated(nil) : .empty),
            margin.flatMap { $0.share(of: year.contributions) }.map(Cell.percent) ?? .empty,
            .label(status(source, year)),
        ])
    }

    static func ruleLabel(_ cap: EquityCap) -> Message {
        switch cap.basis {
        case .policy: return Message("report.cap_rule.policy")
        case .national(let assumed):
            return Message(assumed ? "report.cap_rule.national_assumed" : "report.cap_rule.national")
        }
    }

    /// The verdict `validate` gives on the year, the worst first: negative equity, below the
    /// floor, over the cap; else within, or "not in force" for a year before the cap rule.
    static func status(_ source: ReportSource, _ year: YearLedger) -> Message {
        let found = source.verdicts(verdictRules, year)
        for (rule, state) in verdictStates {
            if let finding = found.first(where: { $0.ruleID == rule }) {
                return .verdict(state, waived: finding.waiver != nil)
            }
        }
        guard EquityCapRule().applies(in: year.number) else { return Message("report.state.rule_not_in_force") }
        // No equity stated: the cap rule judged nothing, so nothing is claimed either way.
        guard year.closingEquity != nil else { return Message("report.state.not_stated") }
        return Message("report.state.within")
    }

    /// The rules whose findings decide the status, worst first.
    static let verdictStates: [(String, Message)] = [
        (NegativeEquityRule().id, Message("report.state.negative")),
        (EquityFloorRule().id, Message("report.state.below_floor")),
        (EquityCapRule().id, Message("report.state.over_cap")),
    ]
    static let verdictRules = Set(verdictStates.map(\.0))
}
