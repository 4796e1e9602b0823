import Testing

@testable import FinsamCore

/// Each fast path that keeps a plan shape from growing quadratically gives what its plain
/// reading gives, on varied inputs drawn from a fixed seed.
@Suite("Shape fast paths agree with the plain ones")
struct ShapeFastPathTests {
    /// Names from a small alphabet, so duplicates within and across the lists are common.
    static func names(_ count: Int, _ random: inout SplitMix64) -> [String] {
        (0..<count).map { _ in "n" + String(Int.random(in: 0..<(count / 2 + 2), using: &random)) }
    }

    @Test("follow-up lines match the budget by name as the scan does, duplicates in file order")
    func followUpMatching() {
        var random = SplitMix64(seed: 18)
        for _ in 0..<300 {
            let budget = Self.names(Int.random(in: 0..<60, using: &random), &random)
            var reported = Self.names(Int.random(in: 0..<60, using: &random), &random)
            // Often the budget's own lines in order, then some changed: the in-order start.
            if Bool.random(using: &random) {
                reported = Array(budget.prefix(Int.random(in: 0...budget.count, using: &random))) + reported
            }
            let fast = FollowUpLines.matchedByName(budget, reported)
            let plain = FollowUpLines.matchedByScan(budget, reported)
            #expect(fast.taken == plain.taken)
            #expect(fast.extra == plain.extra)
        }
    }

    @Test("a hand-made follow-up: two budget lines of one name are taken in order, the third is extra")
    func followUpDuplicates() {
        let budget = ["Kansli", "Insats", "Insats", "Revision"]
        let reported = ["Insats", "Insats", "Insats", "Kansli"]
        let matched = FollowUpLines.matchedByName(budget, reported)
        #expect(matched.taken == [3, 0, 1, nil])
        #expect(matched.extra == [2])
    }

    /// A plan whose members are `ids`, in that order (a duplicate id is possible only here).
    static func plan(members ids: [String]) -> Plan {
        let ref = SourceRef(offset: 0)
        let members = ids.map { Member(id: $0, name: $0, kind: .municipality, population: nil, ref: ref) }
        return Plan(
            formatVersion: 1, unit: .kr,
            federation: Federation(name: "F", organisationNumber: nil, ref: ref, organisationNumberRef: nil),
            members: members, policy: .defaults(at: ref), openingEquity: Amount(money: .zero, ref: ref), years: [],
            initiatives: [])
    }

    @Test("a member's position found from a hint is the one the id index gives, hint right or wrong")
    func memberPositionHint() {
        var random = SplitMix64(seed: 1_800)
        for _ in 0..<200 {
            let ids = Self.names(Int.random(in: 1..<40, using: &random), &random)
            let plan = Self.plan(members: ids)
            for _ in 0..<40 {
                let id = "n" + String(Int.random(in: 0..<(ids.count / 2 + 4), using: &random))
                let hint = Int.random(in: -2..<(ids.count + 2), using: &random)
                #expect(plan.memberPosition(id, expected: hint) == plan.memberPosition(id))
            }
        }
    }

    /// An object of `count` keys drawn from a small set, some written with an escape (`\u006e`
    /// for `n`), and the first duplicate key's text and offset as a set of decoded keys finds it.
    static func object(_ count: Int, _ random: inout SplitMix64) -> (text: String, duplicate: (String, Int)?) {
        var text = "{"
        var seen = Set<String>()
        var duplicate: (String, Int)?
        // Keys shorter and longer than the table's eight-byte words, some ending mid-word.
        let prefix = pick(["n", "nkommun-", "nkommun-nummer-", "nen-mycket-lang-nyckel-"], &random)
        for index in 0..<count {
            let key = prefix + String(Int.random(in: 0..<(count * 4), using: &random))
            if index > 0 { text += ", " }
            let escaped = Int.random(in: 0..<50, using: &random) == 0
            if duplicate == nil && !seen.insert(key).inserted { duplicate = (key, text.utf8.count) }
            text += "\"" + (escaped ? "\\u006e" + key.dropFirst() : key) + "\": " + String(index)
        }
        return (text + "}", duplicate)
    }

    @Test("a large object's duplicate key is found by the key table as by a set of the keys")
    func duplicateKeysInLargeObjects() {
        var random = SplitMix64(seed: 180)
        for _ in 0..<300 {
            let (text, duplicate) = Self.object(Int.random(in: 1..<300, using: &random), &random)
            do {
                _ = try JSONReader().parse(Array(text.utf8))
                #expect(duplicate == nil, "\(text)")
            } catch {
                #expect(error.reason == .duplicateKey(duplicate?.0 ?? ""), "\(text)")
                #expect(error.offset == duplicate?.1)
            }
        }
    }

    /// One of the forms a field's value may take, good or bad, drawn at random.
    static func pick(_ choices: [String], _ random: inout SplitMix64) -> String {
        choices[Int.random(in: 0..<choices.count, using: &random)]
    }

    /// An initiative object with each field present, absent, null, or in an odd or wrong form.
    static func initiative(_ index: Int, _ random: inout SplitMix64) -> String {
        var fields: [String] = []
        func maybe(_ key: String, _ values: [String]) {
            guard Int.random(in: 0..<8, using: &random) > 0 else { return }
            fields.append("\"\(key)\": " + pick(values, &random))
        }
        maybe("id", ["\"i\(index)\"", "\"i\(index / 2)\"", "\"\"", "\"i\\u0031\(index)\"", "7", "null"])
        maybe("name", ["\"Insats \(index)\"", "\"Ins\\\"ats\"", "\"Åtgärd\"", "[]"])
        maybe("target", ["\"individual\"", "\"structural\"", "\"individuell\"", "\"\"", "1"])
        maybe("members", ["[\"region\", \"k1\"]", "[]", "[\"\"]", "[\"k\\u0031\"]", "[1]", "\"region\"", "null"])
        for key in ["start", "end"] {
            maybe(
                key,
                [
                    "\"2024-01-01\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"2024-13-01\"", "\"2024-1-01\"",
                    "\"+024-01-01\"", "\"2024-04-31\"", "\"2024-00-10\"", "\"2024\\u002d01-01\"", "20240101", "null",
                ])
        }
        maybe(
            "granted",
            [
                "{\"2024\": 1000}", "{\"2024\": \"1 844,50\", \"2025\": 0}", "{\"02024\": 5}", "{\"+2024\": 5}",
                "{\"1899\": 5}", "{\"3000\": 5}", "{\"20x4\": 5}", "{\"2024\": -5}", "{\"2024\": \"−5\"}",
                "{\"2024\": 1.005}", "{}", "[]", "null",
            ])
        if Int.random(in: 0..<30, using: &random) == 0 { fields.append("\"note\": 1") }
        var shuffled = fields
        shuffled.shuffle(using: &random)
        return "{" + (Int.random(in: 0..<4, using: &random) == 0 ? shuffled : fields).joined(separator: ", ") + "}"
    }

    /// Every field of every initiative, the unknown fields, or the error.
    static func initiatives(_ text: String, fastPaths: Bool) -> [String] {
        let document: JSONDocument
        do { document = try JSONReader().parse(Array(text.utf8)) } catch { return ["syntax \(error)"] }
        do throws(PlanError) {
            let (plan, unknown) = try PlanDecoder.decode(document.root, fastPaths: fastPaths)
            return unknown.map { "unknown \($0.name) @\($0.ref.offset)" }
                + plan.initiatives.map { i in
                    "\(i.id) \(i.name) \(i.target) \(i.memberIDs ?? ["-"]) \(i.start?.description ?? "-") "
                        + "\(i.end?.description ?? "-") @\(i.ref.offset) @\(i.membersRef?.offset ?? -1) "
                        + i.granted.map { "\($0.year) \(FastPathTests.describe($0.amount))" }.joined(separator: ",")
                }
        } catch {
            return ["error \(error.message.id) \(error.message.arguments) @\(error.offset)"]
        }
    }

    @Test("initiatives read from the tape are the general path's, field by field, error by error")
    func initiativeTape() {
        var random = SplitMix64(seed: 2_400)
        var decodedSome = false
        for _ in 0..<400 {
            let count = Int.random(in: 1..<6, using: &random)
            let list = (0..<count).map { Self.initiative($0, &random) }.joined(separator: ", ")
            let text = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
                .replacingOccurrences(
                    of: #""initiatives": [{"id": "i1", "name": "Insats", "target": "individual"}]"#,
                    with: #""initiatives": ["# + list + "]")
            let fast = Self.initiatives(text, fastPaths: true)
            #expect(fast == Self.initiatives(text, fastPaths: false), "\(text)")
            decodedSome = decodedSome || !(fast.first ?? "error").hasPrefix("error")
        }
        #expect(decodedSome)
    }

    @Test("dates read from bytes are those PlanDate.parse reads")
    func dateBytes() {
        var random = SplitMix64(seed: 29)
        let pieces = [
            "2024", "1900", "2100", "2000", "0000", "-", "01", "02", "12", "13", "00", "28", "29", "30", "31", "1", "x",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1..<6, using: &random)).map { _ in Self.pick(pieces, &random) }.joined()
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { PlanDate.parse(bytes: $0) }
            #expect(fromBytes == PlanDate.parse(text), "\(text)")
        }
        for year in [1900, 2000, 2023, 2024, 2100] {
            for month in 1...12 {
                for day in 28...31 {
                    let text = "\(year)-" + (month < 10 ? "0" : "") + "\(month)-\(day)"
                    let fromBytes = Array(text.utf8).withUnsafeBufferPointer { PlanDate.parse(bytes: $0) }
                    #expect(fromBytes == PlanDate.parse(text), "\(text)")
                }
            }
        }
    }

    @Test("contributions read from the tape are the general path's, amount by amount, error by error")
    func contributionsTape() {
        var random = SplitMix64(seed: 150_000)
        let keys = ["\"staten\"", "\"region\"", "\"k1\"", "\"k\\u0031\"", "\"okänd\"", "\"\""]
        let amounts = [
            "200", "100", "\"100,50\"", "\"1 000\"", "0", "-5", "\"−5\"", "\"-0\"", "1e3", "1.005", "null", "\"abc\"",
            "[]",
            "9223372036854775807",
        ]
        for _ in 0..<400 {
            var used = Set<String>()
            var members: [String] = []
            for _ in 0..<Int.random(in: 0..<5, using: &random) {
                let key = Self.pick(keys, &random)
                guard used.insert(key).inserted else { continue }
                members.append(key + ": " + Self.pick(amounts, &random))
            }
            let text = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
                .replacingOccurrences(
                    of: #""contributions": {"staten": 200, "region": 100, "k1": 100}"#,
                    with: #""contributions": {"# + members.joined(separator: ", ") + "}")
            #expect(
                FastPathTests.outcome(text, fastPaths: true) == FastPathTests.outcome(text, fastPaths: false),
                "\(text)")
        }
    }

    /// An outcome line with each field present, absent, null, or in an odd or wrong form.
    static func reportedLine(costs: Bool, _ random: inout SplitMix64) -> String {
        var fields: [String] = []
        func maybe(_ key: String, _ values: [String]) {
            guard Int.random(in: 0..<8, using: &random) > 0 else { return }
            fields.append("\"\(key)\": " + pick(values, &random))
        }
        let names =
            costs
            ? ["\"Kansli\"", "\"X\"", "\"Konsulter\"", "\"K\\u0061nsli\""] : ["\"staten\"", "\"k1\"", "\"Ränta\""]
        maybe("name", names + ["1", "null"])
        let amounts = ["10", "\"12,50\"", "0", "-1", "\"−1\"", "1e2", "\"abc\"", "null", "[]"]
        maybe("outcome", amounts)
        maybe("forecast", amounts)
        if costs { maybe("category", ["\"administration\"", "\"operations\"", "\"drift\"", "null", "2"]) }
        if Int.random(in: 0..<30, using: &random) == 0 { fields.append("\"note\": 1") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// Every line of each follow-up as decoded, or the error.
    static func followUps(_ text: String, fastPaths: Bool) -> [String] {
        let document: JSONDocument
        do { document = try JSONReader().parse(Array(text.utf8)) } catch { return ["syntax \(error)"] }
        do throws(PlanError) {
            let (plan, unknown) = try PlanDecoder.decode(document.root, fastPaths: fastPaths)
            let lines = plan.years.compactMap(\.followUp).flatMap { Array($0.income) + Array($0.costs) }
            return unknown.map { "unknown \($0.name) @\($0.ref.offset)" }
                + lines.map { line in
                    "\(line.name) \(line.isContribution) \(line.budget?.ore ?? -1) \(line.outcome.ore) "
                        + "\(line.forecastRest.ore) \(line.forecastYear.ore) \(line.forecastSource) "
                        + "\(line.category?.rawValue ?? "-") @\(line.ref.offset) \(line.reported)"
                }
        } catch {
            return ["error \(error.message.id) \(error.message.arguments) @\(error.offset)"]
        }
    }

    @Test("follow-up lines read from the tape are the general path's, line by line, error by error")
    func followUpLineTape() {
        var random = SplitMix64(seed: 100_000)
        var decodedSome = false
        for _ in 0..<400 {
            let income = (0..<Int.random(in: 0..<4, using: &random)).map { _ in
                Self.reportedLine(costs: false, &random)
            }
            let costs = (0..<Int.random(in: 0..<4, using: &random)).map { _ in Self.reportedLine(costs: true, &random) }
            let followUp =
                #", "followUp": {"asOf": "2025-06-30", "income": ["# + income.joined(separator: ", ")
                + #"], "costs": ["# + costs.joined(separator: ", ") + "]}"
            let text = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
                .replacingOccurrences(of: #""amount": 1}]}"#, with: #""amount": 1}]"# + followUp + "}")
            let fast = Self.followUps(text, fastPaths: true)
            #expect(fast == Self.followUps(text, fastPaths: false), "\(text)")
            decodedSome = decodedSome || !(fast.first ?? "error").hasPrefix("error")
        }
        #expect(decodedSome)
    }
}

extension ShapeFastPathTests {
    /// Keys whose hashes all fall in one slot of a 512-slot table, found by trying many.
    static func collidingKeys(_ count: Int) -> [String] {
        var bySlot: [UInt32: [String]] = [:]
        var candidate = 0
        while true {
            let key = "k" + String(candidate)
            candidate += 1
            let bytes = Array(key.utf8)
            let hash = bytes.withUnsafeBufferPointer { KeyTable.hash($0, from: 0, to: $0.count) }
            bySlot[hash & 511, default: []].append(key)
            if let keys = bySlot[hash & 511], keys.count == count { return keys }
        }
    }

    @Test("keys chosen to collide in the key table still find their duplicate, through the set of strings")
    func collidingKeysFallBack() throws {
        let keys = Self.collidingKeys(KeyTable.longestProbe + 40)
        let members = keys.enumerated().map { "\"\($1)\": \($0)" }
        let unique = "{" + members.joined(separator: ", ") + "}"
        #expect(throws: Never.self) { try JSONReader().parse(Array(unique.utf8)) }
        let repeated = "{" + (members + ["\"\(keys[3])\": 0"]).joined(separator: ", ") + "}"
        do {
            _ = try JSONReader().parse(Array(repeated.utf8))
            Issue.record("a duplicate key went unnoticed")
        } catch {
            #expect(error.reason == .duplicateKey(keys[3]))
            #expect(error.offset == repeated.utf8.count - "\"\(keys[3])\": 0}".utf8.count)
        }
    }
}

extension ShapeFastPathTests {
    @Test("an initiative's position found from a hint is the one the id index gives, hint right or wrong")
    func initiativePositionHint() {
        var random = SplitMix64(seed: 1_801)
        let ref = SourceRef(offset: 0)
        for _ in 0..<200 {
            // Duplicate ids too (a plan made in code may have them; the first position counts).
            let ids = Self.names(Int.random(in: 1..<40, using: &random), &random)
            let initiatives = ids.map {
                Initiative(
                    id: $0, name: $0, target: .individual, memberIDs: nil, start: nil, end: nil, granted: [], ref: ref,
                    membersRef: nil)
            }
            let base = Self.plan(members: [])
            let plan = Plan(
                formatVersion: 1, unit: .kr, federation: base.federation, members: [], policy: base.policy,
                openingEquity: nil, years: [], initiatives: initiatives)
            for _ in 0..<40 {
                let id = "n" + String(Int.random(in: 0..<(ids.count / 2 + 4), using: &random))
                let hint = Int.random(in: -2..<(ids.count + 2), using: &random)
                #expect(plan.initiativePosition(id, expected: hint) == plan.initiativePosition(id))
                #expect(plan.initiativePosition(id) == ids.firstIndex(of: id))
            }
        }
    }
}
