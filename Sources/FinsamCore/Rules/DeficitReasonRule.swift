/// A year with a negative result needs a stated reason (the balance requirement).
public struct DeficitReasonRule: Rule {
    public let id = "deficit_reason"
    public let name = Localized(en: "Deficit without a reason", sv: "Underskott utan förklaring")
    public let summary = Localized(
        en:
            "A year with a negative result must state why: a planned use of accumulated equity, or how it will be restored.",
        sv:
            "Ett år med negativt resultat ska ange varför: planerad användning av ackumulerat eget kapital eller hur det ska återställas."
    )
    public let defaultSeverity = Severity.error
    public let source = "Kommunallagen (2017:725), balanskravet, as applied to samordningsförbund by lag (2003:1210)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "A deficit with a reason", sv: "Ett underskott med förklaring", triggers: false,
                plan: ExamplePlan.plan(opening: "100000", first: deficitYear(50000))),
            RuleExample(
                "A deficit without a reason", sv: "Ett underskott utan förklaring", triggers: true,
                plan: ExamplePlan.plan(opening: "100000", first: deficitYear(50000, reason: false))),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.judgedYears.filter { $0.result.isNegative && $0.year.deficitReason == nil }.map { year in
            // The verdict rests on the result alone; the opening equity is only told, where known.
            guard let opening = year.openingEquity else {
                return context.finding(
                    self, Message("unstated.deficit", [.integer(year.number), .money(year.result)]),
                    at: year.year.ref, year: year.number, figures: [.money("result", year.result)])
            }
            return context.finding(
                self,
                Message("deficit.no_reason", [.integer(year.number), .money(year.result), .money(opening)]),
                at: year.year.ref, year: year.number,
                figures: [.money("result", year.result), .money("openingEquity", opening)])
        }
    }
}
