import Foundation
import Testing

@testable import FinsamCore

/// A forecast shares the plan's years instead of holding a copy of every one (``ForecastYear``),
/// and its rule context is made once for all its rules (``ForecastContexts``): a plan followed
/// up in each of 1 000 years held a million years, 2.4 GB (docs/performance.md).
@Suite("Forecasts share the plan's years")
struct ForecastSharingTests {
    static func figures(_ year: YearLedger) -> String {
        let sums = [year.contributions, year.income, year.costs, year.result, year.individualCosts]
        return "\(year.number) \(sums.map(\.ore)) \([year.openingEquity, year.closingEquity].map { $0?.ore })"
    }

    @Test("Each fixture's forecast: its year is its ledger's, its plan the plan with that year replaced")
    func fixtures() throws {
        var forecasts = 0
        for name in try ForecastFocusTests.plansWithFollowUps() {
            let checked = try loadFixture(name)
            for forecast in checked.forecasts {
                forecasts += 1
                let whole = try Ledger(plan: forecast.plan)
                #expect(Self.figures(forecast.year) == Self.figures(whole.years[forecast.index]), "\(name)")
                #expect(forecast.ledger.years.map(Self.figures) == whole.years.map(Self.figures), "\(name)")
                #expect(forecast.plan.years.map(\.year) == checked.plan.years.map(\.year), "\(name)")
                #expect(forecast.plan.years[forecast.index].forecastAsOf == forecast.asOf, "\(name)")
            }
        }
        #expect(forecasts >= 5)
    }

    @Test("The replaced year alone is the whole replaced ledger's year, on random plans")
    func replacedYearAlone() throws {
        var random = SplitMix64(seed: 0x5_4A2E)
        for _ in 0..<60 {
            let plan = try loadText(RandomPlan(using: &random).text).plan
            let base = try Ledger(plan: plan)
            let index = Int.random(in: 0..<plan.years.count, using: &random)
            var changed = plan
            changed.years[index] = plan.years[Int.random(in: 0..<plan.years.count, using: &random)]
            let whole = try Ledger(replacing: index, of: base, with: changed)
            let alone = try Ledger.replacedYear(index, of: base, replacingWith: changed.years[index], in: plan)
            #expect(Self.figures(alone) == Self.figures(whole.years[index]))
        }
    }

    @Test("An overflow in a year after the followed-up one is an input error there, as before")
    func overflowAfterTheForecastYear() throws {
        // Opening equity 3 000 000 kr below the largest amount finsam holds
        // (92 233 720 368 547 758,07 kr). The budget: 2024 and 2025 balanced, 2026 costs of
        // 500 000 kr against 2 000 000 kr in, closing 1 500 000 kr below the largest. The
        // forecast of 2024 costs 200 000 kr, a result of 1 800 000 kr: rolled on from it, 2026
        // would close 300 000 kr past the largest.
        let followUp =
            #""followUp": {"asOf": "2024-06-30", "costs": ["#
            + #"{"name": "Kansli", "outcome": 100000, "forecast": 0}, "#
            + #"{"name": "Insatser", "outcome": 100000, "forecast": 0}]}"#
        let lower =
            #"[{"name": "Kansli", "category": "administration", "amount": 200000}, "#
            + #"{"name": "Insatser", "category": "operations", "amount": 300000}]"#
        let text = ExamplePlan.plan(
            opening: "92233720365547758", first: ExamplePlan.year(2024, status: "budget", extra: followUp),
            later: [ExamplePlan.year(2025), ExamplePlan.year(2026, costs: lower)])
        let error = try #require(inputError(text))
        #expect(error.message.id == "amount.sum_overflow")
        #expect(error.message.arguments == [.integer(2026)])
        // Without the follow-up the plan loads: the overflow is the forecast's.
        #expect(inputError(text.replacingOccurrences(of: ", " + followUp, with: "")) == nil)
    }

    /// `count` years from 2024, each balanced (2 000 000 kr in and out, opening equity 0) and
    /// followed up at 30 June with 200 000 kr spent and nothing more forecast.
    static func followedUpEveryYear(_ count: Int) -> String {
        let years = (0..<count).map { offset in
            let number = 2024 + offset
            let followUp =
                #""followUp": {"asOf": "\#(number)-06-30", "costs": ["#
                + #"{"name": "Kansli", "outcome": 100000, "forecast": 0}, "#
                + #"{"name": "Insatser", "outcome": 100000, "forecast": 0}]}"#
            return ExamplePlan.year(number, status: offset == 0 ? "budget" : "plan", extra: followUp)
        }
        return ExamplePlan.plan(
            policy: #"{"equityCap": {"rule": "percent", "percent": 20}}"#, first: years[0],
            later: Array(years.dropFirst()))
    }

    @Test("A plan followed up in each of 120 years: each forecast's verdict, one at a time and side by side")
    func everyYearFollowedUp() throws {
        let checked = try loadText(Self.followedUpEveryYear(120))
        #expect(checked.forecasts.count == 120)
        // Each forecast: income 2 000 000 kr, costs 200 000 kr (the outcome, nothing more
        // forecast), so a result of 1 800 000 kr on an opening equity of 0: above the cap of
        // 20 % of 2 000 000 kr = 400 000 kr by 1 400 000 kr. The budget itself closes at 0.
        let capped = checked.findings.filter { $0.ruleID == "equity_cap" }
        #expect(capped.map(\.year) == Array(2024..<2144))
        #expect(capped.allSatisfy { $0.forecastAsOf != nil })
        #expect(capped.first?.figures.contains(.money("closingEquity", kr(1_800_000))) == true)
        ParallelRulesTests.expectSame(checked, "120 followed-up years")
    }

    @Test("Each forecast's context is made once for all its rules")
    func contextsMadeOnce() throws {
        let checked = try loadText(Self.followedUpEveryYear(40))
        let contexts = ForecastContexts(checked.forecasts, of: checked.loaded.ruleContext(), kept: 2)
        for position in 0..<40 {
            for _ in RuleRegistry.all {
                #expect(contexts.context(position)?.judgedYears.first?.number == 2024 + position)
            }
        }
        #expect(contexts.contextsMade == 40)
        #expect(contexts.context(40) == nil)
        // One let go is made again, the same.
        #expect(contexts.context(0)?.judgedYears.first?.number == 2024)
        #expect(contexts.contextsMade == 41)
    }
}
