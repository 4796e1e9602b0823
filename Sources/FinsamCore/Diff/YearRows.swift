/// The figures of one year of a plan, in a fixed order: status, contributions (state, region,
/// municipalities, each by id), other income and cost lines (by name and group), then the
/// totals the ledger computed, the equity cap and the margin to it, the two shares, and the
/// follow-up's figures if the year has one.
struct YearRows {
    let plan: Plan
    let ledger: YearLedger

    var rows: [FigureRow] {
        [FigureRow("status", Message("figure.status"), .text(ledger.year.status.rawValue))]
            + contributions + otherIncome + costs + totals
            + (ledger.year.followUp.map { FollowUpRows(plan: plan, followUp: $0).rows } ?? [])
    }

    /// One row per member contribution, state first, then region, then municipalities.
    var contributions: [FigureRow] {
        let rank: (String) -> Int = { id in
            switch plan.member(id)?.kind {
            case .state?: return 0
            case .region?: return 1
            case .municipality?: return 2
            case nil: return 3
            }
        }
        let sorted = ledger.year.contributions.sorted { a, b in
            rank(a.memberID) != rank(b.memberID)
                ? rank(a.memberID) < rank(b.memberID)
                : a.memberID.utf8.lexicographicallyPrecedes(b.memberID.utf8)
        }
        return sorted.map { contribution in
            let name = plan.member(contribution.memberID)?.name ?? contribution.memberID
            return FigureRow(
                "contribution/" + contribution.memberID, Message("figure.contribution", [.text(name)]),
                .money(contribution.amount.money))
        }
    }

    var otherIncome: [FigureRow] {
        Self.identified(ledger.year.otherIncome.map { (name: $0.name, group: nil as String?, line: $0) }).flatMap {
            item in
            let label = Message("figure.other_income", [.text(item.line.name)])
            var rows = [FigureRow("income/" + item.key, label, .money(item.line.amount.money))]
            // Only financial income says its category, so plans without any diff as before.
            if item.line.category == .financial {
                rows.append(
                    FigureRow(
                        "income/" + item.key + "/category", Message("figure.cost_category", [.message(label)]),
                        .text(item.line.category.rawValue)))
            }
            return rows
        }
    }

    /// Each cost line's amount, its category and its initiative (if any) as rows of their own,
    /// so that moving a line to another category or initiative shows as a change of that line.
    var costs: [FigureRow] {
        Self.identified(ledger.year.costs.map { (name: $0.name, group: $0.group, line: $0) }).flatMap { item in
            let line = item.line
            let name = Message.Argument.text(line.name)
            let label =
                line.group.map { Message("figure.cost_in_group", [name, .text($0)]) } ?? Message("figure.cost", [name])
            let key = "cost/" + item.key
            var rows = [
                FigureRow(key, label, .money(line.amount.money)),
                FigureRow(
                    key + "/category", Message("figure.cost_category", [.message(label)]), .text(line.category.rawValue)
                ),
            ]
            if let initiative = line.initiativeID {
                rows.append(
                    FigureRow(
                        key + "/initiative", Message("figure.cost_initiative", [.message(label)]), .text(initiative)))
            }
            return rows
        }
    }

    /// Lines keyed by group and name, the n-th line of the same group and name getting `#n`,
    /// sorted by that key: the order in the file does not matter.
    static func identified<Line>(_ lines: [(name: String, group: String?, line: Line)]) -> [(key: String, line: Line)] {
        var seen: [String: Int] = [:]
        var keyed: [(key: String, line: Line)] = []
        for entry in lines {
            // A control character between group and name: no group or name can fake the pair.
            let base = (entry.group.map { $0 + "\u{1F}" } ?? "") + entry.name
            let count = seen[base, default: 0]
            seen[base] = count + 1
            keyed.append((count == 0 ? base : base + "#" + String(count + 1), entry.line))
        }
        return keyed.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    var totals: [FigureRow] {
        var rows = [
            money("contributions", "figure.total_contributions", ledger.contributions),
            money("otherIncome", "figure.total_other_income", ledger.otherIncome),
            money("income", "figure.total_income", ledger.income),
            money("administrationCosts", "figure.administration_costs", ledger.administrationCosts),
            money("operationsCosts", "figure.operations_costs", ledger.operationsCosts),
            money("costs", "figure.total_costs", ledger.costs),
        ]
        rows += statementRows
        rows.append(money("result", "figure.result", ledger.result))
        // An equity the plan does not state is no figure: a plan that states it later shows it
        // as added, not as changed from zero.
        if let opening = ledger.openingEquity { rows.append(money("openingEquity", "figure.opening_equity", opening)) }
        if let closing = ledger.closingEquity { rows.append(money("closingEquity", "figure.closing_equity", closing)) }
        if let cap = ledger.equityCap {
            rows.append(money("equityCap", "figure.equity_cap", cap.amount))
            // Margin = cap − closing equity, as the equity-cap report shows it.
            if let closing = ledger.closingEquity, let margin = cap.amount.subtracting(closing) {
                rows.append(money("capMargin", "figure.cap_margin", margin))
            }
        }
        // The shares as the admin_share and individual_share rules work them out.
        if let share = Ratio(ledger.administrationCosts, of: ledger.costs).percent {
            rows.append(FigureRow("adminShare", Message("figure.admin_share"), .percent(share)))
        }
        if let share = Ratio(ledger.individualCosts, of: ledger.contributions).percent {
            rows.append(FigureRow("individualShare", Message("figure.individual_share"), .percent(share)))
        }
        return rows
    }

    /// The income statement's figures beyond the lines, where the year has them: costs given
    /// only as a total, the operating result and the financial items.
    private var statementRows: [FigureRow] {
        let statement = ledger.statement
        var rows: [FigureRow] = []
        if statement.hasUnitemisedCosts {
            rows.append(
                FigureRow(
                    "unitemisedCosts", Message("statement.row.unitemised_costs"), .money(statement.unitemisedCosts)))
        }
        guard statement.hasFinancialItems else { return rows }
        if let operating = ledger.operatingResult {
            rows.append(FigureRow("operatingResult", Message("statement.row.operating_result"), .money(operating)))
        }
        rows.append(
            FigureRow("financialIncome", Message("statement.row.financial_income"), .money(statement.financialIncome)))
        rows.append(
            FigureRow("financialCosts", Message("statement.row.financial_costs"), .money(statement.financialCosts)))
        return rows
    }

    private func money(_ key: String, _ label: String, _ value: Money) -> FigureRow {
        FigureRow(key, Message(label), .money(value))
    }
}
