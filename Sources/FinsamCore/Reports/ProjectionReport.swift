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

    public static func make(_ projection: Projection) -> Report {
        let source = ReportSource(projection)
        let rooms = RoomCalculator.rooms(source.ledger) ?? []
        var rows: [Row] = []
        var notes: [Message] = []
        for year in source.ledger.years {
            let room = rooms.first { $0.year == year.number }
            rows.append(Row([
                .year(year.number), source.statusCell(year), .money(year.income), .money(year.administrationCosts),
                .money(year.operationsCosts), .money(year.result), .money(year.openingEquity), .money(year.closingEquity),
                year.equityCap.map { .money($0.amount) } ?? .empty,
                room.map { .money($0.room) } ?? .empty, room.map { .money($0.toReachCap) } ?? .empty,
                room.map { .year($0.bindingYear) } ?? .empty,
            ]))
            if let room, projection.isProjected(year.number) { notes += sentences(room) }
        }
        let table = Table(
            key: "projection",
            title: Message("report.title.projection", [.text(source.federation), .integer(projection.baseYear),
                                                       .integer(projection.projectedYears.upperBound)]),
            columns: columns, rows: rows, notes: notes)
        return Report(kind: "projection", title: Message("report.title.projection_all"), tables: [table], series: [source.series])
    }

    /// The room of a year in words: how much, and which year binds.
    public static func sentences(_ room: YearRoom) -> [Message] {
        var result: [Message] = []
        if room.shortfall.isZero {
            result.append(Message("room.available", [
                .integer(room.year), .money(room.room), .integer(room.bindingYear), .money(room.bindingEquity), .money(room.floor),
            ]))
        } else {
            result.append(Message("room.none", [
                .integer(room.year), .integer(room.bindingYear), .money(room.bindingEquity), .money(room.floor), .money(room.shortfall),
            ]))
        }
        if let cap = room.cap, !room.toReachCap.isZero {
            result.append(Message(room.conflicts ? "room.cap_conflict" : "room.to_reach_cap", [
                .integer(room.year), .money(room.toReachCap), .money(cap), .money(room.room),
            ]))
        }
        return result
    }
}
