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
