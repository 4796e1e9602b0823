import Testing

@testable import FinsamCore

/// The tape has no key nodes; each member's key is found back from its value (``JSONKey``).
@Suite("Keys found back from their values")
struct JSONKeyTests {
    private func keys(_ text: String) throws -> [String] {
        try JSONReader().parse(Array(text.utf8)).root.members.map(\.key)
    }

    @Test("Escapes, quotes and backslashes in keys, whitespace around the colon")
    func trickyKeys() throws {
        // Written out by hand: the keys as JSON text, then as decoded text.
        let text = #"{"a\"b": 1, "c\\": {"x": [2]}, " x " :3, "":null, "\u00e5\\\"" : "v", "e\\\\":[], "q\n" :{}}"#
        #expect(try keys(text) == ["a\"b", "c\\", " x ", "", "å\\\"", "e\\\\", "q\n"])
    }

    @Test("A key's offset is its opening quote, and whether it has escapes is known")
    func offsets() throws {
        let text = #"{"plain": 1,  "esc\"aped"  :  [true], "last":{"in": "x"}}"#
        let document = try JSONReader().parse(Array(text.utf8))
        let members = document.root.members
        let bytes = Array(text.utf8)
        for member in members { #expect(bytes[member.keyOffset] == UInt8(ascii: "\"")) }
        #expect(members.map(\.keyOffset) == [1, 14, 38])
        #expect(members.map(\.keyToken.escaped) == [false, true, false])
        #expect(members[1].keyEquals("esc\"aped"))
        #expect(!members[0].keyEquals("plai"))
    }

    @Test("A plain name is the key ending at a quote exactly when the byte-by-byte comparison says so")
    func plainKeys() {
        var random = SplitMix64(seed: 23)
        let alphabet = Array("ak1_ \"\\:".utf8)
        let names = ["k1", "k12345678", "region", "a", "", "staten_och_kommunerna"].map { Array($0.utf8) }
        for _ in 0..<400 {
            let text = (0..<60).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            let name = names[Int.random(in: 0..<names.count, using: &random)]
            // The name written into the text now and then, after a quote (perhaps escaped).
            var bytes = text
            let at = Int.random(in: 1..<20, using: &random)
            if Bool.random(using: &random) {
                bytes.replaceSubrange(at..<(at + name.count + 1), with: name + [UInt8(ascii: "\"")])
            }
            bytes.withUnsafeBufferPointer { document in
                name.withUnsafeBufferPointer { name in
                    for closing in 0..<document.count where document[closing] == UInt8(ascii: "\"") {
                        #expect(
                            JSONKey.isPlainKey(name, closingAt: closing, in: document)
                                == JSONKey.isKey(name, closingAt: closing, in: document))
                    }
                }
            }
        }
    }

    @Test("Duplicate keys are still found, with and without escapes, in small and large objects")
    func duplicates() {
        let small = #"{"a": 1, "b": {"a": 2}, "a": 3}"#
        #expect(error(small) == .duplicateKey("a"))
        let escaped = #"{"\u0061": 1, "a": 2}"#
        #expect(error(escaped) == .duplicateKey("a"))
        let distinct = (0..<40).map { #""k\#($0)": \#($0)"# }.joined(separator: ", ")
        #expect(error("{" + distinct + "}") == nil)
        #expect(error("{" + distinct + #", "k17": 0}"#) == .duplicateKey("k17"))
        #expect(error("{" + distinct + #", "k\u0031\u0037": 0}"#) == .duplicateKey("k17"))
    }

    @Test("An offset in a key or before its value gives the member's pointer, an array element after a string its own")
    func pointers() throws {
        let text = #"{"a": "s", "b" : [ "x", "y" ], "c\"": {"d": 1}}"#
        let document = try JSONReader().parse(Array(text.utf8))
        let bytes = Array(text.utf8)
        func pointer(at needle: String, after start: Int = 0) -> String {
            let target = Array(needle.utf8)
            let offset = (start...(bytes.count - target.count)).first { Array(bytes[$0..<$0 + target.count]) == target }
            return document.pointer(to: offset ?? 0).description
        }
        #expect(pointer(at: #""b""#) == "/b")
        #expect(pointer(at: #"b" :"#) == "/b")
        #expect(pointer(at: ": [") == "/b")
        #expect(pointer(at: #""y""#) == "/b/1")
        #expect(pointer(at: #""c\"""#) == "/c\"")
        #expect(pointer(at: #""d""#) == "/c\"/d")
        #expect(pointer(at: ", \"b\"") == "/a")
    }

    private func error(_ text: String) -> JSONSyntaxError.Reason? {
        do {
            _ = try JSONReader().parse(Array(text.utf8))
            return nil
        } catch {
            return error.reason
        }
    }
}
