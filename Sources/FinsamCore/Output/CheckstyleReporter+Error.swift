extension CheckstyleReporter {
    /// Writes a finding's `<error …/>` as ``CheckstyleReporter/error(_:_:)`` does, its fixed
    /// text in runs made once: the severity's part when it changes, the pointer's parent when
    /// it does, the rule's part when it does; the message escaped as it is written.
    struct ErrorWriter {
        private var severity = RunCache()
        private var pointer = RunCache()
        private var rule = RunCache()
        private let start = FixedRun("    <error line=\"")
        private let column = FixedRun("\" column=\"")

        /// The finding's element; a waived one the plain way.
        mutating func write(_ finding: Finding, _ messages: inout MessageRenderer, _ out: ReportOutput) {
            // Read once: a run's finding makes its place (and words) each time it is asked.
            let location = finding.location
            guard case .none = finding.waiver else {
                return CheckstyleReporter.error(ReportEntry(finding, messages: &messages), out)
            }
            start.write(to: out)
            out.write(location.line)
            column.write(to: out)
            out.write(location.column)
            self.severity.write(finding.severity.rawValue, to: out) { severity, _ in
                "\" severity=\"" + XMLText.escaped(severity) + "\" message=\""
            }
            messages.write(finding.message, .xmlAttribute, to: out)
            let place = location.pointer
            pointer.write(place.head, place.index >= 0 ? "/" : "", to: out) { head, slash in
                " [" + XMLText.escaped(head.isEmpty && slash.isEmpty ? "/" : head) + slash
            }
            if place.index >= 0 { out.write(place.index) }
            rule.write(finding.ruleID, to: out) { rule, _ in
                "]\" source=\"" + XMLText.escaped("finsam." + rule) + "\"/>\n"
            }
        }
    }
}
