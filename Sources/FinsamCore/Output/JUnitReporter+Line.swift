extension JUnitReporter {
    /// A rule's findings: the file's findings and the positions of the rule's, read in place
    /// (a lazy map copied each finding out on every pass).
    struct RuleFindings {
        let findings: [Finding]
        let members: ArraySlice<Int>
    }

    /// Writes a finding's line as ``JUnitReporter/writeLine(_:_:_:)`` does, its fixed text in
    /// runs made once: the severity's part when it changes, the pointer's parent when it does;
    /// the message escaped as it is written.
    struct LineWriter {
        private var severity = RunCache()
        private var pointer = RunCache()

        /// The finding's line; a waived one (with its note) the plain way.
        mutating func write(_ finding: Finding, _ messages: inout MessageRenderer, _ out: ReportOutput) {
            // Read once: a run's finding makes its place (and words) each time it is asked.
            let location = finding.location
            guard case .none = finding.waiver else { return JUnitReporter.writeLine(finding, &messages, out) }
            out.write(location.line)
            out.write(byte: UInt8(ascii: ":"))
            out.write(location.column)
            severity.write(finding.severity.rawValue, to: out) { severity, _ in
                ": " + XMLText.escaped(severity, inAttribute: false) + ": "
            }
            messages.write(finding.message, .xmlContent, to: out)
            let place = location.pointer
            pointer.write(place.head, place.index >= 0 ? "/" : "", to: out) { head, slash in
                " [" + XMLText.escaped(head.isEmpty && slash.isEmpty ? "/" : head, inAttribute: false) + slash
            }
            if place.index >= 0 { out.write(place.index) }
            out.write("]\n")
        }
    }
}
