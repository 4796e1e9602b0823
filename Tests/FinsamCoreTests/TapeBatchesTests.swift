import Testing

@testable import FinsamCore

/// A large plan's initiatives and waivers are read in batches on several threads; the plan, the
/// unknown fields and any error must be exactly those of the serial reading.
@Suite("Initiatives and waivers decoded in batches")
struct TapeBatchesTests {
    static func batched(_ parallelism: Parallelism) -> PlanDecoder {
        var decoder = PlanDecoder()
        decoder.parallelism = parallelism
        decoder.parallelThreshold = 0
        return decoder
    }

    /// The unknown fields and what `describe` says of the plan, or the syntax or plan error.
    static func outcome(_ text: String, decoder: PlanDecoder, describe: (Plan) -> [String]) -> [String] {
        let document: JSONDocument
        do { document = try JSONReader().parse(Array(text.utf8)) } catch { return ["syntax \(error)"] }
        do throws(PlanError) {
            let (plan, unknown) = try decoder.decode(document.root)
            return unknown.map { "unknown \($0.name) @\($0.ref.offset)" } + describe(plan)
        } catch {
            return ["error \(error.message.id) \(error.message.arguments) @\(error.offset)"]
        }
    }

    /// Every field of every initiative and waiver, the unknown fields, or the error.
    static func outcome(_ text: String, decoder: PlanDecoder) -> [String] {
        outcome(text, decoder: decoder) { plan in
            plan.initiatives.map { i in
                "\(i.id) \(i.name) \(i.target) \(i.memberIDs ?? ["-"]) \(i.start?.description ?? "-") "
                    + "\(i.end?.description ?? "-") @\(i.ref.offset) @\(i.membersRef?.offset ?? -1) "
                    + i.granted.map { "\($0.year) \(FastPathTests.describe($0.amount))" }.joined(separator: ",")
            }
                + plan.initiatives.map { "position \($0.id) \(plan.initiativePosition($0.id) ?? -1)" }
                + plan.waivers.map { w in
                    "\(w.ruleID) \(w.year ?? -1) \(w.pointer ?? "-") \(w.reason ?? "-") \(w.decision ?? "-") "
                        + "\(w.expires?.description ?? "-") \(w.index) @\(w.ref.offset)"
                }
        }
    }

    /// An initiative in the common form.
    static func commonInitiative(_ index: Int, _ random: inout SplitMix64) -> String {
        let members = ShapeFastPathTests.pick(["[\"region\", \"k1\"]", "[\"k1\"]", "[]"], &random)
        let grants = ShapeFastPathTests.pick(["{\"2024\": 1000, \"2025\": \"12,50\"}", "{}", "null"], &random)
        return #"{"id": "i\#(index)", "name": "Insats \#(index)", "target": "structural", "members": \#(members), "#
            + #""start": "2024-01-01", "end": "2025-06-30", "granted": \#(grants)}"#
    }

    /// An initiative in the common form, now and then with an id used before (perhaps in another
    /// batch) or in a form only the general path reads.
    static func initiative(_ index: Int, _ random: inout SplitMix64) -> String {
        switch Int.random(in: 0..<60, using: &random) {
        case 0: return ShapeFastPathTests.initiative(index, &random)
        case 1:
            let earlier = Int.random(in: 0..<max(index, 1), using: &random)
            return #"{"id": "i\#(earlier)", "name": "Igen", "target": "individual"}"#
        default: return commonInitiative(index, &random)
        }
    }

    /// A waiver in the common form, now and then in another form, good or bad.
    static func waiver(_ index: Int, _ random: inout SplitMix64) -> String {
        guard Int.random(in: 0..<40, using: &random) > 0 else { return WaiverTapeTests.waiver(index, &random) }
        return #"{"rule": "initiative_end_date", "pointer": "/initiatives/\#(index)", "reason": "Löpande", "#
            + #""decision": "§ 12, 2026-03-14", "expires": "2026-12-31"}"#
    }

    static func plan(initiatives: Int, waivers: Int, _ random: inout SplitMix64) -> String {
        let list = (0..<initiatives).map { Self.initiative($0, &random) }.joined(separator: ", ")
        let waived = (0..<waivers).map { Self.waiver($0, &random) }.joined(separator: ", ")
        let text = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
            .replacingOccurrences(
                of: #""initiatives": [{"id": "i1", "name": "Insats", "target": "individual"}]"#,
                with: #""initiatives": ["# + list + "]")
        return String(text.dropLast()) + #", "waivers": ["# + waived + "]}"
    }

    @Test("random plans decode the same in batches as in one pass, errors and duplicates included")
    func randomPlans() {
        var random = SplitMix64(seed: 1_818)
        var batchedSome = false
        for _ in 0..<150 {
            let text = Self.plan(
                initiatives: Int.random(in: 0..<50, using: &random), waivers: Int.random(in: 0..<50, using: &random),
                &random)
            let serial = Self.outcome(text, decoder: PlanDecoder())
            #expect(Self.outcome(text, decoder: Self.batched(ParallelYearsTests.threads)) == serial, "\(text)")
            #expect(Self.outcome(text, decoder: Self.batched(ParallelismTests.reversed)) == serial, "\(text)")
            batchedSome = batchedSome || !(serial.first ?? "error").hasPrefix("error")
        }
        #expect(batchedSome)
    }

    /// The decoder's batched reading of the array `key` of `text`, through `read`.
    static func readBatched<T>(
        _ text: String, key: String, _ read: (PlanDecoder, Int, CostLineTape, [UInt8]) -> T?
    ) throws -> T? {
        let document = try JSONReader().parse(Array(text.utf8))
        let array = try #require(document.root.member(key))
        let decoder = Self.batched(ParallelYearsTests.threads)
        return CostLineTape.read(document, unit: .kr, fastPath: true) { tape in
            read(decoder, array.index, tape, document.bytes)
        }
    }

    @Test("lists in the common form are read in batches; a duplicate id or an odd form is not")
    func batchedOrNot() throws {
        var random = SplitMix64(seed: 7)
        let common = (0..<30).map { Self.commonInitiative($0, &random) }
        let text = #"{"initiatives": ["# + common.joined(separator: ", ") + "]}"
        let decoded = try Self.readBatched(text, key: "initiatives") { $0.initiativesInBatches($1, tape: $2, file: $3) }
        #expect(decoded?.list.map(\.id) == common.indices.map { "i\($0)" })
        let twice = #"{"initiatives": ["# + (common + [common[0]]).joined(separator: ", ") + "]}"
        #expect(
            try Self.readBatched(twice, key: "initiatives") { $0.initiativesInBatches($1, tape: $2, file: $3) } == nil)
        let odd = #"{"initiatives": ["# + (common + [#"{"id": "x", "name": 1}"#]).joined(separator: ", ") + "]}"
        #expect(
            try Self.readBatched(odd, key: "initiatives") { $0.initiativesInBatches($1, tape: $2, file: $3) } == nil)
        let waivers = (0..<30).map { _ in #"{"rule": "equity_cap", "reason": "R"}"# }
        let read = try Self.readBatched(#"{"waivers": ["# + waivers.joined(separator: ", ") + "]}", key: "waivers") {
            decoder, array, tape, _ in decoder.waiversInBatches(array, tape: tape)
        }
        #expect(read?.map(\.index) == Array(0..<30))
    }

    @Test("an array is cut into contiguous batches of about equal bytes, one per worker")
    func batchesAreCut() throws {
        let elements = (0..<12).map { #"{"id": "i\#($0)"}"# }
        let text = #"{"a": ["# + elements.joined(separator: ", ") + "]}"
        let document = try JSONReader().parse(Array(text.utf8))
        let array = try #require(document.root.member("a"))
        let batches = CostLineTape.read(document, unit: .kr, fastPath: true) { tape in
            tape.batches(of: array.index, workers: 3, threshold: 0)
        }
        // 171 bytes from `[` to the end: cuts at the first elements 57 and 114 bytes on.
        let cut: [TapeBatch] = try #require(batches)
        #expect(cut.map { $0.first } == [0, 4, 9])
        // Two nodes an element (the object and its one value: keys have none), the batches end
        // to end: 4, 5 and 3 elements.
        let first = array.index + 1
        #expect(cut.map { $0.nodes } == [first..<first + 8, first + 8..<first + 18, first + 18..<first + 24])
        let tooSmall = CostLineTape.read(document, unit: .kr, fastPath: true) { tape in
            tape.batches(of: array.index, workers: 3, threshold: 1 << 20)
        }
        #expect(tooSmall == nil)
    }
}

/// Members of a large federation read in batches from the tape against the general path.
@Suite("Members decoded in batches")
struct MemberBatchesTests {
    /// A member in the common form, or now and then in another form, good or bad.
    static func member(_ index: Int, _ random: inout SplitMix64) -> String {
        var fields = [#""id": "m\#(index)""#, #""name": "Kommun \#(index)""#, #""kind": "municipality""#]
        switch Int.random(in: 0..<40, using: &random) {
        case 0: fields[0] = #""id": "m\#(Int.random(in: 0..<max(index, 1), using: &random))""#
        case 1: fields[0] = ShapeFastPathTests.pick([#""id": """#, #""id": "k\u0031""#, #""id": 7"#], &random)
        case 2: fields[2] = ShapeFastPathTests.pick([#""kind": "kommun""#, #""kind": "region""#], &random)
        case 3: fields.append(#""note": 1"#)
        case 4:
            let odd = ["-5", "-0", "1.5", "1e3", "2.0", "1234567890123456789", "99999999999999999999", "\"100\""]
            fields.append(#""population": "# + ShapeFastPathTests.pick(odd, &random))
        default:
            let good = ["\(index * 1_000)", "0", "null", "123456789012345678"]
            if Bool.random(using: &random) {
                fields.append(#""population": "# + ShapeFastPathTests.pick(good, &random))
            }
        }
        fields.shuffle(using: &random)
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func outcome(_ text: String, decoder: PlanDecoder) -> [String] {
        TapeBatchesTests.outcome(text, decoder: decoder) { plan in
            plan.members.map { "\($0.id) \($0.name) \($0.kind) \($0.population ?? -1) @\($0.ref.offset)" }
        }
    }

    @Test("random federations decode the same in batches as in one pass, errors and duplicates included")
    func randomFederations() {
        var random = SplitMix64(seed: 150)
        var batchedSome = false
        for _ in 0..<200 {
            let count = Int.random(in: 0..<30, using: &random)
            let members = (0..<count).map { Self.member($0, &random) }
            let list = ([#"{"id": "staten", "name": "S", "kind": "state"}"#] + members).joined(separator: ", ")
            let text = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
                .replacingOccurrences(
                    of: #"{"id": "staten", "name": "S", "kind": "state"}"#, with: list)
            let serial = Self.outcome(text, decoder: PlanDecoder())
            #expect(Self.outcome(text, decoder: TapeBatchesTests.batched(ParallelYearsTests.threads)) == serial)
            #expect(Self.outcome(text, decoder: TapeBatchesTests.batched(ParallelismTests.reversed)) == serial)
            let document = try? JSONReader().parse(Array(text.utf8))
            if let document, let field = document.root.member("members") {
                let decoder = TapeBatchesTests.batched(ParallelYearsTests.threads)
                let batched = CostLineTape.read(document, unit: .kr, fastPath: true) {
                    decoder.membersInBatches(field.index, tape: $0)
                }
                batchedSome = batchedSome || (batched != nil && count > 3)
            }
        }
        #expect(batchedSome)
    }
}
