import Testing

@testable import FinsamCore

/// `characterCount` skips walking grapheme clusters when it can; it must still agree with
/// `count` on every string, or text tables would misalign.
@Suite("String.characterCount equals count")
struct CharacterCountTests {
    @Test(
        "Fixed cases, with their character counts worked out by hand",
        arguments: [
            ("", 0),
            ("Hello, world", 12),
            // Överförmyndare 14, ", " 2, Ängelholm 9, ", " 2, Åtvidaberg 10.
            ("Överförmyndare, Ängelholm, Åtvidaberg", 37),
            ("\r\n", 1),
            ("a\r\nb", 3),
            ("\r\r\n", 2),
            ("\n\r", 2),
            ("e\u{0301}", 1),
            ("A\u{030A}tvidaberg", 10),
            ("🇸🇪", 1),
            ("🇸🇪🇳🇴", 2),
            ("👨‍👩‍👧", 1),
            ("©\u{FE0F}", 1),
            ("\u{00AD}", 1),
            ("a\u{00AD}b", 3),
        ])
    func fixed(text: String, characters: Int) {
        #expect(text.count == characters)
        #expect(text.characterCount == characters)
    }

    @Test("Every scalar from U+0000 to U+02FF, alone and all joined")
    func latinScalars() {
        let scalars = (0..<0x300).compactMap(Unicode.Scalar.init)
        #expect(scalars.count == 0x300)
        for scalar in scalars {
            let text = String(Character(scalar))
            #expect(text.characterCount == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(text.characterCount == text.count)
        }
        // Joined, no two combine (LF U+000A comes before CR U+000D, so no CR LF pair): 768.
        var joined = ""
        joined.unicodeScalars.append(contentsOf: scalars)
        #expect(joined.characterCount == 0x300)
        #expect(joined.characterCount == joined.count)
        // Without CR the count is taken byte by byte, not handed to `count`.
        var withoutCR = ""
        withoutCR.unicodeScalars.append(contentsOf: scalars.filter { $0 != "\r" })
        #expect(withoutCR.characterCount == 0x300 - 1)
        #expect(withoutCR.characterCount == withoutCR.count)
    }

    /// Scalars that join into clusters or sit just beside the fast path's limits, drawn often.
    private static let tricky: [Unicode.Scalar] = [
        "\r", "\n", "\u{200D}", "\u{FE0F}", "\u{00AD}", "\u{02FF}", "\u{0300}", "\u{036F}",
        "\u{1F1F8}", "\u{1F1EA}", "\u{1F3FD}", "\u{1F468}", "\u{1F469}", "\u{1F467}", "\u{00A9}",
    ]

    /// One scalar: ASCII, CR, LF, Latin-1 (to U+02FF), a combining mark, an emoji, ZWJ or a
    /// scalar from ``tricky``; with `plain`, only ASCII, Latin-1 and LF (the fast path's text).
    private static func scalar(_ generator: inout SplitMix64, plain: Bool) -> Unicode.Scalar {
        if plain {
            let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x0A...0x0A]
            let value = UInt32.random(
                in: ranges[Int.random(in: 0..<ranges.count, using: &generator)], using: &generator)
            return Unicode.Scalar(value) ?? "?"
        }
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x00...0x1F, 0xA0...0x2FF, 0x300...0x36F, 0x1F300...0x1F6FF]
        let pick = Int.random(in: 0..<8, using: &generator)
        if pick >= ranges.count {
            return tricky[Int.random(in: 0..<tricky.count, using: &generator)]
        }
        let value = UInt32.random(in: ranges[pick], using: &generator)
        return Unicode.Scalar(value) ?? "?"
    }

    @Test("Random strings of ASCII, CR, LF, Latin-1, combining marks, emoji and ZWJ", arguments: PropertySeeds.all)
    func random(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var plainCount = 0
        var clustered = 0
        for _ in 0..<600 {
            let plain = Bool.random(using: &generator)
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                let scalar = Self.scalar(&generator, plain: plain)
                text.unicodeScalars.append(scalar)
                // CR LF is one character: make the pair common, not a rare accident.
                if scalar == "\r" && Bool.random(using: &generator) { text.unicodeScalars.append("\n") }
            }
            #expect(
                text.characterCount == text.count,
                "seed \(seed): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if plain { plainCount += 1 }
            if text.count != text.unicodeScalars.count { clustered += 1 }
        }
        // Both paths are drawn: text counted byte by byte, and clusters of several scalars.
        #expect(plainCount > 200)
        #expect(clustered > 100)
    }

    @Test("A text table pads a column by characters: Swedish names, precomposed and combining")
    func tableAlignment() {
        let table = Table(
            key: "names", title: Message("report.title.equity_cap"),
            columns: [
                Column("federation", Message("report.col.federation"), numeric: false),
                Column("year", Message("report.col.year")),
            ],
            rows: [
                Row([.text("Överförmyndare"), .year(2024)]),
                Row([.text("Ängelholm"), .year(2025)]),
                Row([.text("A\u{030A}tvidaberg"), .year(2026)]),
            ])
        let report = Report(kind: "names", title: Message("report.title.equity_cap"), tables: [table])
        let lines = TextTableFormat().render(report, options: TableOptions(language: .en))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The title and a blank line come first. The widest name is Överförmyndare, 14 characters
        // (16 bytes), then two spaces and the year; Ängelholm (9 characters, 11 bytes) gets 5
        // spaces of padding and Åtvidaberg, A and a combining ring (10, 12 bytes), 4. (Swift's ==
        // treats Å and A + ring alike; the widths are what is checked.)
        let expected = [
            "Federation      Year",
            "--------------  ----",
            "Överförmyndare  2024",
            "Ängelholm       2025",
            "A\u{030A}tvidaberg      2026",
        ]
        #expect(Array(lines.dropFirst(2).prefix(5)) == expected)
        #expect(lines.dropFirst(2).prefix(5).allSatisfy { $0.count == 20 })
    }
}
