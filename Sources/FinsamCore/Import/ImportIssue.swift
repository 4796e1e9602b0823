/// Something in the table the import could not place, at a cell (row and column, 1-based), or
/// about the whole table (row and column both 0; never one without the other).
public struct ImportIssue: Sendable, Equatable {
    public let row: Int
    public let column: Int
    public let message: Message
    /// True when nothing can be written at all, even with `--partial` (no header, no years).
    public let fatal: Bool

    /// True when the message is about the whole table, not one cell.
    public var isWholeTable: Bool { row == 0 }

    public init(row: Int, column: Int, _ message: Message, fatal: Bool = false) {
        self.row = row
        self.column = column
        self.message = message
        self.fatal = fatal
    }
}

/// What an import produced: the plan (when one could be made), what was left out, and notes.
public struct ImportResult: Sendable {
    /// The plan as JSON, or nil when a fatal issue stopped the import.
    public let plan: JSONOutput?
    public let issues: [ImportIssue]
    /// Things done that a reader should know (a column not used, the encoding read).
    public let notes: [ImportIssue]
    /// Counts for the summary line: years, members, cost lines.
    public let years: Int
    public let members: Int
    public let costLines: Int
    /// What the import made of each row of the table, in table order (a default, so that a
    /// result made from another one by hand still compiles: pass `placement:` on).
    public internal(set) var placement: [ImportPlacement] = []
    /// The table's unit, for showing figures in messages as the table prints them.
    public internal(set) var unit: AmountUnit = .kr

    /// True when every cell of the table was placed.
    public var complete: Bool { issues.isEmpty }
    public var hasFatal: Bool { issues.contains(where: \.fatal) }
}

/// One amount from the table, with the precision it was printed at.
struct SheetAmount: Sendable {
    let money: Money
    let precision: Money
}
