import Foundation
import Testing

@testable import FinsamCore

@Suite("finsam diff: what a change does to a plan's figures, initiatives and findings")
struct DiffTests {
    static let plans = [
        "follow-up-example", "sodra-vatterbygden-2024", "sundsvall-2021-follow-up", "sundsvall-2022", "sunnerbo-2022",
    ]

    @Test("The same plan, and the same plan reordered, show no change", arguments: plans)
    func reorderedIsNoChange(name: String) throws {
        let text = try DiffSupport.text("Fixtures/plans/" + name + ".json")
        let reordered = try DiffSupport.reordered(text)
        #expect(reordered != text)
        #expect(try DiffSupport.diff(text, text).isEmpty)
        let diff = try DiffSupport.diff(text, reordered)
        #expect(
            diff.isEmpty,
            "\(diff.years.map(\.changes)) \(diff.initiatives.map(\.changes)) \(diff.introduced) \(diff.resolved)")
        // And so does the listing for git's textconv.
        let options = DiffOptions(language: .en)
        #expect(
            FigureListing.render(try DiffSupport.reviewed(reordered), options: options)
                == FigureListing.render(try DiffSupport.reviewed(text), options: options))
    }

    @Test(
        "Habo pays 1 000 kr more: its contribution, the totals, result and equity move by 1 000 kr; funding_split appears"
    )
    func municipalityPaysMore() throws {
        let old = try DiffSupport.text("Fixtures/plans/sodra-vatterbygden-2024.json")
        let new = try DiffSupport.replacing(
            #""habo": 204600,"# + "\n        \"jonkoping\"", with: #""habo": 205600,"# + "\n        \"jonkoping\"",
            in: old)
        let diff = try DiffSupport.diff(old, new)
        // 2024: everything the contribution feeds moves by 1 000 kr; the cap is 20 % of the
        // contributions, so it moves by 200 kr, and the margin (cap − closing equity) by −800 kr.
        // The shares do not move at two decimals: 8 657 500 / 11 172 000 and / 11 173 000 are both 77,49 %.
        // (Changes in öre: 1 000 kr is 100 000 öre.)
        #expect(
            DiffSupport.deltas(DiffSupport.year(diff, 2024)) == [
                "contribution/habo": 100_000, "contributions": 100_000, "income": 100_000, "result": 100_000,
                "closingEquity": 100_000, "equityCap": 20_000, "capMargin": -80_000,
            ])
        let habo = try #require(DiffSupport.year(diff, 2024)?.changes.first { $0.key == "contribution/habo" })
        #expect(habo.old == .money(kr(204_600)) && habo.new == .money(kr(205_600)))
        // Later years open and close 1 000 kr higher, with the same cap: 1 000 kr less margin.
        for year in [2025, 2026] {
            #expect(
                DiffSupport.deltas(DiffSupport.year(diff, year)) == [
                    "openingEquity": 100_000, "closingEquity": 100_000, "capMargin": -100_000,
                ])
        }
        #expect(diff.initiatives.isEmpty)
        // The municipalities now pay 2 794 000 kr against half the state's 2 793 000 kr, and Habo
        // more than its share by the key; the document's own totals (funds available and
        // closing equity in 2024, opening, funds and closing in 2025 and 2026) no longer add up.
        #expect(DiffSupport.rules(diff.introduced) == ["funding_split": 2, "declared_figures": 8])
        #expect(diff.introduced.contains { $0.ruleID == "funding_split" && $0.year == 2024 })
        #expect(diff.resolved.isEmpty)
        #expect(!diff.isEmpty)
    }

    @Test(
        "A cost line 10 000 kr dearer: its line, administration, costs, result, equity, margin and the administration share"
    )
    func costLineDearer() throws {
        let old = try DiffSupport.text("Fixtures/plans/sunnerbo-2022.json")
        let new = try DiffSupport.replacing(
            #"{"name": "Styrelse", "category": "administration", "amount": 125000}"#,
            with: #"{"name": "Styrelse", "category": "administration", "amount": 135000}"#, in: old)
        let diff = try DiffSupport.diff(old, new)
        let year = DiffSupport.year(diff, 2022)
        #expect(
            DiffSupport.deltas(year) == [
                "cost/Styrelse": 1_000_000, "administrationCosts": 1_000_000, "costs": 1_000_000, "result": -1_000_000,
                "closingEquity": -1_000_000, "capMargin": 1_000_000,
            ])
        #expect(
            year?.changes.map(\.key).sorted() == [
                "adminShare", "administrationCosts", "capMargin", "closingEquity", "cost/Styrelse", "costs", "result",
            ])
        // Administration 1 847 000 of 5 835 000 kr = 31,65 %; then 1 857 000 of 5 845 000 = 31,77 %.
        let share = try #require(year?.changes.first { $0.key == "adminShare" })
        #expect(share.old == .percent(Percent(basisPoints: 3165)) && share.new == .percent(Percent(basisPoints: 3177)))
        #expect(share.pointsDelta == Percent(basisPoints: 12))
        for later in [2023, 2024] {
            #expect(
                DiffSupport.deltas(DiffSupport.year(diff, later)) == [
                    "openingEquity": -1_000_000, "closingEquity": -1_000_000, "capMargin": 1_000_000,
                ])
        }
        // Equity is still over the cap each year, by 10 000 kr less: the three equity_cap findings
        // say other figures. The declared 5 835 tkr of costs and 945 tkr of equity no longer match.
        #expect(DiffSupport.rules(diff.resolved) == ["equity_cap": 3])
        #expect(DiffSupport.rules(diff.introduced) == ["equity_cap": 3, "declared_figures": 8])
    }

    @Test(
        "A follow-up's outcome 10 000 kr higher: the line's outcome and forecast for the year move; the interim total no longer adds up"
    )
    func followUpOutcome() throws {
        let old = try DiffSupport.text("Fixtures/plans/follow-up-example.json")
        let new = try DiffSupport.replacing(
            #"{"name": "Kansli", "outcome": 150000, "forecast": 100000}"#,
            with: #"{"name": "Kansli", "outcome": 160000, "forecast": 100000}"#, in: old)
        let diff = try DiffSupport.diff(old, new)
        // Forecast for the year = outcome + the line's own forecast for the rest: 250 000 → 260 000 kr.
        #expect(
            DiffSupport.deltas(DiffSupport.year(diff, 2024))
                == ["followUp/cost/Kansli/outcome": 1_000_000, "followUp/cost/Kansli/forecast": 1_000_000])
        let forecast = try #require(DiffSupport.year(diff, 2024)?.changes.last)
        #expect(forecast.old == .money(kr(250_000)) && forecast.new == .money(kr(260_000)))
        #expect(diff.years.count == 1)
        // Costs to date 150 000 + 400 000 + 30 000 = 580 000 kr, as declared; now 590 000.
        #expect(diff.introduced.contains { $0.ruleID == "interim_figures" })
        #expect(DiffSupport.rules(diff.resolved) == ["equity_cap": 1, "follow_up_share": 1])
    }

    @Test("Initiatives added, removed and changed, matched by id")
    func initiatives() throws {
        let old = try DiffSupport.text("Fixtures/plans/sunnerbo-2022.json")
        var new = try DiffSupport.replacing(
            #"{"id": "kaa", "name": "KAA samordning", "target": "structural","# + "\n"
                + #"     "members": ["markaryd", "almhult", "ljungby"], "start": "2019-01-01"}"#,
            with:
                #"{"id": "nytt", "name": "Nytt", "target": "individual", "members": ["markaryd", "ljungby"], "end": "2024-12-31"}"#,
            in: old)
        new = try DiffSupport.replacing(
            #""members": ["markaryd", "almhult", "ljungby", "region"], "end": "2022-12-31""#,
            with: #""members": ["markaryd", "almhult", "ljungby", "region"], "end": "2023-06-30""#, in: new)
        let diff = try DiffSupport.diff(old, new)
        #expect(diff.years.isEmpty)
        #expect(diff.initiatives.map(\.key) == ["kaa", "nytt", "sesam"])
        #expect(diff.initiatives.map(\.presence) == [.removed, .added, .changed])
        let sesam = try #require(diff.initiatives.last)
        #expect(
            sesam.changes == [
                FigureChange(
                    key: "end", label: Message("figure.initiative_end"), old: .text("2022-12-31"),
                    new: .text("2023-06-30"))
            ])
        let kaa = try #require(diff.initiatives.first)
        #expect(kaa.changes.map(\.key) == ["name", "target", "members", "start"])
        #expect(kaa.changes.allSatisfy { $0.new == nil })
        // KAA had no end date; the new initiative has one.
        #expect(DiffSupport.rules(diff.resolved) == ["initiative_end_date": 1])
        #expect(diff.introduced.isEmpty)
    }

    @Test("Lines of the same name are told apart by their order among themselves; a category change shows")
    func sameNamesAndCategory() throws {
        let base = try DiffSupport.text("Fixtures/invalid/valid-base.json")
        let twice = try DiffSupport.replacing(
            #"{"name": "Insatser", "category": "operations", "amount": 1800000}"#,
            with:
                #"{"name": "Insatser", "category": "operations", "amount": 1000000}, {"name": "Insatser", "category": "operations", "amount": 800000}"#,
            in: base)
        let changed = try DiffSupport.replacing(#""amount": 800000"#, with: #""amount": 700000"#, in: twice)
        let diff = try DiffSupport.diff(twice, changed)
        #expect(
            DiffSupport.deltas(DiffSupport.year(diff, 2025)).keys.sorted()
                == ["capMargin", "closingEquity", "cost/Insatser#2", "costs", "operationsCosts", "result"].sorted())
        #expect(DiffSupport.deltas(DiffSupport.year(diff, 2025))["cost/Insatser#2"] == -10_000_000)
        // Kansli moved to operations: its category changes, and so do the category totals and the
        // administration share (200 000 of 2 000 000 kr = 10 %, then none).
        let moved = try DiffSupport.replacing(
            #"{"name": "Kansli", "category": "administration", "amount": 200000}"#,
            with: #"{"name": "Kansli", "category": "operations", "amount": 200000}"#, in: base)
        let categoryDiff = try DiffSupport.diff(base, moved)
        let year = try #require(DiffSupport.year(categoryDiff, 2025))
        #expect(
            year.changes.map(\.key) == ["cost/Kansli/category", "administrationCosts", "operationsCosts", "adminShare"])
        #expect(
            year.changes.last?.old == .percent(Percent(basisPoints: 1000))
                && year.changes.last?.new == .percent(Percent(basisPoints: 0)))
    }

    @Test("A year added or removed lists its figures as added or removed")
    func yearAdded() throws {
        let base = try DiffSupport.text("Fixtures/invalid/valid-base.json")
        let year2028 = #"""
            ,
                {
                  "year": 2028,
                  "status": "plan",
                  "contributions": {"staten": 1000000, "region": 500000, "kommun": 500000},
                  "costs": [{"name": "Kansli", "category": "administration", "amount": 300000}]
                }
              ],
            """#
        // After the last year, before the plan's adoption.
        let longer = try DiffSupport.replacing("\n    }\n  ],", with: "\n    }" + year2028, in: base)
        let diff = try DiffSupport.diff(base, longer)
        #expect(diff.years.map(\.key) == ["2028"])
        #expect(diff.years.first?.presence == .added)
        let added = try #require(diff.years.first)
        #expect(added.changes.allSatisfy { $0.old == nil })
        // 2 000 000 in, 300 000 out: the result is 1 700 000 kr.
        #expect(added.changes.first { $0.key == "result" }?.new == .money(kr(1_700_000)))
        // A whole plan added: its years and initiatives added, its findings introduced.
        let whole = PlanDiff.compare(nil, try DiffSupport.reviewed(base), oldFile: "/dev/null", newFile: "new.json")
        #expect(whole.years.map(\.key) == ["2025", "2026", "2027"] && whole.years.allSatisfy { $0.presence == .added })
        #expect(whole.introduced.count == (try DiffSupport.reviewed(base)).findings.count && whole.resolved.isEmpty)
        let back = try DiffSupport.diff(longer, base)
        #expect(back.years.first?.presence == .removed)
        #expect(back.years.first?.changes.allSatisfy { $0.new == nil } == true)
    }
}
