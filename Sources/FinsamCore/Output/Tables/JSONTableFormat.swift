/// The report as JSON for tools: every row an object keyed by the columns' keys.
///
/// Amounts are numbers in kronor, exact (`836799.6`), whatever `--unit` says; percentages are
/// numbers in percent (`9.6`); labels are text in the chosen language.
public struct JSONTableFormat: TableFormat {
    public let name = "json"

    public init() {}

    public func render(_ report: Report, options: TableOptions) -> String {
        let catalog = options.catalog
        return JSONOutput.object([
            ("tool", .object([("name", .string("finsam")), ("version", .string(FinsamVersion.current))])),
            ("report", .string(report.kind)),
            ("title", .string(catalog.render(report.title))),
            ("language", .string(options.language.rawValue)),
            ("amountsIn", .string("kr")),
            ("tables", .array(report.tables.map { table($0, catalog) })),
            ("findings", .array(report.findingsTables.map { table($0, catalog) })),
            ("series", .array(report.series.map(series))),
        ]).rendered()
    }

    private func table(_ table: Table, _ catalog: Catalog) -> JSONOutput {
        .object([
            ("key", .string(table.key)),
            ("title", .string(catalog.render(table.title))),
            (
                "columns",
                .array(
                    table.columns.map { column in
                        .object([("key", .string(column.key)), ("title", .string(catalog.render(column.title)))])
                    })
            ),
            (
                "rows",
                .array(
                    table.rows.map { row in
                        .object([
                            ("style", .string(row.style.rawValue)),
                            ("cells", .object(zip(table.columns, row.cells).map { ($0.key, value($1, catalog)) })),
                        ])
                    })
            ),
            ("notes", .array(table.notes.map { .string(catalog.render($0)) })),
        ])
    }

    private func value(_ cell: Cell, _ catalog: Catalog) -> JSONOutput {
        switch cell {
        case .empty, .notStated: return .null
        case .text(let text): return .string(text)
        case .label(let message): return .string(catalog.render(message))
        case .money(let money): return .kronor(money)
        case .percent(let percent), .fixedPercent(let percent, _): return .number(percent.decimalText)
        case .integer(let value): return .number(String(value))
        case .year(let year): return .integer(year)
        }
    }

    private func series(_ series: EquitySeries) -> JSONOutput {
        .object([
            ("federation", .string(series.federation)),
            (
                "years",
                .array(
                    series.points.map { point in
                        .object([
                            ("year", .integer(point.year)), ("projected", .bool(point.projected)),
                            ("closingEquity", .kronor(point.closingEquity)),
                            ("cap", point.cap.map(JSONOutput.kronor) ?? .null),
                            ("floor", .kronor(point.floor)),
                        ])
                    })
            ),
        ])
    }
}
