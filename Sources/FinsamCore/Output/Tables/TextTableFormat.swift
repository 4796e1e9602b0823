/// Aligned columns for a terminal: numbers to the right, text to the left.
public struct TextTableFormat: TableFormat {
    public let name = "text"

    public init() {}

    public func render(_ report: Report, options: TableOptions) -> String {
        var out = options.catalog.render(report.title) + "\n"
        for table in report.tables {
            out += "\n" + render(table, options, showTitle: table.title != report.title)
        }
        out +=
            "\n"
            + options.catalog.render(
                options.generated) + "\n"
        // The findings as `finsam validate` prints them, after the table.
        if !report.findings.isEmpty {
            out += "\n" + TextReporter().report(report.findings, options: ReportOptions(language: options.language))
        }
        return out
    }

    /// One table: a header, a rule of dashes, the rows (a rule above each total), the notes.
    ///
    /// Written as bytes into one buffer, with widths counted once per cell: building each line
    /// from padded `String`s and joining them was a seventh of a 1 000-plan report.
    func render(_ table: Table, _ options: TableOptions, showTitle: Bool) -> String {
        let catalog = options.catalog
        var labels = LabelCache(catalog: catalog)
        let header = table.columns.map { catalog.render($0.title) }
        let body = table.rows.map { row in row.cells.map { labels.text($0, options) } }
        let headerWidths = header.map(\.characterCount)
        let bodyWidths = body.map { cells in cells.map(\.characterCount) }
        var widths = headerWidths
        for cells in bodyWidths {
            for (index, width) in cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], width)
            }
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        var lines = AlignedLines(widths: widths, rightAligned: table.columns.map(\.numeric))
        if showTitle { lines.append(text: catalog.render(table.title) + "\n\n") }
        lines.append(header, headerWidths)
        lines.append(rule, widths)
        for (row, (cells, cellWidths)) in zip(table.rows, zip(body, bodyWidths)) {
            if row.style == .total { lines.append(rule, widths) }
            lines.append(cells, cellWidths)
        }
        if !table.notes.isEmpty {
            lines.append(text: "\n" + table.notes.map { catalog.render($0) + "\n" }.joined())
        }
        return lines.text
    }
}

/// Lines of cells padded to their column's width and joined by two spaces, as UTF-8 bytes.
struct AlignedLines {
    let widths: [Int]
    let rightAligned: [Bool]
    private var bytes: [UInt8] = []

    init(widths: [Int], rightAligned: [Bool]) {
        self.widths = widths
        self.rightAligned = rightAligned
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(text: String) { bytes.append(contentsOf: text.utf8) }

    /// One line of `cells` (each `cellWidths` characters wide), without trailing spaces.
    mutating func append(_ cells: [String], _ cellWidths: [Int]) {
        let start = bytes.count
        let space = UInt8(ascii: " ")
        for index in 0..<min(cells.count, cellWidths.count, widths.count, rightAligned.count) {
            if index > 0 { bytes.append(contentsOf: [space, space]) }
            let fill = max(0, widths[index] - cellWidths[index])
            if rightAligned[index] {
                bytes.append(contentsOf: repeatElement(space, count: fill))
                bytes.append(contentsOf: cells[index].utf8)
            } else {
                bytes.append(contentsOf: cells[index].utf8)
                bytes.append(contentsOf: repeatElement(space, count: fill))
            }
        }
        while bytes.count > start, bytes.last == space { bytes.removeLast() }
        bytes.append(UInt8(ascii: "\n"))
    }
}

/// Cells as text for people, with labels without arguments rendered once per table: a report
/// over many plans repeats the same few statuses on every row.
struct LabelCache {
    let catalog: Catalog
    private var rendered: [String: String] = [:]

    init(catalog: Catalog) { self.catalog = catalog }

    mutating func text(_ cell: Cell, _ options: TableOptions) -> String {
        guard case .label(let message) = cell, message.arguments.isEmpty else { return CellText.human(cell, options) }
        if let text = rendered[message.id] { return text }
        let text = CellText.human(cell, options)
        rendered[message.id] = text
        return text
    }
}

extension String {
    /// The number of characters (grapheme clusters), as `count` gives it, without walking the
    /// characters when the text cannot hold a cluster of several scalars.
    ///
    /// Below U+0300 (ASCII and Latin-1, so Swedish names too) every scalar is a character of
    /// its own, except CR LF; combining marks begin at U+0300, whose UTF-8 lead byte is 0xCC.
    var characterCount: Int {
        var scalars = 0
        for byte in utf8 {
            if byte == 0x0D || byte >= 0xCC { return count }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        return scalars
    }
}
