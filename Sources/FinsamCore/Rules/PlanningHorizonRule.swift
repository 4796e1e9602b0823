/// A plan covers the budget year and at least two plan years.
public struct PlanningHorizonRule: Rule {
    public let id = "planning_horizon"
    /// An interim or annual report covers one year by nature.
    public let documentKinds: [DocumentKind] = [.plan]
    public let name = Localized(en: "Planning horizon", sv: "Planeringshorisont")
    public let summary = Localized(
        en: "A plan should cover at least three years: the budget year and two plan years.",
        sv: "En plan bör omfatta minst tre år: budgetåret och två planår.")
    public let defaultSeverity = Severity.warning
    public let source = "Kommunallagen (2017:725): a budget with a plan for three years"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "A budget year and two plan years", sv: "Ett budgetår och två planår", triggers: false,
                plan: ExamplePlan.plan()),
            RuleExample(
                "A budget year and one plan year", sv: "Ett budgetår och ett planår", triggers: true,
                plan: ExamplePlan.plan(later: [ExamplePlan.year(2025)])),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.judgesWholePlan else { return [] }
        let ahead = context.plan.years.filter { $0.status == .budget || $0.status == .plan }
        guard ahead.count < 3 else { return [] }
        let ref = ahead.last?.ref ?? context.plan.years.last?.ref ?? context.plan.federation.ref
        return [
            context.finding(
                self, Message("horizon.short", [.integer(ahead.count)]), at: ref,
                figures: [Figure("years", .integer(ahead.count))])
        ]
    }
}
