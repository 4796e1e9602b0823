import Testing

@testable import FinsamCore

/// The fast paths that make many findings cheap to report, each against the plain way it
/// stands in for: the same bytes, the same order.
@Suite("Report fast paths agree with the plain ways")
struct ReportFastPathTests {
    /// Random text from an alphabet of everything some format escapes, and plain letters.
    static func text(_ random: inout SplitMix64) -> String {
        let alphabet = [
            "a", "Å", "ö", " ", "&", "<", ">", "\"", "'", "%", ":", ",", "|", "`", "\\", "\n", "\r", "\t", "\u{1}",
            "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "€", "/", "~",
        ]
        let plain = Int.random(in: 0..<3, using: &random) == 0
        return (0..<Int.random(in: 0..<12, using: &random)).map { _ in
            plain ? "x" : alphabet.randomElement(using: &random) ?? "a"
        }.joined()
    }

    @Test("Escaping writers give the plain escapes' bytes", arguments: PropertySeeds.all)
    func escapes(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<500 {
            let text = Self.text(&random)
            #expect(ReportOutput.collecting { JSONStream.quote(text, to: $0) } == JSONOutput.quoted(text))
            for inAttribute in [true, false] {
                #expect(
                    ReportOutput.collecting { XMLText.write(text, inAttribute: inAttribute, to: $0) }
                        == XMLText.escaped(text, inAttribute: inAttribute))
            }
            #expect(
                ReportOutput.collecting { GitHubReporter.writeEscaped(text, property: true, to: $0) }
                    == GitHubReporter.escapeProperty(text))
            #expect(
                ReportOutput.collecting { GitHubReporter.writeEscaped(text, property: false, to: $0) }
                    == GitHubReporter.escapeData(text))
            #expect(MarkdownReporter.cell(text) == Self.plainCell(text))
            #expect(
                MarkdownReporter.code(text)
                    == "`" + text.replacingOccurrences("`", "'").replacingOccurrences("|", "\\|") + "`")
        }
    }

    /// Markdown's cell escape as it was, character by character.
    static func plainCell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    static func json(_ depth: Int, _ random: inout SplitMix64) -> JSONOutput {
        let count = Int.random(in: 0..<4, using: &random)
        switch depth == 0 ? Int.random(in: 2..<6, using: &random) : Int.random(in: 0..<6, using: &random) {
        case 0: return .object((0..<count).map { ("k\($0)" + text(&random), json(depth - 1, &random)) })
        case 1: return .array((0..<count).map { _ in json(depth - 1, &random) })
        case 2: return .string(text(&random))
        case 3: return .integer(Int.random(in: -999...999, using: &random))
        case 4: return .bool(Bool.random(using: &random))
        default: return .null
        }
    }

    @Test("JSONStream lays out any value as JSONOutput renders it", arguments: PropertySeeds.all)
    func jsonStream(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let value = Self.json(4, &random)
            let streamed = ReportOutput.collecting { out in
                var json = JSONStream(out)
                json.value(value)
            }
            // A scalar document has no container to close, so no line end: compare containers.
            if case .object = value { #expect(streamed == value.rendered()) }
            if case .array = value { #expect(streamed == value.rendered()) }
        }
    }

    @Test("The message renderer gives the catalogue's text for every finding of the fixtures, in both languages")
    func messageRenderer() throws {
        let findings = try ReporterGoldenTests.fixtures.flatMap { try loadFixture($0 + ".json").findings }
        #expect(findings.count > 10)
        for language in [Language.en, .sv] {
            let catalog = Catalog(language: language)
            var renderer = MessageRenderer(catalog)
            // Each message twice in a row, and with a suggestion after the same id without one,
            // then each again once the other is cached beside it.
            let unknown = [
                Message("waiver.unknown_rule", [.code("x")]), Message("waiver.unknown_rule", [.code("x"), .code("y")]),
            ]
            let messages = findings.flatMap { [$0.message, $0.message] } + unknown + [findings[0].message] + unknown
            for message in messages {
                #expect(renderer.render(message) == catalog.render(message))
                #expect(ReportOutput.collecting { renderer.write(message, to: $0) } == catalog.render(message))
            }
        }
    }

    /// A finding at a place; `tag` tells apart findings at the same place, so a test sees their order.
    static func finding(line: Int, column: Int, rule: String, tag: Int = 0) -> Finding {
        Finding(
            ruleID: rule, severity: .warning, message: Message("m\(line).\(column)", [.integer(tag)]),
            location: Finding.Location(file: "f", line: line, column: column, pointer: .root), year: nil, figures: [])
    }

    @Test(
        "Findings in order are kept as they are; any order sorts as the plain sort does", arguments: PropertySeeds.all)
    func ruleOrder(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for round in 0..<200 {
            let count = Int.random(in: 0..<30, using: &random)
            var findings = (0..<count).map { _ in
                Self.finding(
                    line: Int.random(in: 1...6, using: &random), column: Int.random(in: 1...3, using: &random),
                    rule: "r")
            }
            var ranks = (0..<count).map { _ in Int.random(in: 0..<3, using: &random) }
            if round % 2 == 0 {  // half of them in order already
                let sorted = RuleStage.sortedByPlace(findings, ranks: ranks)
                ranks = sorted.map { finding in ranks[findings.firstIndex { $0 == finding } ?? 0] }
                findings = sorted
            }
            #expect(RuleStage.ordered(findings, ranks: ranks) == RuleStage.sortedByPlace(findings, ranks: ranks))
        }
    }

    @Test("Findings grouped by rule are each rule's findings in file order, as a filter gives them")
    func ruleGroups() {
        var random = SplitMix64(seed: 18)
        let ids = ["a", "b", "c", "unknown"]
        let findings = (0..<200).map { line in
            Self.finding(line: line, column: 1, rule: ids.randomElement(using: &random) ?? "a")
        }
        let rank = ["a": 0, "b": 1, "c": 2]
        let groups = RuleGroups(findings, rank: rank, rules: 3)
        for (id, index) in rank {
            #expect(groups.members(of: index).map { findings[$0] } == findings.filter { $0.ruleID == id })
        }
    }

    @Test(
        "Findings gathered rule by rule come out as the plain concatenation, stably sorted, gives them",
        arguments: PropertySeeds.all)
    func gatheredFindings(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<300 {
            // Rules of very different sizes, most in order by place, some not; ties on purpose.
            let perRule = (0..<Int.random(in: 0..<5, using: &random)).map { rule in
                let count = [0, 1, 2, 40].randomElement(using: &random) ?? 0
                var lines = (0..<count).map { _ in Int.random(in: 1...30, using: &random) }
                if Bool.random(using: &random) { lines.sort() }
                return lines.enumerated().map { Self.finding(line: $1, column: 1, rule: "r\(rule)", tag: $0) }
            }
            let extra = (0..<Int.random(in: 0..<3, using: &random)).map { _ in
                (Self.finding(line: Int.random(in: 1...30, using: &random), column: 1, rule: "r1", tag: 99), 1)
            }
            var found = FoundFindings()
            var plain: [Finding] = []
            var ranks: [Int] = []
            for (rank, findings) in perRule.enumerated() {
                found.add(findings, rank: rank)
                plain += findings
                ranks += findings.map { _ in rank }
            }
            for (finding, rank) in extra {
                found.add(finding, rank: rank)
                plain.append(finding)
                ranks.append(rank)
            }
            #expect(found.ordered() == RuleStage.sortedByPlace(plain, ranks: ranks))
        }
    }

    @Test("Report output hands on exactly what was written, across chunk edges and in runs longer than a chunk")
    func outputChunks() {
        var random = SplitMix64(seed: 18)
        var plain = ""
        var chunks = 0
        var bytes: [UInt8] = []
        let out = ReportOutput { chunk in
            chunks += 1
            bytes.append(contentsOf: chunk)
        }
        for _ in 0..<3_000 {
            let piece: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0: piece = String(repeating: "å", count: Int.random(in: 0...50_000, using: &random))
            case 1: piece = String(Int.random(in: -999_999...999_999, using: &random))
            default: piece = Self.text(&random)
            }
            out.write(piece)
            plain += piece
            if Int.random(in: 0..<50, using: &random) == 0 {
                out.write(byte: UInt8(ascii: "\n"))
                plain += "\n"
            }
        }
        out.finish()
        #expect(String(decoding: bytes, as: UTF8.self) == plain)
        #expect(chunks > 10)
    }
}
