/// What the members match of each federation's allocation (the region half of the state's,
/// the municipalities the other half), and whether each plan read budgets the allocation.
enum AllocationMatching {
    static let columns = [
        Column("federation", Message("report.col.federation"), numeric: false),
        Column("member", Message("allocation.col.member"), numeric: false),
        Column("amount", Message("allocation.col.amount")),
    ]

    static func table(_ result: AllocationResult, plans: [String: AllocationPlan]) -> Table {
        var rows: [Row] = []
        for federation in result.federations {
            let name = federation.input.name
            rows.append(
                Row(
                    [.text(name), .label(Message("allocation.member.state")), .money(federation.allocation)],
                    style: .heading))
            if let parts = plans[federation.input.id]?.matching(federation.allocation, in: result.year) {
                for part in parts where part.member.kind != .state {
                    rows.append(Row([.text(name), .text(part.member.name), .money(part.amount)]))
                }
            } else if let halves = Allocation.largestRemainder(federation.allocation, weights: [1, 1]) {
                rows.append(Row([.text(name), .label(Message("allocation.member.region")), .money(halves[0])]))
                rows.append(Row([.text(name), .label(Message("allocation.member.municipalities")), .money(halves[1])]))
            }
        }
        return Table(
            key: "matching", title: Message("allocation.table.matching"), columns: columns, rows: rows,
            notes: [Message("allocation.note.matching")])
    }

    static let planColumns = [
        Column("federation", Message("report.col.federation"), numeric: false),
        Column("plan", Message("allocation.col.plan"), numeric: false),
        Column("budgetedState", Message("allocation.col.budgeted_state", [])),
        Column("allocation", Message("allocation.col.allocation")),
        Column("difference", Message("allocation.col.difference")),
        Column("status", Message("report.col.status"), numeric: false),
    ]

    /// One row per federation with a plan: its budget's state contribution against the allocation.
    static func planTable(_ result: AllocationResult, plans: [String: AllocationPlan]) -> Table {
        let rows = result.federations.compactMap { federation -> Row? in
            guard let plan = plans[federation.input.id] else { return nil }
            let budgeted = plan.budgetedState(in: result.year)
            let difference = budgeted.flatMap { $0.subtracting(federation.allocation) }
            let status: Message
            switch difference {
            case nil: status = Message("allocation.plan.no_year", [.integer(result.year)])
            case let difference? where difference.isZero: status = Message("allocation.plan.equal")
            case .some: status = Message("allocation.plan.differs")
            }
            return Row([
                .text(federation.input.name), .text(plan.loaded.file), budgeted.map(Cell.money) ?? .empty,
                .money(federation.allocation), difference.map(Cell.money) ?? .empty, .label(status),
            ])
        }
        return Table(
            key: "plans", title: Message("allocation.table.plans", [.integer(result.year)]), columns: planColumns,
            rows: rows)
    }
}
