/// The budget follow-up of a year (`finsam report follow-up PLAN --year YEAR`): for each line its
/// budget, outcome to date, share used, forecast for the rest of the year and the full year, and
/// the deviation from budget; then the forecast result and closing equity against the cap and
/// the floor, beside the budget's.
///
/// Deviation = forecast full year − budget, in kronor and in percent of the budget (empty where
/// the budget is zero or the line is not in it). Without `--year`, every year that has a
/// `followUp` is shown.
enum FollowUpReport {
    static func make(_ sources: [ReportSource], year: Int? = nil) -> Report {
        var tables: [Table] = []
        var notes: [Message] = []
        for source in sources {
            let years = source.years(year).filter { $0.year.followUp != nil }
            if years.isEmpty {
                notes.append(
                    year.map { Message("report.note.no_follow_up", [.text(source.federation), .integer($0)]) }
                        ?? Message("report.note.no_follow_up_any", [.text(source.federation)]))
            }
            for shown in years {
                guard let followUp = shown.year.followUp else { continue }
                tables.append(lines(source, shown, followUp))
                tables.append(equity(source, shown, followUp))
            }
        }
        if let first = tables.first, !notes.isEmpty {
            // Plans without a follow-up are named under the first table rather than dropped.
            tables[0] = Table(
                key: first.key, title: first.title, columns: first.columns, rows: first.rows, notes: first.notes + notes
            )
        } else if tables.isEmpty {
            tables.append(
                Table(
                    key: "follow-up", title: Message("report.title.follow_up_all"),
                    columns: [Column("line", Message("report.col.line"), numeric: false)], rows: [], notes: notes))
        }
        // No equity chart: the budget's series would be read as the forecast; the second table
        // sets the two side by side instead.
        return Report(kind: ReportKind.followUp.rawValue, title: Message("report.title.follow_up_all"), tables: tables)
    }

    static func columns(_ followUp: FollowUp) -> [Column] {
        let outcomeTitle = Message.outcomeTo(followUp.asOf)
        return [
            Column("line", Message("report.col.line"), numeric: false),
            Column("budget", Message("report.col.budget")),
            Column("outcome", outcomeTitle),
            Column("usedShare", Message("report.col.used_share")),
            Column("forecastRest", Message("report.col.forecast_rest")),
            Column("forecastYear", Message("report.col.forecast_year")),
            Column("deviation", Message("report.col.deviation")),
            Column("deviationPercent", Message("report.col.deviation_percent")),
            Column("note", Message("report.col.flag"), numeric: false),
        ]
    }

    /// One row per income and cost line, with a total for each, and the result.
    static func lines(_ source: ReportSource, _ year: YearLedger, _ followUp: FollowUp) -> Table {
        let policy = source.plan.policy.followUp
        var rows: [Row] = [Row([.label(Message("report.row.income"))] + blanks(8), style: .heading)]
        for line in followUp.income {
            let name = line.isContribution ? source.plan.member(line.name)?.name ?? line.name : line.name
            rows.append(
                row(
                    .text(name), line.budget, line.outcome, line.forecastRest, line.forecastYear,
                    note: line.budget == nil ? Message("report.flag.unbudgeted") : nil))
        }
        rows.append(totalRow(Message("report.row.total_income"), followUp.incomeTotals))
        rows.append(Row([.label(Message("report.row.costs"))] + blanks(8), style: .heading))
        for line in followUp.costs {
            // The rest of a budget total is named by what it is; its lines have no budget of
            // their own to deviate from.
            let label: Cell = line.isUnitemised ? .label(Message("statement.row.unitemised")) : .text(line.name)
            rows.append(
                row(
                    label, line.budget, line.outcome, line.forecastRest, line.forecastYear,
                    note: flag(line, followUp, policy), deviates: !line.withinTotal))
        }
        var costs = totalRow(Message("report.row.total_costs"), followUp.costTotals)
        if followUp.costBudgetTotal != nil, let note = totalFlag(followUp, policy) {
            costs = Row(Array(costs.cells.dropLast()) + [.label(note)], style: costs.style)
        }
        rows.append(costs)
        rows.append(totalRow(Message("report.row.result"), followUp.result, share: false))
        let share = followUp.yearShare
        let notes = [
            Message(
                "report.note.year_share",
                [
                    .integer(followUp.elapsedDays), .integer(followUp.daysInYear), .text(followUp.asOf.description),
                    .percent(share),
                    .percent(Percent(basisPoints: share.basisPoints + policy.over.basisPoints)),
                    .percent(Percent(basisPoints: max(0, share.basisPoints - policy.under.basisPoints))),
                ]),
            Message("report.note.deviation"),
        ]
        return Table(
            key: "follow-up",
            title: Message(
                "report.title.follow_up",
                [.text(source.federation), .integer(year.number), .text(followUp.asOf.description)]),
            columns: columns(followUp), rows: rows, notes: notes)
    }

    /// Budget and forecast side by side: opening equity, result, closing equity, cap, floor, state.
    static func equity(_ source: ReportSource, _ year: YearLedger, _ followUp: FollowUp) -> Table {
        let forecast = source.checked.forecast(of: year.number)?.year
        let floor = source.plan.policy.equityFloor?.money
        func pair(_ key: String, _ value: (YearLedger) -> Money?) -> Row {
            Row([
                .label(Message(key)), value(year).map(Cell.money) ?? .empty,
                forecast.flatMap(value).map(Cell.money) ?? .empty,
            ])
        }
        let rows = [
            Row([
                .label(Message("report.row.opening_equity")), .stated(year.openingEquity),
                forecast.map { .stated($0.openingEquity) } ?? .empty,
            ]),
            pair("report.row.result") { $0.result },
            Row(
                [
                    .label(Message("report.row.closing_equity")), .stated(year.closingEquity),
                    forecast.map { .stated($0.closingEquity) } ?? .empty,
                ], style: .total),
            pair("report.row.cap") { $0.equityCap?.amount },
            pair("report.row.equity_floor") { _ in floor },
            Row([
                .label(Message("report.row.assessment")), .label(EquityCapReport.status(source, year)),
                forecast.map { .label(EquityCapReport.status(source, $0)) } ?? .empty,
            ]),
        ]
        return Table(
            key: "follow-up-equity",
            title: Message("report.title.follow_up_equity", [.text(source.federation), .integer(year.number)]),
            columns: [
                Column("line", Message("report.col.line"), numeric: false),
                Column("budget", Message("report.col.budget")),
                Column("forecast", Message("report.col.forecast")),
            ],
            rows: rows)
    }

    private static func blanks(_ count: Int) -> [Cell] { Array(repeating: .empty, count: count) }

    /// A budget given as a total is judged on the total, as ``FollowUpShareRule`` does.
    private static func totalFlag(_ followUp: FollowUp, _ policy: FollowUpPolicy) -> Message? {
        let totals = followUp.costTotals
        switch FollowUpShareRule.verdict(totals.outcome, of: totals.budget, followUp, policy) {
        case .over?: return Message("report.flag.over")
        case .under?: return Message("report.flag.under")
        case nil: return nil
        }
    }

    private static func row(
        _ label: Cell, _ budget: Money?, _ outcome: Money, _ rest: Money, _ full: Money,
        note: Message? = nil, style: Row.Style = .normal, share: Bool = true, deviates: Bool = true
    ) -> Row {
        let deviation = deviates ? budget.map { full.subtracting($0) } ?? full : nil
        let used = share ? budget.flatMap { outcome.share(of: $0) } : nil
        return Row(
            [
                label, budget.map(Cell.money) ?? .empty, .money(outcome), used.map(Cell.percent) ?? .empty,
                .money(rest), .money(full),
                deviation.map(Cell.money) ?? .empty,
                budget.flatMap { b in deviation?.share(of: b) }.map(Cell.percent) ?? .empty,
                note.map(Cell.label) ?? .empty,
            ], style: style)
    }

    /// A total row from the decoder's sums.
    private static func totalRow(_ label: Message, _ totals: FollowUpTotals, share: Bool = true) -> Row {
        row(
            .label(label), totals.budget, totals.outcome, totals.forecastRest, totals.forecastYear, style: .total,
            share: share)
    }

    private static func flag(_ line: FollowUpLine, _ followUp: FollowUp, _ policy: FollowUpPolicy) -> Message? {
        if line.withinTotal { return line.isUnitemised ? nil : Message("statement.flag.within_total") }
        guard let budget = line.budget else { return Message("report.flag.unbudgeted") }
        switch FollowUpShareRule.verdict(line.outcome, of: budget, followUp, policy) {
        case .over?: return Message("report.flag.over")
        case .under?: return Message("report.flag.under")
        case nil: return nil
        }
    }
}
