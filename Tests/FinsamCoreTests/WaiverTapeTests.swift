import Testing

@testable import FinsamCore

/// ``WaiverTape`` reads waivers in their common form from the tape; the general path reads
/// every form and gives every error. Both must give the same waivers, or the same error.
struct WaiverTapeTests {
    /// A waiver object with each field present, absent, null, or in an odd or wrong form.
    static func waiver(_ index: Int, _ random: inout SplitMix64) -> String {
        var fields: [String] = []
        func maybe(_ key: String, _ values: [String]) {
            guard Int.random(in: 0..<6, using: &random) > 0 else { return }
            fields.append("\"\(key)\": " + ShapeFastPathTests.pick(values, &random))
        }
        maybe("rule", ["\"initiative_end_date\"", "\"equity_cap\"", "\"\"", "\"equity\\u005fcap\"", "7", "null"])
        maybe(
            "year",
            ["2025", "1900", "2999", "1899", "3000", "2025.0", "2025e0", "02025", "-2025", "\"2025\"", "20250", "null"])
        maybe(
            "pointer",
            [
                "\"/initiatives/\(index)\"", "\"\"", "\"/\"", "\"initiatives/0\"", "\"/a\\/b\"", "\"/years/0\"", "1",
                "null",
            ])
        maybe("reason", ["\"Löpande verksamhet\"", "\"\"", "\"   \"", "\"Citat \\\"x\\\"\"", "[]", "null"])
        maybe("decision", ["\"§ 12, 2026-03-14\"", "\"\"", "\"§\\u0020 12\"", "5", "null"])
        maybe(
            "expires",
            [
                "\"2026-12-31\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"2026-13-01\"", "\"2026-1-01\"", "20261231",
                "null",
            ])
        if Int.random(in: 0..<25, using: &random) == 0 { fields.append("\"note\": 1") }
        var shuffled = fields
        shuffled.shuffle(using: &random)
        return "{" + (Bool.random(using: &random) ? shuffled : fields).joined(separator: ", ") + "}"
    }

    /// Every field of every waiver, the unknown fields, or the error.
    static func waivers(_ text: String, fastPaths: Bool) -> [String] {
        let document: JSONDocument
        do { document = try JSONReader().parse(Array(text.utf8)) } catch { return ["syntax \(error)"] }
        do throws(PlanError) {
            let (plan, unknown) = try PlanDecoder.decode(document.root, fastPaths: fastPaths)
            return unknown.map { "unknown \($0.name) @\($0.ref.offset)" }
                + plan.waivers.map { w in
                    "\(w.ruleID) \(w.year ?? -1) \(w.pointer ?? "-") \(w.reason ?? "-") \(w.decision ?? "-") "
                        + "\(w.expires?.description ?? "-") \(w.index) @\(w.ref.offset)"
                }
        } catch {
            return ["error \(error.message.id) \(error.message.arguments) @\(error.offset)"]
        }
    }

    @Test("waivers read from the tape are the general path's, field by field, error by error")
    func waiverTape() {
        var random = SplitMix64(seed: 2_418)
        var decodedSome = false
        for _ in 0..<500 {
            let count = Int.random(in: 1..<6, using: &random)
            let list = (0..<count).map { Self.waiver($0, &random) }.joined(separator: ", ")
            let plan = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
            let text = String(plan.dropLast()) + #", "waivers": ["# + list + "]}"
            let fast = Self.waivers(text, fastPaths: true)
            #expect(fast == Self.waivers(text, fastPaths: false), "\(text)")
            decodedSome = decodedSome || !(fast.first ?? "error").hasPrefix("error")
        }
        #expect(decodedSome)
    }

    @Test("a waiver in the common form is read whole from the tape")
    func commonForm() throws {
        let plan = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
        let text =
            String(plan.dropLast())
            + #", "waivers": [{"rule": "equity_cap", "year": 2025, "pointer": "/years/0", "reason": "Beslut","#
            + #" "decision": "§ 12, 2026-03-14", "expires": "2026-12-31"}]}"#
        // Read by the tape, not handed to the general path.
        let document = try JSONReader().parse(Array(text.utf8))
        let element = try #require(document.root.member("waivers")?.elements.first)
        let fast = CostLineTape.read(document, unit: .kr, fastPath: true) { tape in
            WaiverTape(tape: tape).waiver(at: element.index, index: 0)
        }
        #expect(fast?.ruleID == "equity_cap" && fast?.year == 2025 && fast?.expires?.description == "2026-12-31")
        let object = try #require(text.range(of: #"{"rule""#)).lowerBound
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: object)
        #expect(
            Self.waivers(text, fastPaths: true) == [
                "equity_cap 2025 /years/0 Beslut § 12, 2026-03-14 2026-12-31 0 @\(offset)"
            ]
        )
    }

    @Test("waivers that repeat a rule, reason and decision share the earlier waiver's strings")
    func sharedText() throws {
        let plan = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
        let waiver = #"{"rule": "initiative_end_date", "reason": "Löpande verksamhet under utredning", "#
        let text =
            String(plan.dropLast()) + #", "waivers": ["# + waiver + #""decision": "§ 12, 2026-03-14"}, "#
            + waiver + #""decision": "§ 12, 2026-03-14"}, "# + waiver + #""decision": "§ 13, 2026-04-01"}]}"#
        let document = try JSONReader().parse(Array(text.utf8))
        let (plan2, _) = try PlanDecoder.decode(document.root, fastPaths: true)
        let waivers = plan2.waivers
        try #require(waivers.count == 3)
        func storage(_ text: String?) -> UnsafePointer<UInt8>? {
            var copy = text ?? ""
            return copy.withUTF8 { $0.baseAddress }
        }
        // Long strings live on the heap: one storage when shared.
        #expect(storage(waivers[1].reason) == storage(waivers[0].reason))
        #expect(storage(waivers[1].ruleID) == storage(waivers[0].ruleID))
        #expect(storage(waivers[1].decision) == storage(waivers[0].decision))
        #expect(storage(waivers[2].reason) == storage(waivers[1].reason))
        #expect(
            waivers[2].decision == "§ 13, 2026-04-01" && storage(waivers[2].decision) != storage(waivers[1].decision))
    }

    @Test("a reason or decision of only whitespace, or none, leaves a waiver incomplete")
    func blank() {
        for text in [nil, "", " ", "\t\n", "\r\n", "\u{00A0}", "\u{2003} "] as [String?] {
            #expect(Waiver.isBlank(text), "\(String(describing: text))")
        }
        for text in ["a", " a", "§ 12", "Ärende", "\u{00A0}x", "e\u{0301}", "1", "\u{200B}", "\u{180E}"] {
            #expect(!Waiver.isBlank(text), "\(text)")
        }
        // The listed scalars are exactly those the standard library calls whitespace.
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar)) + "x"
            #expect(Waiver.isBlank(text) == false)
            #expect(Waiver.isBlank(String(Character(scalar))) == scalar.properties.isWhitespace, "U+\(value)")
        }
    }
}
