/// The multi-year budget as Swedish plans print it: Intäkter (contributions member by member,
/// other income), Kostnader line by line, Resultat, Eget kapital; the years side by side.
enum BudgetReport {
    static func make(_ sources: [ReportSource], year: Int? = nil) -> Report {
        Report(
            kind: ReportKind.budget.rawValue, title: Message("report.title.budget_all"),
            tables: sources.compactMap { table($0, years: $0.years(year)) }, series: sources.map(\.series))
    }

    static func table(_ source: ReportSource, years: [YearLedger]) -> Table? {
        guard !years.isEmpty else { return nil }
        var columns = [Column("line", Message("report.col.line"), numeric: false)]
        columns += years.map { Column(String($0.number), source.yearTitle($0)) }
        var rows: [Row] = [Row([.label(Message("report.row.income"))] + blank(years), style: .heading)]
        let byMember = years.map { source.plan.amountsByMember($0.year.contributions) }
        for (position, member) in source.plan.members.enumerated() {
            let amounts = byMember.map { $0[position] }
            guard amounts.contains(where: { $0.map { !$0.isZero } ?? false }) else { continue }
            rows.append(Row([.text(member.name)] + amounts.map(cell)))
        }
        rows += lines(
            years.map { $0.year.otherIncome.filter { $0.category == .operations }.map { ($0.name, $0.amount.money) } })
        rows.append(Row([.label(Message("report.row.total_income"))] + years.map { .money($0.income) }, style: .total))
        rows.append(Row([.label(Message("report.row.costs"))] + blank(years), style: .heading))
        rows += lines(
            years.map { $0.year.costs.filter { $0.category != .financial }.map { ($0.name, $0.amount.money) } })
        if years.contains(where: \.statement.hasUnitemisedCosts) {
            rows.append(
                Row(
                    [.label(Message("statement.row.unitemised_costs"))]
                        + years.map { cell($0.statement.unitemisedCosts) }))
        }
        rows.append(Row([.label(Message("report.row.total_costs"))] + years.map { .money($0.costs) }, style: .total))
        rows += financialRows(years)
        rows.append(Row([.label(Message("report.row.result"))] + years.map { .money($0.result) }, style: .total))
        rows.append(Row([.label(Message("report.row.equity"))] + blank(years), style: .heading))
        rows.append(Row([.label(Message("report.row.opening_equity"))] + years.map { .stated($0.openingEquity) }))
        rows.append(
            Row([.label(Message("report.row.closing_equity"))] + years.map { .stated($0.closingEquity) }, style: .total)
        )
        rows.append(
            Row([.label(Message("report.row.cap"))] + years.map { $0.equityCap.map { .money($0.amount) } ?? .empty }))
        return Table(
            key: "budget", title: Message("report.title.budget", [.text(source.federation)]),
            columns: columns, rows: rows)
    }

    private static func blank(_ years: [YearLedger]) -> [Cell] { years.map { _ in .empty } }

    /// Where some year has financial items: the operating result, then the financial income and
    /// costs line by line, as an income statement prints them above the year's result.
    private static func financialRows(_ years: [YearLedger]) -> [Row] {
        guard years.contains(where: \.statement.hasFinancialItems) else { return [] }
        var rows = [
            Row(
                [.label(Message("statement.row.operating_result"))] + years.map { cell($0.operatingResult) },
                style: .total),
            Row([.label(Message("statement.row.financial_items"))] + blank(years), style: .heading),
        ]
        rows += lines(
            years.map { $0.year.otherIncome.filter { $0.category == .financial }.map { ($0.name, $0.amount.money) } })
        rows += lines(
            years.map { $0.year.costs.filter { $0.category == .financial }.map { ($0.name, $0.amount.money) } },
            negated: true)
        return rows
    }

    private static func cell(_ amount: Money?) -> Cell { amount.map(Cell.money) ?? .empty }

    /// One row per line name, in the order names first appear; a year without the line is empty,
    /// and lines of the same name in one year are added.
    /// `negated`: costs among income (financial costs under the financial items) shown as minus.
    private static func lines(_ perYear: [[(String, Money)]], negated: Bool = false) -> [Row] {
        BudgetSheet.lines(perYear.map { $0.map { ($0.0, nil, $0.1) } }).map { key, sums in
            Row([.text(key.0)] + sums.map { sum in cell(negated ? sum.flatMap { Money.zero.subtracting($0) } : sum) })
        }
    }
}
