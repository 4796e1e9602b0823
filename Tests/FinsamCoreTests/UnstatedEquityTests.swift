import Foundation
import Testing

@testable import FinsamCore

/// A plan that does not state its opening equity (issue 14): results are known, equity is not,
/// and each rule about equity says once, as info, that it cannot judge.
///
/// Fixture Fixtures/plans/unstated-equity.json, by hand: contributions 1 000 000 + 500 000 +
/// 125 000 + 375 000 = 2 000 000 kr a year; costs 200 000 + 1 900 000 = 2 100 000 (2025),
/// 200 000 + 1 850 000 = 2 050 000 (2026), 200 000 + 1 800 000 = 2 000 000 (2027); results
/// −100 000, −50 000, 0. Cap 20 % × 2 000 000 = 400 000. Floor 100 000.
@Suite("Opening equity not stated")
struct UnstatedEquityTests {
    static let path = "Fixtures/plans/unstated-equity.json"

    static func text(_ replacing: String = "", with: String = "") throws -> String {
        let text = String(decoding: try fixtureBytes(path), as: UTF8.self)
        return replacing.isEmpty ? text : text.replacingOccurrences(of: replacing, with: with)
    }

    @Test("Results are known, equity unknown; one info per equity rule; the deficit without a reason is still found")
    func unstated() throws {
        let checked = try loadFixture("unstated-equity.json")
        #expect(checked.plan.openingEquity == nil)
        #expect(checked.ledger.years.map(\.result) == [kr(-100_000), kr(-50_000), .zero])
        #expect(checked.ledger.years.allSatisfy { $0.openingEquity == nil && $0.closingEquity == nil })
        let infos = checked.findings.filter { $0.message.id == "unstated.equity" }
        #expect(infos.map(\.ruleID).sorted() == ["declared_figures", "equity_cap", "equity_floor", "negative_equity"])
        #expect(
            infos.allSatisfy { $0.severity == .info && $0.year == nil && $0.location.pointer.description == "/years/0" }
        )
        // negative_equity, equity_cap, equity_floor: every year; declared_figures: 2025's funds available.
        let spans = Dictionary(uniqueKeysWithValues: infos.map { ($0.ruleID, $0.message.arguments[0]) })
        #expect(spans["negative_equity"] == .text("2025–2027") && spans["declared_figures"] == .text("2025"))
        // Nothing claims a breach: no negative equity, floor or cap finding of any year.
        #expect(!checked.findings.contains { $0.severity != .info && $0.ruleID.contains("equity") })
        // 2026's result of −50 000 has no deficitReason: a real mistake, still an error.
        let deficit = try #require(checked.findings.first { $0.ruleID == "deficit_reason" })
        #expect(deficit.severity == .error && deficit.year == 2026 && deficit.message.id == "unstated.deficit")
        let sv = Catalog(language: .sv).render(infos[0].message)
        #expect(sv.contains("Ingående eget kapital") && sv.contains("2025"))
    }

    @Test("Omitting openingEquity is the same as null; a version 1 plan with it means what it meant")
    func omitted() throws {
        let omitted = try loadText(try Self.text("  \"openingEquity\": null,\n", with: ""))
        #expect(omitted.plan.openingEquity == nil)
        #expect(omitted.findings.map(\.message) == (try loadFixture("unstated-equity.json")).findings.map(\.message))
        // Stated as 300 000: 300 000 − 100 000 = 200 000; − 50 000 = 150 000; + 0 = 150 000.
        let stated = try loadText(try Self.text("\"openingEquity\": null", with: "\"openingEquity\": 300000"))
        #expect(stated.ledger.years.map(\.closingEquity) == [kr(200_000), kr(150_000), kr(150_000)])
        #expect(!stated.findings.contains { $0.message.id == "unstated.equity" && $0.ruleID != "declared_figures" })
    }

    @Test("A later year's declared opening equity is the equity from that year on")
    func declaredOpening() throws {
        // 2026 declares opening 500 000: closing 500 000 − 50 000 = 450 000; 2027: 450 000 + 0.
        // Cap 400 000: over by 50 000 in 2026 and 2027. 2025 stays unknown.
        let text = try Self.text(
            "\"year\": 2026,\n      \"status\": \"plan\",",
            with: "\"year\": 2026,\n      \"status\": \"plan\",\n      \"declared\": {\"openingEquity\": 500000},")
        let checked = try loadText(text)
        #expect(checked.ledger.years.map(\.openingEquity) == [nil, kr(500_000), kr(450_000)])
        #expect(checked.ledger.years.map(\.closingEquity) == [nil, kr(450_000), kr(450_000)])
        let caps = checked.findings.filter { $0.ruleID == "equity_cap" }
        #expect(caps.map(\.year) == [nil, 2026, 2027])
        #expect(caps.first { $0.year == 2026 }?.figures.contains(.money("over", kr(50_000))) == true)
        #expect(caps.first { $0.year == nil }?.message.arguments[0] == .text("2025"))
    }

    @Test("A first year that declares its closing equity is known from its end on: no info from the equity rules")
    func declaredClosing() throws {
        // 2025 closes at 350 000 as declared; 2026: 350 000 − 50 000 = 300 000; 2027: 300 000.
        let text = try Self.text("\"result\": -100000}", with: "\"result\": -100000, \"closingEquity\": 350000}")
        let checked = try loadText(text)
        #expect(checked.ledger.years.map(\.openingEquity) == [nil, kr(350_000), kr(300_000)])
        #expect(checked.ledger.years.map(\.closingEquity) == [kr(350_000), kr(300_000), kr(300_000)])
        let infos = checked.findings.filter { $0.message.id == "unstated.equity" }.map(\.ruleID)
        // Only the declared funds available (opening + income) of 2025 stays unjudged.
        #expect(infos == ["declared_figures"])
    }

    @Test("Reports print — for unknown equity and claim no verdict")
    func reports() throws {
        let source = ReportSource(try loadFixture("unstated-equity.json"))
        let budget = ReportKind.budget.report([source]).tables[0]
        let opening = try #require(budget.rows.first { $0.cells.first == .label(Message("report.row.opening_equity")) })
        #expect(opening.cells.dropFirst().allSatisfy { $0 == .notStated })
        let cap = ReportKind.equityCap.report([source]).tables[0]
        #expect(cap.rows.allSatisfy { $0.cells.last == .label(Message("report.state.not_stated")) })
        #expect(Catalog(language: .sv).render(Message("report.not_stated")) == "—")
        #expect(source.series.points.isEmpty)
    }

    @Test("CSV export leaves unknown equity empty, never 0; the income total is the income alone")
    func export() throws {
        let sheet = BudgetSheet(try loadFixture("unstated-equity.json").ledger)
        let opening = try #require(sheet.rows.first { $0.kind == .openingEquity })
        let closing = try #require(sheet.rows.first { $0.kind == .closingEquity })
        let income = try #require(sheet.rows.first { $0.kind == .incomeTotal })
        #expect(opening.amounts.allSatisfy { $0 == nil } && closing.amounts.allSatisfy { $0 == nil })
        #expect(income.amounts == [kr(2_000_000), kr(2_000_000), kr(2_000_000)])
    }

    @Test("A projection from an unknown equity has no room and says why")
    func projection() throws {
        let checked = try loadText(try Self.text(), projection: ProjectionRequest(years: 2))
        let projection = try #require(checked.projection)
        #expect(projection.start.closingEquity == nil)
        #expect(RoomCalculator.rooms(checked.ledger)?.isEmpty == true)
        let report = try #require(ProjectionReport.make(checked))
        #expect(report.tables[0].notes.contains(Message("unstated.room", [.integer(2028)])))
    }

    @Test("An interim report without opening equity: the interim equity is not judged, the follow-up report prints —")
    func interimReport() throws {
        let text = String(decoding: try fixtureBytes("Fixtures/plans/interim-report-example.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"openingEquity\": 400000,", with: "")
        let checked = try loadText(text)
        // The declared interim equity 820 000 needs opening + interim result 420 000: unknown.
        let infos = checked.findings.filter { $0.message.id == "unstated.equity" }.map(\.ruleID).sorted()
        #expect(infos == ["equity_cap", "equity_floor", "interim_figures", "negative_equity"])
        // The forecast's closing equity is unknown too, so no cap finding for the forecast.
        #expect(!checked.findings.contains { $0.ruleID == "equity_cap" && $0.severity != .info })
        let report = ReportKind.followUp.report([ReportSource(checked)], year: 2024)
        let equity = try #require(report.tables.first { $0.key == "follow-up-equity" })
        #expect(
            equity.rows[0].cells == [
                .label(Message("report.row.opening_equity")), .notStated,
                .notStated,
            ])
    }

    @Test("diff: stating the opening equity shows it as added, never as a change from 0")
    func diff() throws {
        let old = try loadFixture("unstated-equity.json")
        // Stated as 300 000: 2025 closes at 300 000 − 100 000 = 200 000.
        let new = try loadText(try Self.text("\"openingEquity\": null", with: "\"openingEquity\": 300000"))
        let change = PlanDiff.compare(old, new)
        let year = try #require(change.years.first { $0.key == "2025" })
        let opening = try #require(year.changes.first { $0.key == "openingEquity" })
        #expect(opening.old == nil && opening.new == .money(kr(300_000)))
        let closing = try #require(year.changes.first { $0.key == "closingEquity" })
        #expect(closing.old == nil && closing.new == .money(kr(200_000)))
    }

    @Test("allocate: a plan of unknown equity gives no equity position, so nothing is reduced for it")
    func allocate() throws {
        let plan = AllocationPlan(try loadFixture("unstated-equity.json"))
        #expect(plan.equity(before: 2026) == nil)
        // Stated 300 000: 2025 closes at 200 000, under its cap of 400 000.
        let stated = AllocationPlan(
            try loadText(try Self.text("\"openingEquity\": null", with: "\"openingEquity\": 300000")))
        #expect(stated.equity(before: 2026)?.closingEquity == kr(200_000))
    }

    @Test("import sie: a plan of unknown equity hears the books' #IB equity as a note, compares nothing")
    func sieBooks() throws {
        // Fixtures/sie/books-2024.se: #IB 2010 −350 000 and 2099 −50 000, equity 400 000.
        let text = String(decoding: try fixtureBytes("Fixtures/sie/plan-2024.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"openingEquity\": 400000", with: "\"openingEquity\": null")
        let loaded = try loadText(text).loaded
        #expect(loaded.plan.openingEquity == nil)
        let result = SIEFollowUpImport(
            books: try SIEReader.read(try fixtureBytes("Fixtures/sie/books-2024.se")),
            map: try SIEAccountMap.decode(try fixtureBytes("Fixtures/sie/accounts.json")), loaded: loaded,
            asOf: try #require(PlanDate.parse("2024-06-30")), partial: false
        ).run()
        #expect(!result.issues.contains { $0.message.id == "sie.equity_differs" })
        let note = try #require(result.issues.first { $0.message.id == "unstated.sie_equity" })
        #expect(note.severity == .note && note.message.arguments == [.money(kr(400_000)), .integer(2024)])
    }

    @Test("A balance sheet without its own equity cannot be judged; with it, it is checked as always")
    func balanceSheet() throws {
        let without = try loadText(
            try Self.text(
                "\"result\": -100000}",
                with: "\"result\": -100000, \"balanceSheet\": {\"assets\": 900000, \"liabilities\": 100000}}"))
        let info = without.findings.filter { $0.ruleID == "balance_sheet" }
        #expect(info.count == 1 && info.first?.severity == .info && info.first?.message.arguments[0] == .text("2025"))
        // 800 000 + 100 000 = 900 000: balances; 850 000 + 100 000 = 950 000 ≠ 900 000: off by −50 000.
        let balanced = try loadText(
            try Self.text(
                "\"result\": -100000}",
                with:
                    "\"result\": -100000, \"balanceSheet\": {\"assets\": 900000, \"equity\": 800000, \"liabilities\": 100000}}"
            ))
        #expect(balanced.findings.filter { $0.ruleID == "balance_sheet" }.isEmpty)
        let off = try loadText(
            try Self.text(
                "\"result\": -100000}",
                with:
                    "\"result\": -100000, \"balanceSheet\": {\"assets\": 900000, \"equity\": 850000, \"liabilities\": 100000}}"
            ))
        let finding = try #require(off.findings.first { $0.ruleID == "balance_sheet" })
        #expect(finding.severity == .error && finding.figures.contains(.money("difference", kr(-50_000))))
    }
}
