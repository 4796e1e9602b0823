/// A declared interim balance sheet must balance: assets = equity + liabilities at `asOf`.
public struct InterimBalanceSheetRule: Rule {
    public let id = "interim_balance_sheet"
    public let name = Localized(en: "Interim balance sheet", sv: "Delårets balansräkning")
    public let summary = Localized(
        en:
            "A follow-up's declared balance sheet must balance at the follow-up date: assets equal equity plus liabilities, where equity is the declared equity or, if none, opening equity plus the period's result.",
        sv:
            "En uppföljnings angivna balansräkning ska balansera vid uppföljningsdagen: tillgångar är lika med eget kapital plus skulder, där eget kapital är det angivna eller, om inget anges, ingående eget kapital plus periodens resultat."
    )
    public let defaultSeverity = Severity.error
    public let source = "Bookkeeping: assets equal equity plus liabilities (double-entry)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "150 000 = 100 000 + 50 000", sv: "150 000 = 100 000 + 50 000", triggers: false,
                plan: FollowUpExamples.plan(
                    FollowUpExamples.onTrack
                        + #", "interim": {"balanceSheet": {"assets": 150000, "equity": 100000, "liabilities": 50000}}"#,
                    opening: "100000")),
            RuleExample(
                "160 000 ≠ 100 000 + 50 000", sv: "160 000 ≠ 100 000 + 50 000", triggers: true,
                plan: FollowUpExamples.plan(
                    FollowUpExamples.onTrack
                        + #", "interim": {"balanceSheet": {"assets": 160000, "equity": 100000, "liabilities": 50000}}"#,
                    opening: "100000")),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings = context.judgedYears.compactMap { year in mismatch(in: year, context) }
        let unjudged = context.ledger.years.filter { year in
            guard let sheet = year.year.followUp?.interim?.balanceSheet else { return false }
            return sheet.equity == nil && year.openingEquity == nil
        }
        let check = Message("unstated.check.interim")
        if let info = UnstatedEquity.finding(self, check: check, years: unjudged, context) { findings.append(info) }
        return findings
    }

    private func mismatch(in year: YearLedger, _ context: RuleContext) -> Finding? {
        guard let followUp = year.year.followUp, let interim = followUp.interim, let sheet = interim.balanceSheet
        else { return nil }
        let result = interim.result?.money ?? followUp.periodResult(income: nil, costs: nil)
        guard let equity = sheet.equity?.money ?? result.flatMap({ InterimEquity.of(year, result: $0) }),
            let claims = equity.adding(sheet.liabilities.money),
            context.differs(printed: sheet.assets, from: claims)
        else { return nil }
        return context.finding(
            self,
            Message(
                "interim.balance_mismatch",
                [
                    .integer(year.number), .text(followUp.asOf.description), .money(sheet.assets.money),
                    .money(equity), .money(sheet.liabilities.money), .money(claims),
                    .difference(sheet.assets.money, claims),
                ]),
            at: sheet.assets.ref, year: year.number,
            figures: [
                .money("assets", sheet.assets.money), .money("equity", equity),
                .money("liabilities", sheet.liabilities.money),
            ]
                + Figure.difference("difference", sheet.assets.money, claims))
    }
}
