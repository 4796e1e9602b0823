/// What ``BudgetImporter`` reads: rows of text cells (row 1, column 1 is `rows[0][0]`) and how
/// the source names a cell in a message. A CSV file and a workbook's sheet are both one, so
/// there is one importer and two table readers.
public protocol BudgetTable: Sendable {
    var rows: [[String]] { get }
    /// The cell at a 1-based row and column of `rows`, as the user finds it: `B7` in a CSV file,
    /// `Budget!B7` in a workbook.
    func cellName(row: Int, column: Int) -> String
    /// The number the user sees for a row of `rows` (1-based): the same in a CSV file, the
    /// sheet's own row in a workbook, whose empty rows the table leaves out.
    func sourceRow(_ row: Int) -> Int
}

extension CSVTable: BudgetTable {
    public func cellName(row: Int, column: Int) -> String { Self.columnName(column) + String(row) }
    public func sourceRow(_ row: Int) -> Int { row }
}
