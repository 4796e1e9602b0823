import Foundation
import Testing

@testable import FinsamCore

@Suite("finsam fmt: the canonical layout of a plan file")
struct FormatTests {
    @Test("A plan written any which way comes out in the documented order and layout, tokens as written")
    func handWrittenLayout() throws {
        let input = #"""
            {"years": [{"costs": [{"amount": 100, "name": "Kansli", "category": "administration"}], "status": "budget",
            "contributions": {"staten": 200, "region": 100}, "year": 2024, "x-note": "caf\u00e9"}],
               "openingEquity": "1 000,50", "zeta": 1.50E+2, "federation": {"name": "F"}, "formatVersion": 1,
                "$schema": "s.json", "alpha": [1, 2],
            "members": [{"kind": "state", "id": "staten", "name": "Staten"}, {"id": "region", "name": "Region", "kind": "region"}]}
            """#
        // Worked out by hand from docs/plan-format.md: known fields in the documented order,
        // unknown ones ("zeta", "alpha", "x-note") after them in their own order.
        let expected = #"""
            {
              "$schema": "s.json",
              "formatVersion": 1,
              "federation": {"name": "F"},
              "members": [
                {"id": "staten", "name": "Staten", "kind": "state"},
                {"id": "region", "name": "Region", "kind": "region"}
              ],
              "openingEquity": "1 000,50",
              "years": [
                {
                  "year": 2024,
                  "status": "budget",
                  "contributions": {
                    "staten": 200,
                    "region": 100
                  },
                  "costs": [
                    {"name": "Kansli", "category": "administration", "amount": 100}
                  ],
                  "x-note": "caf\u00e9"
                }
              ],
              "zeta": 1.50E+2,
              "alpha": [1, 2]
            }

            """#
        let output = try FormatSupport.format(Array(input.utf8))
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    @Test("A long cost line stays on one line; a long initiative is one field a line; a short one one line")
    func widths() throws {
        let longName = String(repeating: "Lång kostnadsrad ", count: 8)
        let input = """
            {"formatVersion": 1, "initiatives": [{"id": "a", "name": "A", "target": "individual"},
            {"id": "b", "name": "\(longName)", "target": "structural"}],
            "years": [{"year": 2024, "costs": [{"name": "\(longName)", "category": "operations", "amount": 1}]}]}
            """
        let lines = String(decoding: try FormatSupport.format(Array(input.utf8)), as: UTF8.self).split(separator: "\n")
        #expect(lines.contains(#"        {"name": "\#(longName)", "category": "operations", "amount": 1}"#))
        #expect(lines.contains(#"    {"id": "a", "name": "A", "target": "individual"},"#))
        #expect(lines.contains(#"      "name": "\#(longName)","#))
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= PlanFormatter.width || $0.contains("Lång") })
    }

    @Test("fmt of fmt is the same bytes, and every value keeps its source text, for every fixture")
    func fixturesIdempotentAndExact() throws {
        for path in try FormatSupport.fixturePaths() {
            let original = try fixtureBytes(path)
            guard let once = try? FormatSupport.format(original) else {
                // Not JSON: the reader refuses it, and so must fmt (tested below).
                #expect((try? JSONReader().parse(JSONReader.strippingBOM(original))) == nil, "\(path)")
                continue
            }
            #expect(try FormatSupport.format(once) == once, "\(path)")
            #expect(try FormatSupport.tokens(once) == FormatSupport.tokens(original), "\(path)")
            #expect(once.last == UInt8(ascii: "\n"), "\(path)")
            #expect(!once.contains(UInt8(ascii: "\t")), "\(path)")
        }
    }

    @Test("The formatted plan gives the same ledger and the same findings (places aside), for every fixture")
    func fixturesSameMeaning() throws {
        var checked = 0
        for path in try FormatSupport.fixturePaths() {
            let original = try fixtureBytes(path)
            guard let formatted = try? FormatSupport.format(original) else { continue }
            #expect(FormatSupport.findings(formatted) == FormatSupport.findings(original), "\(path)")
            if let before = try? check(original, file: path) {
                let after = try check(formatted, file: path)
                #expect(FormatSupport.ledger(after) == FormatSupport.ledger(before), "\(path)")
                checked += 1
            }
        }
        #expect(checked >= 8)
    }

    @Test("Generated plans: idempotent, the same values, ledger and findings", arguments: PropertySeeds.all)
    func generatedPlans(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<40 {
            let original = Array(RandomPlan(using: &random).text.utf8)
            let formatted = try FormatSupport.format(original)
            #expect(try FormatSupport.format(formatted) == formatted, "seed \(seed)")
            #expect(try FormatSupport.tokens(formatted) == FormatSupport.tokens(original), "seed \(seed)")
            #expect(FormatSupport.findings(formatted) == FormatSupport.findings(original), "seed \(seed)")
            let before = try check(original, file: "random.json")
            #expect(FormatSupport.ledger(try check(formatted, file: "random.json")) == FormatSupport.ledger(before))
        }
    }

    @Test("Text that is not JSON is an input error with its line, column and pointer")
    func badJSON() {
        let result = PlanFormatter.format(text: "{\n  \"years\": [1,\n", file: "bad.json")
        guard case .failure(let error) = result else {
            Issue.record("formatted text that is not JSON")
            return
        }
        #expect(error.location.file == "bad.json")
        #expect(error.location.line == 3)
        #expect(error.location.pointer.description == "/years/1")
        #expect(error.message.id == "json.unexpected_end")
    }

    @Test("A byte order mark is dropped; text in, text out")
    func textAndBOM() throws {
        let formatted = try FormatSupport.format([0xEF, 0xBB, 0xBF] + Array(#"{"b": [], "a": {}}"#.utf8))
        #expect(String(decoding: formatted, as: UTF8.self) == "{\n  \"b\": [],\n  \"a\": {}\n}\n")
        // The top level is always one item a line, whatever it holds.
        guard case .success(let text) = PlanFormatter.format(text: "[1,2]", file: "x") else {
            Issue.record("did not format an array")
            return
        }
        #expect(text == "[\n  1,\n  2\n]\n")
    }
}
