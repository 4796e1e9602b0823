/// A summary for a pull-request comment: a table of files and counts, then the findings.
public struct MarkdownReporter: Reporter {
    public let name = "markdown"

    public init() {}

    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        let sv = options.language == .sv
        let summary = Summary(results)
        var out = "## finsam\n\n"
        out +=
            sv
            ? "| Fil | Fel | Varningar | Noteringar | Undantagna | Resultat |\n"
            : "| File | Errors | Warnings | Notes | Waived | Result |\n"
        out += "|---|---:|---:|---:|---:|---|\n"
        for result in results {
            out += fileRow(result, options)
        }
        out +=
            "| **" + (sv ? "Summa" : "Total") + "** | "
            + [summary.errors, summary.warnings, summary.infos, summary.waived]
            .map(String.init).joined(separator: " | ") + " | " + verdict(summary, options) + " |\n"
        let entries = results.flatMap { $0.entries(options.language) }
        guard !entries.isEmpty else { return out }
        out +=
            "\n"
            + (sv
                ? "### Fynd\n\n| | Plats | Regel | Meddelande |\n"
                : "### Findings\n\n| | Location | Rule | Message |\n")
        out += "|---|---|---|---|\n"
        for entry in entries {
            let pointer = entry.location.pointer.description.isEmpty ? "/" : entry.location.pointer.description
            let place = Self.cell(entry.location.file) + ":" + String(entry.location.line) + " " + Self.code(pointer)
            var message = Self.cell(entry.message)
            if let note = entry.waiverNote { message += " *(" + Self.cell(note) + ")*" }
            out +=
                "| " + mark(entry, options) + " | " + place + " | " + Self.code(entry.ruleID) + " | " + message + " |\n"
        }
        return out
    }

    private func fileRow(_ result: FileResult, _ options: ReportOptions) -> String {
        let one = Summary([result])
        return "| " + Self.cell(result.file) + " | "
            + [one.errors, one.warnings, one.infos, one.waived]
            .map(String.init).joined(separator: " | ") + " | " + verdict(one, options) + " |\n"
    }

    private func verdict(_ summary: Summary, _ options: ReportOptions) -> String {
        let sv = options.language == .sv
        if summary.invalid > 0 { return sv ? "❌ ogiltig" : "❌ invalid" }
        if summary.fails(at: options.failOn) { return sv ? "❌ underkänd" : "❌ fails" }
        return sv ? "✅ godkänd" : "✅ passes"
    }

    private func mark(_ entry: ReportEntry, _ options: ReportOptions) -> String {
        if entry.waiver != nil { return "➖ " + (options.language == .sv ? "undantagen" : "waived") }
        switch entry.severity {
        case .error: return "❌ " + entry.severity.word(options.language)
        case .warning: return "⚠️ " + entry.severity.word(options.language)
        case .info: return "ℹ️ " + entry.severity.word(options.language)
        }
    }

    /// Text safe in a table cell: pipes escaped, line breaks as spaces, no raw HTML.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A code span; backticks inside become quotes, since a span cannot hold its own delimiter simply.
    static func code(_ text: String) -> String {
        "`" + text.replacingOccurrences("`", "'").replacingOccurrences("|", "\\|") + "`"
    }
}
