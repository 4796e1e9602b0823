/// `finsam diff --format markdown`: a pull-request comment, as Infracost comments a change's
/// cost. A table per year and initiative (figure, before, after, change), then the findings.
/// It starts with a hidden marker, so a CI job can find its earlier comment and update it.
public struct DiffMarkdownReporter: DiffReporter {
    public let name = "markdown"
    /// The first line of every comment: how a CI job recognises its own.
    public static let marker = "<!-- finsam-diff -->"

    public init() {}

    public func report(_ diff: PlanDiff, options: DiffOptions) -> String {
        let words = DiffWords(options, unit: diff.unit)
        let render: (Message) -> String = words.catalog.render
        var out =
            Self.marker + "\n### "
            + render(
                Message(
                    "diff.title",
                    [
                        .text(MarkdownReporter.code(diff.oldFile)),
                        .text(MarkdownReporter.code(diff.newFile)),
                    ])) + "\n\n"
        guard !diff.isEmpty else { return out + render(Message("diff.nothing")) + "\n" }
        out += "**" + words.summary(diff) + "**\n"
        for group in diff.years { out += "\n" + table(group, words, heading: "####") }
        if !diff.initiatives.isEmpty {
            out += "\n#### " + render(Message("diff.initiatives")) + "\n"
            for group in diff.initiatives { out += "\n" + table(group, words, heading: "#####") }
        }
        out += findings("diff.findings_introduced", diff.introduced, words)
        out += findings("diff.findings_resolved", diff.resolved, words)
        return out
    }

    private func table(_ group: PlanDiff.GroupChange, _ words: DiffWords, heading: String) -> String {
        let render: (Message) -> String = words.catalog.render
        var out = heading + " " + MarkdownReporter.cell(words.title(group)) + "\n\n"
        out +=
            "| "
            + [
                render(Message("diff.figure")), render(Message("diff.before")), render(Message("diff.after")),
                render(Message("diff.change")),
            ].joined(separator: " | ") + " |\n"
        out += "|---|---:|---:|---:|\n"
        for change in group.changes {
            let cells = [
                render(change.label), words.value(change.old), words.value(change.new), words.delta(change) ?? "",
            ]
            out += "| " + cells.map(MarkdownReporter.cell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func findings(_ heading: String, _ findings: [Finding], _ words: DiffWords) -> String {
        guard !findings.isEmpty else { return "" }
        var out = "\n#### " + words.catalog.render(Message(heading)) + "\n\n"
        for finding in findings { out += "- " + MarkdownReporter.cell(words.finding(finding)) + "\n" }
        return out
    }
}
