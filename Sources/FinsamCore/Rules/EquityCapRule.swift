/// Closing equity against the year's cap.
public struct EquityCapRule: Rule {
    public let id = "equity_cap"
    public let name = Localized(en: "Equity above the cap", sv: "Eget kapital över taket")
    public let summary = Localized(
        en:
            "Closing equity should not exceed the cap: the policy's percentage, or the national recommendation (20 % of the year's member contributions up to 7 Mkr).",
        sv:
            "Utgående eget kapital bör inte överstiga taket: policyns procentsats eller den nationella rekommendationen (20 % av årets medlemsbidrag upp till 7 mnkr)."
    )
    public let defaultSeverity = Severity.warning
    public let source = "Nationella rådet för finansiell samordning, rekommendation 2013-10-02"
    /// The recommendation is dated 2013-10-02: the first budget year it can govern is 2014 (finsam's reading).
    public let appliesFrom: Int? = 2014
    public var examples: [RuleExample] {
        [
            RuleExample(
                "Equity of 400 000 on contributions of 2 000 000 (exactly 20 %)",
                sv: "Eget kapital 400 000 på medlemsbidrag 2 000 000 (exakt 20 %)", triggers: false,
                plan: ExamplePlan.plan(opening: "400000")),
            RuleExample(
                "Equity of 400 001 on contributions of 2 000 000",
                sv: "Eget kapital 400 001 på medlemsbidrag 2 000 000", triggers: true,
                plan: ExamplePlan.plan(opening: "400001")),
            RuleExample(
                "Opening equity not stated: one info, no verdict",
                sv: "Ingående eget kapital anges inte: en notering, ingen bedömning", triggers: true,
                plan: ExamplePlan.plan(opening: "null")),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings = context.judgedYears.compactMap { year in exceeded(year, context) }
        let unknown = UnstatedEquity.unknownYears(context)
        if let info = UnstatedEquity.finding(self, check: Message("unstated.check.cap"), years: unknown, context) {
            findings.append(info)
        }
        return findings
    }

    private func exceeded(_ year: YearLedger, _ context: RuleContext) -> Finding? {
        guard let cap = year.equityCap, let closing = year.closingEquity, closing > cap.amount else { return nil }
        let assumed = cap.basis == .national(assumed: true)
        return context.finding(
            self,
            Message(
                assumed ? "cap.exceeded_assumed" : "cap.exceeded",
                [
                    .integer(year.number), .money(closing), .money(cap.amount),
                    .percent(cap.percent), .money(year.contributions), .difference(closing, cap.amount),
                ]),
            at: year.year.ref, year: year.number,
            figures: [
                .money("closingEquity", closing), .money("cap", cap.amount),
                .percent("capPercent", cap.percent), .money("contributions", year.contributions),
            ]
                + Figure.difference("over", closing, cap.amount))
    }
}
