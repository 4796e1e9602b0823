/// A declared balance sheet must balance: assets = equity + liabilities.
public struct BalanceSheetRule: Rule {
    public let id = "balance_sheet"
    public let name = Localized(en: "Balance sheet", sv: "Balansräkning")
    public let summary = Localized(
        en:
            "A declared balance sheet must balance: assets equal equity plus liabilities, where equity is the declared equity or, if none, the computed closing equity.",
        sv:
            "En angiven balansräkning ska balansera: tillgångar är lika med eget kapital plus skulder, där eget kapital är det angivna eller, om inget anges, det beräknade utgående egna kapitalet."
    )
    public let defaultSeverity = Severity.error
    public let source = "Bookkeeping: assets equal equity plus liabilities (double-entry)"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "877 = 577 + 300", sv: "877 = 577 + 300", triggers: false,
                plan: ExamplePlan.plan(
                    opening: "577000",
                    first: declaring(
                        #""balanceSheet": {"assets": 877000, "equity": 577000, "liabilities": 300000}"#))),
            RuleExample(
                "877 ≠ 613 + 300", sv: "877 ≠ 613 + 300", triggers: true,
                plan: ExamplePlan.plan(
                    opening: "577000",
                    first: declaring(
                        #""balanceSheet": {"assets": 877000, "equity": 613000, "liabilities": 300000}"#))),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings = context.judgedYears.compactMap { year in mismatch(in: year, context) }
        let unjudged = context.ledger.years.filter { year in
            year.year.declared?.balanceSheet != nil && equity(of: year) == nil
        }
        let check = Message("unstated.check.balance_sheet")
        if let info = UnstatedEquity.finding(self, check: check, years: unjudged, context) { findings.append(info) }
        return findings
    }

    /// The balance sheet's equity: as declared in it, else the declared or computed closing equity.
    private func equity(of year: YearLedger) -> Money? {
        year.year.declared?.balanceSheet?.equity?.money ?? year.year.declared?.closingEquity?.money
            ?? year.closingEquity
    }

    private func mismatch(in year: YearLedger, _ context: RuleContext) -> Finding? {
        guard let sheet = year.year.declared?.balanceSheet, let equity = equity(of: year) else { return nil }
        guard let claims = equity.adding(sheet.liabilities.money),
            context.differs(printed: sheet.assets, from: claims)
        else {
            return nil
        }
        return context.finding(
            self,
            Message(
                "balance.mismatch",
                [
                    .integer(year.number), .money(sheet.assets.money), .money(equity),
                    .money(sheet.liabilities.money), .money(claims), .difference(sheet.assets.money, claims),
                ]),
            at: sheet.assets.ref, year: year.number,
            figures: [
                .money("assets", sheet.assets.money), .money("equity", equity),
                .money("liabilities", sheet.liabilities.money),
            ]
                + Figure.difference("difference", sheet.assets.money, claims))
    }
}
