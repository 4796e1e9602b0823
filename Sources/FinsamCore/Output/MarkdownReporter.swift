/// A summary for a pull-request comment: a table of files and counts, then the findings.
public struct MarkdownReporter: Reporter {
    public let name = "markdown"

    public init() {}

    public func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        let sv = options.language == .sv
        let summary = Summary(results)
        out.write("## finsam\n\n")
        out.write(
            sv
                ? "| Fil | Fel | Varningar | Noteringar | Undantagna | Resultat |\n"
                : "| File | Errors | Warnings | Notes | Waived | Result |\n")
        out.write("|---|---:|---:|---:|---:|---|\n")
        for result in results {
            out.write(fileRow(result, options))
        }
        out.write(
            "| **" + (sv ? "Summa" : "Total") + "** | "
                + [summary.errors, summary.warnings, summary.infos, summary.waived]
                .map(String.init).joined(separator: " | ") + " | " + verdict(summary, options) + " |\n")
        guard
            results.contains(where: { result in
                if case .success(let findings) = result.outcome { return !findings.isEmpty }
                return true
            })
        else { return }
        out.write(
            "\n"
                + (sv
                    ? "### Fynd\n\n| | Plats | Regel | Meddelande |\n"
                    : "### Findings\n\n| | Location | Rule | Message |\n"))
        out.write("|---|---|---|---|\n")
        for result in results {
            if case .success(let findings) = result.outcome {
                var messages = MessageRenderer(Catalog(language: options.language, unit: result.unit))
                var writer = RowWriter(options)
                for index in findings.indices { writer.write(findings[index], &messages, out) }
            } else {
                result.forEachEntry(options.language) { Self.row($0, options, out) }
            }
        }
    }

    /// A finding's row in the findings table: the plain way, which ``RowWriter`` must match
    /// byte for byte (a test compares them).
    static func row(_ entry: ReportEntry, _ options: ReportOptions, _ out: ReportOutput) {
        out.write("| ")
        out.write(mark(entry.severity, waived: entry.waiver != nil, options.language))
        out.write(" | ")
        out.write(Self.cell(entry.location.file))
        out.write(":")
        out.write(entry.location.line)
        out.write(" ")
        out.write(Self.code(entry.pointerText))
        out.write(" | ")
        out.write(Self.code(entry.ruleID))
        out.write(" | ")
        out.write(Self.cell(entry.message))
        if let note = entry.waiverNote {
            out.write(" *(")
            out.write(Self.cell(note))
            out.write(")*")
        }
        out.write(" |\n")
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

    static func mark(_ severity: Severity, waived: Bool, _ language: Language) -> String {
        if waived { return "➖ " + (language == .sv ? "undantagen" : "waived") }
        switch severity {
        case .error: return "❌ " + severity.word(language)
        case .warning: return "⚠️ " + severity.word(language)
        case .info: return "ℹ️ " + severity.word(language)
        }
    }

    /// Text safe in a table cell: pipes escaped, line breaks as spaces, no raw HTML.
    static func cell(_ text: String) -> String {
        let plain = text.everyByte { byte in
            switch byte {
            case UInt8(ascii: "|"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "&"):
                return false
            default: return true
            }
        }
        if plain { return text }
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
    static func code(_ text: String) -> String { "`" + codeText(text) + "`" }

    /// The inside of ``code(_:)``'s span: each byte replaced alone, so a text's parts can be
    /// replaced apart.
    static func codeText(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "|") }) { return text }
        return text.replacingOccurrences("`", "'").replacingOccurrences("|", "\\|")
    }
}
