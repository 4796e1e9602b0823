/// Reads a budget table (rows of lines, columns of years) into a plan.
///
/// One pass over the rows after the header: each row is placed by the mapping, else by its
/// name (``RowNames``); what neither places is an issue with its row and column. Nothing is
/// guessed silently: a row the names do not cover is never taken as some income or cost.
public struct BudgetImporter: Sendable {
    public var mapping: ImportMapping
    /// `--unit`: wins over the mapping and the table's own `tkr`.
    public var unit: AmountUnit?
    /// `--federation`: wins over the mapping and a title row.
    public var federation: String?

    public init(mapping: ImportMapping = ImportMapping(), unit: AmountUnit? = nil, federation: String? = nil) {
        self.mapping = mapping
        self.unit = unit
        self.federation = federation
    }

    public func run(_ table: some BudgetTable) -> ImportResult {
        var reader = TableReader(importer: self, rows: table.rows)
        reader.read()
        var plan = ImportedPlan(reader: reader)
        return plan.result()
    }
}

/// A row placed in the plan, with one amount per year column (nil where the cell is blank).
struct PlacedRow {
    let line: Int
    let name: String
    var role: RowRole
    var group: String?
    let initiative: String?
    let values: [SheetAmount?]
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
    }

    /// The header's years, the unit and the federation's name from the rows above the table.
    private mutating func readTitles(_ all: [YearColumn]) {
        let (used, unused) = YearHeader.chooseYears(all)
        columns = used.filter { column in
            (importer.mapping.firstYear.map { column.year >= $0 } ?? true) && (importer.mapping.lastYear.map { column.year <= $0 } ?? true)
        }
        ignoredColumns = Set(all.map(\.column))
        for column in unused {
            let taken = used.first { $0.year == column.year }
            notes.append(ImportIssue(row: header + 1, column: column.column,
                                     Message("import.column_unused", [.text(column.title), .text(taken?.title ?? "")])))
        }
        let above = rows[0...header].flatMap { $0 }.map { $0.lowercased() }
        unit = importer.unit ?? importer.mapping.unit ?? (above.contains { $0.contains("tkr") } ? .tkr : .kr)
        federation = importer.federation ?? importer.mapping.federation
            ?? rows[0..<header].compactMap { $0.first(where: { $0.lowercased().contains("samordningsförbund") }) }.first?.trimmedText
        for (previous, next) in zip(columns, columns.dropFirst()) where next.year != previous.year + 1 {
            issues.append(ImportIssue(row: header + 1, column: next.column,
                                      Message("import.years_gap", [.text(previous.title), .text(next.title)]), fatal: true))
        }
        if columns.isEmpty {
            issues.append(ImportIssue(row: header + 1, column: 0, Message("import.no_years"), fatal: true))
        }
        section = (rows[header].first ?? "").lowercased().hasPrefix("kostnader") ? .costs : .income
    }

    private mutating func readRow(_ row: [String], line: Int) {
        let name = (row.first ?? "").trimmedText.trimmingColon
        let mapped = importer.mapping.row(name)
        // A row the mapping leaves out is not read at all (a percentage, a comment).
        if mapped?.role == .ignore { return }
        let values = amounts(row, line: line)
        guard values.contains(where: { $0 != nil }) else {
            if !name.isEmpty { readHeading(name) }
            return
        }
        guard !name.isEmpty else {
            issues.append(ImportIssue(row: line, column: 1, Message("import.no_label")))
            return
        }
        guard var role = mapped?.role ?? RowNames.role(name, section: section, sawCosts: sawCosts) else {
            issues.append(ImportIssue(row: line, column: 1, Message("import.unplaced_row", [.code(name)])))
            return
        }
        role = resolve(role)
        var entry = PlacedRow(line: line, name: name, role: role, group: mapped?.group, initiative: mapped?.initiative, values: values)
        if case .subtotal = role {
            let group = heading ?? RowNames.groupName(ofSubtotal: name)
            entry.group = group
            for index in openBlock where placed[index].group == nil { placed[index].group = group }
            openBlock = []
            heading = nil
        }
        if case .cost = role {
            if entry.group == nil { entry.group = heading }
            openBlock.append(placed.count)
        }
        placed.append(entry)
    }

    /// A row with a name and no amounts: a section (`Intäkter`, `Kostnader`) or a group heading.
    private mutating func readHeading(_ name: String) {
        let lower = name.lowercased()
        if lower.hasPrefix("intäkter") || lower.hasPrefix("inkomster") {
            section = .income
        } else if lower.hasPrefix("kostnader") || lower.hasPrefix("utgifter") {
            section = .costs
        } else if section == .costs {
            heading = name
            openBlock = []
        }
    }

    /// The role as the table's order makes it: `Summa intäkter` is funds available when the
    /// table counted opening equity above it; costs and totals move the reader to the costs.
    private mutating func resolve(_ role: RowRole) -> RowRole {
        switch role {
        case .openingEquity:
            sawOpening = true
        case .incomeTotal:
            section = .costs
            if sawOpening { return .fundsAvailable }
            let otherIncome = placed.contains { $0.role == .otherIncome }
            return otherIncome ? .totalIncome : .totalContributions
        case .fundsAvailable, .totalIncome, .totalContributions:
            section = .costs
        case .cost, .subtotal, .totalCosts:
            section = .costs
            sawCosts = true
        default:
            break
        }
        return role
    }

    /// The row's amounts by year column; text in a year column, or anything in a column with
    /// no year, is an issue at its cell.
    private mutating func amounts(_ row: [String], line: Int) -> [SheetAmount?] {
        for (index, cell) in row.enumerated().dropFirst() where !ignoredColumns.contains(index + 1) && !cell.trimmedText.isEmpty {
            issues.append(ImportIssue(row: line, column: index + 1, Message("import.cell_outside_years", [.code(cell.trimmedText)])))
        }
        return columns.map { column in
            let raw = column.column <= row.count ? row[column.column - 1] : ""
            switch SheetCell.read(raw, unit: unit) {
            case .blank:
                return nil
            case .amount(let money, let cellUnit, let decimals):
                return SheetAmount(money: money, precision: cellUnit.precision(decimals: decimals))
            case .text(let text):
                issues.append(ImportIssue(row: line, column: column.column, Message("import.not_amount", [.code(text.trimmedText), .text(column.title)])))
                return nil
            }
        }
    }
}

extension String {
    /// Without a trailing colon (`Intäkter:`).
    var trimmingColon: String { hasSuffix(":") ? String(dropLast()).trimmedText : self }
}
