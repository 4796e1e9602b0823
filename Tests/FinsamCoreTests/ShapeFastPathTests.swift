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
            let reported = Self.names(Int.random(in: 0..<60, using: &random), &random)
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
            formatVersion: 1, unit: .kr, federation: Federation(name: "F", organisationNumber: nil, ref: ref, organisationNumberRef: nil),
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
        for index in 0..<count {
            let key = "n" + String(Int.random(in: 0..<(count * 4), using: &random))
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
}
