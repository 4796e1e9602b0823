/// An outcome line the budget does not have: allowed, since money is sometimes spent or
/// received on lines nobody planned, but reported so the board sees it.
public struct FollowUpUnbudgetedRule: Rule {
    public let id = "follow_up_unbudgeted"
    public let name = Localized(en: "Outcome outside the budget", sv: "Utfall utanför budget")
    public let summary = Localized(
        en:
            "A follow-up may report an outcome for a line the year's budget does not have (matched by name: a cost line's or other income's name, or a member id for contributions); it is counted in the forecast, and reported so the board sees it.",
        sv:
            "En uppföljning får redovisa utfall för en rad som årets budget saknar (matchas på namn: kostnadsradens eller den övriga intäktens namn, eller medlemmens id för medlemsbidrag); den räknas med i prognosen och redovisas så att styrelsen ser den."
    )
    public let defaultSeverity = Severity.warning
    public let source =
        "finsam's follow-up convention: outcome is compared line by line with the budget (docs/follow-up.md)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "Outcome for Kansli and Insatser, both in the budget",
                sv: "Utfall för Kansli och Insatser, båda i budgeten", triggers: false,
                plan: FollowUpExamples.plan(FollowUpExamples.onTrack)),
            RuleExample(
                "Outcome for Konsulter, which the budget does not have",
                sv: "Utfall för Konsulter, som inte finns i budgeten", triggers: true,
                plan: FollowUpExamples.plan(
                    #""costs": [{"name": "Kansli", "outcome": 100000}, {"name": "Insatser", "outcome": 900000}, {"name": "Konsulter", "outcome": 30000}]"#
                )),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for year in context.judgedYears {
            guard let followUp = year.year.followUp else { continue }
            // Line by line, without gathering the lines of both sides in a new array first: a
            // follow-up of 100 000 lines is checked again for its forecast. Within a budget
            // given as a total a line needs no budget of its own.
            // Each line's budget read from the side, the line made only when it is reported.
            let income = followUp.income
            for index in income.indices where income.budget(at: index) == nil && !income.isWithinTotal(at: index) {
                findings.append(finding(income[index], "followup.unbudgeted_income", followUp, year, context))
            }
            let costs = followUp.costs
            for index in costs.indices where costs.budget(at: index) == nil && !costs.isWithinTotal(at: index) {
                findings.append(finding(costs[index], "followup.unbudgeted_cost", followUp, year, context))
            }
        }
        return findings
    }

    private func finding(
        _ line: FollowUpLine, _ id: String, _ followUp: FollowUp, _ year: YearLedger, _ context: RuleContext
    ) -> Finding {
        context.finding(
            self,
            Message(
                id,
                [
                    .integer(year.number), .code(line.name), .money(line.outcome),
                    .text(followUp.asOf.description), .money(line.forecastYear),
                ]),
            at: line.ref, year: year.number,
            figures: [.money("outcome", line.outcome), .money("forecastYear", line.forecastYear)])
    }
}
