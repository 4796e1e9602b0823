import Testing

@testable import FinsamCore

/// Financial items, the operating result and subtotals of subtotals (issue 14):
/// Fixtures/plans/statement-example.json, a plan for 2024–2026 with an outside grant (ESF-medel),
/// interest received and paid, and "Rörelsens kostnader" printed as a subtotal of subtotals.
/// Figures by hand from the fixture.
struct StatementTests {
    static let fixture = "statement-example.json"

    static func text() throws -> String {
        String(decoding: try fixtureBytes("Fixtures/plans/" + fixture), as: UTF8.self)
    }

    @Test func theIncomeStatementAddsUp() throws {
        let checked = try loadFixture(Self.fixture)
        #expect(checked.findings.isEmpty, "\(checked.findings.map(\.message))")
        let years = checked.ledger.years
        // Income: contributions 4 000 000 + ESF 300 000 (none in 2026); interest is outside.
        #expect(years.map(\.income) == [kr(4_300_000), kr(4_300_000), kr(4_000_000)])
        // Operating costs: 2024 1 800 000 + 1 200 000 + 300 000 + 700 000 + 200 000 + 100 000;
        // 2025 1 850 000 + 1 150 000 + 300 000 + 720 000 + 200 000 + 100 000; 2026 without the project.
        #expect(years.map(\.costs) == [kr(4_300_000), kr(4_320_000), kr(4_020_000)])
        #expect(years.map(\.operatingResult) == [.zero, kr(-20_000), kr(-20_000)])
        #expect(years.map(\.statement.financialIncome) == [kr(20_000), kr(20_000), kr(20_000)])
        #expect(years.map(\.statement.financialCosts) == [kr(15_000), kr(10_000), kr(10_000)])
        // Result: 0 + 20 000 − 15 000 = 5 000; −20 000 + 10 000 = −10 000 twice.
        #expect(years.map(\.result) == [kr(5_000), kr(-10_000), kr(-10_000)])
        // Equity 600 000 → 605 000 → 595 000 → 585 000.
        #expect(years.map(\.closingEquity) == [kr(605_000), kr(595_000), kr(585_000)])
    }

    @Test func financialCostsAreOutsideTheAdminShare() throws {
        // 2024: administration 1 000 000 of operating costs 4 300 000 = 23,26 %, above 23,2;
        // with the interest 15 000 in the denominator it would be 1 000 000 / 4 315 000 = 23,17 %.
        let text = try Self.text().replacingOccurrences(of: #""maxAdminShare": 26"#, with: #""maxAdminShare": "23,2""#)
        let findings = try loadText(text).findings.filter { $0.ruleID == "admin_share" && $0.year == 2024 }
        let finding = try #require(findings.first)
        #expect(finding.figures.contains(.money("totalCosts", kr(4_300_000))))
        #expect(finding.figures.contains(.percent("share", Percent(basisPoints: 2_326))))
    }

    @Test func aWrongOperatingResultIsNamedAsTheDocumentNamesIt() throws {
        let text = try Self.text().replacingOccurrences(
            of: #""operatingResult": 0,"#, with: #""operatingResult": 1000,"#)
        let findings = try loadText(text).findings.filter { $0.ruleID == "declared_figures" }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message.arguments.first == .figure(.operatingResult))
        #expect(finding.figures.contains(.money("computed", .zero)))
        let swedish = Catalog(language: .sv).render(finding.message)
        #expect(swedish.contains("”Rörelseresultat”") && !swedish.contains("operatingResult"), "\(swedish)")
    }

    @Test func everyNewDeclaredFigureIsChecked() throws {
        // Each figure one krona off: a finding for each, and the Swedish names the documents use.
        let wrong: [(String, String, String)] = [
            (#""operatingCosts": 4300000"#, #""operatingCosts": 4300001"#, "”Rörelsens kostnader”"),
            (#""financialIncome": 20000"#, #""financialIncome": 20001"#, "”Finansiella intäkter”"),
            (#""financialCosts": 15000"#, #""financialCosts": 15001"#, "”Finansiella kostnader”"),
            (#""financialNet": 5000,"#, #""financialNet": 5001,"#, "”Finansiella poster”"),
        ]
        for (right, bad, name) in wrong {
            let findings = try loadText(try Self.text().replacingOccurrences(of: right, with: bad)).findings
            let declared = findings.filter { $0.ruleID == "declared_figures" }
            #expect(declared.count == 1, "\(name)")
            #expect(declared.first.map { Catalog(language: .sv).render($0.message).contains(name) } == true, "\(name)")
        }
    }

    @Test func aSubtotalOfSubtotalsIsCheckedAgainstTheLines() throws {
        // Summa verksamhet printed 3 400 000; Summa insatser 3 000 000 + Summa projekt 300 000 = 3 300 000.
        // Rörelsens kostnader (of Summa verksamhet and Summa kansli) is worked out from the lines,
        // 3 300 000 + 1 000 000 = 4 300 000, and still agrees.
        let text = try Self.text().replacingOccurrences(of: #""amount": 3300000"#, with: #""amount": 3400000"#)
        let checked = try loadText(text)
        let findings = checked.findings.filter { $0.ruleID == "declared_figures" }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message.arguments.first == .code("Summa verksamhet"))
        #expect(finding.figures.contains(.money("computed", kr(3_300_000))))
        #expect(finding.location.pointer.description == "/years/0/declared/subtotals/2/amount")
    }

    @Test func aSubtotalThatCountsItselfIsAnInputError() throws {
        // Summa verksamhet of Rörelsens kostnader, which is of Summa verksamhet: a way round.
        let text = try Self.text().replacingOccurrences(
            of: #""of": ["Summa insatser", "Summa projekt"]"#, with: #""of": ["Summa insatser", "Rörelsens kostnader"]"#
        )
        let error = try #require(inputError(text))
        #expect(error.message.id == "statement.subtotal_cycle")
        #expect(error.location.pointer.description.hasPrefix("/years/0/declared/subtotals/"))
        let english = Catalog(language: .en).render(error.message)
        #expect(english.contains("Summa verksamhet") && english.contains("Rörelsens kostnader"), "\(english)")
    }

    @Test func aSubtotalOfItselfAndAnUnknownLabelAreInputErrors() throws {
        let looped = try Self.text().replacingOccurrences(
            of: #""of": ["Summa insatser", "Summa projekt"]"#, with: #""of": ["Summa verksamhet"]"#)
        #expect(inputError(looped)?.message.id == "statement.subtotal_cycle")
        let unknown = try Self.text().replacingOccurrences(
            of: #""of": ["Summa insatser", "Summa projekt"]"#, with: #""of": ["Summa insatser", "Summa projektet"]"#)
        let error = try #require(inputError(unknown))
        #expect(
            error.message
                == Message("statement.subtotal_unknown", [.text("Summa verksamhet"), .text("Summa projektet")]))
        #expect(error.location.pointer.description == "/years/0/declared/subtotals/2/of/1")
        let empty = try Self.text().replacingOccurrences(
            of: #""of": ["Summa insatser", "Summa projekt"]"#, with: #""of": []"#)
        #expect(inputError(empty)?.message.id == "plan.subtotal_scope")
    }

    @Test func aLongChainOfSubtotalsIsOrderedWithoutRecursion() {
        // 100 000 subtotals, each of the one before: ordered front to back, and a way round
        // (the first made of the last) found, on any stack.
        let count = 100_000
        func chain(closed: Bool) -> [Subtotal] {
            (0..<count).map { index in
                let scope: Subtotal.Scope =
                    index == 0 ? (closed ? .subtotals([count - 1]) : .group("g")) : .subtotals([index - 1])
                return Subtotal(
                    label: String(index), scope: scope, amount: Amount(money: .zero, ref: SourceRef(offset: 0)),
                    ref: SourceRef(offset: 0))
            }
        }
        #expect(SubtotalOrder.order(chain(closed: false)) == Array(0..<count))
        #expect(SubtotalOrder.order(chain(closed: true)) == nil)
        #expect(SubtotalOrder.cycle(in: chain(closed: true))?.count == count)
    }

    @Test func diffShowsTheFinancialItems() throws {
        // 2024's interest paid 15 000 → 25 000: the line +10 000, financial costs +10 000, the
        // result 5 000 → −5 000 (−10 000); the operating result does not move.
        let old = try Self.text()
        let new = try DiffSupport.replacing(
            #""name": "Räntekostnader", "category": "financial", "amount": 15000"#,
            with: #""name": "Räntekostnader", "category": "financial", "amount": 25000"#, in: old)
        let deltas = DiffSupport.deltas(DiffSupport.year(try DiffSupport.diff(old, new), 2024))
        #expect(deltas["cost/Räntekostnader"] == 1_000_000)
        #expect(deltas["financialCosts"] == 1_000_000 && deltas["result"] == -1_000_000)
        #expect(deltas["operatingResult"] == nil && deltas["costs"] == nil)
    }

    @Test func financialIncomeInAFollowUpKeepsItsCategory() throws {
        // The forecast of a year whose interest income is financial: still outside income.
        let plan = ExamplePlan.plan(
            first: ExamplePlan.year(
                2024, status: "budget",
                extra:
                    #""otherIncome": [{"name": "Ränta", "category": "financial", "amount": 1000}], "followUp": {"asOf": "2024-06-30", "income": [{"name": "Ränta", "outcome": 400}, {"name": "Utdelning", "category": "financial", "outcome": 100}]}"#
            ))
        let checked = try loadText(plan)
        let forecast = try #require(checked.forecast(of: 2024)?.year)
        // Ränta 400 + rest 600 = 1 000, Utdelning 100: financial income 1 100, operating income unchanged.
        #expect(forecast.statement.financialIncome == kr(1_100))
        #expect(forecast.income == checked.ledger.years[0].income)
    }
}
