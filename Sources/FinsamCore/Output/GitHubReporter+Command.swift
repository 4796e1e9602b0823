extension GitHubReporter {
    /// Writes a finding's workflow command as ``GitHubReporter/command(_:_:)`` does, its fixed
    /// text in runs made once: the level and file when they change, the title when the rule
    /// does, the pointer's parent when it does; the message escaped as it is written.
    struct CommandWriter {
        private var start = RunCache()
        private var title = RunCache()
        private var pointer = RunCache()
        private let column = FixedRun(",col=")

        /// The finding's command; a waived one (a notice with its note) the plain way.
        mutating func write(_ finding: Finding, _ messages: inout MessageRenderer, _ out: ReportOutput) {
            // Read once: a run's finding makes its place (and words) each time it is asked.
            let location = finding.location
            guard case .none = finding.waiver else {
                return GitHubReporter.command(ReportEntry(finding, messages: &messages), out)
            }
            start.write(GitHubReporter.level(finding.severity), location.file, to: out) { level, file in
                "::" + level + " file=" + GitHubReporter.escapeProperty(file) + ",line="
            }
            out.write(location.line)
            column.write(to: out)
            out.write(location.column)
            title.write(finding.ruleID, to: out) { rule, _ in
                ",title=" + GitHubReporter.escapeProperty("finsam " + rule) + "::"
            }
            messages.write(finding.message, .githubData, to: out)
            let place = location.pointer
            pointer.write(place.head, place.index >= 0 ? "/" : "", to: out) { head, slash in
                " [" + GitHubReporter.escapeData(head.isEmpty && slash.isEmpty ? "/" : head) + slash
            }
            if place.index >= 0 { out.write(place.index) }
            out.write("]\n")
        }
    }

    /// The command's level for a finding that is not waived.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }
}
