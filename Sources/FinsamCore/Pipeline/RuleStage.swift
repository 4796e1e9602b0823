/// The rule stage of ``Pipeline``: every rule over the file's years, then over each forecast.
enum RuleStage {
    /// Every finding of `rules`, ordered by place in the file, then by the rules' order.
    static func findings(_ context: RuleContext, rules: [any Rule]) -> [Finding] {
        findings(context, rules: rules, forecasts: []).findings
    }

    /// The same, with each forecast's findings; and which forecast verdicts are the budget's.
    static func findings(
        _ context: RuleContext, rules: [any Rule], forecasts: [ForecastYear]
    ) -> (findings: [Finding], sharedWithBudget: [VerdictKey]) {
        // Findings and their rules' ranks side by side, sorted through their positions: an array
        // of (finding, rank, sequence) tuples is one more generic type for the runtime to make
        // on first use, a visible part of a small plan's start-up.
        var findings: [Finding] = []
        var ranks: [Int] = []
        for (rank, rule) in rules.enumerated() {
            for finding in rule.check(context) {
                findings.append(finding)
                ranks.append(rank)
            }
        }
        // A followed-up year is also checked as forecast; most plans have none.
        var shared: [VerdictKey] = []
        if !forecasts.isEmpty {
            let rankOf = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            let forecast = ForecastStage.findings(forecasts, context: context, rules: rules, besides: findings)
            shared = forecast.sharedWithBudget
            for finding in forecast.findings {
                findings.append(finding)
                ranks.append(rankOf[finding.ruleID] ?? rules.count)
            }
        }
        // By line, column, rule, and then the order found (the position itself).
        let order = findings.indices.sorted { a, b in
            (findings[a].location.line, findings[a].location.column, ranks[a], a)
                < (findings[b].location.line, findings[b].location.column, ranks[b], b)
        }
        return (order.map { findings[$0] }, shared)
    }
}
