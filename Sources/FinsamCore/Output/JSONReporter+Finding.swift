extension JSONReporter {
    /// Writes a finding's object as ``JSONStream`` lays it out, its fixed text in runs made
    /// once: a finding is a few copies, three integers and its escaped message, not thirty
    /// small writes. The parts that repeat from one finding to the next (rule and severity,
    /// the pointer's parent, the message id) are made when they change (``RunCache``).
    struct FindingWriter {
        /// The depth of a finding's members.
        let depth: Int
        private var head = RunCache()
        private var pointer = RunCache()
        private var messageID = RunCache()
        private let column: FixedRun
        private let year: FixedRun
        private let yearNull: FixedRun
        /// No figures and no waiver (most findings): the rest of the object at once.
        private let plainEnd: FixedRun
        private let figures: FixedRun
        private let waiver: FixedRun
        private let close: FixedRun
        /// The comma, line break and indent before every result but the first.
        private let separator: FixedRun

        init(depth: Int) {
            self.depth = depth
            column = FixedRun(JSONLayout.member("column", at: depth))
            year = FixedRun("\"" + JSONLayout.member("year", at: depth))
            yearNull = FixedRun("\"" + JSONLayout.member("year", at: depth) + "null")
            plainEnd = FixedRun(
                "\"" + JSONLayout.member("figures", at: depth) + "{}" + JSONLayout.member("waiver", at: depth) + "null"
                    + JSONLayout.close(at: depth))
            figures = FixedRun("\"" + JSONLayout.member("figures", at: depth))
            waiver = FixedRun(JSONLayout.member("waiver", at: depth))
            close = FixedRun(JSONLayout.close(at: depth))
            separator = FixedRun(JSONLayout.element(at: depth - 1))
        }

        /// The finding's object, the next element of `json`'s innermost array.
        mutating func write(_ finding: Finding, _ messages: inout MessageRenderer, _ json: inout JSONStream) {
            // Read once: a run's finding makes its place (and words) each time it is asked.
            let location = finding.location
            let message = finding.message
            guard json.depth + 1 == depth else { return JSONReporter.finding(finding, &messages, &json) }
            json.element(separator: separator)
            let out = json.out
            let depth = self.depth
            head.write(finding.ruleID, finding.severity.rawValue, to: out) { rule, severity in
                JSONLayout.member("rule", at: depth, first: true) + JSONOutput.quoted(rule)
                    + JSONLayout.member("severity", at: depth) + JSONOutput.quoted(severity)
                    + JSONLayout.member("line", at: depth)
            }
            out.write(location.line)
            column.write(to: out)
            out.write(location.column)
            writePointer(location.pointer, out)
            if let findingYear = finding.year {
                year.write(to: out)
                out.write(findingYear)
            } else {
                yearNull.write(to: out)
            }
            messageID.write(message.id, to: out) { id, _ in
                JSONLayout.member("messageId", at: depth) + JSONOutput.quoted(id)
                    + JSONLayout.member("message", at: depth) + "\""
            }
            messages.write(message, .json, to: out)
            if finding.figures.isEmpty, case .none = finding.waiver { return plainEnd.write(to: out) }
            figures.write(to: out)
            writeFigures(finding.figures, out)
            waiver.write(to: out)
            if let note = finding.waiver {
                var nested = JSONStream(out, memberAt: depth)
                nested.value(JSONReporter.waiver(note, messages.catalog))
            } else {
                out.write("null")
            }
            close.write(to: out)
        }

        /// `"pointer": "…` (up to the closing quote): the parent's text made once, the index written.
        private mutating func writePointer(_ place: JSONPointer, _ out: ReportOutput) {
            let depth = self.depth
            let indexed = place.index >= 0
            pointer.write(place.head, indexed ? "/" : "", to: out) { head, slash in
                JSONLayout.member("pointer", at: depth) + "\"" + Escaping.json.plain(head) + slash
            }
            if indexed { out.write(place.index) }
        }

        private func writeFigures(_ figures: [Figure], _ out: ReportOutput) {
            guard !figures.isEmpty else { return out.write("{}") }
            var nested = JSONStream(out, memberAt: depth)
            nested.openObject()
            for figure in figures {
                nested.key(figure.name)
                nested.value(JSONReporter.value(figure.value))
            }
            nested.close()
        }
    }
}
