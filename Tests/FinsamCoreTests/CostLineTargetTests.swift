import Testing

@testable import FinsamCore

/// A cost line that funds several initiatives of one kind without naming them (`target`), as
/// plan years print "Summa individinriktade insatser" (issue 14's hand-encoded plan needs it).
struct CostLineTargetTests {
    /// Contributions 2 000 000 (1 000 000 + 500 000 + 500 000); operations given as two totals
    /// by target, 1 500 000 individual and 200 000 structural; administration 300 000.
    static func plan(individual: String, structural: String, minimum: Int = 70) -> String {
        """
        {"formatVersion": 1, "federation": {"name": "F"},
         "members": [{"id": "staten", "name": "Staten", "kind": "state"},
                     {"id": "region", "name": "Regionen", "kind": "region"},
                     {"id": "a", "name": "A kommun", "kind": "municipality"}],
         "policy": {"minIndividualShare": \(minimum)}, "openingEquity": 400000,
         "years": [{"year": 2025, "status": "budget",
           "contributions": {"staten": 1000000, "region": 500000, "a": 500000},
           "costs": [{"name": "Kansli", "category": "administration", "amount": 300000},
                     {"name": "Individinriktade insatser", "category": "operations", "amount": 1500000\(individual)},
                     {"name": "Strukturinriktade insatser", "category": "operations", "amount": 200000\(structural)}]}]}
        """
    }

    @Test func aLineByTargetCountsAsThatTarget() throws {
        let checked = try loadText(
            Self.plan(individual: #", "target": "individual""#, structural: #", "target": "structural""#))
        let year = try #require(checked.ledger.years.first)
        #expect(year.individualCosts == kr(1_500_000))
        #expect(year.unlinkedOperationsCosts == .zero)
        // 1 500 000 / 2 000 000 = 75 % ≥ 70 %: nothing to say, not even "cannot judge".
        #expect(checked.findings.filter { $0.ruleID == "individual_share" }.isEmpty)
    }

    @Test func withoutTargetsTheShareCannotBeJudged() throws {
        // The same lines unattributed: 0 individual, 1 700 000 unlinked; counting them all as
        // individual would reach 85 %, so finsam says it cannot judge (info).
        let findings = try loadText(Self.plan(individual: "", structural: "")).findings
            .filter { $0.ruleID == "individual_share" }
        #expect(findings.map(\.severity) == [.info])
    }

    @Test func aShortfallByTargetIsAWarning() throws {
        // 1 500 000 / 2 000 000 = 75 % < 80 %: a real shortfall, since every line is attributed.
        let text = Self.plan(
            individual: #", "target": "individual""#, structural: #", "target": "structural""#, minimum: 80)
        let findings = try loadText(text).findings.filter { $0.ruleID == "individual_share" }
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.figures.contains(.percent("share", Percent(basisPoints: 7_500))) == true)
    }

    @Test func aTargetWithAnInitiativeOrOnAdministrationIsRefused() {
        let both = Self.plan(individual: #", "initiative": "x", "target": "individual""#, structural: "")
        #expect(inputError(both)?.message.id == "plan.cost_target_with_initiative")
        let admin = Self.plan(individual: "", structural: "")
            .replacingOccurrences(
                of: #""category": "administration", "amount": 300000"#,
                with: #""category": "administration", "amount": 300000, "target": "structural""#)
        #expect(inputError(admin)?.message.id == "plan.cost_target_category")
        #expect(
            inputError(Self.plan(individual: #", "target": "both""#, structural: ""))?.message.id
                == "plan.invalid_choice")
    }
}

/// An input error's amounts in the unit the plan writes them in, as far as the decoder read it.
struct InputErrorUnitTests {
    @Test("A tkr plan's total budget below its lines: the message in tkr")
    func inTkr() throws {
        let text = """
            {"formatVersion": 1, "unit": "tkr", "federation": {"name": "F"},
             "members": [{"id": "staten", "name": "Staten", "kind": "state"}],
             "years": [{"year": 2025, "status": "budget", "contributions": {"staten": 100},
               "budgetTotals": {"costs": 1},
               "costs": [{"name": "Kansli", "category": "administration", "amount": 50}]}]}
            """
        let error = try #require(inputError(text))
        #expect(error.unit == .tkr)
        // The lines 50 tkr against a total of 1 tkr.
        let rendered = Catalog(language: .en, unit: error.unit).render(error.message)
        #expect(rendered.contains("50 tkr") && rendered.contains("1 tkr"), "\(rendered)")
        let result = fileResult(Array(text.utf8), file: "t.json")
        #expect(result.unit == .tkr)
    }
}
