/// Aligned columns for a terminal: numbers to the right, text to the left.
public struct TextTableFormat: TableFormat {
    public let name = "text"

    public init() {}

    public func render(_ report: Report, options: TableOptions) -> String {
        var out = options.catalog.render(report.title) + "\n"
        for table in report.tables {
            out += "\n" + render(table, options, showTitle: table.title != report.title)
        }
        out += "\n" + options.catalog.render(Message("report.generated", [.text(FinsamVersion.current), .text(options.unit.rawValue)])) + "\n"
        return out
    }

    func render(_ table: Table, _ options: TableOptions, showTitle: Bool) -> String {
        let catalog = options.catalog
        let header = table.columns.map { catalog.render($0.title) }
        let body = table.rows.map { row in row.cells.map { CellText.human($0, options) } }
        var widths = header.map(\.count)
        for cells in body {
            for (index, text) in cells.enumerated() where index < widths.count { widths[index] = max(widths[index], text.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = zip(zip(cells, widths), table.columns).map { pair, column in
                pair.0.padded(to: pair.1, right: column.numeric)
            }
            return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()) + "\n"
        }
        var out = showTitle ? catalog.render(table.title) + "\n\n" : ""
        out += line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for (row, cells) in zip(table.rows, body) {
            if row.style == .total { out += line(widths.map { String(repeating: "-", count: $0) }) }
            out += line(cells)
        }
        if !table.notes.isEmpty {
            out += "\n" + table.notes.map { catalog.render($0) + "\n" }.joined()
        }
        return out
    }
}
