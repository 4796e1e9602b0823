/// Compiler-style lines, one per finding: `plan.json:12:5: error[equity_cap]: … [/years/0]`.
public struct TextReporter: Reporter {
    public let name = "text"

    public init() {}

    public func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        writeLines(results, options: options, to: out)
        out.write(summaryLine(Summary(results), options.language))
        out.write("\n")
    }

    /// The findings' lines alone, without the summary line.
    public func lines(_ results: [FileResult], options: ReportOptions) -> String {
        ReportOutput.collecting { writeLines(results, options: options, to: $0) }
    }

    private func writeLines(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        for result in results {
            let catalog = Catalog(language: options.language, unit: result.unit)
            switch result.outcome {
            case .failure(let error):
                var messages = MessageRenderer(catalog)
                var heads = LineHeads(colour: options.colour)
                line(error.location, .error, "input", error.message, nil, &messages, &heads, out)
            case .success(let findings):
                options.batches.write(findings.count, parallelism: options.parallelism, to: out) { range, out in
                    writeLines(findings[range], catalog, colour: options.colour, to: out)
                }
            }
        }
    }

    /// The lines of a run of a file's findings.
    private func writeLines(_ findings: ArraySlice<Finding>, _ catalog: Catalog, colour: Bool, to out: ReportOutput) {
        var messages = MessageRenderer(catalog)
        var heads = LineHeads(colour: colour)
        // Read in place through the buffer: a slice's element read for each field was copied
        // whole first (its references counted up and down), a tenth of writing a line.
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                let note = findings[index].withWaiver { messages.note(of: $0) }
                line(
                    findings[index].location, findings[index].severity, findings[index].ruleID,
                    findings[index].message, note, &messages, &heads, out)
            }
        }
    }

    /// One line; the message is written straight out, as text needs no escaping.
    private func line(
        _ location: Finding.Location, _ severity: Severity, _ id: String, _ message: Message, _ note: String?,
        _ messages: inout MessageRenderer, _ heads: inout LineHeads, _ out: ReportOutput
    ) {
        heads.file.write(location.file, to: out) { file, _ in file + ":" }
        out.write(location.line)
        out.write(byte: UInt8(ascii: ":"))
        out.write(location.column)
        out.write(heads.head(severity, id))
        messages.write(message, to: out)
        if let note {
            out.write(" (")
            out.write(note)
            out.write(")")
        }
        let place = location.pointer
        heads.pointer.write(place.head, place.index >= 0 ? "/" : "", to: out) { head, slash in
            " [" + (head.isEmpty && slash.isEmpty ? "/" : head) + slash
        }
        if place.index >= 0 { out.write(place.index) }
        out.write("]\n")
    }

    /// The fixed parts of a file's lines, made when they change (a plan's findings come in long
    /// runs of one rule): `plan.json:`, `: warning[rule]: `, and ` [/parent/` of the pointer.
    private struct LineHeads {
        let colour: Bool
        var file = RunCache()
        var pointer = RunCache()
        private var last: (id: String, severity: Severity, head: String)?

        init(colour: Bool) { self.colour = colour }

        mutating func head(_ severity: Severity, _ id: String) -> String {
            if let last, last.id == id, last.severity == severity { return last.head }
            let head = ": " + TextReporter.styled(severity, colour) + "[" + id + "]: "
            last = (id, severity, head)
            return head
        }
    }

    private static func styled(_ severity: Severity, _ colour: Bool) -> String {
        guard colour else { return severity.rawValue }
        let code: String
        switch severity {
        case .error: code = "1;31"
        case .warning: code = "1;33"
        case .info: code = "1;36"
        }
        return "\u{1B}[" + code + "m" + severity.rawValue + "\u{1B}[0m"
    }

    private func summaryLine(_ summary: Summary, _ language: Language) -> String {
        func count(_ n: Int, _ en: (String, String), _ sv: (String, String)) -> String {
            let words = language == .sv ? sv : en
            return String(n) + " " + (n == 1 ? words.0 : words.1)
        }
        var parts = [
            count(summary.files, ("file checked", "files checked"), ("fil kontrollerad", "filer kontrollerade")),
            count(summary.errors, ("error", "errors"), ("fel", "fel")),
            count(summary.warnings, ("warning", "warnings"), ("varning", "varningar")),
            count(summary.infos, ("note", "notes"), ("notering", "noteringar")),
        ]
        if summary.waived > 0 {
            parts.append(count(summary.waived, ("waived", "waived"), ("undantagen", "undantagna")))
        }
        if summary.invalid > 0 {
            parts.append(
                count(summary.invalid, ("file unreadable", "files unreadable"), ("fil oläslig", "filer oläsliga")))
        }
        return parts.joinedPlainly(separator: ", ")
    }
}
