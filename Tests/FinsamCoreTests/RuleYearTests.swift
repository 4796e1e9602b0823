import Testing

@testable import FinsamCore

/// Rule sets by year: a plan is checked against the rules in force for its years.
@Suite("Rules by year")
struct RuleYearTests {
    @Test("A rule applies from its first year through its last; the default is every year")
    func applies() throws {
        let cap = try #require(RuleRegistry.rule("equity_cap"))
        #expect(cap.appliesFrom == 2014 && cap.appliesUntil == nil)
        #expect(!cap.applies(in: 2013) && cap.applies(in: 2014) && cap.applies(in: 2999))
        let horizon = try #require(RuleRegistry.rule("planning_horizon"))
        #expect(horizon.appliesFrom == nil && horizon.applies(in: 1900))
        // funding_split and negative_equity rest on lag (2003:1210), in force from 2004-01-01.
        #expect(RuleSet.ids(for: [2003]).contains("funding_split") == false)
        #expect(RuleSet.ids(for: [2003, 2004]).contains("funding_split"))
    }

    @Test("Equity 1 kr over the cap in 2012–2014 is a finding only for 2014, the cap's first year")
    func planYears() {
        // Equity 400 001 on contributions 2 000 000: the cap is 20 % = 400 000, 1 kr over in every year.
        let text = ExamplePlan.plan(
            opening: "400001",
            first: ExamplePlan.year(2012, status: "budget"), later: [ExamplePlan.year(2013), ExamplePlan.year(2014)])
        let result = fileResult(Array(text.utf8), file: "old.json", today: PlanDate(year: 2026, month: 1, day: 1))
        // The budget calendar has no start year: its note (no adoption recorded) holds for 2012 too.
        #expect(
            result.findings.map { $0.ruleID + " " + String($0.year ?? 0) } == [
                "budget_adoption 2012", "equity_cap 2014",
            ])
    }

    @Test("Every documented rule's explanation shows source, years and examples in both languages")
    func explanations() {
        let today = PlanDate(year: 2026, month: 11, day: 23)
        for rule in RuleRegistry.documented {
            let en = RuleExplanation.text(rule, .en, today: today)
            let sv = RuleExplanation.text(rule, .sv, today: today)
            #expect(
                en.contains("Source: " + rule.source) && en.contains("Applies to plan years: ")
                    && en.contains("Examples:"))
            #expect(sv.contains("Källa: " + rule.source) && sv.contains("Gäller planår: ") && sv.contains("Exempel:"))
            // Each triggering example shows at least one rendered message under it.
            for example in rule.examples where example.triggers {
                #expect(
                    !RuleExplanation.messages(rule, example, .sv, today: today).isEmpty,
                    "\(rule.id): \(example.description)")
            }
        }
    }
}
