/// An initiative is joint work: fewer than two members taking part is a warning.
public struct InitiativeMembersRule: Rule {
    public let id = "initiative_members"
    public let name = Localized(en: "Initiative with fewer than two members", sv: "Insats med färre än två medlemmar")
    public let summary = Localized(
        en:
            "A financially coordinated initiative involves at least two of the members; one that lists fewer is probably one member's own work.",
        sv:
            "En samordnad insats omfattar minst två av medlemmarna; en som anger färre är troligen en enskild medlems verksamhet."
    )
    public let defaultSeverity = Severity.warning
    public let source = "Lag (2003:1210): initiatives within the members' joint responsibility"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "Two members", sv: "Två medlemmar", triggers: false,
                plan: ExamplePlan.plan(initiatives: initiative(#"["a", "region"]"#))),
            RuleExample(
                "One member", sv: "En medlem", triggers: true,
                plan: ExamplePlan.plan(initiatives: initiative(#"["b"]"#))),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.judgesWholePlan else { return [] }
        // By index, each initiative read in place: `compactMap` copied each one out (its
        // references counted up and down) to look at its members.
        let initiatives = context.plan.initiatives
        var findings: [Finding] = []
        for index in initiatives.indices {
            guard let members = initiatives[index].memberIDs else { continue }
            let distinct = Self.distinctCount(members)
            guard distinct < 2 else { continue }
            let initiative = initiatives[index]
            findings.append(
                context.finding(
                    self, Message("initiative.few_members", [.text(initiative.name), .integer(distinct)]),
                    at: initiative.membersRef ?? initiative.ref, figures: [Figure("members", .integer(distinct))]))
        }
        return findings
    }

    /// How many different ids `members` holds. An initiative lists a handful, and comparing
    /// each with those before it is cheaper than hashing them into a set; a long list (every
    /// municipality of a large federation) is hashed, since pairs would grow as its square.
    static func distinctCount(_ members: [String]) -> Int {
        guard members.count <= 8 else { return Set(members).count }
        var distinct = 0
        for (index, id) in members.enumerated() where !members[..<index].contains(id) { distinct += 1 }
        return distinct
    }

    private func initiative(_ members: String) -> String {
        #"[{"id": "x", "name": "X", "target": "individual", "members": "# + members
            + #", "start": "2024-01-01", "end": "2025-12-31"}]"#
    }
}
