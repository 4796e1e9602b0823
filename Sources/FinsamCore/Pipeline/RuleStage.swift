/// The rule stage of ``Pipeline``: every rule over the file's years, then over each forecast.
enum RuleStage {
    /// Every finding of `rules`, ordered by place in the file, then by the rules' order.
    static func findings(_ context: RuleContext, rules: [any Rule]) -> [Finding] {
        findings(context, rules: rules, forecasts: []).findings
    }

    /// The same, with each forecast's findings; and which forecast verdicts are the budget's.
    /// The rules of a large plan are checked side by side on `parallelism`'s workers.
    static func findings(
        _ context: RuleContext, rules: [any Rule], forecasts: [ForecastYear], parallelism: Parallelism = .serial,
        threshold: Int = RuleChecks.parallelThreshold
    ) -> (findings: [Finding], sharedWithBudget: [VerdictKey]) {
        var checked = RuleChecks(
            context, forecasts: forecasts, rules: rules, parallelism: parallelism, threshold: threshold)
        // Findings and their rules' ranks side by side, sorted through their positions: an array
        // of (finding, rank, sequence) tuples is one more generic type for the runtime to make
        // on first use, a visible part of a small plan's start-up.
        var found = FoundFindings()
        for rank in rules.indices {
            found.add(checked.take(0, rule: rank), rank: rank)
        }
        // A followed-up year is also checked as forecast; most plans have none.
        var shared: [VerdictKey] = []
        if !forecasts.isEmpty {
            let rankOf = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            let forecast = ForecastStage.findings(forecasts, checked: &checked, besides: found.findings)
            shared = forecast.sharedWithBudget
            for finding in forecast.findings {
                found.add(finding, rank: rankOf[finding.ruleID] ?? rules.count)
            }
        }
        return (found.ordered(), shared)
    }

    /// By line, column, rule, and then the order found. Findings already in that order (one
    /// rule's, usually, since rules go through the plan from the top) come back as they are,
    /// without a sort and a second array.
    static func ordered(_ findings: [Finding], ranks: [Int]) -> [Finding] {
        if inPlaceOrder(findings, ranks: ranks) { return findings }
        return sortedByPlace(findings, ranks: ranks)
    }

    /// True when every finding is at or after the one before, by line, column and rule.
    static func inPlaceOrder(_ findings: [Finding], ranks: [Int]) -> Bool {
        var index = 1
        while index < findings.count {
            let (a, b) = (findings[index - 1].place, findings[index].place)
            if (a.line, a.column, ranks[index - 1]) > (b.line, b.column, ranks[index]) { return false }
            index += 1
        }
        return true
    }

    /// The plain way: a stable sort by line, column and rule.
    static func sortedByPlace(_ findings: [Finding], ranks: [Int]) -> [Finding] {
        let order = findings.indices.sorted { a, b in
            (findings[a].place.line, findings[a].place.column, ranks[a], a)
                < (findings[b].place.line, findings[b].place.column, ranks[b], b)
        }
        return order.map { findings[$0] }
    }
}
