import Testing

@testable import FinsamCore

@Suite("The reader's limits and the fixes the bad-input fixtures led to")
struct ReaderLimitTests {
    private func reason(_ text: String, stringLimit: Int) -> JSONSyntaxError.Reason? {
        do throws(JSONSyntaxError) {
            _ = try JSONReader(stringLimit: stringLimit).read(Array(text.utf8))
            return nil
        } catch {
            return error.reason
        }
    }

    @Test("A string of exactly the limit is read; one byte more is refused, escaped or not")
    func stringLimitBoundary() {
        #expect(reason(#"["abcd"]"#, stringLimit: 4) == nil)
        #expect(reason(#"["abcde"]"#, stringLimit: 4) == .stringTooLong(limit: 4))
        // `a\nb` is 4 bytes of source text: the limit counts what is read, escapes included.
        #expect(reason(#"["a\nb"]"#, stringLimit: 4) == nil)
        #expect(reason(#"["a\nbc"]"#, stringLimit: 4) == .stringTooLong(limit: 4))
        #expect(reason(#"{"abcde": 1}"#, stringLimit: 4) == .stringTooLong(limit: 4))
    }

    @Test("A trailing comma is reported at the comma, not at the bracket after it")
    func trailingCommaOffset() throws {
        for text in ["[1, 2,\n]", "{\"a\": 1,\n}"] {
            do throws(JSONSyntaxError) {
                _ = try JSONReader().read(Array(text.utf8))
                Issue.record("read \(text)")
            } catch {
                #expect(error.reason == .trailingComma)
                // The comma is the byte before the newline.
                #expect(error.offset == Array(text.utf8).firstIndex(of: 0x0A).map { $0 - 1 })
            }
        }
    }

    @Test("A word far longer than every candidate gets no suggestion, and at once")
    func longWordSuggestion() {
        let long = String(repeating: "openingEquity", count: 100_000)
        #expect(Suggestion.nearest(to: long, in: ["openingEquity", "years"]) == nil)
        #expect(Suggestion.nearest(to: "openingEqiuty", in: ["openingEquity", "years"]) == "openingEquity")
    }

    @Test("`-0` is refused where amounts cannot be negative, and is zero where they can")
    func negativeZero() throws {
        let bytes = try Reliability.bytes("Fixtures/invalid/valid-base.json")
        let text = String(decoding: bytes, as: UTF8.self)
        let signedZero = text.replacingOccurrences("\"openingEquity\": 100000", "\"openingEquity\": -0")
        let loaded = try check(Array(signedZero.utf8), file: "t.json")
        #expect(loaded.plan.openingEquity?.money == .zero)
        let cost = text.replacingOccurrences("\"amount\": 200000", "\"amount\": \"−0\"")
        #expect(Reliability.loadError(Array(cost.utf8))?.message.id == "plan.negative_amount")
    }

    @Test("An error's line and column are the same whether or not the rest of the file is mapped")
    func prefixSourceMap() {
        let text = Array("{\n  \"å\": [1,\n  2,]\n}\n".utf8)
        for offset in 0...text.count {
            let full = SourceMap(bytes: text).position(of: offset)
            let prefix = SourceMap(bytes: Array(text.prefix(offset))).position(of: offset)
            #expect(full == prefix, "offset \(offset)")
        }
    }
}

@Suite("JSON Pointers from offsets, by the parent index")
struct PointerIndexTests {
    /// The walk down from the root that `pointer(to:)` used before the index: at each level the
    /// last child starting at or before the offset. Kept here as the reference.
    private func reference(_ document: JSONDocument, _ offset: Int) -> JSONPointer {
        var pointer = JSONPointer.root
        var index = 0
        while index < document.nodes.count {
            let node = document.nodes[index]
            if Int(node.start) == offset { return pointer }
            let kids = document.children(of: index)
            switch node.kind {
            case .object:
                // The tape has no key nodes: each member's key is found back from its value.
                let keys = kids.map { JSONKey(document: document, valueAt: Int(document.nodes[$0].start)) }
                guard let chosen = keys.lastIndex(where: { $0.offset <= offset }) else { return pointer }
                pointer = pointer.appending(keys[chosen].string)
                if Int(document.nodes[kids[chosen]].start) > offset { return pointer }
                index = kids[chosen]
            case .array:
                guard let position = kids.lastIndex(where: { Int(document.nodes[$0].start) <= offset }) else {
                    return pointer
                }
                pointer = pointer.appending(position)
                index = kids[position]
            default:
                return pointer
            }
        }
        return pointer
    }

    @Test("Every offset of every fixture and of random plans gives the reference pointer", arguments: PropertySeeds.all)
    func matchesReference(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var texts = (0..<5).map { _ in Array(RandomPlan(using: &random).text.utf8) }
        texts.append(try Reliability.bytes("Fixtures/plans/sodra-vatterbygden-2024.json"))
        texts.append(Array(#"{"a": [[], {}, [1, {"b~/": [true, null]}]], "": {"": 0}}"#.utf8))
        texts.append(Array(#"{"a\"b" : [1, "x:", {"c\\": {"\u00e5": "d"}}], "e" :"f", "": [{"": ""}]}"#.utf8))
        for bytes in texts {
            let document = try JSONReader().parse(bytes)
            for offset in -1...(bytes.count + 1) {
                #expect(document.pointer(to: offset) == reference(document, offset), "seed \(seed), offset \(offset)")
            }
        }
    }
}
