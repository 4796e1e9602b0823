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
        // The known ids gathered once, on the first unknown one of each kind.
        var initiativeHints: NearestIDs?
        var memberHints: NearestIDs?
        func hint(_ kind: Reference, _ id: String) -> String? {
            switch kind {
            case .initiative:
                if initiativeHints == nil { initiativeHints = NearestIDs(known: plan.initiatives.map(\.id)) }
                return initiativeHints?.nearest(to: id)
            case .member:
                if memberHints == nil { memberHints = NearestIDs(known: plan.members.map(\.id)) }
                return memberHints?.nearest(to: id)
            }
        }
        func unknown(_ kind: Reference, _ id: String, _ ref: SourceRef, year: Int? = nil) {
            var arguments: [Message.Argument] = [.code(id)]
            if let near = hint(kind, id) { arguments.append(.code(near)) }
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
            for index in year.costs.indices {
                if let id = year.costs.initiativeID(at: index),
                    ledger.initiativePosition(ofCostLine: index, in: plan) == nil
                {
                    unknown(.initiative, id, year.costs[index].ref, year: year.year)
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
        // By index: a `for in` loop copies each initiative out, its references counted.
        let initiatives = plan.initiatives
        var known = KnownLists()
        for index in initiatives.indices {
            guard let ids = initiatives[index].memberIDs, !known.contains(ids) else { continue }
            var allKnown = true
            for id in ids where plan.member(id) == nil {
                allKnown = false
                unknown(.member, id, initiatives[index].membersRef ?? initiatives[index].ref)
            }
            if allKnown { known.insert(ids) }
        }
        return findings
    }
}

/// Lists of member ids found to name only members, by their storage: the decoder gives lists
/// that repeat one array (``MemberLists``), so a plan of 260 000 initiatives with a handful of
/// different lists looked up each id of each initiative's list (a twentieth of checking it).
/// The plan holds every list while the rule runs, so no storage is freed and used again.
private struct KnownLists {
    private var storages: [UnsafeRawPointer] = []
    /// Where the next list goes once all places are taken: the oldest is let go (the decoder
    /// shares lists only after its first few, which must not fill the places for good).
    private var next = 0

    /// The lists remembered: a plan repeats a few, and scanning a few is cheaper than hashing.
    private static let capacity = 8

    func contains(_ ids: [String]) -> Bool {
        guard let storage = Self.storage(of: ids) else { return false }
        return storages.contains(storage)
    }

    mutating func insert(_ ids: [String]) {
        guard let storage = Self.storage(of: ids) else { return }
        if storages.count < Self.capacity {
            storages.append(storage)
        } else {
            storages[next] = storage
            next = (next + 1) % Self.capacity
        }
    }

    private static func storage(of ids: [String]) -> UnsafeRawPointer? {
        ids.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }
}

/// What an unknown id was meant to name.
private enum Reference {
    case member
    case initiative
}
