/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request,
/// `::error file=plan.json,line=25,col=21,title=finsam funding_split::message`.
public struct GitHubReporter: Reporter {
    public let name = "github"

    public init() {}

    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        var out = ""
        for result in results {
            for entry in result.entries(options.language) {
                out += command(entry)
            }
        }
        let summary = Summary(results)
        out +=
            "finsam: files \(summary.files), errors \(summary.errors), warnings \(summary.warnings), "
            + "notes \(summary.infos), waived \(summary.waived), invalid \(summary.invalid)\n"
        return out
    }

    /// One annotation. A waived finding is a notice, so it shows without failing anything.
    private func command(_ entry: ReportEntry) -> String {
        let level: String
        var title = "finsam " + entry.ruleID
        var message = entry.message
        if let note = entry.waiverNote {
            level = "notice"
            title += " (waived)"
            message += "\n" + note
        } else {
            switch entry.severity {
            case .error: level = "error"
            case .warning: level = "warning"
            case .info: level = "notice"
            }
        }
        let properties = [
            ("file", entry.location.file), ("line", String(entry.location.line)),
            ("col", String(entry.location.column)), ("title", title),
        ]
        let pointer = entry.location.pointer.description.isEmpty ? "/" : entry.location.pointer.description
        return "::" + level + " " + properties.map { $0.0 + "=" + Self.escapeProperty($0.1) }.joined(separator: ",")
            + "::" + Self.escapeData(message + " [" + pointer + "]") + "\n"
    }

    /// The message part: `%`, CR and LF are encoded so the command stays on one line.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as the message, and also `:` and `,`, which end a property.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(":", "%3A").replacingOccurrences(",", "%2C")
    }
}
