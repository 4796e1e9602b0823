import Testing

@testable import FinsamCore

/// The reader scans strings eight bytes at a time; a special byte at any place
/// in a word, or a word cut short by the end of the input, must be found exactly as the
/// byte-by-byte scan found it.
@Suite("Eight bytes at a time")
struct JSONWordScanTests {
    static func parse(_ bytes: [UInt8]) -> Result<JSONDocument, JSONSyntaxError> {
        do throws(JSONSyntaxError) { return .success(try JSONReader().parse(bytes)) } catch { return .failure(error) }
    }

    @Test("strings of every length up to 40 read back whole")
    func plainStrings() {
        for length in 0...40 {
            let text = String(repeating: "a", count: length)
            guard case .success(let document) = Self.parse(Array("\"\(text)\"".utf8)) else {
                Issue.record("length \(length) rejected")
                continue
            }
            #expect(document.root.string == text)
        }
    }

    @Test("a special byte at any place in the first three words is found at its own offset")
    func specialByteAtEveryPlace() {
        for place in 0..<24 {
            let before = [UInt8](repeating: UInt8(ascii: "b"), count: place)
            let after = [UInt8](repeating: UInt8(ascii: "c"), count: 11)
            // A control character: rejected at its own offset (1 for the opening quote).
            if case .failure(let error) = Self.parse([0x22] + before + [0x01] + after + [0x22]) {
                #expect(error.reason == .controlCharacterInString)
                #expect(error.offset == 1 + place)
            } else {
                Issue.record("control character at \(place) accepted")
            }
            // A byte that is never UTF-8.
            if case .failure(let error) = Self.parse([0x22] + before + [0xFF] + after + [0x22]) {
                #expect(error.reason == .invalidUTF8)
                #expect(error.offset == 1 + place)
            } else {
                Issue.record("0xFF at \(place) accepted")
            }
            // An escape and a two-byte letter are read, not skipped.
            let escaped = Self.parse([0x22] + before + Array(#"\n"#.utf8) + after + [0x22])
            #expect(
                (try? escaped.get().root.string) == String(repeating: "b", count: place) + "\n"
                    + String(repeating: "c", count: 11))
            let letter = Self.parse([0x22] + before + Array("å".utf8) + after + [0x22])
            #expect(
                (try? letter.get().root.string) == String(repeating: "b", count: place) + "å"
                    + String(repeating: "c", count: 11))
            // The closing quote ends the string where it stands.
            let early = Self.parse([0x22] + before + [0x22])
            #expect((try? early.get().root.string) == String(repeating: "b", count: place))
        }
    }

    @Test("the string limit is reported at the same place, long string or short")
    func stringLimit() {
        for limit in [1, 7, 8, 9, 16, 23] {
            for length in [limit - 1, limit, limit + 1, limit + 8] where length >= 0 {
                let bytes = Array("[\"\(String(repeating: "x", count: length))\"]".utf8)
                var reader = JSONReader()
                reader.stringLimit = limit
                let accepted = (try? reader.parse(bytes)) != nil
                // The limit counts the opening quote and the characters before the closing one.
                #expect(accepted == (length + 1 <= limit + 1), "limit \(limit), length \(length)")
            }
        }
    }

    @Test(
        "keys that share a prefix are told apart; a repeated key is found",
        arguments: [
            (#"{"abcdefghij": 1, "abcdefghik": 2}"#, nil),
            (#"{"abcdefghij": 1, "abcdefghij": 2}"#, "abcdefghij"),
            (#"{"ab": 1, "abc": 2}"#, nil),
            (#"{"abc": 1, "ab": 2}"#, nil),
            (#"{"abcdefgh": 1, "abcdefghi": 2, "abcdefgh": 3}"#, "abcdefgh"),
            (#"{"abcdefghijklmnopq": 1, "abcdefghijklmnopr": 2}"#, nil),
            (#"{"abcdefghijklmnopq": 1, "abcdefghijklmnopq": 2}"#, "abcdefghijklmnopq"),
            (#"{"a":1,"a":2}"#, "a"),
            (#"{"":1,"":2}"#, ""),
            (#"{"a": 1, "\u0061": 2}"#, "a"),
            (#"{"\u0062": 1, "b": 2}"#, "b"),
            (#"{"ab": 1, "b": 2, "a\u0062": 3}"#, "ab"),
        ] as [(String, String?)])
    func duplicateKeys(text: String, duplicate: String?) {
        switch Self.parse(Array(text.utf8)) {
        case .success: #expect(duplicate == nil)
        case .failure(let error): #expect(error.reason == .duplicateKey(duplicate ?? "-"))
        }
    }
}
