/// One thing a report shows, whatever the format: a finding, or the error that stopped a file.
/// Reporters other than text and JSON read these, so every format says the same things.
struct ReportEntry {
    /// The rule id a file that could not be checked is reported under.
    static let inputRuleID = "input"

    let location: Finding.Location
    let severity: Severity
    let ruleID: String
    /// The message in the report's language, amounts in the plan's unit.
    let message: String
    let year: Int?
    let waiver: Waiver?
    /// Why the waiver applies, rendered, when there is one.
    let waiverNote: String?

    /// True when the finding counts towards failing the run at `failOn`.
    func fails(at failOn: Severity) -> Bool { waiver == nil && severity >= failOn }

    /// The pointer as reports print it: the root as `/`.
    var pointerText: String { location.pointer.description.isEmpty ? "/" : location.pointer.description }
}

extension FileResult {
    /// The report entries of this file, in the order the findings are listed.
    func entries(_ language: Language) -> [ReportEntry] {
        var entries: [ReportEntry] = []
        forEachEntry(language) { entries.append($0) }
        return entries
    }

    /// Each report entry of this file in turn, rendered as it is reached: a report of many
    /// findings never holds all their messages at once.
    func forEachEntry(_ language: Language, _ body: (ReportEntry) -> Void) {
        var messages = MessageRenderer(Catalog(language: language, unit: unit))
        switch outcome {
        case .failure(let error):
            body(ReportEntry(error, messages: &messages))
        case .success(let findings):
            for finding in findings { body(ReportEntry(finding, messages: &messages)) }
        }
    }
}

extension ReportEntry {
    /// A finding's entry, its message and waiver rendered.
    init(_ finding: Finding, messages: inout MessageRenderer) {
        let waiver = finding.waiver
        self.init(
            location: finding.location, severity: finding.severity, ruleID: finding.ruleID,
            message: messages.render(finding.message), year: finding.year, waiver: waiver,
            waiverNote: waiver.map { messages.note(of: $0) })
    }

    /// The entry of a file that could not be checked.
    init(_ error: InputError, messages: inout MessageRenderer) {
        self.init(
            location: error.location, severity: .error, ruleID: ReportEntry.inputRuleID,
            message: messages.render(error.message), year: nil, waiver: nil, waiverNote: nil)
    }
}

extension Waiver {
    /// "waived by the board (§ 12, 2026-03-14, until 2026-12-31): reason".
    var note: Message {
        let decision = Message.Argument.text(decision ?? "")
        let reason = Message.Argument.text(reason ?? "")
        guard let expires else { return Message("waiver.applied", [decision, reason]) }
        return Message("waiver.applied_until", [decision, reason, .text(expires.description)])
    }
}

extension Severity {
    /// The severity's word in the report's language.
    func word(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .en): return "error"
        case (.warning, .en): return "warning"
        case (.info, .en): return "note"
        case (.error, .sv): return "fel"
        case (.warning, .sv): return "varning"
        case (.info, .sv): return "notering"
        }
    }
}
