import Testing

@testable import FinsamCore

/// A budget given as a total with an itemised outcome (issue 14): Fixtures/plans/interim-total-budget.json,
/// an interim report at 30 June 2024 (day 182 of 366, 49,73 %: a line is over above 59,73 %,
/// under below 29,73 %) whose 2024 budget is total costs 4 000 000 kr and whose outcome to date is
/// Kansli 400 000 (forecast 400 000 more), Steget 900 000 and Navet 500 000. Figures by hand.
struct TotalBudgetTests {
    static let fixture = "interim-total-budget.json"

    static func text() throws -> String {
        String(decoding: try fixtureBytes("Fixtures/plans/" + fixture), as: UTF8.self)
    }

    @Test func theShapeValidatesWithNoFinding() throws {
        let checked = try loadFixture(Self.fixture)
        #expect(checked.findings.isEmpty, "\(checked.findings.map(\.message))")
        let year = try #require(checked.ledger.years.first)
        // No cost line: the whole 4 000 000 is unitemised operating costs; result 4 000 000 − 4 000 000 = 0.
        #expect(year.costs == kr(4_000_000) && year.statement.unitemisedCosts == kr(4_000_000))
        #expect(year.result == .zero && year.closingEquity == kr(800_000))
    }

    @Test func theRestOfTheTotalIsForecastAsBudgeted() throws {
        let checked = try loadFixture(Self.fixture)
        let followUp = try #require(checked.ledger.years.first?.year.followUp)
        // Every outcome line is within the total; none has a budget of its own.
        #expect(followUp.costs.allSatisfy { $0.withinTotal })
        #expect(followUp.costs.filter { !$0.isUnitemised }.allSatisfy { $0.budget == nil })
        // The rest: 4 000 000 − (400 000 + 400 000) − 900 000 − 500 000 = 1 800 000.
        let rest = try #require(followUp.costs.first { $0.isUnitemised })
        #expect(rest.forecastYear == kr(1_800_000) && rest.outcome == .zero)
        // Totals: budget 4 000 000, outcome 1 800 000, rest 400 000 + 1 800 000 = 2 200 000.
        #expect(
            followUp.costTotals
                == FollowUpTotals(
                    budget: kr(4_000_000), outcome: kr(1_800_000), forecastRest: kr(2_200_000),
                    forecastYear: kr(4_000_000)))
    }

    @Test func theForecastSeesTheInitiatives() throws {
        let forecast = try #require(try loadFixture(Self.fixture).forecast(of: 2024)?.year)
        // Steget (individual) 900 000 and Navet (structural) 500 000, as named on the outcome
        // lines; Kansli 800 000 administration; the rest 1 800 000 linked to no initiative.
        #expect(forecast.individualCosts == kr(900_000) && forecast.structuralCosts == kr(500_000))
        #expect(forecast.administrationCosts == kr(800_000) && forecast.statement.unitemisedCosts == kr(1_800_000))
        #expect(forecast.costs == kr(4_000_000) && forecast.unlinkedOperationsCosts == kr(1_800_000))
    }

    @Test func theUseOfBudgetIsJudgedOnTheTotal() throws {
        // Steget 1 700 000 instead of 900 000: 400 000 + 1 700 000 + 500 000 = 2 600 000 of
        // 4 000 000 = 65 %, above 59,73 %.
        let text = try Self.text().replacingOccurrences(of: #""outcome": 900000"#, with: #""outcome": 1700000"#)
        let checked = try loadText(text)
        let shares = checked.findings.filter { $0.ruleID == "follow_up_share" }
        #expect(shares.count == 1)
        let finding = try #require(shares.first)
        #expect(finding.message.id == "followup.over_share")
        #expect(finding.message.arguments[1] == .figure(.totalCosts))
        #expect(
            finding.message.arguments[2] == .money(kr(2_600_000))
                && finding.message.arguments[3] == .money(kr(4_000_000)))
        #expect(Catalog(language: .sv).render(finding.message).contains("”Summa kostnader”"))
        #expect(checked.findings.filter { $0.ruleID == "follow_up_unbudgeted" }.isEmpty)
    }

    @Test func anItemisedLineBesideTheTotal() throws {
        // Kansli budgeted at 1 000 000 within the total 4 000 000: 3 000 000 unitemised.
        // Kansli outcome 700 000 = 70 % > 59,73: over, on its own line. Its rest 300 000;
        // the total's rest 3 000 000 − 900 000 − 500 000 = 1 600 000; forecast costs
        // 700 000 + 300 000 + 900 000 + 500 000 + 1 600 000 = 4 000 000.
        var text = try Self.text()
        text = text.replacingOccurrences(
            of: #""budgetTotals": {"costs": 4000000},"#,
            with:
                #""costs": [{"name": "Kansli", "category": "administration", "amount": 1000000}], "budgetTotals": {"costs": 4000000},"#
        )
        text = text.replacingOccurrences(
            of: #"{"name": "Kansli", "outcome": 400000, "forecast": 400000, "category": "administration"}"#,
            with: #"{"name": "Kansli", "outcome": 700000}"#)
        text = text.replacingOccurrences(of: #""costs": 1800000,"#, with: #""costs": 2100000,"#)
        text = text.replacingOccurrences(of: #""result": 200000,"#, with: #""result": -100000,"#)
        text = text.replacingOccurrences(of: #""equity": 1000000"#, with: #""equity": 700000"#)
        text = text.replacingOccurrences(of: #""assets": 1100000"#, with: #""assets": 800000"#)
        let checked = try loadText(text)
        #expect(checked.ledger.years.first?.statement.unitemisedCosts == kr(3_000_000))
        #expect(checked.findings.map(\.ruleID) == ["follow_up_share"], "\(checked.findings.map(\.message))")
        let followUp = try #require(checked.ledger.years.first?.year.followUp)
        #expect(followUp.costs.first?.forecastYear == kr(1_000_000) && followUp.costs.first?.withinTotal == false)
        #expect(followUp.costs.first { $0.isUnitemised }?.forecastYear == kr(1_600_000))
        #expect(checked.forecast(of: 2024)?.year.costs == kr(4_000_000))
    }

    @Test func anAdministrationShareAboveTheMaximumIsCertainAndSaidToBeAFloor() throws {
        // Forecast: Kansli 800 000 administration of costs 4 000 000 (1 800 000 not itemised):
        // at least 20 %, above a maximum of 15 %. The budget year (all 4 000 000 unitemised,
        // administration 0) gives nothing: 0 % claims no breach.
        let text = try Self.text().replacingOccurrences(
            of: #""equityCap": {"rule": "percent", "percent": 20}"#,
            with: #""equityCap": {"rule": "percent", "percent": 20}, "maxAdminShare": 15"#)
        let findings = try loadText(text).findings.filter { $0.ruleID == "admin_share" }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.forecastAsOf != nil)
        #expect(finding.figures.contains(.percent("share", Percent(basisPoints: 2_000))))
        let swedish = Catalog(language: .sv).render(finding.message)
        #expect(swedish.contains("minst 20 %") && swedish.contains("varav 1 800 000 kr ej specificerade"), "\(swedish)")
    }

    @Test func aProjectionCarriesTheUnitemisedCosts() throws {
        // From the 2024 forecast, operations indexed by 2 %: Steget 900 000 → 918 000, Navet
        // 500 000 → 510 000, the unitemised 1 800 000 → 1 836 000; Kansli 800 000 unchanged.
        // Costs 800 000 + 918 000 + 510 000 + 1 836 000 = 4 064 000; contributions 4 000 000;
        // result −64 000; equity 800 000 − 64 000 = 736 000.
        let request = ProjectionRequest(years: 1, from: 2024) { plan in
            var assumptions = plan.assumptions
            assumptions.indexation[.operations] = Percent(basisPoints: 200)
            return assumptions
        }
        let checked = try loadFixture(Self.fixture, projection: request)
        let projected = try #require(checked.ledger.years.last)
        #expect(projected.number == 2025 && projected.statement.unitemisedCosts == kr(1_836_000))
        #expect(projected.costs == kr(4_064_000) && projected.result == kr(-64_000))
        #expect(projected.closingEquity == kr(736_000))
    }

    @Test func linesAboveTheTotalAreAnInputError() throws {
        let text = try Self.text().replacingOccurrences(
            of: #""budgetTotals": {"costs": 4000000},"#,
            with:
                #""costs": [{"name": "Insatser", "category": "operations", "amount": 4500000}], "budgetTotals": {"costs": 4000000},"#
        )
        let error = try #require(inputError(text))
        #expect(error.message == Message("statement.costs_over_total", [.money(kr(4_500_000)), .money(kr(4_000_000))]))
        #expect(error.location.pointer.description == "/years/0/budgetTotals/costs")
    }

    @Test func theReportShowsTheTotalAndTheItemisedOutcome() throws {
        let report = ReportKind.followUp.report([ReportSource(try loadFixture(Self.fixture))], year: 2024)
        let rows = report.tables[0].rows
        func row(_ label: Cell) -> [Cell]? { rows.first { $0.cells[0] == label }?.cells }
        let steget = try #require(row(.text("Steget")))
        // No budget, no share, no deviation of its own; the note says it is within the total.
        #expect(steget[1] == .empty && steget[2] == .money(kr(900_000)) && steget[6] == .empty)
        #expect(steget[8] == .label(Message("statement.flag.within_total")))
        let rest = try #require(row(.label(Message("statement.row.unitemised"))))
        #expect(rest[4] == .money(kr(1_800_000)))
        let total = try #require(row(.label(Message("report.row.total_costs"))))
        // 1 800 000 / 4 000 000 = 45 %; deviation 4 000 000 − 4 000 000 = 0.
        #expect(
            Array(total[1...6]) == [
                Cell.money(kr(4_000_000)), .money(kr(1_800_000)), .percent(Percent(basisPoints: 4_500)),
                .money(kr(2_200_000)), .money(kr(4_000_000)), .money(.zero),
            ])
    }
}
