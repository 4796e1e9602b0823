import Testing

@testable import FinsamCore

/// Reading the national table: CSV as Swedish Excel saves it, or JSON; bad input with its place.
@Suite("Allocation input")
struct AllocationInputTests {
    func read(_ text: String) throws(AllocationInputError) -> [FederationInput] {
        try AllocationTable.read(Array(text.utf8))
    }

    func failure(_ text: String) -> AllocationInputError? {
        do throws(AllocationInputError) {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("The fixture, Windows-1252 with Swedish headings, reads as the hand-worked table")
    func fixture() throws {
        let rows = try AllocationTable.read(try fixtureBytes("Fixtures/allocation/national-2017.csv"))
        #expect(rows.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(rows.map(\.name).first == "Förbund A")
        #expect(rows.map(\.population) == [40_000, 60_000, 50_000, 30_000, 20_000])
        #expect(rows[1].supportMeasure == SupportMeasure(millionths: 2_000_000_000))
        #expect(rows[1].maximum == kr(2_300_000))
        #expect(rows[2].equity?.over == kr(300_000))
        #expect(rows[0].equity == nil && rows[0].lastYear == kr(1_600_000))
        let json = try AllocationTable.read(try fixtureBytes("Fixtures/allocation/national-2017.json"))
        #expect(Set(json.map(\.id)) == Set(rows.map(\.id)))
        for row in rows {
            let same = try #require(json.first { $0.id == row.id })
            #expect(same.population == row.population && same.supportMeasure == row.supportMeasure)
            #expect(same.lastYear == row.lastYear && same.maximum == row.maximum && same.equity == row.equity)
        }
    }

    @Test("English headings in another order, a (tkr) column and decimal commas")
    func englishAnyOrder() throws {
        let rows = try read(
            "Support measure;Name;ID;Population 16–64;Last year's allocation (tkr);Equity;Member contributions\n12,25;X;x;1 000;1 844,5;-5 000;20 000\n"
        )
        #expect(rows.count == 1)
        #expect(rows[0].supportMeasure == SupportMeasure(millionths: 12_250_000))
        #expect(rows[0].lastYear == kr(1_844_500))
        #expect(rows[0].equity?.closingEquity == kr(-5_000) && rows[0].equity?.over == .zero)
    }

    @Test("Bad cells and headings are reported at their row and column")
    func csvErrors() {
        let unknown = failure("id;namn;befolkning 16-64;försörjningsmått;högsta\nx;X;1;1;1\n")
        #expect(unknown?.place == InputPlace(line: 1, column: 5))
        #expect(unknown?.message == Message("allocation.unknown_column", [.code("högsta"), .code("högst")]))
        let missing = failure("id;namn;befolkning 16-64\nx;X;1\n")
        #expect(missing?.message == Message("allocation.missing_column", [.code("försörjningsmått")]))
        let bad = failure("id;namn;befolkning 16-64;försörjningsmått\nx;X;1;1\ny;Y;12,5;1\n")
        #expect(bad?.place == InputPlace(line: 3, column: 3))
        #expect(bad?.message.id == "allocation.bad_population")
        let negative = failure("id;namn;befolkning 16-64;försörjningsmått;högst\nx;X;1;1;-5\n")
        #expect(negative?.place == InputPlace(line: 2, column: 5) && negative?.message.id == "allocation.negative")
        #expect(
            failure("id;namn;befolkning 16-64;försörjningsmått\nx;X;1;1\nx;Y;1;1\n")?.message.id
                == "allocation.duplicate_id")
        #expect(
            failure("id;namn;befolkning 16-64;försörjningsmått;eget kapital\nx;X;1;1;5\n")?.message.id
                == "allocation.equity_pair")
        #expect(
            failure("id;namn;befolkning 16-64;försörjningsmått\nx;X;1;1,1234567\n")?.message.id
                == "allocation.bad_measure")
        #expect(failure("")?.message.id == "allocation.empty_table")
        let stray = failure("id;namn;befolkning 16-64;försörjningsmått\nx;X;1;1;;7\n")
        #expect(stray?.place == InputPlace(line: 2, column: 6) && stray?.message.id == "allocation.no_heading")
    }

    @Test("JSON errors carry line, column and pointer")
    func jsonErrors() {
        let typo = failure(#"{"federations": [{"id": "x", "name": "X", "population": 1, "supportMesure": 1}]}"#)
        #expect(typo?.place.pointer?.description == "/federations/0/supportMesure")
        #expect(
            typo?.message == Message("allocation.unknown_field", [.code("supportMesure"), .code("supportMeasure")]))
        let amount = failure(
            "[\n {\"id\": \"x\", \"name\": \"X\", \"population\": 1, \"supportMeasure\": 1, \"lastYear\": \"12 kr 5\"}\n]"
        )
        #expect(amount?.place.line == 2 && amount?.place.pointer?.description == "/0/lastYear")
        #expect(failure(#"{"federations": [}"#)?.message.id.hasPrefix("json.") == true)
        #expect(failure(#"{"x": []}"#)?.message.id == "allocation.json_shape")
    }

    @Test("Support measures parse exactly, or not at all")
    func supportMeasure() {
        #expect(SupportMeasure.parse("1 234,5") == SupportMeasure(millionths: 1_234_500_000))
        #expect(SupportMeasure.parse("0.000001") == SupportMeasure(millionths: 1))
        for bad in ["", ",5", "1,", "1,2,3", "-1", "1e3", "1 234 ,5", "١٢"] {
            #expect(SupportMeasure.parse(bad[...]) == nil, "\(bad)")
        }
        #expect(SupportMeasure.parse("99999999999999999999") == nil)
    }

    @Test("Sunnerbo's plan: the equity position for 2023 is 2022's, over the cap as equity_cap says")
    func planEquity() throws {
        // SeedPlanTests: 2022 closing equity 944 998 against the cap 836 799,60 (20 % of 4 183 998): 108 198,40 over.
        let plan = AllocationPlan(
            try check(
                try fixtureBytes("Fixtures/plans/sunnerbo-2022.json"), file: "s.json",
                today: PlanDate(year: 2026, month: 1, day: 1)))
        let equity = try #require(plan.equity(before: 2023))
        #expect(equity.year == 2022 && equity.closingEquity == kr(944_998) && equity.contributions == kr(4_183_998))
        #expect(equity.over == Money(ore: 10_819_840))
        #expect(equity.cap?.amount == Money(ore: 83_679_960))
        #expect(plan.equity(before: 2022) == nil)
        // The same figures from a table give the same cap: allocate and validate agree.
        #expect(EquityPosition.national(closingEquity: kr(944_998), contributions: kr(4_183_998)).over == equity.over)
    }
}
