/// A declared interim income statement must add up: income and costs equal the outcome lines,
/// result = income − costs, and equity at `asOf` = opening equity + the period's result.
public struct InterimFiguresRule: Rule {
    public let id = "interim_figures"
    public let name = Localized(en: "Interim figures", sv: "Delårets siffror")
    public let summary = Localized(
        en:
            "A follow-up's declared interim figures must add up: income and costs equal the operating outcome lines to date, the result is income minus costs plus the financial items, and equity at the follow-up date is the year's opening equity plus the period's result.",
        sv:
            "En uppföljnings angivna delårssiffror ska gå ihop: intäkter och kostnader är lika med rörelsens utfallsrader hittills, resultatet är intäkter minus kostnader plus de finansiella posterna, och eget kapital vid uppföljningsdagen är årets ingående eget kapital plus periodens resultat."
    )
    public let defaultSeverity = Severity.error
    public let source = "Arithmetic: an interim report's own sums must add up"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "Interim income 1 000 000 − costs 1 000 000 = result 0; equity 100 000 + 0",
                sv: "Periodens intäkter 1 000 000 − kostnader 1 000 000 = resultat 0; eget kapital 100 000 + 0",
                triggers: false,
                plan: FollowUpExamples.plan(
                    FollowUpExamples.onTrack
                        + #", "interim": {"income": 1000000, "costs": 1000000, "result": 0, "balanceSheet": {"assets": 150000, "equity": 100000, "liabilities": 50000}}"#,
                    opening: "100000")),
            RuleExample(
                "Interim result 20 000 where income − costs is 0",
                sv: "Periodens resultat 20 000 där intäkter − kostnader är 0", triggers: true,
                plan: FollowUpExamples.plan(
                    FollowUpExamples.onTrack + #", "interim": {"income": 1000000, "costs": 1000000, "result": 20000}"#)),
            RuleExample(
                "Interim equity 150 000 where opening 100 000 + result 0 is 100 000",
                sv: "Eget kapital 150 000 per datum där ingående 100 000 + resultat 0 är 100 000", triggers: true,
                plan: FollowUpExamples.plan(
                    FollowUpExamples.onTrack
                        + #", "interim": {"result": 0, "balanceSheet": {"assets": 200000, "equity": 150000, "liabilities": 50000}}"#,
                    opening: "100000")),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings = context.judgedYears.flatMap { year in mismatches(in: year, context) }
        let unjudged = context.ledger.years.filter { year in
            year.openingEquity == nil && year.year.followUp?.interim?.balanceSheet?.equity != nil
        }
        let check = Message("unstated.check.interim")
        if let info = UnstatedEquity.finding(self, check: check, years: unjudged, context) { findings.append(info) }
        return findings
    }

    private func mismatches(in year: YearLedger, _ context: RuleContext) -> [Finding] {
        guard let followUp = year.year.followUp, let interim = followUp.interim else { return [] }
        let computedResult = followUp.periodResult(income: interim.income?.money, costs: interim.costs?.money)
        let result = interim.result?.money ?? computedResult
        let checks: [(DeclaredFigure, Amount?, Money?)] = [
            (.totalIncome, interim.income, followUp.reportedOutcome(followUp.income)),
            (.totalCosts, interim.costs, followUp.reportedOutcome(followUp.costs)),
            (.periodResult, interim.result, computedResult),
            (.equity, interim.balanceSheet?.equity, result.flatMap { InterimEquity.of(year, result: $0) }),
        ]
        return checks.compactMap { label, declared, computed in
            guard let declared, let computed, context.differs(printed: declared, from: computed) else { return nil }
            return context.finding(
                self,
                Message(
                    "interim.mismatch",
                    [
                        .figure(label), .integer(year.number), .text(followUp.asOf.description),
                        .money(declared.money), .money(computed), .difference(declared.money, computed),
                    ]),
                at: declared.ref, year: year.number,
                figures: [.money("declared", declared.money), .money("computed", computed)]
                    + Figure.difference("difference", declared.money, computed))
        }
    }
}

/// The equity at a follow-up's date: the year's opening equity plus the interim result, or nil
/// where the opening equity is not known.
enum InterimEquity {
    static func of(_ year: YearLedger, result: Money) -> Money? {
        year.openingEquity.flatMap { $0.adding(result) }
    }
}
