/// Funded initiatives are to be time-bound: one without an end date is a warning.
public struct InitiativeEndDateRule: Rule {
    public let id = "initiative_end_date"
    public let name = Localized(en: "Initiative without an end date", sv: "Insats utan slutdatum")
    public let summary = Localized(
        en:
            "Every funded initiative should have an end date: federations fund time-bound initiatives, not permanent operations.",
        sv:
            "Varje finansierad insats bör ha ett slutdatum: förbund finansierar tidsbegränsade insatser, inte ordinarie verksamhet."
    )
    public let defaultSeverity = Severity.warning
    public let source = "Finsam practice: initiatives are time-bound and then implemented by the members"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "An initiative with an end date", sv: "En insats med slutdatum", triggers: false,
                plan: ExamplePlan.plan(initiatives: initiative(#", "end": "2025-12-31""#))),
            RuleExample(
                "An initiative without one", sv: "En insats utan slutdatum", triggers: true,
                plan: ExamplePlan.plan(initiatives: initiative(""))),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.judgesWholePlan else { return [] }
        // Counted, then a loop, not `filter` then `map`: a plan of 400 000 initiatives without
        // end dates would copy them all before making a finding of each. By index: a `for in`
        // loop copies each initiative out (its references counted up and down again). The
        // findings are a run: each is worded from its initiative's name when it is written.
        let initiatives = context.plan.initiatives
        let endless = initiatives.count { $0.end == nil }
        guard endless > 0 else { return [] }
        var findings = context.findings(reserving: endless)
        let run = context.run(
            of: self, message: { Message("initiative.no_end", [.text(initiatives[$0].writtenName.string)]) },
            pointer: RuleContext.initiativePointer)
        for index in initiatives.indices where initiatives[index].end == nil {
            findings.append(context.finding(index, of: run, at: initiatives[index].ref))
        }
        return findings
    }

    private func initiative(_ end: String) -> String {
        #"[{"id": "x", "name": "X", "target": "individual", "members": ["a", "region"], "start": "2024-01-01""#
            + end + "}]"
    }
}
