/// Each municipality's part of the municipal half-of-state, by the split key.
///
/// A part passes when it is less than one krona from its exact share, so either rounding of a
/// share is accepted on its own; whether the parts add up is the total's check. The expected
/// figure shown is the largest-remainder part, which does add up. A part printed coarser than
/// whole kronor also passes within its printing slack plus `slack` (the state's own).
struct MunicipalKeyCheck {
    let rule: FundingSplitRule
    let year: YearLedger
    let context: RuleContext
    /// The contributions checked: the year's, or a follow-up's received to date.
    let contributions: [Contribution]

    func check(total: Money, slack: Money = .zero, wrap: (Message) -> Message = { $0 }) -> [Finding] {
        let municipalities = context.plan.members.filter { $0.kind == .municipality }
        guard !municipalities.isEmpty else { return [] }
        let split = year.year.municipalSplit ?? context.plan.policy.municipalSplit
        guard let weights = split.weights(of: municipalities) else {
            return [
                context.finding(
                    rule, Message("split.key_unusable", [.integer(year.number), .text(split.keyName)]),
                    at: split.ref, year: year.number)
            ]
        }
        let weightSum = weights.reduce(Int64(0)) { $0 &+ $1 }
        guard let parts = Allocation.largestRemainder(total, weights: weights) else { return [] }
        // By id, once: looking each municipality up in the list made thousands of them quadratic.
        // A few are looked up in the list: the dictionary's types cost start-up ~40 K instructions.
        let listed = contributions
        let contributions =
            listed.count > 32
            ? Dictionary(listed.map { ($0.memberID, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        var findings: [Finding] = []
        for (index, member) in municipalities.enumerated() {
            let contribution = listed.count > 32 ? contributions[member.id] : listed.first { $0.memberID == member.id }
            let actual = contribution?.amount.money ?? .zero
            let withinRounding = Allocation.isWithinOneKrona(
                actual, ofShare: weights[index], of: weightSum, total: total)
            guard !withinRounding, differs(actual, parts[index], printed: contribution?.amount, slack: slack) else {
                continue
            }
            let ref = contribution?.amount.ref ?? year.year.ref
            findings.append(
                rule.mismatch(
                    "split.municipal_member", year, actual, parts[index], ref, context, name: member.name, wrap: wrap))
        }
        return findings
    }

    /// Beyond the tolerance, the part's printing slack and `slack`.
    private func differs(_ actual: Money, _ expected: Money, printed: Amount?, slack: Money) -> Bool {
        let own = printed?.printingSlack ?? .zero
        guard let size = actual.subtracting(expected)?.magnitude,
            let allowed = context.plan.policy.roundingTolerance.adding(own).flatMap({ $0.adding(slack) })
        else { return false }
        return size > allowed
    }
}
