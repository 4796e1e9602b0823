/// Administration costs as a share of total costs, against the policy's maximum.
public struct AdminShareRule: Rule {
    public let id = "admin_share"
    public let name = Localized(en: "Administration share", sv: "Andel administration")
    public let summary = Localized(
        en: "Administration costs divided by total costs must not exceed the policy's maximum.",
        sv: "Administrationskostnader delat med totala kostnader får inte överstiga policyns högsta andel.")
    public let defaultSeverity = Severity.warning
    public let source = "The federation's own policy"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "10 % administration against a maximum of 10 %", sv: "10 % administration mot högst 10 %",
                triggers: false,
                plan: ExamplePlan.plan(policy: #"{"maxAdminShare": 10}"#)),
            RuleExample(
                "10 % administration against a maximum of 9,6 %", sv: "10 % administration mot högst 9,6 %",
                triggers: true,
                plan: ExamplePlan.plan(policy: #"{"maxAdminShare": "9,6"}"#)),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let maximum = context.plan.policy.maxAdminShare else { return [] }
        return context.judgedYears.compactMap { year in
            let share = Ratio(year.administrationCosts, of: year.costs)
            guard share.exceeds(maximum.value), let percent = share.percent else { return nil }
            let arguments: [Message.Argument] = [
                .integer(year.number), .percent(percent), .percent(maximum.value),
                .money(year.administrationCosts), .money(year.costs), .money(year.statement.unitemisedCosts),
            ]
            // Costs given only as a total may hide more administration: the share is a floor,
            // so a breach is still certain, and the message says "at least".
            return context.finding(
                self,
                year.statement.hasUnitemisedCosts
                    ? Message("statement.admin_over_at_least", arguments) : Message("admin.over", arguments),
                at: year.year.ref, year: year.number,
                figures: [
                    .money("administrationCosts", year.administrationCosts), .money("totalCosts", year.costs),
                    .percent("share", percent), .percent("maximum", maximum.value),
                ])
        }
    }
}
