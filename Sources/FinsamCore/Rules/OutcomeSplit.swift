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
        let lines = followUp.income.filter(\.isContribution)
        // A member the budget gives nothing (Arbetsförmedlingen, paid for by Försäkringskassan)
        // needs no outcome line; every member the budget gives something does.
        guard lines.contains(where: \.reported),
            lines.allSatisfy({ $0.reported || ($0.budget ?? .zero).isZero })
        else { return nil }
        var contributions: [Contribution] = []
        var sums: [Member.Kind: Money] = [.state: .zero, .region: .zero, .municipality: .zero]
        for line in lines {
            let amount = line.outcomeAmount ?? Amount(money: line.outcome, ref: line.ref)
            contributions.append(Contribution(memberID: line.name, amount: amount))
            guard let kind = context.plan.member(line.name)?.kind else { continue }
            guard let sum = sums[kind]?.adding(amount.money) else { return nil }
            sums[kind] = sum
        }
        let asOf = followUp.asOf.description
        return SplitCheck(
            contributions: contributions, state: sums[.state] ?? .zero, region: sums[.region] ?? .zero,
            municipal: sums[.municipality] ?? .zero, fallback: followUp.ref,
            wrap: { Message("outcome_split.received", [.text(asOf), .message($0)]) })
    }
}
