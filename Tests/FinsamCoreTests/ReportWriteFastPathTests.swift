import Testing

@testable import FinsamCore

/// The byte-level writers that make a finding cheap to report in any format, each against the
/// plain way it stands in for (issue 18, "every format at a million").
@Suite("Report writers agree with the plain ways")
struct ReportWriteFastPathTests {
    /// Every escaping a report uses.
    static let escapings: [Escaping] = [
        .none, .json, .xmlAttribute, .xmlContent, .githubData, .githubProperty, .markdownCell,
    ]

    @Test("Integers are written as String(value) writes them, across chunk edges")
    func integers() {
        var random = SplitMix64(seed: 18)
        var values = [0, 1, -1, 9, 10, 99, 100, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
        for digits in 1...18 {
            var power = 1
            for _ in 0..<digits { power *= 10 }
            values += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        values += (0..<2_000).map { _ in Int.random(in: Int.min...Int.max, using: &random) }
        // Enough values to cross several chunk edges at every alignment.
        let many = (0..<12_000).map { values[$0 % values.count] }
        let written = ReportOutput.collecting { out in
            for value in many {
                out.write(value)
                out.write(byte: UInt8(ascii: " "))
            }
        }
        #expect(written == many.map { String($0) + " " }.joined())
    }

    @Test("Text written with an escaping is the plain escape's text, in every format", arguments: PropertySeeds.all)
    func escapedText(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<400 {
            let text = ReportFastPathTests.text(&random)
            for escaping in Self.escapings {
                #expect(ReportOutput.collecting { $0.write(text, escaping) } == escaping.plain(text))
            }
            #expect(Escaping.json.plain(text) == String(JSONOutput.quoted(text).dropFirst().dropLast()))
            #expect(Escaping.markdownCell.plain(text) == ReportFastPathTests.plainCell(text))
            #expect(Escaping.xmlContent.plain(text) == XMLText.escaped(text, inAttribute: false))
        }
    }

    @Test("The check eight bytes at a time agrees with the check byte by byte, in every format")
    func plainCheck() {
        var random = SplitMix64(seed: 18)
        // Mostly plain bytes, now and then one of any value, at every position and length.
        let plainBytes = Array("abc XYZ 019 åäö-_.".utf8)
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0..<40, using: &random)).map { _ in
                Int.random(in: 0..<12, using: &random) == 0
                    ? UInt8.random(in: 0...255, using: &random) : plainBytes.randomElement(using: &random) ?? 0x61
            }
            for escaping in Self.escapings {
                bytes.withUnsafeBufferPointer { #expect(escaping.isPlain($0) == escaping.isPlainBytes($0)) }
            }
        }
    }

    @Test("A pointer is written from its parts as its text, escaped, the root as / when asked")
    func pointers() {
        var random = SplitMix64(seed: 18)
        for _ in 0..<1_000 {
            var pointer = JSONPointer.root
            for _ in 0..<Int.random(in: 0..<5, using: &random) {
                pointer =
                    Bool.random(using: &random)
                    ? pointer.appending(Int.random(in: 0..<100_000, using: &random))
                    : pointer.appending(ReportFastPathTests.text(&random))
            }
            let text = pointer.description
            for escaping in Self.escapings {
                #expect(ReportOutput.collecting { $0.write(pointer, escaping) } == escaping.plain(text))
                #expect(
                    ReportOutput.collecting { $0.write(pointer, escaping, rootAsSlash: true) }
                        == escaping.plain(text.isEmpty ? "/" : text))
            }
        }
    }

    @Test("Pointers to the same place are equal and hash alike, however their last step was made")
    func pointerEquality() {
        let element = JSONPointer.root.appending("initiatives").appending(12)
        #expect(element.description == "/initiatives/12")
        #expect(element == JSONPointer.root.appending("initiatives").appending(12))
        #expect(element != JSONPointer.root.appending("initiatives").appending(1))
        #expect(element.appending("name").description == "/initiatives/12/name")
        #expect(element.appending(3).description == "/initiatives/12/3")
        #expect(JSONPointer.root.appending(-1).description == "/-1")
        #expect(Set([element, JSONPointer.root.appending("initiatives").appending(12)]).count == 1)
    }

    @Test("A message's arguments read one by one are its array's, and messages compare by them")
    func messageArguments() {
        let lists: [[Message.Argument]] = [
            [], [.text("a")], [.code("b"), .integer(3)], [.message(Message("x", [.text("y")])), .uncomputable],
        ]
        for arguments in lists {
            let message = Message("id", arguments)
            #expect(message.arguments == arguments)
            #expect(message.argumentCount == arguments.count)
            #expect((0..<arguments.count + 2).map { message.argument($0) } == arguments + [nil, nil])
            #expect(message.argument(-1) == nil)
            for other in lists { #expect((Message("id", other) == message) == (other == arguments)) }
            #expect(Set([message, Message("id", arguments)]).count == 1)
        }
        #expect(Message("a", [.text("x")]) != Message("b", [.text("x")]))
    }

    @Test("Messages written with an escaping are the rendered text, escaped the plain way")
    func escapedMessages() throws {
        var random = SplitMix64(seed: 18)
        let fixtures = try ReporterGoldenTests.fixtures.flatMap { try loadFixture($0 + ".json").findings }
        // Fixture messages, and messages whose text arguments hold what some format escapes.
        let messages =
            fixtures.map(\.message)
            + (0..<300).map { _ in
                Message("initiative.no_end", [.text(ReportFastPathTests.text(&random))])
            }
            + (0..<100).map { _ in
                Message("waiver.unknown_rule", [.code(ReportFastPathTests.text(&random)), .code("x")])
            }
        for language in [Language.en, .sv] {
            let catalog = Catalog(language: language)
            var renderer = MessageRenderer(catalog)
            for message in messages {
                for escaping in Self.escapings {
                    #expect(
                        ReportOutput.collecting { renderer.write(message, escaping, to: $0) }
                            == escaping.plain(catalog.render(message)))
                }
            }
        }
    }

    @Test("Two runs in order merged by moving memory give the plain stable merge", arguments: PropertySeeds.all)
    func moveMerging(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<500 {
            let first = (0..<Int.random(in: 0..<30, using: &random)).map { _ in Int.random(in: 0..<20, using: &random) }
                .sorted()
            let second = (0..<Int.random(in: 0..<8, using: &random)).map { _ in Int.random(in: 0..<20, using: &random) }
                .sorted()
            // Tagged strings (references) so a moved element keeps its own value.
            var elements = first.map { "first run, element \($0)" } + second.map { "second run, element \($0)" }
            let places = second.map { value in first.count { $0 <= value } }
            FoundFindings.moveMerging(&elements, secondRunAt: first.count, places: places)
            let plain =
                (first.map { ($0, 0, "first run, element \($0)") } + second.map { ($0, 1, "second run, element \($0)") })
                .enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.2)
            #expect(elements == plain)
        }
    }
}
