import Foundation
import Testing

@testable import FinsamCore

/// `finsam export sie`: #PBUDGET records per account, object and month, spread by largest
/// remainder, in code page 437; read back with finsam's reader they give the plan's budget.
struct SIEExportTests {
    func export(
        _ plan: String = "Fixtures/sie/plan-2024.json"
    ) throws -> (SIEBudgetExport.Output, LoadedPlan, SIEAccountMap) {
        let loaded = try check(try fixtureBytes(plan), file: plan).loaded
        let map = try SIEAccountMap.decode(try fixtureBytes("Fixtures/sie/accounts.json"))
        let year = loaded.plan.years[0]
        let export = SIEBudgetExport(
            plan: loaded.plan, map: map, year: year, generated: try #require(PlanDate.parse("2024-01-10")))
        switch export.run() {
        case .success(let output): return (output, loaded, map)
        case .failure(let failure): throw failure
        }
    }

    @Test func monthsSpreadByLargestRemainder() throws {
        let (output, _, _) = try export()
        let text = CodePage437.decode(output.bytes)
        let lines = text.components(separatedBy: "\r\n")
        // Kansli 200 000 on 5010: 200 000 / 12 = 16 666 rest 8 kr, so January–August 16 667 and
        // September–December 16 666 (8 × 16 667 + 4 × 16 666 = 200 000).
        #expect(lines.contains("#PBUDGET 0 202401 5010 {} 16667.00"))
        #expect(lines.contains("#PBUDGET 0 202408 5010 {} 16667.00"))
        #expect(lines.contains("#PBUDGET 0 202409 5010 {} 16666.00"))
        // The state's 1 000 000 is income, a credit: 83 334 four months, 83 333 eight.
        #expect(lines.contains("#PBUDGET 0 202404 3510 {} -83334.00"))
        #expect(lines.contains("#PBUDGET 0 202405 3510 {} -83333.00"))
        // 4610 carries Enter (300 000 on object P12: 25 000 a month) and Insatser (1 560 000:
        // 130 000 a month): the account's total 155 000, then the object's 25 000.
        #expect(lines.contains("#PBUDGET 0 202402 4610 {} 155000.00"))
        #expect(lines.contains("#PBUDGET 0 202402 4610 {6 \"P12\"} 25000.00"))
        // Municipalities on the customer objects of 3530: a 125 000 = 12 × 10 416 + 8, so
        // January–August 10 417 and September–December 10 416.
        #expect(lines.contains("#PBUDGET 0 202408 3530 {8 \"A\"} -10417.00"))
        #expect(lines.contains("#PBUDGET 0 202409 3530 {8 \"A\"} -10416.00"))
        #expect(lines.contains("#DIM 8 \"Kund\"") && lines.contains("#DIM 6 \"Projekt\""))
        // Objects, so type 3 (object balances); the header as the standard orders it.
        #expect(output.type == 3 && lines.prefix(3) == ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3"])
        #expect(
            lines.contains("#GEN 20240110") && lines.contains("#RAR 0 20240101 20241231")
                && lines.contains("#ORGNR 222000-1230"))
        // Code page 437: ö is 0x94 in the federation's name.
        #expect(output.bytes.starts(with: CodePage437.encode("#FLAGGA 0").bytes))
        #expect(output.bytes.contains(0x94) && !output.bytes.contains(0xC3))
        // 3510, 3520, 3590, 5010: 12 months each; 3530: total + A + B; 4610: total + P12.
        #expect(output.records == 12 * 4 + 12 * 3 + 12 * 2)
    }

    @Test func readBackGivesThePlanBudget() throws {
        let (output, loaded, map) = try export()
        let books = try SIEReader.read(output.bytes)
        let year = loaded.plan.years[0]
        let (lines, issues) = try SIEBudgetReadBack.lines(books, map: map, plan: loaded.plan, year: year)
        #expect(issues.isEmpty)
        let budget = Dictionary(uniqueKeysWithValues: lines.map { ($0.name, $0.outcome) })
        #expect(
            budget == [
                "staten": kr(1_000_000), "region": kr(500_000), "a": kr(125_000), "b": kr(375_000),
                "Projektmedel": kr(60_000), "Kansli": kr(200_000), "Enter": kr(300_000), "Insatser": kr(1_560_000),
            ])
        // The same for every line of the plan, to the öre.
        let planned =
            year.contributions.map { ($0.memberID, $0.amount.money) }
            + year.otherIncome.map { ($0.name, $0.amount.money) }
            + year.costs.map { ($0.name, $0.amount.money) }
        for (name, amount) in planned { #expect(budget[name] == amount, "\(name)") }
    }

    @Test func oreAmountsRoundTrip() throws {
        // A budget with öre: 1 000,07 kr over twelve months is 83,34 × 11 + 83,33 (100 007 öre
        // = 12 × 8 333 + 11, so the first eleven months get an öre more: 8 334 × 11 + 8 333).
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Fixtures/sie/plan-2024.json"), encoding: .utf8
        )
        .replacingOccurrences(
            of: "{\"name\": \"Projektmedel\", \"amount\": 60000}",
            with: "{\"name\": \"Projektmedel\", \"amount\": 1000.07}")
        let loaded = try loadText(text)
        let map = try SIEAccountMap.decode(try fixtureBytes("Fixtures/sie/accounts.json"))
        let export = SIEBudgetExport(
            plan: loaded.plan, map: map, year: loaded.plan.years[0],
            generated: try #require(PlanDate.parse("2024-01-10")))
        guard case .success(let output) = export.run() else {
            Issue.record("export failed")
            return
        }
        let lines = CodePage437.decode(output.bytes).components(separatedBy: "\r\n")
        #expect(
            lines.contains("#PBUDGET 0 202411 3590 {} -83.34") && lines.contains("#PBUDGET 0 202412 3590 {} -83.33"))
        let (read, _) = try SIEBudgetReadBack.lines(
            try SIEReader.read(output.bytes), map: map, plan: loaded.plan, year: loaded.plan.years[0])
        #expect(read.first { $0.name == "Projektmedel" }?.outcome == Money(ore: 100_007))
    }

    @Test func costsGivenOnlyAsATotalAreRefused() throws {
        // Lines 200 000 + 300 000 + 1 560 000 = 2 060 000 within a total of 2 100 000: 40 000
        // has no line, so no account; the export writes nothing and says how much.
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Fixtures/sie/plan-2024.json"), encoding: .utf8
        )
        .replacingOccurrences(
            of: #""otherIncome": [{"name": "Projektmedel", "amount": 60000}],"#,
            with: #""otherIncome": [{"name": "Projektmedel", "amount": 60000}], "budgetTotals": {"costs": 2100000},"#)
        let loaded = try loadText(text)
        let map = try SIEAccountMap.decode(try fixtureBytes("Fixtures/sie/accounts.json"))
        let export = SIEBudgetExport(
            plan: loaded.plan, map: map, year: loaded.plan.years[0],
            generated: try #require(PlanDate.parse("2024-01-10")))
        guard case .failure(let failure) = export.run() else {
            Issue.record("an export short of the unitemised costs was written")
            return
        }
        #expect(
            failure.issues.map(\.message) == [
                Message("statement.sie_unitemised", [.integer(2024), .money(kr(40_000))])
            ])
    }

    @Test func sameInputSameBytes() throws {
        #expect(try export().0.bytes == export().0.bytes)
    }

    @Test func lineWithoutAccountStopsTheExport() throws {
        let loaded = try check(try fixtureBytes("Fixtures/sie/plan-2024.json"), file: "plan.json").loaded
        let map = try SIEAccountMap.decode(
            Array("{\"lines\": [{\"cost\": \"Kansli\", \"accounts\": \"5000-5999\"}]}".utf8))
        let export = SIEBudgetExport(
            plan: loaded.plan, map: map, year: loaded.plan.years[0],
            generated: try #require(PlanDate.parse("2024-01-10")))
        guard case .failure(let failure) = export.run() else {
            Issue.record("exported without accounts")
            return
        }
        // staten, region, a, b, Projektmedel, Enter, Insatser have no entry; Kansli has 5000.
        #expect(
            failure.issues.map(\.message.arguments)
                == ["staten", "region", "a", "b", "Projektmedel", "Enter", "Insatser"].map { [.code($0)] })
    }

    @Test func budgetAccountTakenByAnEarlierEntry() throws {
        let loaded = try check(try fixtureBytes("Fixtures/sie/plan-2024.json"), file: "plan.json").loaded
        // Kansli's budget on 4500 would come back as Insatser's: 4000-4999 comes first.
        let text =
            "{\"lines\": [{\"cost\": \"Insatser\", \"accounts\": \"4000-4999\"}, {\"cost\": \"Kansli\", \"accounts\": \"4500\"}]}"
        let map = try SIEAccountMap.decode(Array(text.utf8))
        let export = SIEBudgetExport(
            plan: loaded.plan, map: map, year: loaded.plan.years[0],
            generated: try #require(PlanDate.parse("2024-01-10")))
        guard case .failure(let failure) = export.run() else {
            Issue.record("exported")
            return
        }
        #expect(
            failure.issues.contains {
                $0.message == Message("sie.map_budget_account_taken", [.code("4500"), .code("Kansli")])
            })
    }
}
