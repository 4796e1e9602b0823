import Testing

@testable import FinsamCore

/// The fast paths for many findings in file order: the line cursor (scanning forward from the
/// last position) and the pointer cursor (walking on from the last node) must give what the
/// plain ways give (the line index and a walk down from the root), in order and out of it.
@Suite("Cursors for locations in file order")
struct LocationCursorTests {
    static func text(_ random: inout SplitMix64, bytes: Int) -> [UInt8] {
        let words = ["år", "\n", "kostnad", "Älmhult\n", "x", "\n\n", "€", "        "]
        var text = ""
        while text.utf8.count < bytes { text += words.randomElement(using: &random) ?? "x" }
        return Array(text.utf8)
    }

    @Test(
        "The line cursor gives the line index's position for offsets rising, falling and repeated",
        arguments: PropertySeeds.all)
    func lineCursor(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let bytes = Self.text(&random, bytes: 5_000)
        let map = SourceMap(bytes: bytes)
        var offsets = (0..<300).map { _ in Int.random(in: 0...bytes.count, using: &random) }.sorted()
        // A second run in order (as a second rule's findings), a repeat and the end and beyond.
        offsets += offsets.prefix(100) + [bytes.count, bytes.count, bytes.count + 5]
        for offset in offsets {
            let expected = PartialLineIndexTests.plain(bytes, min(offset, bytes.count))
            #expect(map.position(of: offset) == expected, "offset \(offset)")
            #expect(SourceMap(bytes: bytes).indexedPosition(of: offset) == expected, "offset \(offset)")
        }
    }

    @Test("A long line without newlines: the cursor counts columns across words", arguments: [0, 3, 7, 8, 9, 17])
    func longLine(start: Int) {
        let bytes = Array((String(repeating: "a", count: start) + String(repeating: "åb", count: 700)).utf8)
        let map = SourceMap(bytes: bytes)
        for offset in stride(from: 0, through: bytes.count, by: 13) {
            #expect(map.position(of: offset) == PartialLineIndexTests.plain(bytes, offset), "offset \(offset)")
        }
    }

    /// A document larger than the walk-down limit: a wide array of objects, as a plan's initiatives.
    static func wideDocument(_ count: Int) throws -> JSONDocument {
        let items = (0..<count).map { #"{"id": "i\#($0)", "members": ["a", {"b": [\#($0)]}], "end": null}"# }
        return try JSONReader().parse(
            Array(("{\"x\": 1, \"initiatives\": [" + items.joined(separator: ", ") + "], \"y\": {}}").utf8))
    }

    @Test("The pointer cursor names every node as a walk from the root does, in order and then jumping back")
    func pointerCursor() throws {
        let document = try Self.wideDocument(900)
        #expect(document.nodes.count > JSONDocument.walkDownLimit)
        var random = SplitMix64(seed: 18)
        let rising = (0..<document.nodes.count).filter { _ in Int.random(in: 0..<4, using: &random) == 0 }
        let jumps = (0..<200).map { _ in Int.random(in: 0..<document.nodes.count, using: &random) }
        for node in rising + jumps + rising {
            #expect(
                document.pointer(walkingOnTo: node, with: document.cursors).description
                    == document.pointer(walkingDownTo: node).description,
                "node \(node)")
        }
        let offset = try #require(Reliability.offset(of: Array("[899]".utf8), in: document.bytes))
        #expect(document.pointer(to: offset + 1).description == "/initiatives/899/members/1/b/0")
    }

    @Test("Findings in file order over a large document walk on: the parent index is never built")
    func noParentIndex() throws {
        let document = try Self.wideDocument(900)
        var offset = 0
        while let next = Reliability.offset(of: Array("\"end\"".utf8), in: Array(document.bytes[offset...])) {
            offset += next + 1
            _ = document.pointer(to: offset - 1)
        }
        #expect(!document.treeIsBuilt)
    }
}
