/// Initiatives are funded inside their start–end dates only.
public struct InitiativePeriodRule: Rule {
    public let id = "initiative_period"
    public let name = Localized(en: "Funding outside the initiative's period", sv: "Medel utanför insatsens period")
    public let summary = Localized(
        en:
            "Costs and grants of an initiative must fall in years its start and end dates cover, and it must not end before it starts.",
        sv:
            "Kostnader och beviljade medel för en insats ska ligga inom åren mellan dess start- och slutdatum, och den får inte sluta innan den börjar."
    )
    public let defaultSeverity = Severity.error
    public let source = "Funded initiatives are time-bound (the seed plans' own policies)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "Funded 2024–2026 and running 2024–2026", sv: "Finansierad 2024–2026 och pågår 2024–2026",
                triggers: false, plan: plan(end: "2026-12-31")),
            RuleExample(
                "Funded in 2026 but ending in 2025", sv: "Finansierad 2026 men slutar 2025", triggers: true,
                plan: plan(end: "2025-06-30")),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        // By index throughout: a `for in` loop over the initiatives, or an initiative looked up
        // for each of a year's cost lines, copies it out with its references counted.
        var findings: [Finding] = []
        let initiatives = context.plan.initiatives
        for index in initiatives.indices {
            if let start = initiatives[index].start, let end = initiatives[index].end, end < start {
                let name = initiatives[index].name
                let message = Message(
                    "initiative.end_before_start", [.text(name), .code(start.description), .code(end.description)])
                findings.append(context.finding(self, message, at: initiatives[index].ref))
            }
            for grant in initiatives[index].granted where !covers(initiatives[index], grant.year) {
                findings.append(
                    outside("initiative.grant_outside", initiatives[index], grant.year, grant.amount, context))
            }
        }
        for ledger in context.judgedYears {
            let costs = ledger.year.costs
            for line in costs.indices {
                guard let position = ledger.initiativePosition(ofCostLine: line, in: context.plan),
                    !costs.amount(at: line).money.isZero, !covers(initiatives[position], ledger.number)
                else { continue }
                findings.append(
                    outside(
                        "initiative.cost_outside", initiatives[position], ledger.number, costs[line].amount, context))
            }
        }
        return findings
    }

    private func covers(_ initiative: borrowing Initiative, _ year: Int) -> Bool {
        (initiative.start.map { $0.year <= year } ?? true) && (initiative.end.map { $0.year >= year } ?? true)
    }

    private func outside(
        _ id: String, _ initiative: borrowing Initiative, _ year: Int, _ amount: Amount, _ context: RuleContext
    ) -> Finding {
        context.finding(
            self,
            Message(
                id,
                [
                    .text(initiative.name), .integer(year), .money(amount.money),
                    .code(initiative.start?.description ?? "–"), .code(initiative.end?.description ?? "–"),
                ]),
            at: amount.ref, year: year, figures: [.money("amount", amount.money)])
    }

    private func plan(end: String) -> String {
        ExamplePlan.plan(
            first: ExamplePlan.year(2024, status: "budget", costs: ExamplePlan.linkedCosts),
            later: [
                ExamplePlan.year(2025, costs: ExamplePlan.linkedCosts),
                ExamplePlan.year(2026, costs: ExamplePlan.linkedCosts),
            ],
            initiatives: """
                [{"id": "x", "name": "X", "target": "individual", "members": ["a", "region"],
                  "start": "2024-01-01", "end": "\(end)"}]
                """)
    }
}
