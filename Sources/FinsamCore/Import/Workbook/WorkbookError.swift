/// Why a workbook cannot be read: the part of the package (a ZIP entry, or the archive itself
/// when empty) and a message. Every hostile or broken workbook ends here, never in a trap.
public struct WorkbookError: Error, Sendable, Equatable {
    /// The ZIP entry the problem is in (`xl/worksheets/sheet1.xml`), or "" for the archive.
    public let part: String
    public let message: Message

    public init(part: String = "", _ message: Message) {
        self.part = part
        self.message = message
    }

    /// The same error, said to be in `part` (an inflater or XML error learns its entry here).
    func inPart(_ name: String) -> WorkbookError { WorkbookError(part: name, message) }
}
