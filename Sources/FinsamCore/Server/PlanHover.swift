/// `textDocument/hover`: the computed figures of the place under the cursor, as Markdown in
/// the reader's language. Every figure is read from the ledger (or, for a municipality's part,
/// split by the same largest-remainder key the funding rule uses); no verdict is made here.
struct PlanHover {
    let loaded: LoadedPlan
    let catalog: Catalog

    init(loaded: LoadedPlan, language: Language) {
        self.loaded = loaded
        self.catalog = Catalog(language: language, unit: loaded.plan.unit)
    }

    /// The hover text for a byte offset of the plan (after any byte order mark), or nil where
    /// the cursor is on no year, contribution, cost line or initiative.
    func markdown(at offset: Int) -> String? {
        guard let place = PlanPlace.of(loaded.document.pointer(to: offset)) else { return nil }
        switch place {
        case .year(let index):
            return yearLedger(index).map(year)
        case .contribution(let index, let memberID):
            return yearLedger(index).flatMap { contribution(memberID, in: $0) } ?? yearLedger(index).map(year)
        case .costLine(let index, let line):
            return yearLedger(index).flatMap { costLine(line, in: $0) }
        case .initiative(let index):
            return index < loaded.plan.initiatives.count ? initiative(loaded.plan.initiatives[index]) : nil
        }
    }

    private func yearLedger(_ index: Int) -> YearLedger? {
        index < loaded.ledger.years.count ? loaded.ledger.years[index] : nil
    }

    private func text(_ message: Message) -> String { catalog.render(message) }

    private func money(_ money: Money?) -> String { money.map { catalog.render(.money($0)) } ?? "–" }

    private func year(_ year: YearLedger) -> String {
        let status = text(.status(year.year.status))
        var rows: [(String, String)] = [
            (text(Message("lsp.row.contributions")), money(year.contributions)),
            (text(Message("lsp.row.other_income")), money(year.otherIncome)),
            (text(Message("lsp.row.costs")), money(year.costs)),
        ]
        if year.statement.hasFinancialItems {
            // Where the year has financial items, the result is not income − costs: show them.
            rows.append((text(Message("statement.row.operating_result")), money(year.operatingResult)))
            rows.append((text(Message("statement.row.financial_income")), money(year.statement.financialIncome)))
            rows.append((text(Message("statement.row.financial_costs")), money(year.statement.financialCosts)))
        }
        rows += [
            (text(Message("lsp.row.result")), money(year.result)),
            (text(Message("lsp.row.opening_equity")), money(year.openingEquity)),
            (text(Message("lsp.row.closing_equity")), money(year.closingEquity)),
        ]
        if let cap = year.equityCap {
            rows.append((text(Message("lsp.row.cap", [.percent(cap.percent)])), money(cap.amount)))
            rows.append(
                (text(Message("lsp.row.margin")), money(year.closingEquity.flatMap { cap.amount.subtracting($0) })))
        }
        return Markdown.heading(text(Message("lsp.hover.year", [.integer(year.number), .text(status)])))
            + Markdown.table(rows)
    }

    private func contribution(_ memberID: String, in year: YearLedger) -> String? {
        guard let written = year.year.contributions.first(where: { $0.memberID == memberID }),
            let member = loaded.plan.member(memberID)
        else { return nil }
        let kind = text(.kind(member.kind))
        var rows = [(text(Message("lsp.row.written")), money(written.amount.money))]
        let half = Percent(basisPoints: 5_000).of(year.stateContributions)
        switch member.kind {
        case .state:
            rows.append((text(Message("lsp.row.state_total")), money(year.stateContributions)))
        case .region:
            rows.append((text(Message("lsp.row.region_half")), money(half)))
        case .municipality:
            rows.append((text(Message("lsp.row.municipal_half")), money(half)))
            if let half, let part = MunicipalParts(plan: loaded.plan, year: year.year).part(of: memberID, total: half) {
                rows.append((text(Message("lsp.row.key_part", [.text(part.keyName)])), money(part.money)))
            }
        }
        let title = text(Message("lsp.hover.member", [.text(member.name), .integer(year.number)]))
        return Markdown.heading(title + " (" + kind + ")") + Markdown.table(rows)
    }

    private func costLine(_ index: Int, in year: YearLedger) -> String? {
        guard index < year.year.costs.count else { return nil }
        let line = year.year.costs[index]
        let category = text(.category(line.category))
        var rows = [
            (text(Message("lsp.row.amount")), money(line.amount.money)),
            (text(Message("lsp.row.category_total", [.text(category)])), money(year.costs(in: line.category))),
            (text(Message("lsp.row.costs")), money(year.costs)),
        ]
        if let share = Ratio(line.amount.money, of: year.costs).percent {
            rows.append((text(Message("lsp.row.share_of_costs")), catalog.render(.percent(share))))
        }
        if let initiative = year.initiative(ofCostLine: index, in: loaded.plan) {
            rows.append((text(Message("lsp.row.initiative")), Markdown.escaped(initiative.name)))
        }
        let title =
            text(Message("lsp.hover.cost_line", [.text(line.name), .integer(year.number)])) + " (" + category + ")"
        return Markdown.heading(title) + Markdown.table(rows)
    }

    private func initiative(_ initiative: Initiative) -> String {
        let target = text(.target(initiative.target))
        let open = text(Message("lsp.hover.open_date"))
        var out = Markdown.heading(text(Message("lsp.hover.initiative", [.text(initiative.name), .text(target)])))
        out += text(
            Message(
                "lsp.hover.period",
                [.text(initiative.start?.description ?? open), .text(initiative.end?.description ?? open)]))
        out += "\n\n"
        let funding = InitiativeFunding(plan: loaded.plan, ledger: loaded.ledger, id: initiative.id)
        guard !funding.years.isEmpty else { return out + text(Message("lsp.hover.no_funding")) + "\n" }
        let header = [
            text(Message("lsp.column.year")), text(Message("lsp.column.cost_lines")),
            text(Message("lsp.column.granted")),
        ]
        let rows = funding.years.map { [String($0.year), money($0.costs), money($0.granted)] }
        return out + Markdown.grid(header: header, rows: rows)
    }
}

/// Markdown pieces for hover texts: a bold heading and tables with the figures right-aligned.
enum Markdown {
    static func heading(_ text: String) -> String { "**" + escaped(text) + "**\n\n" }

    static func table(_ rows: [(String, String)]) -> String {
        var out = "| | |\n|:--|--:|\n"
        for (label, value) in rows { out += "| " + escaped(label) + " | " + value + " |\n" }
        return out
    }

    static func grid(header: [String], rows: [[String]]) -> String {
        var out = "| " + header.map(escaped).joined(separator: " | ") + " |\n"
        out += "|:--|" + String(repeating: "--:|", count: max(0, header.count - 1)) + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Text with the characters Markdown would read as markup escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]|<>#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
