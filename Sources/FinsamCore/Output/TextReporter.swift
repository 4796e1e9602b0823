/// Compiler-style lines, one per finding: `plan.json:12:5: error[equity_cap]: … [/years/0]`.
public struct TextReporter: Reporter {
    public let name = "text"

    public init() {}

    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        lines(results, options: options) + summaryLine(Summary(results), options.language) + "\n"
    }

    /// The findings' lines alone, without the summary line.
    public func lines(_ results: [FileResult], options: ReportOptions) -> String {
        var out = ""
        for result in results {
            let catalog = Catalog(language: options.language, unit: result.unit)
            switch result.outcome {
            case .failure(let error):
                out += line(error.location, .error, "input", catalog.render(error.message), options)
            case .success(let findings):
                for finding in findings {
                    var text = catalog.render(finding.message)
                    if let waiver = finding.waiver { text += " (" + catalog.render(waiver.note) + ")" }
                    out += line(finding.location, finding.severity, finding.ruleID, text, options)
                }
            }
        }
        return out
    }

    private func line(
        _ location: Finding.Location, _ severity: Severity, _ id: String, _ text: String, _ options: ReportOptions
    ) -> String {
        let place = location.file + ":" + String(location.line) + ":" + String(location.column)
        let pointer = location.pointer.description.isEmpty ? "/" : location.pointer.description
        return place + ": " + styled(severity, options) + "[" + id + "]: " + text + " [" + pointer + "]\n"
    }

    private func styled(_ severity: Severity, _ options: ReportOptions) -> String {
        guard options.colour else { return severity.rawValue }
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
