/// Who pays what in one year: the state's amount, the region's half of it, and the
/// municipalities' half split by the key, each part by largest remainder, against what the
/// plan writes.
///
/// Share is each member's part of all contributions: the state 50 %, the region 25 %, each
/// municipality 25 % × its weight / the weights' sum; key share is a municipality's part of the
/// municipalities' quarter, as plans print their keys (10,33 %). Both are exact, shown rounded
/// half to even to two decimals on every row.
///
/// Where the state is two members (Försäkringskassan and Arbetsförmedlingen), the state is one
/// payer, as plans print it: one row "Staten (Försäkringskassan, Arbetsförmedlingen)" with the
/// state's half and the whole state amount, however it is written between them. Försäkringskassan
/// pays Arbetsförmedlingen's part too, so a row of its own would show it paying 0 %.
enum SplitReport {
    static let columns = [
        Column("member", Message("report.col.member"), numeric: false),
        Column("kind", Message("report.col.kind"), numeric: false),
        Column("key", Message("report.col.key"), numeric: false),
        Column("weight", Message("report.col.weight")),
        Column("keyShare", Message("report.col.key_share")),
        Column("share", Message("report.col.share")),
        Column("expected", Message("report.col.expected")),
        Column("planned", Message("report.col.planned")),
        Column("difference", Message("report.col.difference")),
    ]

    /// Decimals of the shares, the same on every row.
    static let decimals = 2

    static func make(_ sources: [ReportSource], year: Int?) -> Report {
        let tables = sources.compactMap { source -> Table? in
            let years = source.ledger.years
            let chosen =
                year.flatMap { y in years.first { $0.number == y } }
                ?? (year == nil ? years.first { $0.year.status == .budget } ?? years.first : nil)
            return chosen.map { table(source, $0) }
        }
        return Report(kind: ReportKind.split.rawValue, title: Message("report.title.split_all"), tables: tables)
    }

    static func table(_ source: ReportSource, _ year: YearLedger) -> Table {
        let key = SplitKey(plan: source.plan, year: year)
        let states = source.plan.members.filter { $0.kind == .state }
        var rows: [Row] = []
        for (position, member) in source.plan.members.enumerated() {
            guard states.count > 1, member.kind == .state else {
                rows.append(key.row(member, at: position))
                continue
            }
            // The state's members as one payer, in the place of the first of them.
            if member.id == states.first?.id { rows.append(key.stateRow(states)) }
        }
        let expectedTotal = key.expected.flatMap { parts in Money.sum(parts.map(\.amount.money)) }
        rows.append(
            Row(
                [
                    .label(Message("report.row.total")), .empty, .empty, .empty, .empty,
                    .fixedPercent(Percent(basisPoints: 10_000), decimals: Self.decimals),
                    expectedTotal.map(Cell.money) ?? .empty, .money(year.contributions),
                    expectedTotal.flatMap { year.contributions.subtracting($0) }.map(Cell.money) ?? .empty,
                ], style: .total))
        return Table(
            key: "split-" + String(year.number),
            title: Message("report.title.split", [.text(source.federation), .integer(year.number)]),
            columns: columns, rows: rows)
    }

    /// A year's split: the key's weights and the parts the 50/25/25 rule gives.
    struct SplitKey {
        let year: YearLedger
        let split: MunicipalSplit
        let municipalities: [Member]
        let weights: [Int64]?
        let weightSum: Int64?
        let regions: Int
        /// The parts by largest remainder, from the state's amount; nil when the key cannot be used.
        let expected: Contributions?
        /// By member position: the year's contributions, the expected parts, and the position
        /// among the municipalities (each looked up once, not per member).
        let planned: [Money?]
        let expectedByMember: [Money?]?
        let municipalPosition: [Int?]

        init(plan: Plan, year: YearLedger) {
            self.year = year
            split = year.year.municipalSplit ?? plan.policy.municipalSplit
            municipalities = plan.members.filter { $0.kind == .municipality }
            weights = split.weights(of: municipalities)
            weightSum = weights.flatMap(Allocation.checkedSum)
            regions = plan.members.filter { $0.kind == .region }.count
            expected = MatchedContributions.derive(
                from: Amount(money: year.stateContributions, ref: year.year.ref), members: plan.members, split: split)
            planned = plan.amountsByMember(year.year.contributions)
            expectedByMember = expected.map(plan.amountsByMember)
            var positions = [Int?](repeating: nil, count: plan.members.count)
            var count = 0
            for (position, member) in plan.members.enumerated() where member.kind == .municipality {
                positions[position] = count
                count += 1
            }
            municipalPosition = positions
        }

        /// The state as one payer: its members' names, the state's half, the whole state amount.
        func stateRow(_ members: [Member]) -> Row {
            let planned = year.stateContributions
            let share = SplitReport.part(planned, of: planned, basisPoints: 5_000)
            return Row([
                .label(Message("report.split.state_row", [.list(members.map(\.name))])),
                .label(Message.memberKind(.state)), .empty, .empty, .empty,
                share.map { .fixedPercent($0, decimals: SplitReport.decimals) } ?? .empty,
                .money(planned), .money(planned), .money(.zero),
            ])
        }

        func row(_ member: Member, at position: Int) -> Row {
            // A member the year gives no contribution pays nothing.
            let planned = self.planned[position] ?? .zero
            // The state decides its own amount; the others' follow from it.
            let expectedAmount: Money? = member.kind == .state ? planned : expectedByMember?[position] ?? nil
            var weight: Cell = .empty
            var share: Percent?
            var keyShare: Percent?
            switch member.kind {
            case .state: share = part(planned, of: year.stateContributions, basisPoints: 5_000)
            case .region: share = regions > 0 ? Percent(basisPoints: 2_500 / Int64(regions)) : nil
            case .municipality:
                if let index = municipalPosition[position], let weights, let weightSum {
                    weight = weightCell(weights[index], split)
                    share = part(Money(ore: weights[index]), of: Money(ore: weightSum), basisPoints: 2_500)
                    keyShare = part(Money(ore: weights[index]), of: Money(ore: weightSum), basisPoints: 10_000)
                }
            }
            return Row([
                .text(member.name), .label(Message.memberKind(member.kind)),
                member.kind == .municipality ? .label(Message.splitKey(split.key)) : .empty,
                weight, keyShare.map { .fixedPercent($0, decimals: SplitReport.decimals) } ?? .empty,
                share.map { .fixedPercent($0, decimals: SplitReport.decimals) } ?? .empty,
                expectedAmount.map(Cell.money) ?? .empty, .money(planned),
                expectedAmount.flatMap { planned.subtracting($0) }.map(Cell.money) ?? .empty,
            ])
        }
    }

    /// `amount / whole × basisPoints`, rounded half to even; nil when the whole is not positive.
    static func part(_ amount: Money, of whole: Money, basisPoints: Int64) -> Percent? {
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
