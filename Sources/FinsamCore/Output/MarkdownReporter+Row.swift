extension MarkdownReporter {
    /// Writes a finding's table row as ``MarkdownReporter/row(_:_:_:)`` does, its fixed text
    /// in runs made once: the mark and file when they change, the pointer's parent when it
    /// does, the rule's cell when it does; the message escaped as it is written.
    struct RowWriter {
        let options: ReportOptions
        private var start = RunCache()
        private var pointer = RunCache()
        private var rule = RunCache()

        init(_ options: ReportOptions) { self.options = options }

        /// The finding's row; a waived one the plain way.
        mutating func write(_ finding: Finding, _ messages: inout MessageRenderer, _ out: ReportOutput) {
            // Read once: a run's finding makes its place (and words) each time it is asked.
            let location = finding.location
            guard case .none = finding.waiver else {
                return MarkdownReporter.row(ReportEntry(finding, messages: &messages), options, out)
            }
            let language = options.language
            start.write(finding.severity.rawValue, location.file, to: out) { _, file in
                "| " + MarkdownReporter.mark(finding.severity, waived: false, language) + " | "
                    + MarkdownReporter.cell(file) + ":"
            }
            out.write(location.line)
            let place = location.pointer
            pointer.write(place.head, place.index >= 0 ? "/" : "", to: out) { head, slash in
                " `" + MarkdownReporter.codeText(head.isEmpty && slash.isEmpty ? "/" : head) + slash
            }
            if place.index >= 0 { out.write(place.index) }
            rule.write(finding.ruleID, to: out) { rule, _ in "` | " + MarkdownReporter.code(rule) + " | " }
            messages.write(finding.message, .markdownCell, to: out)
            out.write(" |\n")
        }
    }
}
