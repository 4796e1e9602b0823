/// `finsam diff`'s default output: a heading per year and initiative, one changed figure a
/// line (`before → after (change)`), then the findings introduced (`+`) and resolved (`-`).
public struct DiffTextReporter: DiffReporter {
    public let name = "text"

    public init() {}

    public func report(_ diff: PlanDiff, options: DiffOptions) -> String {
        let words = DiffWords(options, unit: diff.unit)
        var out = words.catalog.render(Message("diff.title", [.text(diff.oldFile), .text(diff.newFile)])) + "\n"
        guard !diff.isEmpty else { return out + words.catalog.render(Message("diff.nothing")) + "\n" }
        for group in diff.years { out += "\n" + section(group, words, indent: "") }
        if !diff.initiatives.isEmpty {
            out += "\n" + words.catalog.render(Message("diff.initiatives")) + "\n"
            for group in diff.initiatives { out += section(group, words, indent: "  ") }
        }
        out += findings("diff.findings_introduced", "+", diff.introduced, words)
        out += findings("diff.findings_resolved", "-", diff.resolved, words)
        return out + "\n" + words.summary(diff) + "\n"
    }

    private func section(_ group: PlanDiff.GroupChange, _ words: DiffWords, indent: String) -> String {
        var out = indent + words.title(group) + "\n"
        for change in group.changes {
            out +=
                indent + "  " + words.catalog.render(change.label) + ": " + words.value(change.old) + " → "
                + words.value(change.new)
            if let delta = words.delta(change) { out += " (" + delta + ")" }
            out += "\n"
        }
        return out
    }

    private func findings(_ heading: String, _ mark: String, _ findings: [Finding], _ words: DiffWords) -> String {
        guard !findings.isEmpty else { return "" }
        var out = "\n" + words.catalog.render(Message(heading)) + "\n"
        for finding in findings { out += "  " + mark + " " + words.finding(finding) + "\n" }
        return out
    }
}
