/// Costs of individual-targeted initiatives as a share of member contributions, against the
/// policy's minimum.
///
/// Operations costs that fund no named initiative could be either kind. Where counting them as
/// individual-targeted would meet the minimum, the plan cannot be judged, and finsam says so
/// (info) instead of claiming a shortfall.
public struct IndividualShareRule: Rule {
    public let id = "individual_share"
    public let name = Localized(en: "Individual-targeted share", sv: "Andel individinriktade insatser")
    public let summary = Localized(
        en: "Costs of individual-targeted initiatives divided by member contributions must reach the policy's minimum.",
        sv: "Kostnader för individinriktade insatser delat med medlemsbidragen ska nå policyns lägsta andel.")
    public let defaultSeverity = Severity.warning
    public let source = "The federation's own policy (e.g. Sundsvall: at least 70 %)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "90 % individual-targeted against a minimum of 70 %", sv: "90 % individinriktat mot lägst 70 %",
                triggers: false,
                plan: linkedPlan("individual")),
            RuleExample(
                "90 % structural against a minimum of 70 %", sv: "90 % strukturinriktat mot lägst 70 %", triggers: true,
                plan: linkedPlan("structural")),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let minimum = context.plan.policy.minIndividualShare else { return [] }
        return context.judgedYears.compactMap { year in
            let share = Ratio(year.individualCosts, of: year.contributions)
            guard share.fallsShort(of: minimum.value), let percent = share.percent else { return nil }
            let arguments: [Message.Argument] = [
                .integer(year.number), .percent(percent), .percent(minimum.value),
                .money(year.individualCosts), .money(year.contributions), .money(year.unlinkedOperationsCosts),
            ]
            let figures: [Figure] = [
                .money("individualCosts", year.individualCosts), .money("contributions", year.contributions),
                .money("unlinkedOperationsCosts", year.unlinkedOperationsCosts),
                .percent("share", percent), .percent("minimum", minimum.value),
            ]
            let best = Ratio(
                year.individualCosts.adding(year.unlinkedOperationsCosts) ?? year.individualCosts,
                of: year.contributions)
            if !best.fallsShort(of: minimum.value) {
                return context.finding(
                    self, Message("individual.undetermined", arguments), at: year.year.ref,
                    year: year.number, figures: figures, severity: .info)
            }
            return context.finding(
                self, Message("individual.under", arguments), at: year.year.ref,
                year: year.number, figures: figures)
        }
    }
}

/// A plan whose 2024 operations (1 800 000 of 2 000 000 in contributions) fund one initiative of
/// the given target.
private func linkedPlan(_ target: String) -> String {
    ExamplePlan.plan(
        policy: #"{"minIndividualShare": 70}"#,
        first: ExamplePlan.year(
            2024, status: "budget",
            costs: """
                [{"name": "Kansli", "category": "administration", "amount": 200000},
                 {"name": "Insats", "category": "operations", "amount": 1800000, "initiative": "x"}]
                """),
        later: [
            ExamplePlan.year(2025, costs: ExamplePlan.linkedCosts),
            ExamplePlan.year(2026, costs: ExamplePlan.linkedCosts),
        ],
        initiatives: """
            [{"id": "x", "name": "X", "target": "\(target)", "members": ["a", "region"],
              "start": "2024-01-01", "end": "2026-12-31"}]
            """)
}
