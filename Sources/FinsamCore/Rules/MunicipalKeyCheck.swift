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
    let contributions: Contributions

    /// The municipalities and their weights under the year's key.
    let key: KeyWeights

    func check(total: Money, slack: Money = .zero, wrap: (Message) -> Message = { $0 }) -> [Finding] {
        guard !key.positions.isEmpty else { return [] }
        guard let weights = key.weights else {
            return [
                context.finding(
                    rule, Message("split.key_unusable", [.integer(year.number), .text(key.split.keyName)]),
                    at: key.split.ref, year: year.number)
            ]
        }
        guard let parts = Allocation.largestRemainder(total, weights: weights) else { return [] }
        let listed = contributions
        let contributionAt = contributionPositions(listed)
        var findings: [Finding] = []
        for (index, position) in key.positions.enumerated() {
            let contribution = contributionAt[position].map { listed[$0] }
            let actual = contribution?.amount.money ?? .zero
            let withinRounding = Allocation.isWithinOneKrona(
                actual, ofShare: weights[index], of: key.weightSum, total: total)
            guard !withinRounding, differs(actual, parts[index], printed: contribution?.amount, slack: slack) else {
                continue
            }
            let ref = contribution?.amount.ref ?? year.year.ref
            findings.append(
                rule.mismatch(
                    "split.municipal_member", year, actual, parts[index], ref, context,
                    name: key.members[position].name, wrap: wrap))
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

    /// For each member (by position), the first contribution written for it: the contributions
    /// walked once in order (``Plan/forEachMember(of:_:)``), instead of a dictionary of them by
    /// id for every year (and every forecast of it).
    func contributionPositions(_ listed: Contributions) -> [Int?] {
        var positions = [Int?](repeating: nil, count: context.plan.members.count)
        context.plan.forEachMember(of: listed) { index, _, member in
            if let member, positions[member] == nil { positions[member] = index }
        }
        return positions
    }
}
