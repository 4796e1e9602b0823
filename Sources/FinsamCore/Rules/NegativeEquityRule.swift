/// No year may end with negative equity: a federation may not borrow.
public struct NegativeEquityRule: Rule {
    public let id = "negative_equity"
    public let name = Localized(en: "Negative equity", sv: "Negativt eget kapital")
    public let summary = Localized(
        en: "No year may end with equity below zero: a federation may not borrow.",
        sv: "Inget år får sluta med eget kapital under noll: ett förbund får inte låna.")
    public let defaultSeverity = Severity.error
    public let source = "Lag (2003:1210) om finansiell samordning: a federation may not borrow"
    /// Lag (2003:1210) came into force on 1 January 2004.
    public let appliesFrom: Int? = 2004
    public var examples: [RuleExample] {
        [
            RuleExample(
                "A deficit covered by equity", sv: "Ett underskott som täcks av eget kapital", triggers: false,
                plan: ExamplePlan.plan(opening: "100000", first: deficitYear(50000))),
            RuleExample(
                "A deficit larger than equity", sv: "Ett underskott större än eget kapital", triggers: true,
                plan: ExamplePlan.plan(opening: "100000", first: deficitYear(150000))),
            RuleExample(
                "Opening equity not stated: one info, no verdict",
                sv: "Ingående eget kapital anges inte: en notering, ingen bedömning", triggers: true,
                plan: ExamplePlan.plan(opening: "null", first: deficitYear(150000))),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for year in context.judgedYears {
            guard let closing = year.closingEquity, closing.isNegative else { continue }
            findings.append(
                context.finding(
                    self, Message("equity.negative", [.integer(year.number), .money(closing)]),
                    at: year.year.ref, year: year.number,
                    figures: (year.openingEquity.map { [.money("openingEquity", $0)] } ?? []) + [
                        .money("result", year.result), .money("closingEquity", closing),
                    ]))
        }
        let unknown = UnstatedEquity.unknownYears(context)
        if let info = UnstatedEquity.finding(self, check: Message("unstated.check.negative"), years: unknown, context) {
            findings.append(info)
        }
        return findings
    }
}

/// A budget year with a deficit of `deficit` kronor and a stated reason.
func deficitYear(_ deficit: Int, reason: Bool = true) -> String {
    ExamplePlan.year(
        2024, status: "budget",
        costs: """
            [{"name": "Kansli", "category": "administration", "amount": 200000},
             {"name": "Insatser", "category": "operations", "amount": \(1_800_000 + deficit)}]
            """,
        extra: reason ? #""deficitReason": "Planerad användning av eget kapital""# : "")
}
