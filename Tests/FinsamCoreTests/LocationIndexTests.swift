import Foundation
import Testing

@testable import FinsamCore

/// Locations of findings: the eight-bytes-at-a-time line index and the two ways of finding a
/// JSON Pointer (walking down from the root, climbing the parent index) must agree with plain,
/// independent counts.
@Suite("Line index and pointers")
struct LocationIndexTests {
    /// The high bits a per-byte test marks in `word`.
    static func marks(_ word: UInt64, _ test: (UInt8) -> Bool) -> UInt64 {
        var result: UInt64 = 0
        for lane in 0..<8 where test(UInt8(truncatingIfNeeded: word >> (8 * UInt64(lane)))) {
            result |= 0x80 << (8 * UInt64(lane))
        }
        return result
    }

    @Test(
        "Exact zero bytes and continuation bytes mark every such byte and no other; marks are counted",
        arguments: PropertySeeds.all)
    func exactMasks(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // Bytes drawn mostly from the edges where borrows and carries go wrong: 0, 1, 0x7F..0x81, 0xBF..0xC1, 0xFF.
        let edges: [UInt8] = [0, 1, 0x0A, 0x7F, 0x80, 0x81, 0xBF, 0xC0, 0xC1, 0xFF]
        for _ in 0..<20_000 {
            var word: UInt64 = 0
            for lane in 0..<8 {
                let byte =
                    Bool.random(using: &random)
                    ? edges.randomElement(using: &random) ?? 0 : UInt8.random(in: 0...255, using: &random)
                word |= UInt64(byte) << (8 * UInt64(lane))
            }
            #expect(SWAR.exactZeroBytes(word) == Self.marks(word) { $0 == 0 }, "\(String(word, radix: 16))")
            #expect(
                SWAR.continuationBytes(word) == Self.marks(word) { $0 & 0xC0 == 0x80 }, "\(String(word, radix: 16))")
            #expect(SWAR.markCount(SWAR.continuationBytes(word)) == SWAR.continuationBytes(word).nonzeroBitCount)
            #expect(SWAR.markCount(word & SWAR.highBits) == (word & SWAR.highBits).nonzeroBitCount)
        }
    }

    @Test("Every offset of short texts, newlines at every place in a word, maps as a plain count says")
    func shortTexts() {
        // Lengths 0 to 40 cover texts shorter than a word and the bytes left after the last word.
        for length in 0...40 {
            for newline in 0..<max(1, length) {
                var bytes = Array(String(repeating: "å", count: length).utf8.prefix(length))
                if newline < bytes.count { bytes[newline] = 0x0A }
                let map = SourceMap(bytes: bytes)
                for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
                    let expected = Reliability.lineColumn(of: offset, in: bytes)
                    #expect(
                        map.position(of: offset) == SourcePosition(line: expected.line, column: expected.column),
                        "length \(length), newline \(newline), offset \(offset)")
                }
            }
        }
    }

    @Test("Lines that end on either side of a 1 024-byte block's edge")
    func blockEdges() {
        for edge in 1_016...1_032 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 2_100)
            bytes[edge] = 0x0A
            bytes[edge + 1] = 0xC3  // "ö" across the line start
            bytes[edge + 2] = 0xB6
            let map = SourceMap(bytes: bytes)
            #expect(map.position(of: edge) == SourcePosition(line: 1, column: edge + 1))
            #expect(map.position(of: edge + 3) == SourcePosition(line: 2, column: 2))
            // Line 2 holds bytes edge + 1 ..< 2 100, one two-byte scalar among them; the end is one past.
            #expect(map.position(of: 2_100) == SourcePosition(line: 2, column: (2_100 - edge - 1) - 1 + 1))
        }
    }

    /// Every node's pointer, walked down and climbed up.
    static func bothWays(_ document: JSONDocument) -> (down: [String], up: [String]) {
        let nodes = document.nodes.indices
        return (
            nodes.map { document.pointer(walkingDownTo: $0).description },
            nodes.map { document.pointer(climbingTo: $0).description }
        )
    }

    @Test("Walking down and climbing up give the same pointer for every node of every fixture plan")
    func fixturePointers() throws {
        let folder = Reliability.root.appendingPathComponent("Fixtures/plans")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(names.count >= 4)
        for name in names {
            let document = try JSONReader().parse(Reliability.bytes("Fixtures/plans/" + name))
            let (down, up) = Self.bothWays(document)
            #expect(down == up, "\(name)")
            #expect(document.nodes.count <= JSONDocument.walkDownLimit, "\(name) is a typical plan, so it walks down")
        }
    }

    /// Random JSON: objects, arrays (some empty) and scalars, nested up to `depth`.
    static func randomJSON(_ depth: Int, using random: inout SplitMix64) -> String {
        let choice = depth == 0 ? Int.random(in: 2..<5, using: &random) : Int.random(in: 0..<5, using: &random)
        let count = Int.random(in: 0..<5, using: &random)
        switch choice {
        case 0:
            return "{"
                + (0..<count).map { "\"k\($0)\": " + randomJSON(depth - 1, using: &random) }.joined(separator: ", ")
                + "}"
        case 1: return "[" + (0..<count).map { _ in randomJSON(depth - 1, using: &random) }.joined(separator: ",") + "]"
        case 2: return "\"s\\u00e5\""
        case 3: return String(Int.random(in: -99...99, using: &random))
        default: return "null"
        }
    }

    @Test(
        "Walking down and climbing up agree on random documents, and name each node as a plain path would",
        arguments: PropertySeeds.all)
    func randomPointers(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<200 {
            let document = try JSONReader().parse(Array(Self.randomJSON(5, using: &random).utf8))
            let (down, up) = Self.bothWays(document)
            #expect(down == up)
        }
        // A hand-worked document: the pointer of each value's first byte.
        let text = #"{"a": [10, {"b": null}], "c": {}}"#
        let document = try JSONReader().parse(Array(text.utf8))
        let expected = [
            ("10", "/a/0"), ("{\"b\"", "/a/1"), ("null", "/a/1/b"), ("\"b\"", "/a/1/b"), ("{}", "/c"), ("\"c\"", "/c"),
        ]
        for (needle, pointer) in expected {
            let offset = try #require(Reliability.offset(of: Array(needle.utf8), in: Array(text.utf8)))
            #expect(document.pointer(to: offset).description == pointer, "\(needle)")
        }
        #expect(document.pointer(to: 0).description == "")
    }
}

/// The line index grows only as far as the offsets asked for: asked in any order, far then near,
/// every position is the one a plain count gives.
@Suite("Line index built as far as asked")
struct PartialLineIndexTests {
    /// Line and column of `offset` by counting from the start: lines after "\n", columns in scalars.
    static func plain(_ bytes: [UInt8], _ offset: Int) -> SourcePosition {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    @Test("Offsets in a seeded random order over several blocks, with multi-byte letters, agree with a plain count")
    func randomOrder() {
        var random = SplitMix64(seed: 18)
        let words = ["år", "\n", "kostnad", "Älmhult\n", "x", "\n\n", "€"]
        var text = ""
        while text.utf8.count < 9_000 { text += words.randomElement(using: &random) ?? "x" }
        let bytes = Array(text.utf8)
        let map = SourceMap(bytes: bytes)
        for _ in 0..<400 {
            let offset = Int.random(in: 0...bytes.count, using: &random)
            #expect(map.position(of: offset) == Self.plain(bytes, offset), "offset \(offset)")
        }
        // The very end, and the start, after everything else.
        #expect(map.position(of: bytes.count) == Self.plain(bytes, bytes.count))
        #expect(map.position(of: 0) == SourcePosition(line: 1, column: 1))
    }
}
