import Foundation
import Testing

@testable import FinsamCore

/// A forecast's rules walk only the followed-up year (`RuleContext.judgedYears`); the plain way
/// walks every year of the forecast plan and keeps the followed-up year's findings. The two must
/// give the same findings, in the same order, on every fixture with a follow-up.
struct ForecastFocusTests {
    static func plansWithFollowUps() throws -> [String] {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/plans")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            .sorted()
            .filter {
                String(decoding: try fixtureBytes("Fixtures/plans/" + $0), as: UTF8.self).contains("\"followUp\"")
            }
    }

    @Test("Each forecast's findings, focused on its year and by walking every year")
    func focusedIsPlain() throws {
        let names = try Self.plansWithFollowUps()
        #expect(names.count >= 5)
        for name in names {
            let checked = try loadFixture(name)
            for forecast in checked.forecasts {
                var focused = checked.loaded.ruleContext(plan: forecast.plan, ledger: forecast.ledger)
                focused.judgedYears = forecast.ledger.years[forecast.index...forecast.index]
                let plain = checked.loaded.ruleContext(plan: forecast.plan, ledger: forecast.ledger)
                for rule in RuleRegistry.all {
                    let a = rule.check(focused).filter { $0.year == forecast.number }
                    let b = rule.check(plain).filter { $0.year == forecast.number }
                    #expect(a.map(\.message) == b.map(\.message), "\(name) \(rule.id)")
                    #expect(a.map(\.location) == b.map(\.location), "\(name) \(rule.id)")
                }
            }
        }
    }
}

/// `Ledger(replacing:of:with:)` keeps the years before the replaced one and rolls the equity of
/// those after; it must give what computing the whole plan gives.
struct LedgerReplacingTests {
    static func figures(_ ledger: Ledger) -> [String] {
        ledger.years.map { year in
            let sums = [
                year.contributions, year.income, year.costs, year.result, year.individualCosts,
            ]
            let equity = [year.openingEquity, year.closingEquity, year.equityCap?.amount]
            return "\(year.number) \(sums.map(\.ore)) \(equity.map { $0?.ore })"
        }
    }

    @Test("Each fixture's forecasts, replaced and computed whole")
    func fixtures() throws {
        for name in try ForecastFocusTests.plansWithFollowUps() {
            for forecast in try loadFixture(name).forecasts {
                let whole = try Ledger(plan: forecast.plan)
                #expect(Self.figures(forecast.ledger) == Self.figures(whole), "\(name)")
            }
        }
    }

    @Test("Random plans with one year replaced by another's lines")
    func randomPlans() throws {
        var random = SplitMix64(seed: 0x1ED6_E5)
        for _ in 0..<60 {
            let plan = try loadText(RandomPlan(using: &random).text).plan
            let base = try Ledger(plan: plan)
            let index = Int.random(in: 0..<plan.years.count, using: &random)
            let donor = plan.years[Int.random(in: 0..<plan.years.count, using: &random)]
            var changed = plan
            changed.years[index] = donor
            let replaced = try Ledger(replacing: index, of: base, with: changed)
            #expect(Self.figures(replaced) == Self.figures(try Ledger(plan: changed)))
        }
    }
}
