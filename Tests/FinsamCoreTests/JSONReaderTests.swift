import Testing

@testable import FinsamCore

@Suite("The JSON reader")
struct JSONReaderTests {
    private func read(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONReader().read(Array(text.utf8))
    }

    private func error(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    private func position(_ text: String, _ error: JSONSyntaxError?) -> SourcePosition? {
        error.map { SourceMap(bytes: Array(text.utf8)).position(of: $0.offset) }
    }

    @Test("Values keep their offsets; numbers keep their text")
    func offsets() throws {
        let text = "{\n  \"a\": [1, 2.50],\n  \"b\": \"å\"\n}"
        let value = try read(text)
        guard case .object(let members) = value.kind, case .array(let elements) = members[0].value.kind else {
            Issue.record("expected an object holding an array")
            return
        }
        let map = SourceMap(bytes: Array(text.utf8))
        #expect(map.position(of: members[0].value.offset) == SourcePosition(line: 2, column: 8))
        #expect(map.position(of: elements[1].offset) == SourcePosition(line: 2, column: 12))
        if case .number(let raw) = elements[1].kind { #expect(raw == "2.50") } else { Issue.record("not a number") }
        if case .string(let s) = members[1].value.kind { #expect(s == "å") } else { Issue.record("not a string") }
    }

    @Test("Columns count characters, not bytes")
    func columns() {
        let text = "{\"åäö\": x}"
        let found = error(text)
        #expect(found?.reason == .unexpectedCharacter("x"))
        #expect(position(text, found) == SourcePosition(line: 1, column: 9))
    }

    @Test("Duplicate keys are rejected, with the pointer to the object")
    func duplicateKeys() {
        let found = error(#"{"years": [{"year": 2022, "year": 2023}]}"#)
        #expect(found?.reason == .duplicateKey("year"))
        #expect(found?.pointer.description == "/years/0")
    }

    @Test("Trailing commas, comments, NaN and Infinity are rejected")
    func strictness() {
        #expect(error("[1, 2,]")?.reason == .trailingComma)
        #expect(error(#"{"a": 1,}"#)?.reason == .trailingComma)
        #expect(error("{\"a\": 1 // note\n}")?.reason == .comment)
        #expect(error("[NaN]")?.reason == .nonFiniteNumber("NaN"))
        #expect(error("[-Infinity]")?.reason == .nonFiniteNumber("-Infinity"))
        #expect(error("[01]")?.reason == .invalidNumber("01"))
        #expect(error("[1.]")?.reason == .invalidNumber("1."))
        #expect(error("{'a': 1}")?.reason == .expectedKey)
        #expect(error("[1] [2]")?.reason == .trailingContent)
        #expect(error("{\"a\": \"x\ty\"}")?.reason == .controlCharacterInString)
        #expect(error(#"["\ud800"]"#)?.reason == .loneSurrogate)
        #expect(error("")?.reason == .empty)
        #expect(error("   ")?.reason == .empty)
        #expect(error(#"{"a": [1, 2"#)?.reason == .unexpectedEnd)
    }

    @Test("Escapes decode, surrogate pairs included")
    func escapes() throws {
        let value = try read(#"["a\"b\\c\u00e5\ud83d\ude00\n"]"#)
        guard case .array(let elements) = value.kind, case .string(let text) = elements[0].kind else {
            Issue.record("expected a string")
            return
        }
        #expect(text == "a\"b\\cå😀\n")
    }

    @Test("Invalid UTF-8 is rejected where it stands")
    func invalidUTF8() {
        let bytes: [UInt8] = Array(#"{"name": "a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        do {
            _ = try JSONReader().read(bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.reason == .invalidUTF8)
            // `{"name": "a` is 11 bytes (offsets 0–10), so the bad byte 0xC3 is at offset 11.
            #expect(error.offset == 11)
        }
    }

    @Test("A UTF-8 BOM is skipped; UTF-16 is named")
    func encodings() throws {
        let withBOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)
        _ = try JSONReader().read(JSONReader.strippingBOM(withBOM))
        #expect(throws: JSONSyntaxError(reason: .utf16(withBOM: true), offset: 0, pointer: .root)) {
            try JSONReader().read([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00])
        }
        #expect(throws: JSONSyntaxError(reason: .utf16(withBOM: false), offset: 0, pointer: .root)) {
            try JSONReader().read([0x5B, 0x00, 0x5D, 0x00])
        }
    }

    @Test("Nesting deeper than the limit is an error, not a stack overflow")
    func depth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(error(deep)?.reason == .tooDeep(limit: 256))
        let fine = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(error(fine) == nil)
    }

    @Test("Pointers escape ~ and /")
    func pointers() {
        #expect(JSONPointer.root.appending("a/b").appending("c~d").appending(3).description == "/a~1b/c~0d/3")
    }
}
