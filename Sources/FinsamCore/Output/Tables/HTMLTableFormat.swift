/// One self-contained HTML file: styles inline, no scripts, fonts or links to anything
/// outside it; the tables, and for each federation an SVG chart of closing equity against the
/// cap and the floor.
public struct HTMLTableFormat: TableFormat {
    public let name = "html"

    public init() {}

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em;color:#1b1f24;max-width:80em}
        h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
        th,td{padding:.25em .6em;border-bottom:1px solid #d6d9dd;white-space:nowrap}
        th{background:#eef1f4;text-align:left}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        tr.total td{font-weight:bold;border-top:1px solid #6b737c}
        tr.heading td{font-style:italic;background:#f7f8fa}
        p.note{margin:.3em 0}
        footer{margin-top:2em;color:#59616b;font-size:.85em}
        svg{margin:1em 0;max-width:100%;height:auto}
        .wide{overflow-x:auto}
        """

    public func render(_ report: Report, options: TableOptions) -> String {
        let catalog = options.catalog
        let title = Self.escape(catalog.render(report.title))
        var out =
            "<!DOCTYPE html>\n<html lang=\"" + options.language.rawValue + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>" + title + "</title>\n<style>\n" + Self.style + "\n</style>\n</head>\n<body>\n"
        out += "<h1>" + title + "</h1>\n"
        for series in report.series where !series.points.isEmpty {
            out += EquityChart(series: series, options: options).svg()
        }
        for series in report.bars where !series.bars.isEmpty {
            out += BarChart(series: series, options: options).svg()
        }
        for table in report.tables + report.findingsTables {
            out += render(table, options, showTitle: table.title != report.title)
        }
        let footer = catalog.render(
            options.generated)
        out += "<footer>" + Self.escape(footer) + "</footer>\n</body>\n</html>\n"
        return out
    }

    private func render(_ table: Table, _ options: TableOptions, showTitle: Bool) -> String {
        let catalog = options.catalog
        var out = showTitle ? "<h2>" + Self.escape(catalog.render(table.title)) + "</h2>\n" : ""
        out += "<div class=\"wide\"><table>\n<thead><tr>"
        for column in table.columns {
            out +=
                (column.numeric ? "<th class=\"num\">" : "<th>") + Self.escape(catalog.render(column.title)) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += row.style == .normal ? "<tr>" : "<tr class=\"" + row.style.rawValue + "\">"
            for (index, cell) in row.cells.enumerated() {
                let numeric = index < table.columns.count && table.columns[index].numeric
                out += (numeric ? "<td class=\"num\">" : "<td>") + Self.escape(CellText.human(cell, options)) + "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        for note in table.notes { out += "<p class=\"note\">" + Self.escape(catalog.render(note)) + "</p>\n" }
        return out
    }

    /// Text safe in HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
