import Testing

@testable import FinsamCore

/// `finsam allocate`'s report in every format and both languages.
@Suite("Allocation report")
struct AllocationReportTests {
    static func result(_ year: Int = 2017) throws -> AllocationResult {
        let parameters = try #require(AllocationParameters.forYear(year))
        return try AllocationModel.allocate(AllocationModelTests.table, total: kr(10_000_000), parameters: parameters)
    }

    @Test("The allocation table: one row per federation and a total that is the national total")
    func table() throws {
        let report = AllocationReport.make(try Self.result())
        let table = try #require(report.tables.first)
        #expect(table.rows.count == 6)
        let allocationColumn = try #require(table.columns.firstIndex { $0.key == "allocation" })
        #expect(table.rows.last?.cells[allocationColumn] == .money(kr(10_000_000)))
        #expect(table.rows.last?.style == .total)
        // e: 1 080 000 / 20 000 = 54 kr per inhabitant; a: 1 648 857 / 40 000 = 41,221425 → 41,22 kr.
        let perInhabitant = try #require(table.columns.firstIndex { $0.key == "perInhabitant" })
        #expect(table.rows[4].cells[perInhabitant] == .money(kr(54)))
        #expect(table.rows[0].cells[perInhabitant] == .money(Money(ore: 4_122)))
        // c's share of försörjningsmått: 3 000 / 8 000 = 37,5 %.
        #expect(table.rows[2].cells[1] == .percent(Percent(basisPoints: 3_750)))
        // The region and the municipalities: a's 1 648 857 halves to 824 429 + 824 428 (largest remainder).
        let matching = try #require(report.tables.first { $0.key == "matching" })
        #expect(matching.rows[1].cells[2] == .money(kr(824_429)) && matching.rows[2].cells[2] == .money(kr(824_428)))
        #expect(report.bars.first?.bars.map(\.value).last == kr(54))
    }

    @Test("Assumed parameters say so in the notes, in both languages")
    func assumed() throws {
        let notes = AllocationReport.make(try Self.result(2024)).tables[0].notes
        let english = notes.map { Catalog(language: .en).render($0) }
        let swedish = notes.map { Catalog(language: .sv).render($0) }
        #expect(
            english.contains(
                "Largest fall from last year's allocation: no limit, assumed: the sources give the limit for 2016 and 2017, the model's first years, only"
            ))
        #expect(
            swedish.contains {
                $0.hasPrefix("Minskning för eget kapital över nivån, som andel av överskottet: 50 %, antaget: ")
            })
        #expect(english.contains { $0.hasPrefix("C: equity 1,500,000 kr is above the reasonable level 1,200,000 kr") })
        #expect(!english.contains { $0.contains("{") })
    }

    @Test("Every format in both languages: deterministic, and the HTML has a bar per federation")
    func formats() throws {
        let report = AllocationReport.make(try Self.result())
        for format in TableFormats.all {
            for language in Language.allCases {
                let options = TableOptions(language: language)
                let text = format.render(report, options: options)
                #expect(text == format.render(report, options: options))
                // a's allocation, grouped as the format and language write it
                #expect(
                    ["1648857", "1 648 857", "1,648,857"].contains { text.contains($0) }, "\(format.name) \(language)")
                #expect(!text.contains("allocation.col"), "\(format.name) \(language): a message id was printed")
            }
        }
        let html = HTMLTableFormat().render(report, options: TableOptions(language: .sv))
        #expect(html.components("<rect ").count == 1 + 5)
        #expect(html.contains("Tilldelning 2017 per invånare 16–64 år"))
        // The longest bar is d's 65,70 kr: 390 px; e's 54 kr is 390 × 5 400 / 6 570 = 320,5 → 320 px.
        #expect(html.contains("width=\"390\"") && html.contains("width=\"320\""))
    }
}

extension String {
    /// The parts between occurrences of `separator` (FinsamCore has no Foundation; tests do not need it for this).
    func components(_ separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        while let range = rest.range(of: separator) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        return parts + [rest]
    }
}
