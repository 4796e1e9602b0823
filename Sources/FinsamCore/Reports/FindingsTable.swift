/// The findings a report ends with, as a table for the formats a board reads (html, markdown,
/// json): severity, rule, year, message and place, as `finsam validate` gives them.
enum FindingsTable {
    static let columns = [
        Column("severity", Message("report.col.severity"), numeric: false),
        Column("rule", Message("report.col.rule"), numeric: false),
        Column("year", Message("report.col.year")),
        Column("message", Message("report.col.message"), numeric: false),
        Column("place", Message("report.col.place"), numeric: false),
    ]

    /// One row per finding of every plan; an input error (never in a report, which stops on
    /// one) would be a row of its own.
    static func make(_ results: [FileResult]) -> Table {
        var rows: [Row] = []
        for result in results {
            switch result.outcome {
            case .success(let findings):
                rows += findings.map(row)
            case .failure(let error):
                rows.append(
                    Row([
                        .label(.severity(.error)), .text("input"), .empty, .label(error.message), place(error.location),
                    ]))
            }
        }
        let title = Message("report.title.findings", [.integer(rows.count)])
        return Table(
            key: "findings", title: title, columns: columns, rows: rows,
            notes: rows.isEmpty ? [Message("report.note.no_findings")] : [])
    }

    private static func row(_ finding: Finding) -> Row {
        let message =
            finding.waiver.map { Message("report.finding.waived", [.message(finding.message), .message($0.note)]) }
            ?? finding.message
        return Row([
            .label(.severity(finding.severity)), .text(finding.ruleID), finding.year.map(Cell.year) ?? .empty,
            .label(message), place(finding.location),
        ])
    }

    /// `plan.json:12:5 /years/0`.
    private static func place(_ location: Finding.Location) -> Cell {
        let pointer = location.pointer.description.isEmpty ? "/" : location.pointer.description
        return .text(location.file + ":" + String(location.line) + ":" + String(location.column) + " " + pointer)
    }
}

extension Message {
    static func severity(_ severity: Severity) -> Message {
        switch severity {
        case .error: return Message("report.severity.error")
        case .warning: return Message("report.severity.warning")
        case .info: return Message("report.severity.info")
        }
    }
}
