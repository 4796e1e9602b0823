import Foundation
import Testing

@testable import FinsamCore

/// The reports' figures against the documents, by hand; the formats' rules of writing.
@Suite("Reports")
struct ReportTests {
    static let seeds = ["sunnerbo-2022.json", "sodra-vatterbygden-2024.json", "sundsvall-2022.json"]

    static func sources(_ names: [String] = seeds) throws -> [ReportSource] {
        try names.map { ReportSource(try loadFixture($0)) }
    }

    static let sv = TableOptions(language: .sv)
    static let svTkr = TableOptions(language: .sv, unit: .tkr)

    /// The cell of `column` in each row of a table.
    private func column(_ table: Table, _ key: String) -> [Cell] {
        guard let index = table.columns.firstIndex(where: { $0.key == key }) else { return [] }
        return table.rows.map { $0.cells[index] }
    }

    @Test(
        "equity-cap: Sunnerbo 20 % of 4 183 998 = 836 799,60 kr; plan years 836 800 of 4 184 000; Sundsvall 1 475,6 tkr"
    )
    func equityCap() throws {
        let table = ReportKind.equityCap.report(try Self.sources()).tables[0]
        // One row per federation and year: 3 + 3 + 3.
        #expect(table.rows.count == 9)
        let caps = column(table, "cap").map { CellText.human($0, Self.sv) }
        #expect(Array(caps.prefix(3)) == ["836 799,60 kr", "836 800 kr", "836 800 kr"])
        #expect(column(table, "contributions")[1] == .money(kr(4_184_000)))
        // Sundsvall: 20 % of 7 378 tkr = 1 475,6 tkr; closing 577 tkr, above its floor of 400.
        #expect(CellText.human(column(table, "cap")[6], Self.svTkr) == "1 475,6 tkr")
        #expect(column(table, "status")[6] == .label(Message("report.state.within")))
        // Sunnerbo 2022: margin 836 799,60 − 944 998 = −108 198,40 kr, over the cap.
        #expect(column(table, "margin")[0] == .money(Money(ore: -10_819_840)))
        #expect(column(table, "status")[0] == .label(Message("report.state.over_cap")))
        // −108 198,40 / 4 183 998 = −2,586 % → −2,59 %.
        #expect(column(table, "marginPercent")[0] == .percent(Percent(basisPoints: -259)))
    }

    @Test("--year: a regional overview of one year, one row per federation that has it")
    func oneYear() throws {
        let table = ReportKind.equityCap.report(try Self.sources(), year: 2024).tables[0]
        #expect(column(table, "year") == [.year(2024), .year(2024), .year(2024)])
        #expect(column(table, "federation").count == 3)
        // Sunnerbo 2022 only: Södra Vätterbygden starts in 2024.
        #expect(ReportKind.adminShare.report(try Self.sources(), year: 2022).tables.count == 2)
        #expect(ReportKind.budget.report(try Self.sources(), year: 2026).tables.map(\.columns.count) == [2])
    }

    @Test("A floor shows: Sundsvall with a floor of 400 tkr projected into a deficit goes below it")
    func belowFloor() throws {
        var assumptions = try loadFixture("sundsvall-2022.json").plan.assumptions
        assumptions.indexation[.operations] = Percent(basisPoints: 300)
        let projection = try loadFixture(
            "sundsvall-2022.json", projection: ProjectionRequest(years: 2) { [assumptions] _ in assumptions })
        // 2025: operations 6 188 × 1,03 = 6 373,64 tkr; result 7 378 − 1 190 − 6 373,64 = −185,64;
        // equity 577 − 185,64 = 391,36 tkr < 400.
        let table = ReportKind.equityCap.report([ReportSource(projection)]).tables[0]
        #expect(column(table, "closingEquity")[3] == .money(kr(391_360)))
        #expect(column(table, "status")[3] == .label(Message("report.state.below_floor")))
        #expect(column(table, "yearStatus")[3] == .label(Message("report.status.projected")))
    }

    @Test("admin-share: Södra Vätterbygden 2024 1 090 000 / 11 356 500 = 9,6 %")
    func adminShare() throws {
        let table = ReportKind.adminShare.report(try Self.sources(["sodra-vatterbygden-2024.json"])).tables[0]
        #expect(CellText.human(column(table, "share")[0], Self.sv) == "9,6 %")
        #expect(column(table, "administrationCosts")[0] == .money(kr(1_090_000)))
        #expect(column(table, "totalCosts")[0] == .money(kr(11_356_500)))
    }

    @Test("individual-share: Sundsvall 2022 6 017 / 7 378 = 81,6 %; later years cannot be judged")
    func individualShare() throws {
        let table = ReportKind.individualShare.report(try Self.sources(["sundsvall-2022.json"])).tables[0]
        #expect(CellText.human(column(table, "share")[0], Self.sv) == "81,6 %")
        #expect(CellText.human(column(table, "individualCosts")[0], Self.svTkr) == "6 017 tkr")
        #expect(
            column(table, "status") == [
                .label(Message("report.state.met")), .label(Message("report.state.undetermined")),
                .label(Message("report.state.undetermined")),
            ])
    }

    @Test("split: Sunnerbo 2022 by largest remainder, 348 667 + 348 667 + 348 666, and the plan's 2 kr short")
    func split() throws {
        let table = ReportKind.split.report(try Self.sources(["sunnerbo-2022.json"])).tables[0]
        #expect(table.rows.count == 6)
        #expect(
            column(table, "expected").suffix(4) == [
                .money(kr(348_667)), .money(kr(348_667)), .money(kr(348_666)), .money(kr(4_184_000)),
            ])
        #expect(column(table, "difference").last == .money(kr(-2)))
        // Parts add up to the whole, to the öre.
        let parts = column(table, "expected").dropLast().compactMap { cell -> Money? in
            if case .money(let money) = cell { return money } else { return nil }
        }
        #expect(Money.sum(parts) == kr(4_184_000))
        // Another year by --year.
        #expect(
            ReportKind.split.report(try Self.sources(["sunnerbo-2022.json"]), year: 2024).tables[0].key == "split-2024")
        #expect(ReportKind.split.report(try Self.sources(["sunnerbo-2022.json"]), year: 2031).tables.isEmpty)
    }

    @Test("budget: Intäkter, Kostnader line by line, Resultat, Eget kapital; years side by side")
    func budget() throws {
        let table = ReportKind.budget.report(try Self.sources(["sunnerbo-2022.json"])).tables[0]
        #expect(
            table.columns.map { Catalog(language: .sv).render($0.title) } == [
                "Post", "Budget 2022", "Plan 2023", "Plan 2024",
            ])
        let labels = table.rows.map { row -> String in CellText.human(row.cells[0], Self.sv) }
        #expect(labels.first == "Intäkter")
        #expect(labels.contains("Förbundschef"))
        let result = try #require(table.rows.first { CellText.human($0.cells[0], Self.sv) == "Resultat" })
        // 4 183 998 − 5 835 000 = −1 651 002.
        #expect(result.cells[1] == .money(kr(-1_651_002)))
    }

    @Test("Swedish numbers: 4 184 000 kr, 1 844,5 tkr, 9,6 %; English 4,184,000 kr")
    func numbers() {
        #expect(CellText.human(.money(kr(4_184_000)), Self.sv) == "4 184 000 kr")
        #expect(CellText.human(.money(kr(1_844_500)), Self.svTkr) == "1 844,5 tkr")
        #expect(CellText.human(.percent(Percent(basisPoints: 960)), Self.sv) == "9,6 %")
        #expect(CellText.human(.money(kr(4_184_000)), TableOptions(language: .en)) == "4,184,000 kr")
        #expect(CellText.plain(.money(Money(ore: 83_679_960)), Self.sv) == "836799,60")
        #expect(CellText.plain(.money(kr(1_844_500)), Self.svTkr) == "1844,5")
        #expect(CellText.plain(.money(Money(ore: 83_679_960)), TableOptions(language: .en)) == "836799.60")
    }

    @Test("CSV: a BOM and semicolons in Swedish, commas in English; fields with separators quoted")
    func csv() throws {
        let report = ReportKind.equityCap.report(try Self.sources(["sunnerbo-2022.json"]))
        let swedish = CSVTableFormat().render(report, options: Self.sv)
        #expect(swedish.unicodeScalars.first == "\u{FEFF}")
        #expect(swedish.contains("Sunnerbo Samordningsförbund;2022;budget;4183998;"))
        let english = CSVTableFormat().render(report, options: TableOptions(language: .en))
        #expect(english.unicodeScalars.first == "F")
        #expect(english.contains("\"Margin, % of contributions\""))
        #expect(english.hasSuffix("\r\n"))
    }

    @Test("HTML is self-contained: no scripts, links, external styles or fonts; a chart per federation")
    func htmlSelfContained() throws {
        let report = ReportKind.budget.report(try Self.sources())
        let html = HTMLTableFormat().render(report, options: Self.sv)
        for forbidden in ["<script", "<link", "src=", "href=", "@import", "url(", "@font-face"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("HTML chart: projected years are dashed and on a shaded band; plan years are solid")
    func chart() throws {
        let projection = try projectedFixture("sunnerbo-2022.json", years: 2)
        let svg = EquityChart(series: ReportSource(projection).series, options: Self.sv).svg()
        // 5 years: 4 segments per line; the 2 into projected years are dashed, for 3 lines,
        // plus the legend's one dashed sample.
        #expect(svg.components(separatedBy: "stroke-dasharray").count - 1 == 2 * 3 + 1)
        #expect(svg.contains("fill=\"#f1ecdf\""))
        #expect(svg.components(separatedBy: "fill=\"#ffffff\"").count - 1 == 2)
    }
}
