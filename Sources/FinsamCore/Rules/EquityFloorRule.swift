/// Closing equity against the floor the federation has set itself.
public struct EquityFloorRule: Rule {
    public let id = "equity_floor"
    public let name = Localized(en: "Equity below the floor", sv: "Eget kapital under golvet")
    public let summary = Localized(
        en: "Closing equity should not fall below the floor in the federation's policy.",
        sv: "Utgående eget kapital bör inte understiga golvet i förbundets policy.")
    public let defaultSeverity = Severity.warning
    public let source = "The federation's own policy (e.g. Sundsvall: at least 400 000 kr)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "Equity at the floor", sv: "Eget kapital på golvet", triggers: false,
                plan: ExamplePlan.plan(opening: "300000", policy: #"{"equityFloor": 300000}"#)),
            RuleExample(
                "Equity below the floor", sv: "Eget kapital under golvet", triggers: true,
                plan: ExamplePlan.plan(opening: "299999", policy: #"{"equityFloor": 300000}"#)),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let floor = context.plan.policy.equityFloor else { return [] }
        var findings: [Finding] = []
        for year in context.judgedYears {
            guard let closing = year.closingEquity, closing < floor.money else { continue }
            findings.append(
                context.finding(
                    self,
                    Message(
                        "floor.below",
                        [
                            .integer(year.number), .money(closing), .money(floor.money),
                            .difference(floor.money, closing),
                        ]),
                    at: year.year.ref, year: year.number,
                    figures: [.money("closingEquity", closing), .money("floor", floor.money)]
                        + Figure.difference("short", floor.money, closing)))
        }
        let unknown = UnstatedEquity.unknownYears(context)
        if let info = UnstatedEquity.finding(self, check: Message("unstated.check.floor"), years: unknown, context) {
            findings.append(info)
        }
        return findings
    }
}
