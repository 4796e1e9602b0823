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
        let loaded = try LoadedPlan.load(Array(signedZero.utf8), file: "t.json")
        #expect(loaded.plan.openingEquity.money == .zero)
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
