/// Comma-separated values (RFC 4180, CRLF line ends) for spreadsheets.
///
/// With `--lang sv` it is written for Swedish Excel: semicolons between fields, decimal comma,
/// and UTF-8 with a byte order mark so Excel reads å, ä, ö. With `--lang en`: commas, decimal
/// point, no mark. Numbers are plain (no grouping, no unit); the unit is in the column's head,
/// e.g. `Tak (kr)`. A report of several tables writes each with its own head row, separated by
/// an empty line.
public struct CSVTableFormat: TableFormat {
    public let name = "csv"

    public init() {}

    public func render(_ report: Report, options: TableOptions) -> String {
        let separator = options.language == .sv ? ";" : ","
        var out = options.language == .sv ? "\u{FEFF}" : ""
        for (index, table) in report.tables.enumerated() {
            if index > 0 { out += "\r\n" }
            let header = table.columns.enumerated().map { position, column in
                let title = options.catalog.render(column.title)
                guard let unit = CellText.columnUnit(table, position, options), !title.contains("%") else {
                    return title
                }
                return title + " (" + unit + ")"
            }
            out += header.map { field($0, separator) }.joined(separator: separator) + "\r\n"
            for row in table.rows {
                out +=
                    row.cells.map { field(CellText.plain($0, options), separator) }.joined(separator: separator)
                    + "\r\n"
            }
        }
        return out
    }

    /// A field, quoted when it holds the separator, a quote or a line break.
    private func field(_ text: String, _ separator: String) -> String {
        let needsQuotes = text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("\r")
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
