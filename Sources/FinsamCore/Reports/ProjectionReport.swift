/// The projection, one row per year: income, costs by category, result, equity, cap, and the
/// room for new initiatives; under it, in words, what binds each projected year.
public enum ProjectionReport {
    static let columns = [
        Column("year", Message("report.col.year")),
        Column("yearStatus", Message("report.col.year_status"), numeric: false),
        Column("income", Message("report.col.income")),
        Column("administrationCosts", Message("report.col.admin_costs")),
        Column("operationsCosts", Message("report.col.operations_costs")),
        Column("result", Message("report.col.result")),
        Column("openingEquity", Message("report.col.opening_equity")),
        Column("closingEquity", Message("report.col.closing_equity")),
        Column("cap", Message("report.col.cap")),
        Column("room", Message("report.col.room")),
        Column("toReachCap", Message("report.col.to_reach_cap")),
        Column("bindingYear", Message("report.col.binding_year")),
    ]

    /// The projection of a plan checked with a projection request; nil for one without.
    public static func make(_ checked: CheckedPlan) -> Report? {
        guard let projection = checked.projection else { return nil }
        let source = ReportSource(checked)
        let rooms = RoomCalculator.rooms(source.ledger) ?? []
        var rows: [Row] = []
        var notes: [Message] = [startNote(projection.start)]
        for year in source.years(nil) {
            // A forecast row stands beside its budget; the room is of the chain the projection rolls.
            let room = year.year.forecastAsOf == nil ? rooms.first { $0.year == year.number } : nil
            rows.append(row(source, year, room))
            if let room, projection.isProjected(year.number) { notes += sentences(room) }
            if year.closingEquity == nil, projection.isProjected(year.number) {
                notes.append(Message("unstated.room", [.integer(year.number)]))
            }
        }
        // The columns show administration and operations; the result also has the rest.
        if source.years(nil).contains(where: { $0.statement.hasFinancialItems || $0.statement.hasUnitemisedCosts }) {
            notes.append(Message("statement.note.projection_result"))
        }
        let table = Table(
            key: "projection",
            title: Message(
                "report.title.projection",
                [
                    .text(source.federation), .integer(projection.baseYear),
                    .integer(projection.projectedYears.upperBound),
                ]),
            columns: columns, rows: rows, notes: notes)
        return Report(
            kind: "projection", title: Message("report.title.projection_all"), tables: [table], series: [source.series]
        )
        .with(findings: [checked.result])
    }

    private static func row(_ source: ReportSource, _ year: YearLedger, _ room: YearRoom?) -> Row {
        let cap: Cell = year.equityCap.map { .money($0.amount) } ?? .empty
        let figures: [Cell] = [
            .money(year.income), .money(year.administrationCosts), .money(year.operationsCosts), .money(year.result),
            .stated(year.openingEquity), .stated(year.closingEquity), cap,
        ]
        // No room where the equity is not stated: "—", not a blank that reads as "none".
        let none: Cell = year.closingEquity == nil ? .stated(nil) : .empty
        let roomCells: [Cell] = [
            room.map { .money($0.room) } ?? none, room.map { .money($0.toReachCap) } ?? none,
            room.map { .year($0.bindingYear) } ?? none,
        ]
        return Row([.year(year.number), source.statusCell(year)] + figures + roomCells)
    }

    /// Where the projected years start: the forecast's closing equity (the latest known
    /// position) or the budget's.
    static func startNote(_ start: ProjectionStart) -> Message {
        guard let closing = start.closingEquity else {
            return Message("unstated.projection_start", [.integer(start.year)])
        }
        guard let asOf = start.forecastAsOf else {
            return Message("projection.start.budget", [.integer(start.year), .money(closing)])
        }
        return Message(
            "projection.start.forecast", [.integer(start.year), .text(asOf.description), .money(closing)])
    }

    /// The room of a year in words: how much, and which year binds.
    public static func sentences(_ room: YearRoom) -> [Message] {
        var result: [Message] = []
        if room.shortfall.isZero {
            result.append(
                Message(
                    "room.available",
                    [
                        .integer(room.year), .money(room.room), .integer(room.bindingYear), .money(room.bindingEquity),
                        .money(room.floor),
                    ]))
        } else {
            result.append(
                Message(
                    "room.none",
                    [
                        .integer(room.year), .integer(room.bindingYear), .money(room.bindingEquity), .money(room.floor),
                        .money(room.shortfall),
                    ]))
        }
        if let cap = room.cap, !room.toReachCap.isZero {
            result.append(
                Message(
                    room.conflicts ? "room.cap_conflict" : "room.to_reach_cap",
                    [
                        .integer(room.year), .money(room.toReachCap), .money(cap), .money(room.room),
                    ]))
        }
        return result
    }
}
