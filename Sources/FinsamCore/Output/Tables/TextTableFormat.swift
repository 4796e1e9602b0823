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
            return padded.joined(separator: "  ").droppingTrailingSpaces() + "\n"
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

extension String {
    /// The string without spaces at its end, trimmed by bytes: reversing a line by characters
    /// twice took a third of a 1 000-plan report.
    func droppingTrailingSpaces() -> String {
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") {
            end = utf8.index(before: end)
        }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }
}
