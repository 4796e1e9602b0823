import Testing

@testable import FinsamCore

/// The decoder reads cost lines in their common form straight from the tape and sends every
/// other line through the general path. Both ways must give the same plan, the same unknown
/// fields and the same errors, byte offset for byte offset.
@Suite("Fast paths decode exactly as the general path")
struct FastPathTests {
    /// Everything the decoder gives, written out so two decodes can be compared whole.
    static func outcome(_ text: String, fastPaths: Bool) -> [String] {
        var decoder = PlanDecoder()
        decoder.useFastPaths = fastPaths
        return outcome(text, decoder: decoder)
    }

    static func outcome(_ text: String, decoder: PlanDecoder) -> [String] {
        let document: JSONDocument
        do { document = try JSONReader().parse(Array(text.utf8)) } catch { return ["syntax \(error)"] }
        do throws(PlanError) {
            let (plan, unknown) = try decoder.decode(document.root)
            var lines = unknown.map { "unknown \($0.name) \($0.suggestion ?? "-") @\($0.ref.offset)" }
            for year in plan.years {
                lines.append("year \(year.year) @\(year.ref.offset) costs \(year.costs.count)")
                lines += year.contributions.map { "contribution \($0.memberID) \(describe($0.amount))" }
                lines += year.otherIncome.map { "income \($0.name) \(describe($0.amount)) @\($0.ref.offset)" }
                lines += year.costs.map { line in
                    "cost \(line.name) \(line.category.rawValue) \(line.initiativeID ?? "-") \(line.group ?? "-") "
                        + "\(describe(line.amount)) @\(line.ref.offset)"
                }
            }
            lines += plan.initiatives.map { "initiative \($0.id) \($0.name) @\($0.ref.offset)" }
            return lines
        } catch {
            return ["error \(error.message.id) \(error.message.arguments) @\(error.offset)"]
        }
    }

    static func describe(_ amount: Amount) -> String {
        "\(amount.money.ore) öre ±\(amount.precision.ore) @\(amount.ref.offset)"
    }

    static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let fast = outcome(text, fastPaths: true)
        let general = outcome(text, fastPaths: false)
        #expect(fast == general, sourceLocation: sourceLocation)
    }

    /// A small plan whose only cost line is `line`.
    static func plan(costLine line: String, unit: String = "kr") -> String {
        """
        {"formatVersion": 1, "unit": "\(unit)", "federation": {"name": "F"},
         "members": [{"id": "staten", "name": "S", "kind": "state"}, {"id": "region", "name": "R", "kind": "region"},
                     {"id": "k1", "name": "K", "kind": "municipality"}],
         "openingEquity": 0,
         "years": [{"year": 2025, "status": "budget", "contributions": {"staten": 200, "region": 100, "k1": 100},
                    "costs": [{"name": "Kansli", "category": "administration", "amount": 50}, \(line)]}],
         "initiatives": [{"id": "i1", "name": "Insats", "target": "individual"}]}
        """
    }

    @Test(
        "the real plans decode the same both ways",
        arguments: [
            "sunnerbo-2022", "sodra-vatterbygden-2024", "sundsvall-2022", "sundsvall-2021-follow-up",
            "follow-up-example",
        ])
    func fixtures(name: String) throws {
        let bytes = try fixtureBytes("Fixtures/plans/\(name).json")
        let text = String(decoding: JSONReader.strippingBOM(bytes), as: UTF8.self)
        let outcome = Self.outcome(text, fastPaths: true)
        #expect(outcome.contains { $0.hasPrefix("cost ") })
        Self.expectSame(text)
    }

    @Test(
        "every form of cost line, common or not, decodes the same both ways",
        arguments: [
            #"{"name": "Insats", "category": "operations", "amount": 1200, "initiative": "i1"}"#,
            #"{"amount": "1 844,50", "group": "Insatser", "category": "operations", "name": "Å ä ö"}"#,
            #"{"name": "Insats", "category": "operations", "amount": 12.5, "initiative": null, "group": null}"#,
            #"{"name": "Esc\"aped", "category": "operations", "amount": 1}"#,
            #"{"name": "Insats", "category": "oper\u0061tions", "amount": 1}"#,
            #"{"name": "Insats", "category": "operation", "amount": 1}"#,
            #"{"name": "Insats", "category": "operations", "amount": 1, "initative": "i1"}"#,
            #"{"name": "Insats", "category": "operations", "amount": 1, "initiative": ""}"#,
            #"{"name": "Insats", "category": "operations", "amount": -5}"#,
            #"{"name": "Insats", "category": "operations", "amount": -0}"#,
            #"{"name": "Insats", "category": "operations", "amount": "-0"}"#,
            #"{"name": "Insats", "category": "operations", "amount": "−5"}"#,
            #"{"name": "Insats", "category": "operations", "amount": " -5"}"#,
            #"{"name": "Insats", "category": "operations", "amount": "12,345"}"#,
            #"{"name": "Insats", "category": "operations", "amount": 1e3}"#,
            #"{"name": "Insats", "category": "operations", "amount": true}"#,
            #"{"name": "Insats", "category": "operations", "amount": null}"#,
            #"{"name": "Insats", "category": "operations"}"#,
            #"{"name": 7, "category": "operations", "amount": 1}"#,
            #"{"name": "Insats", "category": "operations", "amount": 1, "group": 3}"#,
            #"{"name": "Insats", "category": "operations", "amount": 1, "initiative": ["i1"]}"#,
            #"{"name": "Insats", "category": "operations", "amount": 99999999999999999999}"#,
            #"{}"#,
            #"["not", "an", "object"]"#,
        ])
    func costLineForms(line: String) {
        Self.expectSame(Self.plan(costLine: line))
        Self.expectSame(Self.plan(costLine: line, unit: "tkr"))
    }

    @Test("a line in the common form is read by the fast path, one with an unknown key is not")
    func fastPathIsTaken() throws {
        for (line, expected) in [
            (#"{"name": "Insats", "category": "operations", "amount": "1 200,50", "initiative": "i1"}"#, true),
            (#"{"name": "Insats", "category": "operations", "amount": 1, "initative": "i1"}"#, false),
        ] {
            let document = try JSONReader().parse(Array(Self.plan(costLine: line).utf8))
            let costs = try #require(document.root.member("years")?.elements.first?.member("costs")?.elements)
            let line = CostLineTape.read(document, unit: .kr, fastPath: true) { $0.line(at: costs[1].index) }
            #expect(costs.count == 2)
            #expect((line != nil) == expected)
            if expected { #expect(line?.amount.money == Money(ore: 120_050)) }
        }
    }

    @Test("random valid plans decode the same both ways")
    func randomPlans() {
        var random = SplitMix64(seed: 20_261_123)
        for _ in 0..<200 {
            let plan = RandomPlan(using: &random)
            Self.expectSame(plan.text)
        }
    }
}

@Suite("Whole numbers read without the general scan")
struct WholeNumberFastPathTests {
    @Test("Whole numbers of up to 15 digits give what the general parser gives; anything else is left to it")
    func sameAsGeneralParser() {
        var random = SplitMix64(seed: 4_711)
        var texts = ["0", "7", "007", "1000000", "999999999999999", "9999999999999999", "", "1,5", "1.0", "1e3", "-1"]
        for _ in 0..<2_000 {
            let digits = Int.random(in: 1...16, using: &random)
            texts.append(String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &random))) }))
        }
        for unit in [AmountUnit.kr, .tkr] {
            for text in texts {
                let bytes = Array(text.utf8)
                let fast = bytes.withUnsafeBufferPointer { CostLineTape.wholeNumber($0, unit: unit) }
                let general = bytes.withUnsafeBufferPointer { Money.parseCountingDecimals(utf8: $0, unit: unit) }
                guard let fast else {
                    // Left to the general path: not a whole number of 1 to 15 digits, or too large.
                    let whole = !bytes.isEmpty && bytes.count <= 15 && bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
                    #expect(!whole || (try? general.get()) == nil, "\(text) \(unit)")
                    continue
                }
                #expect((try? general.get())?.money == fast, "\(text) \(unit)")
                #expect((try? general.get())?.decimals == 0, "\(text) \(unit)")
            }
        }
        // By hand: 1 000 000 kr is 100 000 000 öre; 12 tkr is 1 200 000 öre.
        #expect(
            Array("1000000".utf8).withUnsafeBufferPointer { CostLineTape.wholeNumber($0, unit: .kr) }
                == Money(ore: 100_000_000))
        #expect(
            Array("12".utf8).withUnsafeBufferPointer { CostLineTape.wholeNumber($0, unit: .tkr) }
                == Money(ore: 1_200_000))
    }
}
