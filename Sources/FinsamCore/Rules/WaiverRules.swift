/// The checks of the waivers themselves. They are listed and explained like every rule, but
/// they are not rules: their findings come from ``WaiverStage`` after the rules have run, since
/// they need those findings and today's date.
public enum WaiverRules {
    public static let all: [any RuleDescription] = [WaiverIncompleteRule(), WaiverExpiryRule(), WaiverUnusedRule()]

    static let source =
        "finsam's waiver convention: a board decision recorded in the plan (docs/plan-format.md, Waivers)"

    /// A plan with one waiver, `waiver` being its JSON object.
    static func example(_ waiver: String, opening: String = "400001") -> String {
        ExamplePlan.plan(opening: opening).replacingOccurrences(
            #""initiatives": []"#, #""initiatives": [], "waivers": [\#(waiver)]"#)
    }
}

/// A waiver without its reason or the board decision behind it: an error, and not applied.
public struct WaiverIncompleteRule: RuleDescription {
    public let id = "waiver_incomplete"
    public let name = Localized(en: "Waiver without reason or decision", sv: "Undantag utan skäl eller beslut")
    public let summary = Localized(
        en:
            "A waiver accepts a finding only with the reason and the board decision it rests on (e.g. \"§ 12, 2026-03-14\"); without them it is an error and waives nothing.",
        sv:
            "Ett undantag godtar ett fynd bara med skälet och det styrelsebeslut det vilar på (t.ex. ”§ 12, 2026-03-14”); utan dem är det ett fel och undantar inget."
    )
    public let defaultSeverity = Severity.error
    public let source = WaiverRules.source
    public var examples: [RuleExample] {
        [
            RuleExample(
                "A waiver of equity_cap for 2024 with reason and decision",
                sv: "Ett undantag från equity_cap för 2024 med skäl och beslut", triggers: false,
                plan: WaiverRules.example(
                    #"{"rule": "equity_cap", "year": 2024, "reason": "saving for a new initiative", "decision": "§ 12, 2026-03-14", "expires": "2026-12-31"}"#
                )),
            RuleExample(
                "The same waiver without a decision", sv: "Samma undantag utan beslut", triggers: true,
                plan: WaiverRules.example(
                    #"{"rule": "equity_cap", "year": 2024, "reason": "saving for a new initiative", "expires": "2026-12-31"}"#
                )),
        ]
    }

    public init() {}
}

/// A waiver past its expiry date (no longer applied), or one without an expiry date.
public struct WaiverExpiryRule: RuleDescription {
    public let id = "waiver_expiry"
    public let name = Localized(
        en: "Waiver expired or without expiry", sv: "Undantag som gått ut eller saknar slutdatum")
    public let summary = Localized(
        en:
            "A waiver holds through its expiry date; after it, the waived findings count again. A waiver without an expiry date is applied, but warned about: a board decision should be reviewed by a set date.",
        sv:
            "Ett undantag gäller till och med sitt slutdatum; därefter räknas fynden igen. Ett undantag utan slutdatum tillämpas, men ger en varning: ett styrelsebeslut bör omprövas till ett bestämt datum."
    )
    public let defaultSeverity = Severity.warning
    public let source = WaiverRules.source
    public var examples: [RuleExample] {
        [
            RuleExample(
                "A waiver that expires on 2999-12-31", sv: "Ett undantag som upphör 2999-12-31", triggers: false,
                plan: WaiverRules.example(
                    #"{"rule": "equity_cap", "year": 2024, "reason": "r", "decision": "§ 12, 2026-03-14", "expires": "2999-12-31"}"#
                )),
            RuleExample(
                "A waiver that expired on 2020-12-31", sv: "Ett undantag som upphörde 2020-12-31", triggers: true,
                plan: WaiverRules.example(
                    #"{"rule": "equity_cap", "year": 2024, "reason": "r", "decision": "§ 12, 2020-03-14", "expires": "2020-12-31"}"#
                )),
        ]
    }

    public init() {}
}

/// A waiver that accepts no finding: stale, or its rule, year or pointer is wrong.
public struct WaiverUnusedRule: RuleDescription {
    public let id = "waiver_unused"
    public let name = Localized(en: "Waiver that matches nothing", sv: "Undantag som inte matchar något")
    public let summary = Localized(
        en:
            "A waiver that matches no finding is stale or mistyped (rule id, year or JSON Pointer); it is reported so it does not hide a future finding unnoticed.",
        sv:
            "Ett undantag som inte matchar något fynd är inaktuellt eller felskrivet (regel-id, år eller JSON-pekare); det rapporteras så att det inte obemärkt döljer ett framtida fynd."
    )
    public let defaultSeverity = Severity.warning
    public let source = WaiverRules.source
    public var examples: [RuleExample] {
        [
            RuleExample(
                "A waiver of equity_cap for 2024 when 2024's equity is above the cap",
                sv: "Ett undantag från equity_cap för 2024 när eget kapital 2024 är över taket", triggers: false,
                plan: WaiverRules.example(
                    #"{"rule": "equity_cap", "year": 2024, "reason": "r", "decision": "§ 12, 2026-03-14", "expires": "2999-12-31"}"#
                )),
            RuleExample(
                "The same waiver when equity is within the cap", sv: "Samma undantag när eget kapital är inom taket",
                triggers: true,
                plan: WaiverRules.example(
                    #"{"rule": "equity_cap", "year": 2024, "reason": "r", "decision": "§ 12, 2026-03-14", "expires": "2999-12-31"}"#,
                    opening: "400000")),
        ]
    }

    public init() {}
}

extension RuleRegistry {
    /// Every rule finsam reports under, the waiver rules included: what `finsam rules` lists
    /// and what SARIF and JUnit describe. Made once, on first use.
    public static let documented: [any RuleDescription] =
        // Each rule converted on its own: `all as [any RuleDescription]` would be a runtime array
        // cast, which looks up every rule's conformance and cost a third of validate's start-up.
        all.map { rule -> any RuleDescription in rule } + WaiverRules.all

    /// A documented rule by id, found in the two lists ``documented`` joins without making it:
    /// the rule-years stage of a check with few findings asks this (about 50 K instructions
    /// less at start-up).
    public static func documentedRule(_ id: String) -> (any RuleDescription)? {
        if let rule = all.first(where: { $0.id == id }) { return rule }
        return WaiverRules.all.first { $0.id == id }
    }
}
