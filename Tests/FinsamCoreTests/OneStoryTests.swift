import Foundation
import Testing

@testable import FinsamCore

/// finsam tells one story: every report, the projection and `validate` give the same verdict
/// about the same plan, because they all read one ``CheckedPlan``.
@Suite("One plan, one story")
struct OneStoryTests {
    /// Every plan under Fixtures/plans: the seeds and each shape the format allows.
    static var fixtures: [String] {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/plans").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The plans every consistency check runs over: the fixtures and seeded random plans.
    static func plans() throws -> [(name: String, text: String)] {
        var result: [(String, String)] = try fixtures.map {
            ($0, String(decoding: try fixtureBytes("Fixtures/plans/" + $0), as: UTF8.self))
        }
        var random = SplitMix64(seed: 13)
        for index in 0..<120 { result.append(("random-\(index).json", RandomPlan(using: &random).text)) }
        return result
    }

    /// The equity-cap status `validate`'s findings about a year call for, as a message id:
    /// the worst of negative equity, below the floor, over the cap; else not in force before
    /// 2014, else within.
    static func expectedStatus(_ findings: [Finding], year: Int, forecast: Bool, equityKnown: Bool) -> String {
        let about = findings.filter { $0.year == year && ($0.forecastAsOf != nil) == forecast }
        if about.contains(where: { $0.ruleID == "negative_equity" }) { return "report.state.negative" }
        if about.contains(where: { $0.ruleID == "equity_floor" }) { return "report.state.below_floor" }
        if about.contains(where: { $0.ruleID == "equity_cap" }) { return "report.state.over_cap" }
        if year < 2014 { return "report.state.rule_not_in_force" }
        return equityKnown ? "report.state.within" : "report.state.not_stated"
    }

    static func column(_ table: Table, _ key: String) -> [Cell] {
        guard let index = table.columns.firstIndex(where: { $0.key == key }) else { return [] }
        return table.rows.map { $0.cells[index] }
    }

    static func isNotStated(_ cell: Cell) -> Bool {
        if case .notStated = cell { return true }
        return false
    }

    static func messageID(_ cell: Cell) -> String? {
        guard case .label(let message) = cell else { return nil }
        return message.id
    }

    @Test("The equity-cap report's status of every year (and forecast) is validate's finding for it")
    func equityCapStatusIsValidatesVerdict() throws {
        for (name, text) in try Self.plans() {
            let bytes = Array(text.utf8)
            // validate's own path: its findings, as the reporters print them.
            let validated = fileResult(bytes, file: name)
            guard case .success(let findings) = validated.outcome else { continue }
            let checked = try check(bytes, file: name)
            let table = ReportKind.equityCap.report([ReportSource(checked)]).tables[0]
            let years = Self.column(table, "year")
            let kinds = Self.column(table, "yearStatus")
            let states = Self.column(table, "status")
            #expect(years.count == checked.ledger.years.count + checked.forecasts.count, "\(name)")
            let equity = Self.column(table, "closingEquity")
            #expect(equity.count == years.count, "\(name)")
            for (index, (yearCell, (kind, state))) in zip(years, zip(kinds, states)).enumerated() {
                guard case .year(let year) = yearCell else {
                    Issue.record("\(name): a row without a year")
                    continue
                }
                let forecast = Self.messageID(kind) == "report.status.forecast_as_of"
                let known = index < equity.count && !Self.isNotStated(equity[index])
                let expected = Self.expectedStatus(findings, year: year, forecast: forecast, equityKnown: known)
                #expect(
                    Self.messageID(state) == expected,
                    "\(name) \(year)\(forecast ? " forecast" : "")")
            }
        }
    }

    @Test(
        "A year before the cap rule (2014) over 20 %: validate is clean of equity_cap, and the report does not say 'over'"
    )
    func yearBeforeTheCapRule() throws {
        // 2013: contributions 2 000 000 kr, cap 400 000; opening 500 000 and a zero result leave 500 000 over it.
        let text = ExamplePlan.plan(
            opening: "500000", first: ExamplePlan.year(2013, status: "budget"),
            later: [ExamplePlan.year(2014), ExamplePlan.year(2015)])
        let checked = try loadText(text)
        #expect(!checked.findings.contains { $0.ruleID == "equity_cap" && $0.year == 2013 })
        #expect(checked.findings.contains { $0.ruleID == "equity_cap" && $0.year == 2014 })
        let states = Self.column(ReportKind.equityCap.report([ReportSource(checked)]).tables[0], "status").compactMap(
            Self.messageID)
        #expect(states == ["report.state.rule_not_in_force", "report.state.over_cap", "report.state.over_cap"])
    }

    @Test("A projection's years from the file carry exactly validate's findings")
    func projectionKnownYears() throws {
        for (name, text) in try Self.plans() {
            let bytes = Array(text.utf8)
            guard case .success(let findings) = fileResult(bytes, file: name).outcome,
                let last = try check(bytes, file: name).plan.years.last?.year, last + 3 <= 2999
            else { continue }
            let projected = try check(bytes, file: name, projection: ProjectionRequest(years: 3))
            let known = projected.findings.filter { finding in finding.year.map { $0 <= last } ?? true }
            #expect(known == findings, "\(name)")
            #expect(projected.findings.allSatisfy { $0.year.map { $0 <= last || projected.isProjected($0) } ?? true })
        }
    }

    @Test(
        "Every report that shows years shows a followed-up year's forecast next to its budget",
        arguments: [ReportKind.equityCap, .budget, .adminShare, .individualShare])
    func forecastInEveryReport(kind: ReportKind) throws {
        for name in ["follow-up-example.json", "sundsvall-2021-follow-up.json"] {
            let report = kind.report([ReportSource(try loadFixture(name))])
            let ids = report.tables.flatMap { table in
                table.columns.map(\.title.id) + table.rows.flatMap { $0.cells.compactMap(Self.messageID) }
            }
            #expect(
                ids.contains("report.status.forecast_as_of") || ids.contains("report.year.forecast_as_of"),
                "\(kind) \(name)")
        }
    }

    @Test("Every report ends with the plan's findings, the same as validate's")
    func reportsCarryFindings() throws {
        for kind in ReportKind.allCases {
            let checked = try loadFixture("sunnerbo-2022.json")
            let report = kind.report([ReportSource(checked)])
            #expect(
                report.findings == [
                    fileResult(try fixtureBytes("Fixtures/plans/sunnerbo-2022.json"), file: checked.file)
                ])
            // 1 error, 8 warnings and 1 note on Sunnerbo (see SeedPlanTests): all of them in the table.
            #expect(report.findingsTables.first?.rows.count == 10, "\(kind)")
        }
    }

    @Test("The projection starts from the forecast: Exempel's 2024 forecast closes at 920 000 kr")
    func projectionFromForecast() throws {
        // Forecast 2024: income 2 000 000; costs Kansli 150 000 + 100 000, Insatser 400 000 +
        // 800 000, Konsulter 30 000 = 1 480 000; result 520 000; equity 400 000 + 520 000 = 920 000.
        let checked = try loadFixture("follow-up-example.json", projection: ProjectionRequest(years: 1, from: 2024))
        let projection = try #require(checked.projection)
        #expect(
            projection.start
                == ProjectionStart(year: 2024, closingEquity: kr(920_000), forecastAsOf: checked.forecasts.first?.asOf))
        let projected = try #require(checked.ledger.years.last)
        #expect(projected.number == 2025 && projected.openingEquity == kr(920_000))
        // At the forecast's cost level: 250 000 + 30 000 administration, 1 200 000 operations;
        // no growth in the plan: the same 2 000 000 of contributions, result 520 000.
        #expect(projected.administrationCosts == kr(280_000) && projected.operationsCosts == kr(1_200_000))
        #expect(projected.closingEquity == kr(1_440_000))
        // The budget's own 2024 (closing 400 000) is still what validate checks.
        #expect(checked.ledger.years[0].closingEquity == kr(400_000))
    }

    @Test("A plan after the followed-up year is carried from the forecast's difference")
    func projectionAfterAFollowedUpYear() throws {
        // Budget 2024 closes at 400 000, the forecast at 920 000 (+520 000); 2025 and 2026 are
        // balanced, so 2026 closes at 400 000 as planned and the projection starts at 920 000.
        let checked = try loadFixture("follow-up-example.json", projection: ProjectionRequest(years: 1))
        let projection = try #require(checked.projection)
        #expect(projection.start.year == 2026 && projection.start.closingEquity == kr(920_000))
        #expect(checked.ledger.years.map(\.openingEquity).last == kr(920_000))
    }

    @Test("A waived finding is the report's verdict too, marked waived")
    func waivedVerdict() throws {
        let waiver =
            #"{"rule": "equity_cap", "year": 2024, "reason": "r", "decision": "§ 12, 2026-03-14", "expires": "2999-12-31"}"#
        let checked = try loadText(WaiverRules.example(waiver))
        let state = Self.column(ReportKind.equityCap.report([ReportSource(checked)]).tables[0], "status")[0]
        #expect(state == .label(Message("report.state.waived", [.message(Message("report.state.over_cap"))])))
    }
}

/// The split report as plans print it: each municipality's share of the municipal part, two
/// decimals on every row.
@Suite("The split report's key shares")
struct SplitKeyShareTests {
    @Test("Södra Vätterbygden 2024: agreed shares of the municipal 2 793 000 kr, by hand")
    func agreedShares() throws {
        let report = ReportKind.split.report([ReportSource(try loadFixture("sodra-vatterbygden-2024.json"))])
        let cells = OneStoryTests.column(report.tables[0], "keyShare")
        // Habo 204 600 / 2 793 000 = 7,325 %; Jönköping 2 243 200 / 2 793 000 = 80,315 %;
        // Mullsjö 116 200 / 2 793 000 = 4,160 %; Vaggeryd 229 000 / 2 793 000 = 8,199 %.
        let shown = cells.compactMap { cell -> String? in
            guard case .fixedPercent(let percent, let decimals) = cell else { return nil }
            return percent.formatted(.sv, decimals: decimals)
        }
        #expect(shown == ["7,33 %", "80,32 %", "4,16 %", "8,20 %"])
        // The state, the region and the total keep two decimals too (50,00 %, 25,00 %, 100,00 %).
        let shares = OneStoryTests.column(report.tables[0], "share")
        #expect(shares.allSatisfy { if case .fixedPercent(_, 2) = $0 { return true } else { return false } })
    }
}
