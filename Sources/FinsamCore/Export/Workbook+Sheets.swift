/// The three sheets of the workbook.
extension Workbook {
    /// The budget table: the same rows as `finsam export csv`, the totals as formulas.
    static func budget(_ ledger: Ledger) -> WorksheetXML {
        let table = BudgetSheet(ledger)
        var sheet = WorksheetXML(name: "Budget")
        let unit = table.unit
        sheet.append([.text(table.federation, bold: true)])
        sheet.append(
            [.text("Belopp i " + unit.rawValue, bold: true)]
                + table.years.map { .text(BudgetSheet.title($0.year, $0.status), bold: true) })
        let first = 3  // the sheet row of table.rows[0]
        for row in table.rows {
            var cells: [WorksheetXML.Cell] = [.text(row.label, bold: row.kind == .section || !row.sums.isEmpty)]
            for (column, amount) in row.amounts.enumerated() where row.kind != .section {
                let letter = CSVTable.columnName(column + 2)
                let cell: (Int) -> String = { letter + String($0 + first) }
                switch row.kind {
                case .subtotal where amount == nil, .closingEquity where amount == nil:
                    cells.append(.empty)
                case .incomeTotal, .subtotal, .costsTotal:
                    cells.append(
                        .formula(
                            "SUM(" + ranges(row.sums, letter: letter, first: first) + ")", like: amount, unit: unit))
                case .result where row.sums.count == 3:
                    cells.append(
                        .formula(
                            cell(row.sums[0]) + "-" + cell(row.sums[1]) + "-" + cell(row.sums[2]), like: amount,
                            unit: unit))
                case .closingEquity where row.sums.count == 2:
                    cells.append(.formula(cell(row.sums[0]) + "+" + cell(row.sums[1]), like: amount, unit: unit))
                default:
                    cells.append(amount.map { .number($0, unit: unit) } ?? .empty)
                }
            }
            sheet.append(cells)
        }
        return sheet
    }

    /// `B5:B9,B11` for rows 2, 3, 4, 5, 6 and 8 of the table.
    static func ranges(_ rows: [Int], letter: String, first: Int) -> String {
        let sorted = rows.sorted()
        var parts: [String] = []
        var start = 0
        while start < sorted.count {
            var end = start
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            let from = letter + String(sorted[start] + first)
            let to = letter + String(sorted[end] + first)
            parts.append(start == end ? from : from + ":" + to)
            start = end + 1
        }
        return parts.joined(separator: ",")
    }

    /// Member contributions by year, with their sum as a formula.
    static func contributions(_ ledger: Ledger) -> WorksheetXML {
        var sheet = WorksheetXML(name: "Medlemsbidrag")
        let unit = ledger.plan.unit
        sheet.append(
            [.text("Medlem", bold: true), .text("Slag", bold: true)]
                + ledger.years.map { .text(BudgetSheet.title($0.number, $0.year.status), bold: true) })
        let byMember = ledger.years.map { ledger.plan.amountsByMember($0.year.contributions) }
        for (position, member) in ledger.plan.members.enumerated() {
            // A member the year gives no contribution pays nothing.
            let amounts = byMember.map { $0[position] ?? .zero }
            sheet.append([.text(member.name), .text(kindName(member.kind))] + amounts.map { .number($0, unit: unit) })
        }
        let last = sheet.rows.count
        sheet.append(
            [.text("Summa medlemsbidrag", bold: true), .empty]
                + ledger.years.enumerated().map { index, year in
                    let letter = CSVTable.columnName(index + 3)
                    return .formula(
                        "SUM(" + letter + "2:" + letter + String(last) + ")", like: year.contributions, unit: unit)
                })
        return sheet
    }

    static func kindName(_ kind: Member.Kind) -> String {
        switch kind {
        case .state: return "Staten"
        case .region: return "Region"
        case .municipality: return "Kommun"
        }
    }

    /// The equity-cap report: the cap as contributions × percent and the margin as formulas.
    static func equity(_ ledger: Ledger) -> WorksheetXML {
        var sheet = WorksheetXML(name: "Eget kapital")
        sheet.labelWidth = 14
        let unit = ledger.plan.unit
        let titles = ["År", "Status", "Medlemsbidrag", "Tak (%)", "Tak", "Utgående eget kapital", "Marginal"]
        sheet.append(titles.map { .text($0, bold: true) })
        for year in ledger.years {
            let row = String(sheet.rows.count + 1)
            // An equity the plan does not state is an empty cell, and so is the margin to it.
            let closing: WorksheetXML.Cell = year.closingEquity.map { .number($0, unit: unit) } ?? .empty
            guard let cap = year.equityCap else {
                sheet.append([
                    .text(String(year.number)), .text(BudgetSheet.title(year.number, year.year.status)),
                    .number(year.contributions, unit: unit), .empty, .empty, closing,
                ])
                continue
            }
            let margin: WorksheetXML.Cell =
                year.closingEquity.map { equity in
                    .formula("E" + row + "-F" + row, like: cap.amount.subtracting(equity), unit: unit)
                } ?? .empty
            sheet.append([
                .text(String(year.number)), .text(BudgetSheet.title(year.number, year.year.status)),
                .number(year.contributions, unit: unit), .percent(cap.percent),
                .formula("C" + row + "*D" + row, like: cap.amount, unit: unit, bold: false), closing, margin,
            ])
        }
        return sheet
    }
}
