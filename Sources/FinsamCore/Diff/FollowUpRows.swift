/// The figures of a year's follow-up, as the decoder worked them out: the date, and each line's
/// outcome to date and forecast for the whole year, lines named as the year's own are (member
/// id; name and group), so a follow-up whose lines are reordered has the same figures.
struct FollowUpRows {
    let plan: Plan
    let followUp: FollowUp

    var rows: [FigureRow] {
        [FigureRow("followUp/asOf", Message("figure.follow_up_as_of"), .text(followUp.asOf.description))]
            + lines(followUp.income, side: "income") + lines(followUp.costs, side: "cost")
    }

    private func lines(_ lines: FollowUpSide, side: String) -> [FigureRow] {
        // The rest of a cost total has no name; a control character keys it apart from any line.
        YearRows.identified(lines.map { (name: $0.isUnitemised ? "\u{1E}" : $0.name, group: $0.group, line: $0) })
            .flatMap { item in
                let line = item.line
                let label = self.label(of: line, side: side)
                let key = "followUp/" + side + "/" + item.key
                return [
                    FigureRow(
                        key + "/outcome", Message("figure.follow_up_outcome", [.message(label)]), .money(line.outcome)),
                    FigureRow(
                        key + "/forecast", Message("figure.follow_up_forecast", [.message(label)]),
                        .money(line.forecastYear)),
                ]
            }
    }

    /// The line as the year's own figures name it.
    private func label(of line: FollowUpLine, side: String) -> Message {
        if line.isUnitemised { return Message("statement.row.unitemised") }
        if line.isContribution {
            return Message("figure.contribution", [.text(plan.member(line.name)?.name ?? line.name)])
        }
        guard side == "cost" else { return Message("figure.other_income", [.text(line.name)]) }
        return line.group.map { Message("figure.cost_in_group", [.text(line.name), .text($0)]) }
            ?? Message("figure.cost", [.text(line.name)])
    }
}
