/// The 50/25/25 split: the state's allocation is the anchor; the region matches half of it and
/// the municipalities together the other half, each municipality by the agreed key.
public struct FundingSplitRule: Rule {
    public let id = "funding_split"
    public let name = Localized(en: "Funding split 50/25/25", sv: "Fördelning 50/25/25")
    public let summary = Localized(
        en:
            "The region pays half of the state's amount, the municipalities together the other half, each by the split key (largest remainder, whole kronor).",
        sv:
            "Regionen betalar hälften av statens belopp och kommunerna tillsammans andra hälften, var och en efter fördelningsnyckeln (största rest, hela kronor)."
    )
    public let defaultSeverity = Severity.error
    public let source =
        "Lag (2003:1210) om finansiell samordning inom rehabiliteringsområdet (the state half, the region a quarter, the municipalities a quarter)"
    /// Lag (2003:1210) came into force on 1 January 2004.
    public let appliesFrom: Int? = 2004
    public var examples: [RuleExample] {
        [
            RuleExample("An exact split", sv: "En exakt fördelning", triggers: false, plan: ExamplePlan.plan()),
            RuleExample(
                "Municipalities two kronor short of the region", sv: "Kommunerna två kronor under regionen",
                triggers: true,
                plan: ExamplePlan.plan(
                    first: ExamplePlan.year(
                        2024, status: "budget",
                        contributions: #"{"staten": 1000000, "region": 500000, "a": 124999, "b": 374999}"#,
                        costs: #"[{"name": "Insatser", "category": "operations", "amount": 1999998}]"#))),
        ]
    }

    public init() {}

    /// Each judged year is checked on its own (one `flatMap` over them).
    public var checksEachYearApart: Bool { true }

    public func check(_ context: RuleContext) -> [Finding] {
        // The policy's key made once for every year that has none of its own.
        let members = context.plan.members
        let policyKey = KeyWeights(context.plan.policy.municipalSplit, members: members)
        return context.judgedYears.flatMap { year in
            let key = year.year.municipalSplit.map { KeyWeights($0, members: members) } ?? policyKey
            return checkYear(year, key: key, context)
        }
    }

    private func checkYear(_ year: YearLedger, key: KeyWeights, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        // Derived contributions are the split by construction: nothing written to check.
        if !year.year.contributions.contains(where: \.derived) {
            let budget = SplitCheck(
                contributions: year.year.contributions, state: year.stateContributions,
                region: year.regionContributions, municipal: year.municipalContributions,
                fallback: year.year.contributions.first?.amount.ref ?? year.year.ref, wrap: { $0 })
            findings += budget.findings(self, year, key: key, context)
        }
        if let outcome = OutcomeSplit.check(of: year, context) {
            findings += outcome.findings(self, year, key: key, context)
        }
        return findings
    }

    func mismatch(
        _ id: String, _ year: YearLedger, _ actual: Money, _ expected: Money, _ ref: SourceRef,
        _ context: RuleContext, name: String? = nil, wrap: (Message) -> Message = { $0 }
    ) -> Finding {
        var arguments: [Message.Argument] = [
            .integer(year.number), .money(actual), .money(expected), .difference(actual, expected),
        ]
        if let name { arguments.insert(.text(name), at: 0) }
        return context.finding(
            self, wrap(Message(id, arguments)), at: ref, year: year.number,
            figures: [.money("actual", actual), .money("expected", expected)]
                + Figure.difference("difference", actual, expected))
    }
}
