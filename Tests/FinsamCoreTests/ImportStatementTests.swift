import Testing

@testable import FinsamCore

/// The import places financial items and declares the income statement's figures (issue 14).
/// Figures by hand from Fixtures/csv and the tables below.
struct ImportStatementTests {
    @Test func aFinancialCostAfterTheOperatingResultIsPlacedAsFinancial() throws {
        // financial-item.csv (tkr): Finansiella kostnader 5 after Rörelseresultat, outside every
        // group: a cost line of category financial, outside the operating costs.
        // 2024: operating costs 900 + 500 + 200 + 250 + 50 = 1 900, operating result
        // 2 000 − 1 900 = 100, result 100 − 5 = 95, closing equity 500 + 95 = 595.
        // 2025: 950 + 500 + 150 + 260 + 60 = 1 920, 2 000 − 1 920 = 80, 80 − 5 = 75, 595 + 75 = 670.
        let result = try ImportReconcileTests.run("financial-item.csv", mapping: "income-statement.mapping.json")
        #expect(result.complete, "\(result.issues)")
        let loaded = try ImportReconcileTests.load(result)
        let years = loaded.ledger.years
        #expect(years.map(\.costs) == [kr(1_900_000), kr(1_920_000)])
        #expect(years.map(\.operatingResult) == [kr(100_000), kr(80_000)])
        #expect(years.map(\.statement.financialCosts) == [kr(5_000), kr(5_000)])
        #expect(years.map(\.result) == [kr(95_000), kr(75_000)])
        #expect(years.map(\.closingEquity) == [kr(595_000), kr(670_000)])
        #expect(
            years.first?.year.costs.last.map { [$0.name, $0.category.rawValue] } == [
                "Finansiella kostnader", "financial",
            ])
        #expect(years.first?.year.declared?.result?.money == kr(95_000))
        #expect(years.first?.year.declared?.operatingResult?.money == kr(100_000))
        // Finansiella intäkter are zero in both years: left out, and said so.
        let income = try #require(result.placement.first { $0.label == "Finansiella intäkter" })
        #expect(income.description == Message("import.place.ignored_zero_financial"))
        #expect(ImportReconcileTests.declaredFindings(loaded).isEmpty)
    }

    @Test func financialIncomeUnderItsHeadingAndTheNetAreDeclared() throws {
        // A sheet with the financial items under their headings and their net: Ränta på
        // placeringar 12 is income by its heading, Bankavgifter 2 a cost by its heading;
        // Finansiella poster 12 − 2 = 10; result 100 + 10 = 110.
        let text = """
            Samordningsförbundet Exempel;
            Belopp i tkr;Budget 2024
            Intäkter;
            Bidrag från medlemmar;
            Försäkringskassan;1 000
            Region Halland;500
            Laholm;250
            Hylte;250
            Summa intäkter;2 000
            Kostnader;
            Insatser;1 600
            Kansli;300
            Summa kostnader;1 900
            Rörelseresultat;100
            Finansiella intäkter;
            Ränta på placeringar;12
            Finansiella kostnader;
            Bankavgifter;2
            Finansiella poster;10
            Resultat efter finansiella poster;110
            """
        let mapping = try ImportMapping.decode(
            try fixtureBytes("Fixtures/csv/income-statement.mapping.json"))
        let result = BudgetImporter(mapping: mapping).run(CSVTable(text: text))
        #expect(result.complete, "\(result.issues)")
        let loaded = try ImportReconcileTests.load(result)
        let year = try #require(loaded.ledger.years.first)
        #expect(
            year.year.otherIncome.map { [$0.name, $0.category.rawValue] } == [["Ränta på placeringar", "financial"]])
        #expect(year.income == kr(2_000_000) && year.costs == kr(1_900_000))
        #expect(year.statement.financialIncome == kr(12_000) && year.statement.financialCosts == kr(2_000))
        #expect(year.result == kr(110_000))
        #expect(year.year.declared?.financialNet?.money == kr(10_000))
        #expect(year.year.declared?.totalCosts?.money == kr(1_900_000))
        #expect(ImportReconcileTests.declaredFindings(loaded).isEmpty)
    }
}
