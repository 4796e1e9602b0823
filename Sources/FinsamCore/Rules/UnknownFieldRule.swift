/// A field the plan format does not have is probably a typo.
public struct UnknownFieldRule: Rule {
    public let id = "unknown_field"
    public let name = Localized(en: "Unknown field", sv: "Okänt fält")
    public let summary = Localized(
        en: "A field the plan format does not define is ignored, so finsam names it and the nearest known field.",
        sv: "Ett fält som planformatet inte definierar ignoreras, så finsam anger det och närmaste kända fält.")
    public let defaultSeverity = Severity.warning
    public let source = "The plan format (docs/plan-format.md)"
    public var examples: [RuleExample] {
        [
            RuleExample("Known fields only", sv: "Bara kända fält", triggers: false, plan: ExamplePlan.plan()),
            RuleExample(
                "maxAdminShar, a typo", sv: "maxAdminShar, ett skrivfel", triggers: true,
                plan: ExamplePlan.plan(policy: #"{"maxAdminShar": 10}"#)),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.judgesWholePlan else { return [] }
        return context.unknownFields.map { field in
            var arguments: [Message.Argument] = [.code(field.name)]
            if let suggestion = field.suggestion { arguments.append(.code(suggestion)) }
            return context.finding(self, Message("field.unknown", arguments), at: field.ref)
        }
    }
}
