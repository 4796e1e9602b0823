/// Who pays what in one year: the state's amount, the region's half of it, and the
/// municipalities' half split by the key, each part by largest remainder, against what the
/// plan writes.
///
/// Share is each member's part of all contributions: the state 50 %, the region 25 %, each
/// municipality 25 % × its weight / the weights' sum (exact, shown rounded).
enum SplitReport {
    static let columns = [
        Column("member", Message("report.col.member"), numeric: false),
        Column("kind", Message("report.col.kind"), numeric: false),
        Column("key", Message("report.col.key"), numeric: false),
        Column("weight", Message("report.col.weight")),
        Column("share", Message("report.col.share")),
        Column("expected", Message("report.col.expected")),
        Column("planned", Message("report.col.planned")),
        Column("difference", Message("report.col.difference")),
    ]

    static func make(_ sources: [ReportSource], year: Int?) -> Report {
        let tables = sources.compactMap { source -> Table? in
            let years = source.ledger.years
            let chosen = year.flatMap { y in years.first { $0.number == y } }
                ?? (year == nil ? years.first { $0.year.status == .budget } ?? years.first : nil)
            return chosen.map { table(source, $0) }
        }
        return Report(kind: ReportKind.split.rawValue, title: Message("report.title.split_all"), tables: tables)
    }

    static func table(_ source: ReportSource, _ year: YearLedger) -> Table {
        let plan = source.plan
        let split = year.year.municipalSplit ?? plan.policy.municipalSplit
        let municipalities = plan.members.filter { $0.kind == .municipality }
        let weights = split.weights(of: municipalities)
        let weightSum = weights.flatMap(Allocation.checkedSum)
        let expected = MatchedContributions.derive(
            from: Amount(money: year.stateContributions, ref: year.year.ref), members: plan.members, split: split)
        let regions = plan.members.filter { $0.kind == .region }.count
        var rows: [Row] = []
        for member in plan.members {
            let planned = Money.sum(year.year.contributions.lazy.filter { $0.memberID == member.id }.map(\.amount.money)) ?? .zero
            let expectedAmount: Money? = member.kind == .state
                ? planned : expected?.first { $0.memberID == member.id }?.amount.money
            var weight: Cell = .empty
            var share: Percent?
            switch member.kind {
            case .state: share = part(planned, of: year.stateContributions, basisPoints: 5_000)
            case .region: share = regions > 0 ? Percent(basisPoints: 2_500 / Int64(regions)) : nil
            case .municipality:
                if let index = municipalities.firstIndex(where: { $0.id == member.id }), let weights, let weightSum, weightSum > 0 {
                    weight = weightCell(weights[index], split)
                    share = ExactDivision.divide(Int128(2_500) * Int128(weights[index]), by: Int128(weightSum), rule: .halfEven)
                        .map(Percent.init(basisPoints:))
                }
            }
            rows.append(Row([
                .text(member.name), .label(Message("report.kind." + member.kind.rawValue)),
                member.kind == .municipality ? .label(Message("report.key." + split.keyName)) : .empty,
                weight, share.map(Cell.percent) ?? .empty,
                expectedAmount.map(Cell.money) ?? .empty, .money(planned),
                expectedAmount.flatMap { planned.subtracting($0) }.map(Cell.money) ?? .empty,
            ]))
        }
        let expectedTotal = expected.flatMap { parts in Money.sum(parts.map(\.amount.money)) }
        rows.append(Row([
            .label(Message("report.row.total")), .empty, .empty, .empty, .percent(Percent(basisPoints: 10_000)),
            expectedTotal.map(Cell.money) ?? .empty, .money(year.contributions),
            expectedTotal.flatMap { year.contributions.subtracting($0) }.map(Cell.money) ?? .empty,
        ], style: .total))
        return Table(
            key: "split-" + String(year.number),
            title: Message("report.title.split", [.text(source.federation), .integer(year.number)]),
            columns: columns, rows: rows)
    }

    /// `amount / whole × basisPoints`, rounded half to even; nil when the whole is not positive.
    private static func part(_ amount: Money, of whole: Money, basisPoints: Int64) -> Percent? {
        ExactDivision.divide(Int128(amount.ore) * Int128(basisPoints), by: Int128(whole.ore), rule: .halfEven)
            .map(Percent.init(basisPoints:))
    }

    /// The weight as written: inhabitants, or the agreed share (written with up to two decimals).
    private static func weightCell(_ weight: Int64, _ split: MunicipalSplit) -> Cell {
        switch split.key {
        case .population, .equal: return .integer(weight)
        case .shares: return weight % 100 == 0 ? .integer(weight / 100) : .percent(Percent(basisPoints: weight))
        }
    }
}
