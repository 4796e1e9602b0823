/// Checkstyle XML, which many CI servers and review tools read: one `<file>` per input, one
/// `<error>` per finding. A waived finding has severity `ignore` and says why.
public struct CheckstyleReporter: Reporter {
    public let name = "checkstyle"

    public init() {}

    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        var out = XMLText.declaration + "<checkstyle version=\"4.3\">\n"
        for result in results {
            out += "  <file " + XMLText.attribute("name", result.file) + ">\n"
            for entry in result.entries(options.language) {
                out += "    " + error(entry) + "\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }

    private func error(_ entry: ReportEntry) -> String {
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
        let pointer = entry.location.pointer.description.isEmpty ? "/" : entry.location.pointer.description
        var message = entry.message + " [" + pointer + "]"
        if let note = entry.waiverNote { message += " (" + note + ")" }
        return "<error "
            + [
                XMLText.attribute("line", String(entry.location.line)),
                XMLText.attribute("column", String(entry.location.column)),
                XMLText.attribute("severity", severity),
                XMLText.attribute("message", message),
                XMLText.attribute("source", "finsam." + entry.ruleID),
            ].joined(separator: " ") + "/>"
    }
}
