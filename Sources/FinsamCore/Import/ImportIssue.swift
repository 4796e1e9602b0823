/// Something in the table the import could not place, at a row and column (1-based; 0 where
/// it is about the whole table).
public struct ImportIssue: Sendable, Equatable {
    public let row: Int
    public let column: Int
    public let message: Message
    /// True when nothing can be written at all, even with `--partial` (no header, no years).
    public let fatal: Bool

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

    /// True when every cell of the table was placed.
    public var complete: Bool { issues.isEmpty }
    public var hasFatal: Bool { issues.contains(where: \.fatal) }
}

/// One amount from the table, with the precision it was printed at.
struct SheetAmount: Sendable {
    let money: Money
    let precision: Money
}
