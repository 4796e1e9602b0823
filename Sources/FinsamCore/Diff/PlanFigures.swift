/// A plan's figures as review compares them: each year's and each initiative's, every one
/// named by what it is (a member, a line's name and group), never by where the file puts it,
/// so a file whose lines are reordered has the same figures.
///
/// Every amount is read from the ``Ledger`` (or, for a line, from the plan as decoded); the
/// only arithmetic here is the margin to the cap and the two shares, worked out as the equity
/// cap report and the share rules work them out.
public struct PlanFigures: Sendable {
    /// A year's or an initiative's figures, in a fixed order.
    public struct Group: Sendable {
        /// The year, or the initiative's id.
        public let key: String
        public let title: Message
        public let rows: [FigureRow]
    }

    public let years: [Group]
    public let initiatives: [Group]

    public init(_ reviewed: CheckedPlan) {
        let plan = reviewed.plan
        years = reviewed.ledger.years.map { year in
            Group(
                key: String(year.number), title: Message("diff.year", [.integer(year.number)]),
                rows: YearRows(plan: plan, ledger: year).rows)
        }
        initiatives = plan.initiatives.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.map { initiative in
            Group(
                key: initiative.id, title: Message("diff.initiative", [.code(initiative.id), .text(initiative.name)]),
                rows: Self.rows(of: initiative))
        }
    }

    static func rows(of initiative: Initiative) -> [FigureRow] {
        var rows = [
            FigureRow("name", Message("figure.initiative_name"), .text(initiative.name)),
            FigureRow("target", Message("figure.initiative_target"), .text(initiative.target.rawValue)),
        ]
        if let members = initiative.memberIDs {
            rows.append(
                FigureRow(
                    "members", Message("figure.initiative_members"), .text(members.joinedPlainly(separator: ", "))))
        }
        if let start = initiative.start {
            rows.append(FigureRow("start", Message("figure.initiative_start"), .text(start.description)))
        }
        if let end = initiative.end {
            rows.append(FigureRow("end", Message("figure.initiative_end"), .text(end.description)))
        }
        for grant in initiative.granted.sorted(by: { $0.year < $1.year }) {
            rows.append(
                FigureRow(
                    "granted/" + String(grant.year), Message("figure.initiative_granted", [.integer(grant.year)]),
                    .money(grant.amount.money)))
        }
        return rows
    }
}

/// One figure: what it is (`key`, unique within its year or initiative), its label and value.
public struct FigureRow: Sendable, Equatable {
    public let key: String
    public let label: Message
    public let value: FigureValue

    public init(_ key: String, _ label: Message, _ value: FigureValue) {
        self.key = key
        self.label = label
        self.value = value
    }
}

public enum FigureValue: Sendable, Equatable {
    case money(Money)
    case percent(Percent)
    case text(String)
}
