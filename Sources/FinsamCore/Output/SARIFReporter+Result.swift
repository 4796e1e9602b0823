extension SARIFReporter {
    /// Writes a finding's result as ``JSONStream`` lays it out (``SARIFReporter/result``), its
    /// fixed text in runs made once: the rule's part (id, index, level) when the rule or
    /// severity changes, the location's when the file does, the pointer's parent when it does.
    struct ResultWriter {
        /// The depth of a result's members.
        let depth: Int
        let uri: String
        let ruleIndex: [String: Int]
        private var head = RunCache()
        private var pointerName = RunCache()
        private var pointerProperty = RunCache()
        private let location: FixedRun
        private let column: FixedRun
        private let locationEnd: FixedRun
        private let year: FixedRun
        private let close: FixedRun
        /// The comma, line break and indent before every result but the first.
        private let separator: FixedRun
        /// The pointer's closing quote and the ends of the properties and the result.
        private let closeQuoted: FixedRun

        init(depth d: Int, uri: String, ruleIndex: [String: Int]) {
            (depth, self.uri, self.ruleIndex) = (d, uri, ruleIndex)
            location = FixedRun(
                "\"" + JSONLayout.close(at: d + 1) + JSONLayout.member("locations", at: d)
                    + JSONLayout.element(at: d + 1, first: true)
                    + JSONLayout.member("physicalLocation", at: d + 2, first: true)
                    + JSONLayout.member("artifactLocation", at: d + 3, first: true)
                    + JSONLayout.member("uri", at: d + 4, first: true) + JSONOutput.quoted(uri)
                    + JSONLayout.close(at: d + 4) + JSONLayout.member("region", at: d + 3)
                    + JSONLayout.member("startLine", at: d + 4, first: true))
            column = FixedRun(JSONLayout.member("startColumn", at: d + 4))
            locationEnd = FixedRun(
                "\"" + JSONLayout.close(at: d + 4) + JSONLayout.closeArray(at: d + 3) + JSONLayout.close(at: d + 2)
                    + JSONLayout.closeArray(at: d + 1))
            year = FixedRun("\"" + JSONLayout.member("year", at: d + 1))
            close = FixedRun(JSONLayout.close(at: d + 1) + JSONLayout.close(at: d))
            separator = FixedRun(JSONLayout.element(at: d - 1))
            closeQuoted = FixedRun("\"" + JSONLayout.close(at: d + 1) + JSONLayout.close(at: d))
        }

        /// The finding's result, the next element of `json`'s innermost array.
        mutating func write(_ finding: Finding, _ messages: inout MessageRenderer, _ json: inout JSONStream) {
            // Read once: a run's finding makes its place (and words) each time it is asked.
            let findingLocation = finding.location
            guard json.depth + 1 == depth, case .none = finding.waiver else {
                let entry = ReportEntry(finding, messages: &messages)
                return SARIFReporter.result(entry, uri: uri, ruleIndex: ruleIndex[entry.ruleID], &json)
            }
            json.element(separator: separator)
            let (out, d, ruleIndex) = (json.out, depth, self.ruleIndex)
            head.write(finding.ruleID, SARIFReporter.level(finding.severity), to: out) { rule, level in
                JSONLayout.member("ruleId", at: d, first: true) + JSONOutput.quoted(rule)
                    + (ruleIndex[rule].map { JSONLayout.member("ruleIndex", at: d) + String($0) } ?? "")
                    + JSONLayout.member("level", at: d) + JSONOutput.quoted(level) + JSONLayout.member("message", at: d)
                    + JSONLayout.member("text", at: d + 1, first: true) + "\""
            }
            messages.write(finding.message, .json, to: out)
            location.write(to: out)
            out.write(findingLocation.line)
            column.write(to: out)
            out.write(findingLocation.column)
            let place = findingLocation.pointer
            let slash = place.index >= 0 ? "/" : ""
            pointerName.write(place.head, slash, to: out) { head, slash in
                JSONLayout.close(at: d + 4) + JSONLayout.close(at: d + 3)
                    + JSONLayout.member("logicalLocations", at: d + 2) + JSONLayout.element(at: d + 3, first: true)
                    + JSONLayout.member("fullyQualifiedName", at: d + 4, first: true) + "\""
                    + Escaping.json.plain(head.isEmpty && slash.isEmpty ? "/" : head) + slash
            }
            if place.index >= 0 { out.write(place.index) }
            locationEnd.write(to: out)
            pointerProperty.write(place.head, slash, to: out) { head, slash in
                JSONLayout.member("properties", at: d) + JSONLayout.member("jsonPointer", at: d + 1, first: true) + "\""
                    + Escaping.json.plain(head) + slash
            }
            if place.index >= 0 { out.write(place.index) }
            guard let findingYear = finding.year else { return closeQuoted.write(to: out) }
            year.write(to: out)
            out.write(findingYear)
            close.write(to: out)
        }
    }
}
