/// A row placed in the plan, with one amount per year column (nil where the cell is blank).
struct PlacedRow {
    let line: Int
    let name: String
    var role: RowRole
    var group: String?
    let initiative: String?
    let values: [SheetAmount?]
    /// True when the mapping said what the row is: the import never second-guesses it.
    var mapped = false
    /// The run of cost rows it stands in: a heading or a subtotal starts the next one.
    var block = 0
    /// True when a printed subtotal counts the row (it stands in the block the subtotal closes).
    var counted = false
    /// Why a row is left out of the plan, where it is (role ``RowRole/ignore``).
    var ignored: IgnoredReason?
}

extension PlacedRow {
    /// A cost line's category where the mapping gives none: its group's, else its own name's,
    /// else operations.
    var namedCategory: CostCategory {
        group.flatMap(RowNames.category) ?? RowNames.category(name) ?? .operations
    }
}

/// Why a row of the table is not in the plan.
enum IgnoredReason: Equatable, Sendable {
    /// The mapping says `"ignore"`.
    case mapping
    /// A financial item that is zero or blank in every year.
    case zeroFinancial
}

/// The state of one pass over the rows.
struct TableReader {
    let importer: BudgetImporter
    let rows: [[String]]
    var header = 0
    var columns: [YearColumn] = []
    var ignoredColumns: Set<Int> = []
    var unit = AmountUnit.kr
    var federation: String?
    var placed: [PlacedRow] = []
    var issues: [ImportIssue] = []
    var notes: [ImportIssue] = []
    private var section = TableSection.income
    private var sawCosts = false
    private var sawOpening = false
    private var heading: String?
    private var openBlock: [Int] = []
    private var block = 0
    /// True under a members' heading (`Medlemsbidrag`) until the next heading or total.
    private var inMembers = false
    /// True under `Övriga intäkter` until the next heading or total.
    private var inOtherIncome = false
    /// The subtotals printed so far, those a subtotal of subtotals counts replaced by it: the
    /// parts a subtotal printed with no lines of its own may add up.
    private var recentSubtotals: [Int] = []

    init(importer: BudgetImporter, rows: [[String]]) {
        self.importer = importer
        self.rows = rows
    }

    mutating func read() {
        guard let found = rows.firstIndex(where: { YearHeader.columns(in: $0) != nil }),
            let all = YearHeader.columns(in: rows[found])
        else {
            issues.append(ImportIssue(row: 0, column: 0, Message("import.no_header"), fatal: true))
            return
        }
        header = found
        readTitles(all)
        for (index, row) in rows.enumerated().dropFirst(found + 1) { readRow(row, line: index + 1) }
        settleFinancialItems()
    }

    /// The header's years, the unit and the federation's name from the rows above the table.
    private mutating func readTitles(_ all: [YearColumn]) {
        let (used, unused) = YearHeader.chooseYears(all)
        columns = used.filter { column in
            (importer.mapping.firstYear.map { column.year >= $0 } ?? true)
                && (importer.mapping.lastYear.map { column.year <= $0 } ?? true)
        }
        ignoredColumns = Set(all.map(\.column))
        for column in unused {
            let taken = used.first { $0.year == column.year }
            notes.append(
                ImportIssue(
                    row: header + 1, column: column.column,
                    Message("import.column_unused", [.text(column.title), .text(taken?.title ?? "")])))
        }
        let above = rows[0...header].flatMap { $0 }.map { $0.lowercased() }
        unit = importer.unit ?? importer.mapping.unit ?? (above.contains { $0.contains("tkr") } ? .tkr : .kr)
        federation =
            importer.federation ?? importer.mapping.federation
            ?? rows[0..<header].compactMap { $0.first(where: { $0.lowercased().contains("samordningsförbund") }) }
            .first?.trimmedText
        for (previous, next) in zip(columns, columns.dropFirst()) where next.year != previous.year + 1 {
            issues.append(
                ImportIssue(
                    row: header + 1, column: next.column,
                    Message("import.years_gap", [.text(previous.title), .text(next.title)]), fatal: true))
        }
        if columns.isEmpty {
            // About the header's first year cell: the years there are all outside the mapping's.
            issues.append(
                ImportIssue(row: header + 1, column: all.first?.column ?? 2, Message("import.no_years"), fatal: true))
        }
        section = (rows[header].first ?? "").lowercased().hasPrefix("kostnader") ? .costs : .income
    }

    private mutating func readRow(_ row: [String], line: Int) {
        let name = (row.first ?? "").trimmedText.trimmingColon
        let mapped = importer.mapping.row(name)
        // A row the mapping leaves out is not read at all (a percentage, a comment).
        if mapped?.role == .ignore {
            placed.append(
                PlacedRow(
                    line: line, name: name, role: .ignore, group: nil, initiative: nil,
                    values: columns.map { _ in nil }, mapped: true, ignored: .mapping))
            return
        }
        let values = amounts(row, line: line)
        guard values.contains(where: { $0 != nil }) else {
            if !name.isEmpty { readHeading(name) }
            return
        }
        guard !name.isEmpty else {
            issues.append(ImportIssue(row: line, column: 1, Message("import.no_label")))
            return
        }
        guard var role = mapped?.role ?? roleByName(name) else {
            issues.append(ImportIssue(row: line, column: 1, Message("import.unplaced_row", [.code(name)])))
            return
        }
        role = resolve(role, values: values)
        var entry = PlacedRow(
            line: line, name: name, role: role, group: mapped?.group, initiative: mapped?.initiative,
            values: values, mapped: mapped?.role != nil, block: block)
        place(&entry)
        placed.append(entry)
    }

    /// The role by the row's name, where the mapping does not give one: under a members'
    /// heading an unknown name is a municipality; under a heading of financial items, so is
    /// every line.
    private mutating func roleByName(_ name: String) -> RowRole? {
        let role = RowNames.role(name, section: section, sawCosts: sawCosts)
        if role == nil && inMembers {
            // A bare `Summa` or `Totalt` under the members is their total, never a member.
            let lower = name.lowercased()
            let total = ["summa", "totalt", "total ", "delsumma"].contains(where: lower.hasPrefix)
            return total ? .totalContributions : .member(RowNames.blockMember(name))
        }
        if role == nil && inOtherIncome { return .otherIncome }
        if role == .cost(nil), let heading, RowNames.isFinancial(heading.lowercased()) { return .financial }
        return role
    }

    /// Groups and blocks: a subtotal closes the cost lines above it and names their group.
    private mutating func place(_ entry: inout PlacedRow) {
        switch entry.role {
        case .subtotal:
            let group = heading ?? RowNames.groupName(ofSubtotal: entry.name)
            entry.group = group
            for index in openBlock {
                if placed[index].group == nil { placed[index].group = group }
                placed[index].counted = true
            }
            openBlock = []
            heading = nil
            block += 1
            recentSubtotals.append(placed.count)
        case .nestedSubtotal(let parts):
            recentSubtotals.removeLast(parts.count)
            recentSubtotals.append(placed.count)
            heading = nil
            block += 1
        case .cost, .financial:
            if entry.group == nil { entry.group = heading }
            openBlock.append(placed.count)
        default:
            break
        }
    }

    /// A row with a name and no amounts: a section (`Intäkter`, `Kostnader`), the members'
    /// heading (`Medlemsbidrag`) or, among the costs, a group heading.
    private mutating func readHeading(_ name: String) {
        let lower = name.lowercased()
        inMembers = false
        inOtherIncome = false
        let operating = RowNames.operatingRole(lower)
        if lower.hasPrefix("intäkter") || lower.hasPrefix("inkomster") || operating == .incomeTotal {
            section = .income
        } else if lower.hasPrefix("kostnader") || lower.hasPrefix("utgifter") || operating == .operatingCosts {
            section = .costs
        } else if section == .income && RowNames.isMemberHeading(name) {
            inMembers = true
        } else if section == .income && (lower.hasPrefix("övriga intäkter") || lower.hasPrefix("andra intäkter")) {
            inOtherIncome = true
        } else if section == .costs {
            heading = name
            openBlock = []
            block += 1
        }
    }

    /// The role as the table's order makes it: `Summa intäkter` is funds available when the
    /// table counted opening equity above it; costs and totals move the reader to the costs.
    /// A subtotal printed right after other subtotals, equal to their sum, is a subtotal of them.
    private mutating func resolve(_ role: RowRole, values: [SheetAmount?]) -> RowRole {
        switch role {
        case .member, .otherIncome:
            return role
        case .openingEquity:
            sawOpening = true
        case .incomeTotal:
            section = .costs
            if sawOpening { return .fundsAvailable }
            let otherIncome = placed.contains { $0.role == .otherIncome }
            return otherIncome ? .totalIncome : .totalContributions
        case .fundsAvailable, .totalIncome:
            section = .costs
        case .subtotal where openBlock.isEmpty:
            section = .costs
            sawCosts = true
            if let parts = nestedParts(values) { return .nestedSubtotal(parts) }
        case .cost, .subtotal, .totalCosts, .operatingCosts:
            section = .costs
            sawCosts = true
        case .financial where section == .income:
            // Above the income total the document counts it among its income.
            inMembers = false
            inOtherIncome = false
            return .otherIncome
        case .financial:
            sawCosts = sawCosts || section == .costs
        default:
            break
        }
        inMembers = false
        inOtherIncome = false
        return role
    }

    /// The subtotals printed last (two or more, back from the latest) whose sum `values` is.
    private func nestedParts(_ values: [SheetAmount?]) -> [Int]? {
        guard recentSubtotals.count > 1 else { return nil }
        for count in 2...recentSubtotals.count {
            let parts = Array(recentSubtotals.suffix(count))
            if printedSum(of: parts, is: values) { return parts }
        }
        return nil
    }

    /// The row's amounts by year column; text in a year column, or anything in a column with
    /// no year, is an issue at its cell.
    private mutating func amounts(_ row: [String], line: Int) -> [SheetAmount?] {
        for (index, cell) in row.enumerated().dropFirst()
        where !ignoredColumns.contains(index + 1) && !cell.trimmedText.isEmpty {
            issues.append(
                ImportIssue(
                    row: line, column: index + 1, Message("import.cell_outside_years", [.code(cell.trimmedText)])))
        }
        return columns.map { column in
            let raw = column.column <= row.count ? row[column.column - 1] : ""
            switch SheetCell.read(raw, unit: unit) {
            case .blank:
                return nil
            case .amount(let money, let cellUnit, let decimals):
                return SheetAmount(money: money, precision: cellUnit.precision(decimals: decimals))
            case .text(let text):
                issues.append(
                    ImportIssue(
                        row: line, column: column.column,
                        Message("import.not_amount", [.code(text.trimmedText), .text(column.title)])))
                return nil
            }
        }
    }
}
