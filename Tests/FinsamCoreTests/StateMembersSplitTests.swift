import Foundation
import Testing

@testable import FinsamCore

/// Försäkringskassan pays the state's whole half, Arbetsförmedlingen's part included (issue 14).
/// Fixture Fixtures/plans/state-two-members.json lists Arbetsförmedlingen first, then
/// Försäkringskassan; 2024 writes AF 0 and FK 1 000 000, 2025 and 2026 give only
/// `stateAllocation` 1 000 000.
@Suite("The state pays for both state members")
struct StateMembersSplitTests {
    @Test("A stateAllocation is Försäkringskassan's, counted once; the parts are 500 000, 125 000, 375 000")
    func derived() throws {
        let checked = try loadFixture("state-two-members.json")
        let year = checked.ledger.years[1]
        // The state 1 000 000 once; region 1 000 000 / 2 = 500 000; municipalities 500 000 by
        // population 100 : 300 → 125 000 and 375 000; all together 2 000 000.
        #expect(year.contribution(of: "fk") == kr(1_000_000))
        #expect(year.contribution(of: "af") == nil)
        #expect(year.stateContributions == kr(1_000_000))
        #expect(year.contribution(of: "a") == kr(125_000) && year.contribution(of: "b") == kr(375_000))
        #expect(year.contributions == kr(2_000_000))
        // 2 000 000 − 200 000 − 1 800 000 = 0 each year: 300 000 throughout, under the cap 400 000.
        #expect(checked.ledger.years.map(\.closingEquity) == [kr(300_000), kr(300_000), kr(300_000)])
        #expect(!checked.findings.contains { $0.severity != .info })
    }

    @Test("funding_split accepts Arbetsförmedlingen at 0 with Försäkringskassan paying the whole state half")
    func written() throws {
        let checked = try loadFixture("state-two-members.json")
        #expect(checked.findings(of: ["funding_split"], year: 2024).isEmpty)
    }

    @Test("The split report shows the state as one payer at 50 %, no row at 0 %")
    func report() throws {
        let source = ReportSource(try loadFixture("state-two-members.json"))
        let table = ReportKind.split.report([source], year: 2024).tables[0]
        let names = table.rows.map(\.cells[0])
        #expect(
            names.first
                == .label(Message("report.split.state_row", [.list(["Arbetsförmedlingen", "Försäkringskassan"])])))
        #expect(!names.contains(.text("Arbetsförmedlingen")) && !names.contains(.text("Försäkringskassan")))
        // Share 50,00 %; by the split 1 000 000 = in the plan 1 000 000; difference 0.
        let state = table.rows[0].cells
        #expect(state[5] == .fixedPercent(Percent(basisPoints: 5_000), decimals: 2))
        #expect(Array(state[6...]) == [.money(kr(1_000_000)), .money(kr(1_000_000)), .money(.zero)])
        let zero = Cell.fixedPercent(Percent(basisPoints: 0), decimals: 2)
        #expect(!table.rows.contains { row in row.cells[5] == zero })
        let sv = Catalog(language: .sv).render(
            Message("report.split.state_row", [.list(["Arbetsförmedlingen", "Försäkringskassan"])]))
        #expect(sv == "Staten (Arbetsförmedlingen, Försäkringskassan)")
    }

    @Test("Without Försäkringskassan by name, the allocation is the first state member's, as before")
    func firstStateMember() throws {
        let members = [
            Member(id: "staten", name: "Staten", kind: .state, population: nil, ref: SourceRef(offset: 0)),
            Member(id: "region", name: "Regionen", kind: .region, population: nil, ref: SourceRef(offset: 0)),
        ]
        #expect(MatchedContributions.payer(among: members.filter { $0.kind == .state })?.id == "staten")
    }
}
