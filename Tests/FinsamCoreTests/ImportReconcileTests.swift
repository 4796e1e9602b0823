import Foundation
import Testing

@testable import FinsamCore

/// The import reconciles the sheet's printed totals before anything is written (issue 14).
/// Every expected figure is worked out by hand from the fixture tables in Fixtures/csv.
struct ImportReconcileTests {
    static func run(_ csv: String, mapping: String? = nil) throws -> ImportResult {
        let text = SheetText.decode(try fixtureBytes("Fixtures/csv/" + csv)).text
        let map =
            try mapping.map { try ImportMapping.decode(try fixtureBytes("Fixtures/csv/" + $0)) } ?? ImportMapping()
        return BudgetImporter(mapping: map).run(CSVTable(text: text))
    }

    static func load(_ result: ImportResult) throws -> CheckedPlan {
        try check(Array(try #require(result.plan).rendered().utf8), file: "imported.json")
    }

    static func declaredFindings(_ loaded: CheckedPlan) -> [Finding] {
        loaded.findings.filter { $0.ruleID == "declared_figures" }
    }

    @Test func aCostRowThatSumsTheLinesAboveIsASubtotal() throws {
        // subtotal-as-line.csv: "Insatser" (row 12) = Enter 800 000 + FIA 400 000 = 1 200 000 and
        // "Administration" (row 15) = Kansli 600 000 + Styrelse 150 000 = 750 000, in both years
        // (2025: 820 000 + 420 000 = 1 240 000; 610 000 + 160 000 = 770 000). Taken as cost lines
        // they made 2024's costs 3 900 000 against the printed 1 950 000.
        let result = try Self.run("subtotal-as-line.csv")
        #expect(result.complete, "\(result.issues)")
        #expect(result.notes.filter { $0.message.id == "import.read_as_subtotal" }.map(\.row) == [12, 15])
        #expect(result.costLines == 4)
        let loaded = try Self.load(result)
        let years = loaded.ledger.years
        #expect(years.map(\.costs) == [kr(1_950_000), kr(2_010_000)])
        #expect(years.map(\.administrationCosts) == [kr(750_000), kr(770_000)])
        #expect(years.map(\.operationsCosts) == [kr(1_200_000), kr(1_240_000)])
        // 300 000 + 2 000 000 − 1 950 000 = 350 000; 350 000 + 2 000 000 − 2 010 000 = 340 000.
        #expect(years.map(\.closingEquity) == [kr(350_000), kr(340_000)])
        let subtotals = try #require(years.first?.year.declared?.subtotals)
        #expect(subtotals.map(\.amount.money) == [kr(1_200_000), kr(750_000)])
        #expect(Self.declaredFindings(loaded).isEmpty)
        #expect(result.placement.first { $0.row == 12 }?.description.id == "import.place.subtotal")
    }

    @Test func dashesAndKronorAreZero() throws {
        // dash-zero.csv: "- kr", "–" and "0 kr" are printed zeros, an empty cell no line.
        // Costs 500 000 + 1 500 000 + 0 + 0; 500 000 + 1 400 000 + 100 000 (Konferens empty);
        // 500 000 + 1 500 000 + 0 + 0: 2 000 000 each year, against income 2 000 000: result 0.
        let result = try Self.run("dash-zero.csv")
        #expect(result.complete, "\(result.issues)")
        let loaded = try Self.load(result)
        let years = loaded.ledger.years
        #expect(years.map(\.costs) == [kr(2_000_000), kr(2_000_000), kr(2_000_000)])
        #expect(years.map { $0.year.costs.count } == [4, 3, 4])
        #expect(years.map(\.otherIncome) == [.zero, .zero, .zero])
        // The result row prints "- kr", "–" and "0 kr": a declared zero each year, which holds.
        #expect(years.map { $0.year.declared?.result?.money } == [.zero, .zero, .zero])
        #expect(years.map(\.closingEquity) == [kr(400_000), kr(400_000), kr(400_000)])
        #expect(Self.declaredFindings(loaded).isEmpty)
    }

    @Test func totalsThatDisagreeBecauseOfThePlacementWriteNothing() throws {
        // totals-disagree.csv prints a credit "-50 000" among positive costs; a plan's costs are
        // positive, so finsam counts it as +50 000: 1 400 000 + 650 000 + 50 000 = 2 100 000
        // against the printed 2 000 000, which the sheet's other totals confirm
        // (funds 2 300 000 − closing 300 000 = 2 000 000). Not the sheet's slip: an issue.
        let result = try Self.run("totals-disagree.csv")
        #expect(!result.complete && !result.hasFatal)
        let first = try #require(result.issues.first)
        #expect(first.row == 13 && first.column == 2)
        #expect(first.message.id == "import.total_differs")
        #expect(
            first.message.arguments == [
                .code("Summa kostnader"), .integer(2024), .money(kr(2_000_000)), .money(kr(2_100_000)),
            ])
        #expect(result.issues.allSatisfy { $0.message.id == "import.total_differs" })
        #expect(result.notes.contains { $0.message.id == "import.other_sign" && $0.row == 12 })
        // What --partial would write carries none of the figures that disagree.
        let loaded = try Self.load(result)
        let carried = loaded.ledger.years.map { year in
            [year.year.declared?.totalCosts?.money, year.year.declared?.closingEquity?.money]
        }
        #expect(carried == [[nil, nil], [nil, nil]])
        #expect(Self.declaredFindings(loaded).isEmpty)
    }

    @Test func aSheetSlipIsWrittenForValidateToReport() throws {
        // Södra Vätterbygden's Summa kostnader 2024 typed 11 356 600 instead of 11 356 500: the
        // sheet's funds 12 663 324 − closing 1 306 824 = 11 356 500 agree with the lines, so the
        // printed figure is the sheet's own slip: a note, the plan written, validate reports it.
        var text = SheetText.decode(try fixtureBytes("Fixtures/csv/sodra-vatterbygden-2024.csv")).text
        text = text.replacingOccurrences(of: "11\u{00A0}356\u{00A0}500", with: "11\u{00A0}356\u{00A0}600")
        let result = BudgetImporter().run(CSVTable(text: text))
        #expect(result.complete)
        let slip = try #require(result.notes.first { $0.message.id == "import.sheet_slip" })
        #expect(slip.row == 31 && slip.column == 4)
        #expect(
            slip.message.arguments == [
                .code("Summa kostnader"), .integer(2024), .money(kr(11_356_600)), .money(kr(11_356_500)),
            ])
        let findings = Self.declaredFindings(try Self.load(result))
        #expect(findings.compactMap(\.year) == [2024])
    }

    @Test func aSubtotalAndAClosingEquitySlipAreTheSheets() throws {
        // Delsumma administration 2024 typed 1 090 100: total costs 11 356 500 less Delsumma
        // verksamhet 10 266 500 is 1 090 000, what the lines make it. Prel balanserat resultat
        // 2024 typed 1 306 825: funds 12 663 324 less costs 11 356 500 is 1 306 824. Both the
        // sheet's own slips: written, and each a declared_figures finding for 2024.
        let nbsp = "\u{00A0}"
        var text = SheetText.decode(try fixtureBytes("Fixtures/csv/sodra-vatterbygden-2024.csv")).text
        text = text.replacingOccurrences(
            of: "971\(nbsp)000;1\(nbsp)090\(nbsp)000", with: "971\(nbsp)000;1\(nbsp)090\(nbsp)100")
        let prel = "Prel balanserat resultat;1\(nbsp)312\(nbsp)210;1\(nbsp)491\(nbsp)324;1\(nbsp)306\(nbsp)82"
        text = text.replacingOccurrences(of: prel + "4", with: prel + "5")
        let result = BudgetImporter().run(CSVTable(text: text))
        #expect(result.complete, "\(result.issues)")
        let slips = result.notes.filter { $0.message.id == "import.sheet_slip" }
        #expect(slips.map { [$0.row, $0.column] } == [[30, 4], [32, 4]])
        #expect(
            slips.first?.message.arguments == [
                .code("Delsumma administration"), .integer(2024), .money(kr(1_090_100)), .money(kr(1_090_000)),
            ])
        #expect(Self.declaredFindings(try Self.load(result)).compactMap(\.year) == [2024, 2024])
        // The 2025 opening equity (E12) typed 1 306 825: the sheet's own 2024 closing equity
        // (D32, 1 306 824) vouches for the lines' figure, so it too is the sheet's slip.
        let opening =
            "Balanserat resultat;1\(nbsp)999\(nbsp)710;2\(nbsp)337\(nbsp)024;1\(nbsp)491\(nbsp)324;1\(nbsp)306\(nbsp)82"
        let original = SheetText.decode(try fixtureBytes("Fixtures/csv/sodra-vatterbygden-2024.csv")).text
        let slipped = BudgetImporter().run(
            CSVTable(text: original.replacingOccurrences(of: opening + "4", with: opening + "5")))
        #expect(slipped.complete)
        #expect(
            slipped.notes.filter { $0.message.id == "import.sheet_slip" }.map { [$0.row, $0.column] } == [[12, 5]])
    }

    @Test func aLoneTotalThatDisagreesCannotBeVouchedFor() {
        // Only Summa kostnader is printed: 300 + 500 = 800 against 900, and nothing else in the
        // sheet says which is right, so nothing is written.
        let text = """
            Samordningsförbundet Ensam;
            ;Budget 2024
            Försäkringskassan;1 000
            Region Ensam;500
            Ensams kommun;500
            Eget kapital;100
            Kostnader;
            Kansli;300
            Insatser;500
            Summa kostnader;900
            """
        let result = BudgetImporter().run(CSVTable(text: text))
        #expect(result.issues.map(\.message.id) == ["import.total_differs"])
        #expect(
            result.issues.first?.message.arguments == [
                .code("Summa kostnader"), .integer(2024), .money(kr(900)), .money(kr(800)),
            ])
    }

    @Test func withNoTotalToCheckASuspectedSubtotalIsNamed() throws {
        // "Insatser" 1 200 = Enter 800 + FIA 400, but the sheet prints no costs total, result or
        // closing equity to say which it is: read as a line, with a note, and a note that
        // nothing could be checked. The mapping settles it: 800 + 400 + 300 = 1 500 of costs.
        let text = """
            Samordningsförbundet Osäker;
            ;Budget 2024
            Försäkringskassan;1 000
            Region Osäker;500
            Osäkers kommun;500
            Eget kapital;100
            Kostnader;
            Enter;800
            FIA;400
            Insatser;1 200
            Kansli;300
            """
        let result = BudgetImporter().run(CSVTable(text: text))
        #expect(result.complete)
        #expect(result.notes.map(\.message.id) == ["import.maybe_subtotal", "import.nothing_to_check"])
        #expect(result.notes.first?.row == 10 && result.notes.last?.isWholeTable == true)
        let mapping = try ImportMapping.decode(Array(#"{"rows": {"Insatser": "subtotal"}}"#.utf8))
        let mapped = BudgetImporter(mapping: mapping).run(CSVTable(text: text))
        #expect(try Self.load(mapped).ledger.years.first?.costs == kr(1_500))
        #expect(mapped.notes.map(\.message.id) == [])
    }

    @Test func incomeStatementRowsAndNestedSubtotals() throws {
        // income-statement.csv (tkr): members under "Bidrag från medlemmar" (Laholm and Hylte are
        // municipalities by place), Rörelsens kostnader 900 + 500 + 200 + 250 + 50 = 1 900,
        // Rörelseresultat 2 000 − 1 900 = 100, financial items zero, Summa verksamhet =
        // Summa insatser 1 400 + Summa projekt 200 = 1 600 (a subtotal of subtotals).
        let result = try Self.run("income-statement.csv", mapping: "income-statement.mapping.json")
        #expect(result.complete, "\(result.issues)")
        let loaded = try Self.load(result)
        let year = try #require(loaded.ledger.years.first)
        #expect(year.costs == kr(1_900_000) && year.result == kr(100_000) && year.contributions == kr(2_000_000))
        // Summa rörelsens kostnader is declared as the operating costs, Rörelseresultat as the
        // operating result (2 000 − 1 900 = 100), and Summa verksamhet as a subtotal of subtotals.
        #expect(year.year.declared?.operatingCosts?.money == kr(1_900_000))
        #expect(year.year.declared?.operatingResult?.money == kr(100_000))
        #expect(year.year.declared?.result?.money == kr(100_000))
        #expect(
            year.year.declared?.subtotals.map(\.label) == [
                "Summa insatser", "Summa projekt", "Summa verksamhet", "Summa kansli",
            ])
        let verksamhet = try #require(year.year.declared?.subtotals[2])
        guard case .subtotals(let parts) = verksamhet.scope else {
            Issue.record("Summa verksamhet is not a subtotal of subtotals")
            return
        }
        #expect(parts == [0, 1] && verksamhet.amount.money == kr(1_600_000))
        #expect(!year.year.costs.contains { $0.name.hasPrefix("Finansiella") })
        // The mapping keeps every member field: population too.
        #expect(loaded.plan.members.map(\.population) == [nil, nil, 25_900, 10_900])
        let nested = try #require(result.placement.first { $0.row == 18 })
        #expect(
            nested.description
                == Message(
                    "import.place.nested_subtotal", [.list(["14", "17"]), .message(Message("import.place.agrees"))])
        )
        #expect(Self.declaredFindings(loaded).isEmpty)
    }
}

/// Names Swedish sheets give their rows, and messages' places.
struct ImportNameTests {
    @Test func contributionTotalsByEveryCommonName() {
        for name in [
            "Driftbidrag", "Driftsbidrag", "Medlemsbidrag", "Medlemsavgifter", "Bidrag från medlemmar", "Anslag",
            "Tilldelade medel",
        ] {
            #expect(RowNames.role(name, section: .income, sawCosts: false) == .contributionsTotal, "\(name)")
            #expect(RowNames.isMemberHeading(name), "\(name)")
        }
        #expect(RowNames.role("Bidrag från Arvsfonden", section: .income, sawCosts: false) == .otherIncome)
    }

    @Test func incomeStatementNames() {
        #expect(RowNames.role("Rörelsens kostnader", section: .costs, sawCosts: true) == .operatingCosts)
        #expect(RowNames.role("Summa rörelsens kostnader", section: .costs, sawCosts: true) == .operatingCosts)
        #expect(RowNames.role("Rörelseresultat", section: .costs, sawCosts: true) == .operatingResult)
        #expect(RowNames.role("Rörelsens intäkter", section: .income, sawCosts: false) == .incomeTotal)
        #expect(RowNames.role("Finansiella intäkter", section: .costs, sawCosts: true) == .financial)
        #expect(RowNames.role("Finansiella kostnader", section: .costs, sawCosts: true) == .financial)
        #expect(RowNames.role("Räntekostnader", section: .costs, sawCosts: true) == .financial)
        #expect(RowNames.role("Resultat efter finansiella poster", section: .costs, sawCosts: true) == .result)
    }

    @Test func aCellMessageHasRowAndColumnAndAFileMessageNeither() {
        // Deterministic noise as in ImportRobustnessTests, plus tables that stop at the file level.
        var noise = ImportRobustnessTests.Noise(state: 14)
        let alphabet = Array("0123456789 ;-–kr\nSumma Kostnader Budget 2024 kommun Region Eget kapital".unicodeScalars)
        var tables = [
            "", "Kansli;100\n", "Samordningsförbundet X\n;Budget 2024\nKansli;100\n",
            ";Budget 2024\nFörsäkringskassan;10\n",
        ]
        for _ in 0..<500 {
            let count = Int(noise.next() % 150)
            var text = "Samordningsförbundet X\n;Budget 2024;Plan 2025\n"
            for _ in 0..<count { text.unicodeScalars.append(alphabet[Int(noise.next() % UInt64(alphabet.count))]) }
            tables.append(text)
        }
        for text in tables {
            let result = BudgetImporter().run(CSVTable(text: text))
            for issue in result.issues + result.notes {
                #expect(
                    (issue.row > 0 && issue.column > 0) || (issue.row == 0 && issue.column == 0),
                    "\(issue.message.id) in \(text)")
            }
        }
        let empty = BudgetImporter().run(CSVTable(text: "Kansli;100\n"))
        #expect(empty.issues.map(\.isWholeTable) == [true])
    }
}

struct ImportMemberHeadingTests {
    @Test func rowsUnderTheMembersHeadingAreMembersAndTheirSumIsATotal() throws {
        // Under "Medlemsbidrag", Markaryd and Älmhult are municipalities by place; the bare
        // "Summa" is their total, 1 000 + 500 + 250 + 250 = 2 000, not a member.
        let text = """
            Samordningsförbundet Rubrik;
            ;Budget 2024
            Medlemsbidrag;
            Försäkringskassan;1 000
            Region Kronoberg;500
            Markaryd;250
            Älmhult;250
            Summa;2 000
            Eget kapital;300
            Kostnader;
            Kansli;2 000
            Summa kostnader;2 000
            """
        let result = BudgetImporter().run(CSVTable(text: text))
        #expect(result.complete, "\(result.issues)")
        let loaded = try ImportReconcileTests.load(result)
        #expect(loaded.plan.members.map(\.id) == ["fk", "region", "markaryd", "almhult"])
        #expect(loaded.plan.members.map(\.kind) == [.state, .region, .municipality, .municipality])
        #expect(loaded.ledger.years.first?.year.declared?.totalContributions?.money == kr(2_000))
    }
}

/// `finsam export csv` of each fixture plan, imported back without a mapping, gives the same
/// figures: what each member pays, each line, the totals, the equity.
struct ImportExportRoundTripTests {
    static let plans = [
        "follow-up-example", "sodra-vatterbygden-2024", "sundsvall-2021-follow-up", "sundsvall-2022", "sunnerbo-2022",
        "unstated-equity", "state-two-members", "outcome-split", "statement-example",
    ]

    /// The figures a budget table carries, by member name (ids are the plan's own).
    static func figures(_ loaded: CheckedPlan) -> [String] {
        loaded.ledger.years.flatMap { year -> [String] in
            let y = String(year.number) + " "
            var out = loaded.plan.members.map { member in
                let paid =
                    Money.sum(year.year.contributions.filter { $0.memberID == member.id }.map(\.amount.money)) ?? .zero
                return y + member.name + " " + String(paid.ore)
            }.filter { !$0.hasSuffix(" 0") }
            // A financial line must come back financial (export prints it under its heading).
            let financial: (Bool) -> String = { $0 ? " financial" : "" }
            out += year.year.otherIncome.map {
                y + "income " + $0.name + " " + String($0.amount.money.ore) + financial($0.category == .financial)
            }
            out += year.year.costs.map {
                y + "cost " + $0.name + " " + String($0.amount.money.ore) + financial($0.category == .financial)
            }.sorted()
            out.append(y + "operating result \(year.operatingResult?.ore ?? 0)")
            out += [
                y + "contributions \(year.contributions.ore) income \(year.income.ore) costs \(year.costs.ore)",
                y
                    + "result \(year.result.ore) equity \(year.openingEquity?.ore ?? -1) → \(year.closingEquity?.ore ?? -1)",
            ]
            return out
        }
    }

    @Test(arguments: plans)
    func exportThenImportGivesTheSameFigures(plan: String) throws {
        let original = try loadFixture(plan + ".json")
        let csv = BudgetSheet(original.ledger).csv()
        let result = BudgetImporter().run(CSVTable(text: SheetText.decode(Array(csv.utf8)).text))
        #expect(result.complete, "\(plan): \(result.issues)")
        let imported = try ImportReconcileTests.load(result)
        #expect(Self.figures(imported) == Self.figures(original))
        #expect(ImportReconcileTests.declaredFindings(imported).isEmpty)
    }
}
