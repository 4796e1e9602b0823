import Foundation
import Testing

@testable import FinsamCore

/// The budget follow-up (`followUp`): decoding, the forecast, the rules and the report's figures,
/// against hand calculation and, for Sundsvall, the "Prognos 2021" column of its plan.
@Suite("Budget follow-up")
struct FollowUpTests {
    static let example = "follow-up-example.json"
    static let sundsvall = "sundsvall-2021-follow-up.json"

    /// The hand-made plan (Fixtures/plans/follow-up-example.json), worked by hand:
    ///
    /// Budget 2024: contributions 2 000 000 kr; Kansli 200 000, Insatser 1 800 000; result 0;
    /// opening equity 400 000 = closing; the national cap is 20 % × 2 000 000 = 400 000 kr.
    /// Follow-up at 2024-06-30: 31+29+31+30+31+30 = 182 days of 366 (leap year) = 49,727 %.
    ///
    /// | line      | budget    | outcome | used    | rest    | full year | deviation          |
    /// |-----------|-----------|---------|---------|---------|-----------|--------------------|
    /// | Kansli    | 200 000   | 150 000 | 75 %    | 100 000 | 250 000   | +50 000 (+25 %)    |
    /// | Insatser  | 1 800 000 | 400 000 | 22,2 %  | 800 000 | 1 200 000 | −600 000 (−33,3 %) |
    /// | Konsulter | (none)    | 30 000  |         | 0       | 30 000    | +30 000            |
    /// | costs     | 2 000 000 | 580 000 | 29 %    | 900 000 | 1 480 000 | −520 000 (−26 %)   |
    ///
    /// Income: each member has paid half; with no forecast the rest is the budget left, so the
    /// forecast income is the budget's 2 000 000. Forecast result 2 000 000 − 1 480 000 =
    /// 520 000; forecast closing equity 400 000 + 520 000 = 920 000 kr, 520 000 over the cap.
    /// Kansli: 75 % > 49,727 % + 10 = 59,727 %: over. Insatser: 22,2 % < 49,727 % − 20 =
    /// 29,727 %: under.
    @Test("Hand-made plan: lines, shares and forecast as worked by hand")
    func handMadeLines() throws {
        let loaded = try loadFixture(Self.example)
        let followUp = try #require(loaded.plan.years[0].followUp)
        #expect(followUp.elapsedDays == 182 && followUp.daysInYear == 366)
        // 182 / 366 = 0,497267… → 49,73 %.
        #expect(followUp.yearShare == Percent(basisPoints: 4_973))
        let costs = followUp.costs
        #expect(costs.map(\.name) == ["Kansli", "Insatser", "Konsulter"])
        #expect(costs.map(\.forecastYear) == [kr(250_000), kr(1_200_000), kr(30_000)])
        #expect(costs.map(\.deviation) == [kr(50_000), kr(-600_000), kr(30_000)])
        #expect(costs[2].budget == nil && costs[2].category == .administration)
        // Staten: budget 1 000 000, outcome 500 000, no forecast: the rest is the 500 000 left.
        #expect(followUp.income[0].forecastRest == kr(500_000) && followUp.income[0].forecastSource == .remainingBudget)
        #expect(followUp.income.allSatisfy { $0.isContribution && $0.deviation == .zero })
    }

    @Test("Hand-made plan: over, under, not in the budget, and the forecast over the cap")
    func handMadeFindings() throws {
        let findings = try loadFixture(Self.example).findings
        let found = findings.map { "\($0.ruleID) \($0.location.pointer)" }
        #expect(
            found == [
                "equity_cap /years/0/followUp",
                "follow_up_share /years/0/followUp/costs/0",
                "follow_up_share /years/0/followUp/costs/1",
                "follow_up_unbudgeted /years/0/followUp/costs/2",
            ])
        let cap = try #require(findings.first { $0.ruleID == "equity_cap" })
        #expect(cap.figures.contains(.money("closingEquity", kr(920_000))))
        #expect(cap.figures.contains(.money("cap", kr(400_000))))
        #expect(cap.figures.contains(.money("over", kr(520_000))))
        #expect(cap.message.id == "followup.forecast")
        let rendered = Catalog(language: .en).render(cap.message)
        #expect(rendered.hasPrefix("2024: closing equity 920,000 kr"))
        #expect(rendered.hasSuffix(" (forecast as of 2024-06-30)"))
        #expect(findings[1].message.id == "followup.over_share" && findings[2].message.id == "followup.under_share")
        // The budget itself is clean: 400 000 is exactly the cap, not above it.
        #expect(!findings.contains { $0.ruleID == "equity_cap" && $0.location.pointer.description == "/years/0" })
    }

    @Test("Hand-made plan: the report's rows and the forecast equity against cap and floor")
    func handMadeReport() throws {
        let report = ReportKind.followUp.report([ReportSource(try loadFixture(Self.example))], year: 2024)
        #expect(report.tables.map(\.key) == ["follow-up", "follow-up-equity"])
        let lines = report.tables[0]
        func row(_ label: Cell) -> [Cell]? { lines.rows.first { $0.cells[0] == label }?.cells }
        let totalCosts = try #require(row(.label(Message("report.row.total_costs"))))
        // 2 000 000 | 580 000 | 29 % | 900 000 | 1 480 000 | −520 000 | −26 %
        #expect(
            Array(totalCosts[1...7]) == [
                Cell.money(kr(2_000_000)), .money(kr(580_000)), .percent(Percent(basisPoints: 2_900)),
                .money(kr(900_000)), .money(kr(1_480_000)), .money(kr(-520_000)),
                .percent(Percent(basisPoints: -2_600)),
            ])
        let insatser = try #require(row(.text("Insatser")))
        // 400 000 / 1 800 000 = 22,22 %; −600 000 / 1 800 000 = −33,33 %.
        #expect(
            insatser[3] == .percent(Percent(basisPoints: 2_222))
                && insatser[7] == .percent(Percent(basisPoints: -3_333)))
        #expect(insatser[8] == .label(Message("report.flag.under")))
        #expect(row(.text("Kansli"))?[8] == .label(Message("report.flag.over")))
        #expect(row(.text("Konsulter"))?[8] == .label(Message("report.flag.unbudgeted")))
        let result = try #require(row(.label(Message("report.row.result"))))
        #expect(result[5] == .money(kr(520_000)))
        let equity = report.tables[1].rows
        #expect(
            equity[2].cells == [.label(Message("report.row.closing_equity")), .money(kr(400_000)), .money(kr(920_000))])
        #expect(equity[5].cells[2] == .label(Message("report.state.over_cap")))
        #expect(equity[4].cells[2] == .money(kr(100_000)))
    }

    /// Sundsvall's plan prints "Prognos 2021": income 7 378, costs 7 617 + 1 = 7 618, result
    /// −240, equity 1 473 − 240 = 1 233 tkr; assets 1 533 = 1 233 + 300. The follow-up's lines
    /// must give exactly that, and its declared figures (the document's) must pass.
    @Test("Sundsvall 2021: the forecast reproduces the document's Prognos 2021")
    func sundsvallForecast() throws {
        let loaded = try loadFixture(Self.sundsvall)
        let year = loaded.plan.years[0]
        let followUp = try #require(year.followUp)
        var plan = loaded.plan
        plan.years[0] = followUp.forecastYear(of: year)
        let forecast = try Ledger(plan: plan).years[0]
        #expect(forecast.income == kr(7_378_000))
        #expect(forecast.costs == kr(7_618_000))
        #expect(forecast.result == kr(-240_000))
        #expect(forecast.closingEquity == kr(1_233_000))
        // 31 August 2021: 31+28+31+30+31+30+31+31 = 243 days of 365.
        #expect(followUp.elapsedDays == 243 && followUp.daysInYear == 365)
        // Only the one-year plan's horizon warning, and the note that the transcription records no
        // adoption: the declared forecast and interim figures add up.
        #expect(loaded.findings.map(\.ruleID) == ["planning_horizon", "budget_adoption"])
    }

    @Test("A declared forecast figure that does not match is a declared_figures finding in the follow-up")
    func forecastDeclaredMismatch() throws {
        let text = String(decoding: try fixtureBytes("Fixtures/plans/" + Self.sundsvall), as: UTF8.self)
            .replacingOccurrences(of: #""result": -240"#, with: #""result": -250"#)
        let findings = try loadText(text).findings
        let declared = try #require(findings.first { $0.ruleID == "declared_figures" })
        #expect(declared.location.pointer.description == "/years/0/followUp/declared/result")
        // Declared −250 against computed −240: 10 tkr apart.
        #expect(declared.figures.contains(.money("difference", kr(-10_000))))
    }

    @Test("Days of the year, leap years included")
    func days() throws {
        #expect(try #require(PlanDate.parse("2021-08-31")).dayOfYear == 243)
        #expect(try #require(PlanDate.parse("2024-12-31")).dayOfYear == 366)
        #expect(try #require(PlanDate.parse("2023-01-01")).dayOfYear == 1)
        #expect(PlanDate.daysIn(year: 1900) == 365 && PlanDate.daysIn(year: 2000) == 366)
    }

    /// At 2023-12-31 the whole year has passed (365/365 = 100 %): with the default margins a line
    /// is over above 110 % and under below 80 %, exactly; on the boundary it is not flagged.
    @Test("Share thresholds are exact: on the boundary is not flagged, one öre past it is")
    func exactThresholds() throws {
        func findings(_ outcome: String) throws -> [Finding] {
            let plan = ExamplePlan.plan(
                first: ExamplePlan.year(
                    2023, status: "budget",
                    extra: #"""
                        "followUp": {"asOf": "2023-12-31", "costs": [{"name": "Kansli", "outcome": \#(outcome)}, {"name": "Insatser", "outcome": 1800000}]}
                        """#), later: [ExamplePlan.year(2024), ExamplePlan.year(2025)])
            return try check(Array(plan.utf8), file: "test.json", rules: [FollowUpShareRule()]).findings.filter {
                $0.forecastAsOf == nil
            }
        }
        #expect(try findings("220000").isEmpty)  // 110 % of 200 000
        #expect(try findings("220000.01").count == 1)
        #expect(try findings("160000").isEmpty)  // 80 % of 200 000
        #expect(try findings("159999.99").count == 1)
    }

    /// Costs rest-of-year total 500 000, split over Kansli (200 000 − 100 000 = 100 000 left)
    /// and Insatser (1 800 000 − 900 000 = 900 000 left): 50 000 and 450 000.
    @Test("A forecastRest total is split over the lines without their own forecast by the budget they have left")
    func totalForecast() throws {
        let plan = FollowUpExamples.plan(FollowUpExamples.onTrack + #", "forecastRest": {"costs": 500000}"#)
        let costs = try #require(try loadText(plan).plan.years[0].followUp).costs
        #expect(costs.map(\.forecastRest) == [kr(50_000), kr(450_000)])
        #expect(costs.allSatisfy { $0.forecastSource == .total })
    }

    @Test("Bad follow-ups are input errors with a place; a misspelt field is a warning")
    func inputErrors() throws {
        let outside = inputError(
            FollowUpExamples.plan(#""costs": []"#).replacingOccurrences(of: "2024-06-30", with: "2025-01-31"))
        #expect(outside?.message.id == "followup.as_of_outside_year")
        #expect(outside?.location.pointer.description == "/years/0/followUp/asOf")
        let both = inputError(
            FollowUpExamples.plan(
                #""costs": [{"name": "Kansli", "outcome": 1, "forecast": 2}, {"name": "Insatser", "outcome": 1, "forecast": 2}], "forecastRest": {"costs": 5}"#
            ))
        #expect(both?.message.id == "followup.total_without_lines")
        #expect(
            inputError(FollowUpExamples.plan(#""costs": [{"name": "Kansli", "outcome": -1}]"#))?.message.id
                == "plan.negative_amount")
        #expect(
            inputError(
                FollowUpExamples.plan(#""costs": []"#).replacingOccurrences(of: "2024-06-30", with: "2024-02-30"))?
                .message.id == "plan.invalid_date")
        let typo = try loadText(FollowUpExamples.plan(#""costs": [{"name": "Kansli", "outcom": 1, "outcome": 1}]"#))
        #expect(typo.loaded.unknownFields.map(\.suggestion) == ["outcome"])
    }

    /// The hand-made plan's forecast is 520 000 kr over the cap; a waiver at the follow-up's
    /// pointer accepts that finding only, and the share warnings still count.
    @Test("A waiver at /years/0/followUp accepts the forecast's finding")
    func waiverOnForecast() throws {
        let text = String(decoding: try fixtureBytes("Fixtures/plans/" + Self.example), as: UTF8.self)
            .replacingOccurrences(
                of: #""policy": {"equityFloor": 100000},"#,
                with: #"""
                    "policy": {"equityFloor": 100000},
                    "waivers": [{"rule": "equity_cap", "pointer": "/years/0/followUp", "reason": "saving for 2025", "decision": "§ 4, 2024-08-20", "expires": "2024-12-31"}],
                    """#)
        let findings = fileResult(Array(text.utf8), file: "f.json", today: PlanDate(year: 2024, month: 9, day: 1))
            .findings
        #expect(
            findings.map { $0.ruleID + ($0.waiver == nil ? "" : " waived") }
                == ["equity_cap waived", "follow_up_share", "follow_up_share", "follow_up_unbudgeted"])
    }

    @Test("A plan without a follow-up gives a report that says so")
    func noFollowUp() throws {
        let report = ReportKind.followUp.report([ReportSource(try loadFixture("sundsvall-2022.json"))])
        #expect(report.tables.count == 1 && report.tables[0].rows.isEmpty)
        #expect(
            report.tables[0].notes == [
                Message("report.note.no_follow_up_any", [.text("Samordningsförbundet i Sundsvall")])
            ])
    }
}
