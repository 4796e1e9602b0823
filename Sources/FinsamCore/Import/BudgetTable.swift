/// What ``BudgetImporter`` reads: rows of text cells (row 1, column 1 is `rows[0][0]`) and how
/// the source names a cell in a message. A CSV file and a workbook's sheet are both one, so
/// there is one importer and two table readers.
public protocol BudgetTable: Sendable {
    var rows: [[String]] { get }
    /// The cell at a 1-based row and column of `rows`, as the user finds it: `B7` in a CSV file,
    /// `Budget!B7` in a workbook.
    func cellName(row: Int, column: Int) -> String
}

extension CSVTable: BudgetTable {
    public func cellName(row: Int, column: Int) -> String { Self.columnName(column) + String(row) }
}
