/// A worksheet as a ``BudgetTable``: its rows and columns that hold anything, in order, so that
/// empty rows and columns (a million of them, or none) cost nothing; each table row and column
/// remembers its place on the sheet for messages (`Budget!B7`).
public struct WorksheetTable: BudgetTable {
    public let sheet: String
    public let rows: [[String]]
    /// The sheet row of `rows[i]`, and the sheet column of each table column.
    let sheetRows: [Int]
    let sheetColumns: [Int]
    /// What the sheet itself gets wrong: a formula without a cached value, an amount merged over
    /// several columns. Located in table rows and columns, as the importer's issues are.
    public let issues: [ImportIssue]

    /// The most cells (rows × columns with content) a sheet may span; a budget has hundreds.
    static let maxCells = 4_000_000

    init(sheet: String, reader: SheetReader) throws(WorkbookError) {
        self.sheet = sheet
        sheetRows = Set(reader.cells.map(\.row)).sorted()
        sheetColumns = Set(reader.cells.map(\.column)).sorted()
        guard sheetRows.count * max(sheetColumns.count, 1) <= Self.maxCells else {
            throw WorkbookError(
                part: sheet, Message("xlsx.sheet_too_large", [.integer(sheetRows.count), .integer(sheetColumns.count)]))
        }
        let rowIndex = Dictionary(uniqueKeysWithValues: sheetRows.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: sheetColumns.enumerated().map { ($1, $0) })
        var table = [[String]](repeating: [String](repeating: "", count: sheetColumns.count), count: sheetRows.count)
        var issues: [ImportIssue] = []
        for cell in reader.cells {
            guard let row = rowIndex[cell.row], let column = columnIndex[cell.column] else { continue }
            table[row][column] = cell.text
            if cell.uncomputed {
                issues.append(ImportIssue(row: row + 1, column: column + 1, Message("xlsx.formula_without_value")))
            }
        }
        let numbers = Set(reader.cells.filter(\.isNumber).map { $0.row * (SheetReader.maxColumn + 1) + $0.column })
        for merge in reader.merges where merge.last.column > merge.first.column {
            guard let row = rowIndex[merge.first.row], let column = columnIndex[merge.first.column],
                numbers.contains(merge.first.row * (SheetReader.maxColumn + 1) + merge.first.column)
            else { continue }
            issues.append(
                ImportIssue(
                    row: row + 1, column: column + 1,
                    Message("xlsx.merged_amount", [.text(Self.name(merge.last.row, merge.last.column))])))
        }
        // Trailing empty cells are dropped, as a CSV row has none.
        self.rows = table.map { row in Array(row[..<(row.lastIndex(where: { !$0.isEmpty }).map { $0 + 1 } ?? 0)]) }
        self.issues = issues
    }

    public func sourceRow(_ row: Int) -> Int { row >= 1 && row <= sheetRows.count ? sheetRows[row - 1] : row }

    public func cellName(row: Int, column: Int) -> String {
        let sheetRow = sourceRow(row)
        let sheetColumn = column >= 1 && column <= sheetColumns.count ? sheetColumns[column - 1] : column
        return Self.quoted(sheet) + "!" + Self.name(sheetRow, sheetColumn)
    }

    static func name(_ row: Int, _ column: Int) -> String { CSVTable.columnName(column) + String(row) }

    /// A sheet name as a formula writes it: `'Eget kapital'` when it has more than letters and digits.
    static func quoted(_ name: String) -> String {
        let plain = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "'" + name.replacingQuotes + "'"
    }
}

extension String {
    /// `'` doubled, as inside a quoted sheet name.
    var replacingQuotes: String {
        var out = ""
        for character in self {
            out.append(character)
            if character == "'" { out.append("'") }
        }
        return out
    }
}
