import Foundation
import Synchronization
import Testing

@testable import FinsamCore

/// A large plan's rules are checked side by side (``RuleChecks``); the findings, their order and
/// the forecast verdicts shared with the budget must be exactly those of checking one rule after
/// another.
@Suite("Rules checked side by side")
struct ParallelRulesTests {
    typealias Stage = (findings: [Finding], sharedWithBudget: [VerdictKey])

    static func stage(_ checked: CheckedPlan, _ parallelism: Parallelism) -> Stage {
        RuleStage.findings(
            checked.loaded.ruleContext(), rules: RuleRegistry.all, forecasts: checked.forecasts,
            parallelism: parallelism, threshold: 0)
    }

    /// Compares the two ways; returns how many findings there were.
    @discardableResult
    static func expectSame(
        _ checked: CheckedPlan, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int {
        let serial = stage(checked, .serial)
        for parallelism in [ParallelYearsTests.threads, ParallelismTests.reversed] {
            let sideBySide = stage(checked, parallelism)
            #expect(sideBySide.findings == serial.findings, "\(label)", sourceLocation: sourceLocation)
            #expect(sideBySide.sharedWithBudget == serial.sharedWithBudget, "\(label)", sourceLocation: sourceLocation)
        }
        return serial.findings.count
    }

    @Test("Every plan fixture: the same findings, in the same order, forecasts included")
    func fixtures() throws {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/plans")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 10)
        var (forecasts, findings) = (0, 0)
        for name in names.sorted() {
            let checked = try loadFixture(name)
            forecasts += checked.forecasts.count
            findings += Self.expectSame(checked, name)
        }
        #expect(forecasts >= 5, "the fixtures' follow-ups must exercise the forecast checks")
        #expect(findings >= 50)
    }

    /// Initiatives without end dates and naming a member the plan lacks: two rules with a finding
    /// in every other initiative, all over a document too large to walk down from the root.
    static func wideText(_ count: Int) -> String {
        let initiatives = (0..<count).map { index in
            let member = index % 2 == 0 ? "k1" : "nobody"
            let end = index % 3 == 0 ? #", "end": "2025-12-31""# : ""
            return #"{"id": "i\#(index)", "name": "Insats \#(index)", "target": "individual", "#
                + #""members": ["region", "\#(member)"], "start": "2024-01-01"\#(end)}"#
        }
        return ExamplePlan.plan(initiatives: "[" + initiatives.joined(separator: ",\n") + "]")
    }

    @Test("A wide plan: each rule locates its findings walking on with its own cursors")
    func widePlan() throws {
        let checked = try loadText(Self.wideText(1500))
        #expect(checked.loaded.document.nodes.count > JSONDocument.walkDownLimit)
        let serial = Self.stage(checked, .serial)
        let ids = Set(serial.findings.map(\.ruleID))
        #expect(ids.isSuperset(of: ["initiative_end_date", "unknown_reference"]), "\(ids)")
        #expect(serial.findings.count > 1500)
        let fresh = try loadText(Self.wideText(1500))
        #expect(Self.stage(fresh, ParallelYearsTests.threads).findings == serial.findings)
        // Each job walks on through the file from its own last finding; on shared cursors, each
        // rule's finding would send the other's back to the root, until the parent index was built.
        #expect(!fresh.loaded.document.treeIsBuilt)
    }

    @Test("Years are cut into contiguous parts whose sizes differ by one at most")
    func parts() {
        #expect(RuleChecks.parts(of: 0..<10, count: 3) == [0..<3, 3..<6, 6..<10])
        #expect(RuleChecks.parts(of: 5..<7, count: 2) == [5..<6, 6..<7])
        #expect(RuleChecks.parts(of: 2..<3, count: 1) == [2..<3])
    }

    @Test("A rule that checks each year apart finds, on the whole plan, each year's findings in turn")
    func yearsApart() throws {
        let apart = RuleRegistry.all.filter(\.checksEachYearApart)
        #expect(apart.map(\.id).sorted() == ["follow_up_share", "funding_split"])
        for name in try FileManager.default.contentsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("Fixtures/plans").path
        ).filter({ $0.hasSuffix(".json") }) {
            let context = try loadFixture(name).loaded.ruleContext()
            for rule in apart {
                let byYear = context.judgedYears.indices.flatMap { year in
                    var one = context
                    one.judgedYears = context.judgedYears[year...year]
                    return rule.check(one)
                }
                #expect(rule.check(context) == byYear, "\(name) \(rule.id)")
            }
        }
    }

    @Test("Such a rule is checked in one job per part of the years, the others in one job each")
    func jobs() throws {
        let checked = try loadFixture("sodra-vatterbygden-2024.json")
        let years = checked.loaded.ledger.years.count
        #expect(years >= 3)
        let counted = Mutex(0)
        let counting = Parallelism(width: 3) { jobs, body in
            counted.withLock { $0 = jobs }
            for job in 0..<jobs { body(job) }
        }
        _ = Self.stage(checked, counting)
        let rules = RuleRegistry.all
        let apart = rules.filter(\.checksEachYearApart).count
        let expected = rules.count * (1 + checked.forecasts.count) + apart * (min(3, years) - 1)
        #expect(counted.withLock { $0 } == expected)
    }

    /// A rule that finds something in every year of the plan, whatever years it is asked to judge.
    struct EveryYearRule: Rule {
        let id = "every_year"
        let name = Localized(en: "Every year", sv: "Varje år")
        let summary = Localized(en: "A finding in each year.", sv: "Ett fynd varje år.")
        let defaultSeverity = Severity.info
        let source = "test"
        var examples: [RuleExample] { [] }

        func check(_ context: RuleContext) -> [Finding] {
            context.ledger.years.map { year in
                context.finding(self, Message("initiative.no_end", [.text("x")]), at: year.year.ref, year: year.number)
            }
        }
    }

    @Test("Checked ahead, a forecast's job keeps only its year's findings, not every year's once per forecast")
    func forecastJobsKeepTheirYear() throws {
        let name = try #require(try ForecastFocusTests.plansWithFollowUps().first)
        let checked = try loadFixture(name)
        let forecast = try #require(checked.forecasts.first)
        #expect(checked.loaded.ledger.years.count > 1)
        var checks = RuleChecks(
            checked.loaded.ruleContext(), forecasts: checked.forecasts, rules: [EveryYearRule()],
            parallelism: ParallelYearsTests.threads, threshold: 0)
        #expect(checks.take(0, rule: 0).count == checked.loaded.ledger.years.count)
        #expect(checks.take(1, rule: 0).map(\.year) == [forecast.number])
    }
}
