/// `finsam allocate`'s report: each federation's allocation step by step, what the members
/// match, and, for federations whose plan was read, whether the plan budgets the allocation.
public enum AllocationReport {
    static let columns = [
        Column("federation", Message("report.col.federation"), numeric: false),
        Column("supportShare", Message("allocation.col.support_share")),
        Column("populationShare", Message("allocation.col.population_share")),
        Column("base", Message("allocation.col.base")),
        Column("supportPart", Message("allocation.col.support_part")),
        Column("populationPart", Message("allocation.col.population_part")),
        Column("model", Message("allocation.col.model")),
        Column("equityReduction", Message("allocation.col.equity_reduction")),
        Column("limit", Message("allocation.col.limit"), numeric: false),
        Column("maximum", Message("allocation.col.maximum")),
        Column("allocation", Message("allocation.col.allocation")),
        Column("lastYear", Message("allocation.col.last_year")),
        Column("change", Message("allocation.col.change")),
        Column("changePercent", Message("allocation.col.change_percent")),
        Column("perInhabitant", Message("allocation.col.per_inhabitant")),
    ]

    /// The report; `plans` by federation id, for the members' parts and the plan check.
    public static func make(_ result: AllocationResult, plans: [String: AllocationPlan] = [:]) -> Report {
        var tables = [allocationTable(result), AllocationMatching.table(result, plans: plans)]
        if !plans.isEmpty { tables.append(AllocationMatching.planTable(result, plans: plans)) }
        let title = Message("allocation.title", [.integer(result.year), .money(result.total)])
        let bars = BarSeries(
            title: Message("allocation.chart.title", [.integer(result.year)]),
            bars: result.federations.compactMap { federation in
                perInhabitant(federation).map { BarSeries.Bar(label: federation.input.name, value: $0) }
            })
        return Report(kind: "allocation", title: title, tables: tables, bars: [bars])
    }

    static func allocationTable(_ result: AllocationResult) -> Table {
        let supportSum = result.federations.reduce(Int128(0)) { $0 + Int128($1.input.supportMeasure.millionths) }
        let populationSum = result.federations.reduce(Int128(0)) { $0 + Int128($1.input.population) }
        var rows = result.federations.map { federation in
            row(federation, supportSum: supportSum, populationSum: populationSum)
        }
        rows.append(totalRow(result))
        return Table(
            key: "allocation", title: Message("allocation.table.allocation"), columns: columns, rows: rows,
            notes: notes(result))
    }

    static func row(_ federation: FederationAllocation, supportSum: Int128, populationSum: Int128) -> Row {
        let input = federation.input
        return Row([
            .text(input.name),
            share(Int128(input.supportMeasure.millionths), of: supportSum),
            share(Int128(input.population), of: populationSum),
            .money(federation.base), .money(federation.supportPart), .money(federation.populationPart),
            .money(federation.model),
            federation.equityReduction.isZero ? .empty : .money(federation.equityReduction),
            .label(limitLabel(federation.limit)),
            input.maximum.map(Cell.money) ?? .empty,
            .money(federation.allocation),
            input.lastYear.map(Cell.money) ?? .empty,
            federation.change.map(Cell.money) ?? .empty,
            federation.change.flatMap { change in input.lastYear.flatMap { Ratio(change, of: $0).percent } }.map(
                Cell.percent) ?? .empty,
            perInhabitant(federation).map(Cell.money) ?? .empty,
        ])
    }

    static func totalRow(_ result: AllocationResult) -> Row {
        func sum(_ value: (FederationAllocation) -> Money?) -> Cell {
            Money.sum(result.federations.compactMap(value)).map(Cell.money) ?? .empty
        }
        return Row(
            [
                .label(Message("report.row.total")), .empty, .empty, sum(\.base), sum(\.supportPart),
                sum(\.populationPart), sum(\.model),
                sum(\.equityReduction), .empty, .empty, sum(\.allocation), sum(\.input.lastYear), sum(\.change), .empty,
                .empty,
            ], style: .total)
    }

    /// `part / whole` as a percentage with two decimals, half to even.
    static func share(_ part: Int128, of whole: Int128) -> Cell {
        guard whole > 0 else { return .empty }
        return ExactDivision.divide(part * 10_000, by: whole, rule: .halfEven).map {
            .percent(Percent(basisPoints: $0))
        } ?? .empty
    }

    /// The allocation per inhabitant aged 16–64, in öre rounded half to even.
    static func perInhabitant(_ federation: FederationAllocation) -> Money? {
        guard federation.input.population > 0 else { return nil }
        return ExactDivision.divide(
            Int128(federation.allocation.ore), by: Int128(federation.input.population), rule: .halfEven
        )
        .map(Money.init(ore:))
    }

    static func limitLabel(_ outcome: LimitOutcome) -> Message {
        switch outcome {
        case .notInForce(let assumed):
            return Message(assumed ? "allocation.limit.none_assumed" : "allocation.limit.none")
        case .noLastYear: return Message("allocation.limit.no_last_year")
        case .notProtected: return Message("allocation.limit.not_protected")
        case .raised(let floor): return Message("allocation.limit.raised", [.money(floor)])
        case .within(let floor): return Message("allocation.limit.within", [.money(floor)])
        }
    }

    /// The parameters and their sources, then each federation's equity above the level and
    /// whatever could not be given out.
    static func notes(_ result: AllocationResult) -> [Message] {
        var notes = result.parameters.notes
        for federation in result.federations {
            guard let equity = federation.input.equity, equity.over.ore > 0, let cap = equity.cap else { continue }
            let assumed = cap.basis == .national(assumed: true)
            notes.append(
                Message(
                    assumed ? "allocation.note.over_cap_assumed" : "allocation.note.over_cap",
                    [
                        .text(federation.input.name), .money(equity.closingEquity), .money(cap.amount),
                        .percent(cap.percent),
                        .money(equity.contributions), .money(equity.over), .money(federation.equityReduction),
                    ]))
        }
        if result.floorsScaled { notes.append(Message("allocation.note.floors_scaled")) }
        if !result.unallocated.isZero {
            notes.append(Message("allocation.note.unallocated", [.money(result.unallocated)]))
        }
        return notes
    }
}
