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
        return context.ledger.years.filter { $0.closingEquity < floor.money }.map { year in
            return context.finding(
                self,
                Message(
                    "floor.below",
                    [
                        .integer(year.number), .money(year.closingEquity), .money(floor.money),
                        .difference(floor.money, year.closingEquity),
                    ]),
                at: year.year.ref, year: year.number,
                figures: [.money("closingEquity", year.closingEquity), .money("floor", floor.money)]
                    + Figure.difference("short", floor.money, year.closingEquity))
        }
    }
}
