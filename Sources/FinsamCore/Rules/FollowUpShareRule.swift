/// A cost line that has used much more, or much less, of its budget than the share of the year
/// passed at the follow-up date.
///
/// The yardstick is exact: the days from 1 January through `asOf` over the days of the year
/// (243/365 on 31 August 2021). A line is over when outcome / budget > days passed / days +
/// `policy.followUp.over` points, under when outcome / budget < days passed / days −
/// `policy.followUp.under` points; both sides are compared by cross multiplication in 128 bits.
public struct FollowUpShareRule: Rule {
    public let id = "follow_up_share"
    public let name = Localized(
        en: "Budget used against the year passed", sv: "Förbrukad budget mot förfluten del av året")
    public let summary = Localized(
        en:
            "At a follow-up, a cost line should have used about the share of its budget that the share of the year passed suggests; more than that share plus the policy's followUp.over points (default 10), or less than it minus followUp.under points (default 20), is flagged. Money an initiative leaves unused is better used elsewhere.",
        sv:
            "Vid en uppföljning bör en kostnadsrad ha förbrukat ungefär den andel av sin budget som motsvarar den förflutna delen av året; mer än den andelen plus policyns followUp.over procentenheter (förval 10), eller mindre än den minus followUp.under procentenheter (förval 20), flaggas. Pengar som en insats lämnar oanvända gör bättre nytta på annat håll."
    )
    public let defaultSeverity = Severity.warning
    public let source = "finsam's follow-up convention: the share of the year passed, by days (docs/follow-up.md)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "Both lines at 50 % on 30 June (49,73 % of the year)",
                sv: "Båda raderna på 50 % den 30 juni (49,73 % av året)", triggers: false,
                plan: FollowUpExamples.plan(FollowUpExamples.onTrack)),
            RuleExample(
                "Kansli at 75 % on 30 June: more than 49,73 % + 10 points",
                sv: "Kansli på 75 % den 30 juni: mer än 49,73 % + 10 procentenheter", triggers: true,
                plan: FollowUpExamples.plan(
                    #""costs": [{"name": "Kansli", "outcome": 150000}, {"name": "Insatser", "outcome": 900000}]"#)),
            RuleExample(
                "Insatser at 20 % on 30 June: less than 49,73 % − 20 points",
                sv: "Insatser på 20 % den 30 juni: mindre än 49,73 % − 20 procentenheter", triggers: true,
                plan: FollowUpExamples.plan(
                    #""costs": [{"name": "Kansli", "outcome": 100000}, {"name": "Insatser", "outcome": 360000}]"#)),
        ]
    }

    public init() {}

    /// Each judged year is checked on its own (one `flatMap` over them).
    public var checksEachYearApart: Bool { true }

    public func check(_ context: RuleContext) -> [Finding] {
        let policy = context.plan.policy.followUp
        return context.judgedYears.flatMap { year -> [Finding] in
            guard let followUp = year.year.followUp else { return [] }
            // Each line's budget and outcome read from the side; the line made only when judged.
            let costs = followUp.costs
            var found: [Finding] = costs.indices.compactMap { index in
                guard let budget = costs.budget(at: index),
                    let verdict = Self.verdict(costs.outcome(at: index), of: budget, followUp, policy)
                else { return nil }
                let line = costs[index]
                return finding(
                    .code(line.name), line.outcome, budget, verdict, followUp, line.ref, year.number, context)
            }
            // A budget given as a total is judged on the total: all costs to date against it.
            if followUp.costBudgetTotal != nil {
                let totals = followUp.costTotals
                if let verdict = Self.verdict(totals.outcome, of: totals.budget, followUp, policy) {
                    found.append(
                        finding(
                            .figure(.totalCosts), totals.outcome, totals.budget, verdict, followUp, followUp.ref,
                            year.number, context))
                }
            }
            return found
        }
    }

    enum Verdict {
        case over
        case under
    }

    /// Over, under, or nil within the band; an amount used with no budget is over.
    static func verdict(_ outcome: Money, of budget: Money, _ followUp: FollowUp, _ policy: FollowUpPolicy) -> Verdict?
    {
        let days = Int128(followUp.daysInYear)
        let passed = Int128(followUp.elapsedDays) * 10_000
        let used = Int128(outcome.ore) * days * 10_000
        let budgetOre = Int128(budget.ore)
        if used > budgetOre * (passed + Int128(policy.over.basisPoints) * days) { return .over }
        let lower = passed - Int128(policy.under.basisPoints) * days
        if lower > 0, used < budgetOre * lower { return .under }
        return nil
    }

    private func finding(
        _ name: Message.Argument, _ outcome: Money, _ budget: Money, _ verdict: Verdict, _ followUp: FollowUp,
        _ ref: SourceRef, _ year: Int, _ context: RuleContext
    ) -> Finding {
        let policy = context.plan.policy.followUp
        let used = Ratio(outcome, of: budget).percent
        let id = verdict == .over ? "followup.over_share" : "followup.under_share"
        let share = followUp.yearShare.basisPoints
        let limit = Percent(
            basisPoints: verdict == .over ? share + policy.over.basisPoints : share - policy.under.basisPoints)
        var figures: [Figure] = [
            .money("budget", budget), .money("outcome", outcome),
            .percent("yearShare", followUp.yearShare),
        ]
        if let used { figures.append(.percent("used", used)) }
        return context.finding(
            self,
            Message(
                used == nil ? "followup.used_without_budget" : id,
                [
                    .text(followUp.asOf.description), name, .money(outcome), .money(budget),
                    .percent(used ?? Percent(basisPoints: 0)), .percent(followUp.yearShare), .percent(limit),
                ]),
            at: ref, year: year, figures: figures)
    }
}
