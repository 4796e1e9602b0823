extension Finding {
    /// Where a finding's words and place are held: one reference either way, so a finding in a
    /// list is 32 bytes whatever it says.
    enum Content: Sendable {
        /// A finding of its own, as its rule made it.
        case stored(StoredFinding)
        /// One of a rule's run of like findings, worded when asked for.
        case run(FindingRun)
    }
}

/// A finding's words and place, as its rule made it.
final class StoredFinding: Sendable {
    let ruleID: String
    let severity: Severity
    let message: Message
    let location: Finding.Location
    let year: Int?
    let figures: [Figure]

    init(
        ruleID: String, severity: Severity, message: Message, location: Finding.Location, year: Int?, figures: [Figure]
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.year = year
        self.figures = figures
    }
}

/// A rule's findings about many like parts of a plan (each of its initiatives without an end
/// date): one rule, severity, file and year for them all, and for each its item, from which
/// its message and pointer are made when a reporter asks. The findings hold their line and
/// column themselves, found as the rule makes them, in file order.
///
/// A plan with a finding for each of 260 000 initiatives held a message and a location for
/// each, 144 bytes; it now holds 32, and words each one as it is written.
public final class FindingRun: Sendable {
    let ruleID: String
    let severity: Severity
    let file: String
    let year: Int?
    /// The message of item `item`.
    let message: @Sendable (_ item: Int) -> Message
    /// The JSON Pointer of item `item`.
    let pointer: @Sendable (_ item: Int) -> JSONPointer

    init(
        ruleID: String, severity: Severity, file: String, year: Int?,
        message: @escaping @Sendable (Int) -> Message, pointer: @escaping @Sendable (Int) -> JSONPointer
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.file = file
        self.year = year
        self.message = message
        self.pointer = pointer
    }
}
