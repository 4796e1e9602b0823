/// Checkstyle XML, which many CI servers and review tools read: one `<file>` per input, one
/// `<error>` per finding. A waived finding has severity `ignore` and says why.
public struct CheckstyleReporter: Reporter {
    public let name = "checkstyle"

    public init() {}

    public func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        out.write(XMLText.declaration + "<checkstyle version=\"4.3\">\n")
        for result in results {
            out.write("  <file")
            XMLText.writeAttribute("name", result.file, to: out)
            out.write(">\n")
            if case .success(let findings) = result.outcome {
                var messages = MessageRenderer(Catalog(language: options.language, unit: result.unit))
                var writer = ErrorWriter()
                for index in findings.indices { writer.write(findings[index], &messages, out) }
            } else {
                result.forEachEntry(options.language) { Self.error($0, out) }
            }
            out.write("  </file>\n")
        }
        out.write("</checkstyle>\n")
    }

    /// An entry's element written attribute by attribute: the plain way, which ``ErrorWriter``
    /// must match byte for byte (a test compares them); used for waived findings and files
    /// not checked.
    static func error(_ entry: ReportEntry, _ out: ReportOutput) {
        let severity: String
        if entry.waiver != nil {
            severity = "ignore"
        } else {
            switch entry.severity {
            case .error: severity = "error"
            case .warning: severity = "warning"
            case .info: severity = "info"
            }
        }
        var message = entry.message + " [" + entry.pointerText + "]"
        if let note = entry.waiverNote { message += " (" + note + ")" }
        out.write("    <error")
        XMLText.writeAttribute("line", String(entry.location.line), to: out)
        XMLText.writeAttribute("column", String(entry.location.column), to: out)
        XMLText.writeAttribute("severity", severity, to: out)
        XMLText.writeAttribute("message", message, to: out)
        XMLText.writeAttribute("source", "finsam." + entry.ruleID, to: out)
        out.write("/>\n")
    }
}
