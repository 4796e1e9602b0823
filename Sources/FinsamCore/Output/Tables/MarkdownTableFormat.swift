/// GitHub-flavoured Markdown: a heading and a pipe table per table, totals in bold.
public struct MarkdownTableFormat: TableFormat {
    public let name = "markdown"

    public init() {}

    public func render(_ report: Report, options: TableOptions) -> String {
        let catalog = options.catalog
        var out = "# " + escape(catalog.render(report.title)) + "\n"
        for table in report.tables + report.findingsTables {
            if table.title != report.title { out += "\n## " + escape(catalog.render(table.title)) + "\n" }
            out += "\n"
            out += "| " + table.columns.map { escape(catalog.render($0.title)) }.joined(separator: " | ") + " |\n"
            out += "|" + table.columns.map { $0.numeric ? "---:" : ":---" }.joined(separator: "|") + "|\n"
            for row in table.rows {
                let cells = row.cells.map { cell -> String in
                    let text = escape(CellText.human(cell, options))
                    return row.style == .normal || text.isEmpty ? text : "**" + text + "**"
                }
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            if !table.notes.isEmpty {
                out += "\n" + table.notes.map { "- " + escape(catalog.render($0)) + "\n" }.joined()
            }
        }
        out +=
            "\n"
            + escape(
                catalog.render(
                    options.generated)) + "\n"
        return out
    }

    /// Pipes would end a cell, and a few characters would start Markdown syntax.
    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "<", ">", "[", "]": out += "\\" + String(character)
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
