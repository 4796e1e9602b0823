/// Every id a plan refers to must be defined in it.
public struct UnknownReferenceRule: Rule {
    public let id = "unknown_reference"
    public let name = Localized(en: "Unknown member or initiative", sv: "Okänd medlem eller insats")
    public let summary = Localized(
        en:
            "Contributions, split shares and initiatives may name only members the plan lists; cost lines only initiatives it lists.",
        sv:
            "Medlemsbidrag, fördelningsandelar och insatser får bara ange medlemmar som planen listar; kostnadsrader bara insatser som den listar."
    )
    public let defaultSeverity = Severity.error
    public let source = "The plan format"
    public var examples: [RuleExample] {
        [
            RuleExample("Every id defined", sv: "Alla id definierade", triggers: false, plan: ExamplePlan.plan()),
            RuleExample(
                "A cost line naming an initiative that does not exist",
                sv: "En kostnadsrad som anger en insats som inte finns", triggers: true,
                plan: ExamplePlan.plan(first: ExamplePlan.year(2024, status: "budget", costs: ExamplePlan.linkedCosts))),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        var findings: [Finding] = []
        func unknown(_ kind: Reference, _ id: String, _ ref: SourceRef, year: Int? = nil) {
            let known = kind == .initiative ? plan.initiatives.map(\.id) : plan.members.map(\.id)
            var arguments: [Message.Argument] = [.code(id)]
            if let near = Suggestion.nearest(to: id, in: known) { arguments.append(.code(near)) }
            findings.append(
                context.finding(
                    self, Message(kind == .initiative ? "ref.unknown_initiative" : "ref.unknown_member", arguments),
                    at: ref, year: year))
        }
        for ledger in context.judgedYears {
            let year = ledger.year
            plan.forEachMember(of: year.contributions) { _, contribution, position in
                if position == nil { unknown(.member, contribution.memberID, contribution.amount.ref, year: year.year) }
            }
            for (index, line) in year.costs.enumerated() {
                if let id = line.initiativeID, ledger.initiative(ofCostLine: index, in: plan) == nil {
                    unknown(.initiative, id, line.ref, year: year.year)
                }
            }
        }
        guard context.judgesWholePlan else { return findings }
        // The policy's split, then each year's own, without gathering them in an array first.
        func checkShares(_ split: MunicipalSplit) {
            guard case .shares(let shares) = split.key else { return }
            for share in shares where plan.member(share.memberID) == nil { unknown(.member, share.memberID, split.ref) }
        }
        checkShares(plan.policy.municipalSplit)
        for year in plan.years {
            if let split = year.municipalSplit { checkShares(split) }
        }
        for initiative in plan.initiatives {
            for id in initiative.memberIDs ?? [] where plan.member(id) == nil {
                unknown(.member, id, initiative.membersRef ?? initiative.ref)
            }
        }
        return findings
    }
}

/// What an unknown id was meant to name.
private enum Reference {
    case member
    case initiative
}
