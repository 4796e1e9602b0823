/// The 50/25/25 split of a follow-up's contributions received to date (issue 14): the region
/// should have paid half of what the state has paid so far, the municipalities together the
/// other half, each by the key. `funding_split` checks it with the budget's own check
/// (``SplitCheck``), at the precision the document prints, and points at the outcome lines.
enum OutcomeSplit {
    /// The check of `year`'s follow-up, or nil where there is nothing to check: no follow-up,
    /// or one that does not itemise each paying member's contribution received (a total says
    /// nothing of the split), or sums too large to hold.
    static func check(of year: YearLedger, _ context: RuleContext) -> SplitCheck? {
        guard let followUp = year.year.followUp else { return nil }
        // Read from the side's figures, not its lines made and filtered: a followed-up year of
        // 20 000 members, checked for the budget and for its forecast, made 2 MB of lines each
        // time, a sixth of a large plan's page faults.
        let income = followUp.income
        let lines = income.indices.filter { income.isContribution(at: $0) }
        // A member the budget gives nothing (Arbetsförmedlingen, paid for by Försäkringskassan)
        // needs no outcome line; every member the budget gives something does.
        guard lines.contains(where: { income.isReported(at: $0) }),
            lines.allSatisfy({ income.isReported(at: $0) || (income.budget(at: $0) ?? .zero).isZero })
        else { return nil }
        var contributions = Contributions()
        contributions.reserveCapacity(lines.count)
        for line in lines {
            contributions.append(Contribution(memberID: income.name(at: line), amount: income.writtenOutcome(at: line)))
        }
        // Each line's member found from the position after the last (lines follow the members'
        // order), not by hashing every name once more per forecast.
        var sums: [Money?] = [.zero, .zero, .zero]
        context.plan.forEachMember(of: contributions) { _, contribution, position in
            guard let position else { return }
            let kind = Self.slot(context.plan.members[position].kind)
            sums[kind] = sums[kind]?.adding(contribution.amount.money)
        }
        guard let state = sums[0], let region = sums[1], let municipal = sums[2] else { return nil }
        let asOf = followUp.asOf.description
        return SplitCheck(
            contributions: contributions, state: state, region: region, municipal: municipal, fallback: followUp.ref,
            wrap: { Message("outcome_split.received", [.text(asOf), .message($0)]) })
    }

    /// A kind's place among the sums: state, region, municipalities.
    private static func slot(_ kind: Member.Kind) -> Int {
        switch kind {
        case .state: 0
        case .region: 1
        case .municipality: 2
        }
    }
}
