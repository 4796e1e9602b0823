/// Runs the rules on each followed-up year as forecast, like on any other year, so that a
/// forecast closing equity above the cap is a finding at the interim report rather than a
/// surprise in the annual report.
///
/// The forecast plan is the plan with the year replaced by ``FollowUp/forecastYear(of:)``: every
/// line at outcome to date plus forecast, the follow-up's `declared` as its declared figures,
/// placed at the `followUp` object. Its findings read "forecast as of …: " and keep their rules' ids (so waivers and CI
/// configurations treat them alike) and point into the `followUp`, which tells them from the
/// budget's. Only findings about the followed-up year are kept, and none the budget already
/// gives in the same words.
public enum FollowUpForecast {
    public static func findings(_ context: RuleContext, rules: [any Rule], besides existing: [Finding]) -> [Finding] {
        var result: [Finding] = []
        for (index, year) in context.plan.years.enumerated() {
            guard let followUp = year.followUp else { continue }
            var plan = context.plan
            plan.years[index] = followUp.forecastYear(of: year)
            guard let ledger = try? Ledger(plan: plan) else { continue }
            let forecast = RuleContext(
                plan: plan, ledger: ledger, unknownFields: [], file: context.file, sourceMap: context.sourceMap,
                document: context.document)
            let known = existing.filter { $0.year == year.year }
            for rule in rules {
                for finding in rule.check(forecast) where finding.year == year.year {
                    guard !known.contains(where: { $0.ruleID == finding.ruleID && $0.message == finding.message }) else { continue }
                    result.append(
                        Finding(ruleID: finding.ruleID, severity: finding.severity,
                                message: Message("followup.forecast", [.text(followUp.asOf.description), .message(finding.message)]),
                                location: finding.location, year: finding.year, figures: finding.figures))
                }
            }
        }
        return result
    }
}
