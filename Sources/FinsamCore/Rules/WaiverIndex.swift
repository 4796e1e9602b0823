/// The usable waivers by what they match, so finding the first waiver for a finding costs the
/// depth of its pointer, not the number of waivers: checking each finding against every waiver
/// made a plan with thousands of both quadratic.
struct WaiverIndex {
    /// The first waiver's index by rule, year and pointer (nil year or pointer match any): of
    /// several waivers with one key only the first can be the first match, so no list is kept.
    private var firstByKey: [Key: Int] = [:]
    /// For each rule with a waiver, its number in the keys and which pointer depths its waivers
    /// name, as bits: bit 0 a waiver with no pointer, bit d + 1 a pointer of d segments (`""`
    /// has none, `/a/b` two), the top bit any deeper. A finding then looks up only its
    /// pointer's ancestors at those depths: a plan with a waiver for each of 150 000 findings
    /// hashed every ancestor of each.
    private var rules: [String: RuleEntry] = [:]
    /// The last rule looked up and its entry: findings come in runs of one rule, and comparing
    /// its id with the one before costs less than hashing it.
    private var lastRuleID: String?
    private var lastEntry: RuleEntry?

    private struct RuleEntry {
        let number: Int
        var depths: Int
    }

    /// A waiver's pointer as a finding's ``JSONPointer`` holds it: the text before the last
    /// step and that step's index when it is one (`/initiatives/5`: `/initiatives` and 5), so
    /// a finding's own place is looked up without writing its pointer as text; else the whole
    /// text and -1.
    private struct Key: Hashable {
        let rule: Int
        let year: Int?
        let head: String?
        let index: Int
    }

    private static let deepBit = Int.bitWidth - 2

    init(_ waivers: [Waiver], usable: [Int]) {
        // Sized at once for many waivers; a plan without any makes no table (its type is one
        // more for the runtime to make at start-up).
        if !usable.isEmpty { firstByKey.reserveCapacity(usable.count) }
        // From the last waiver to the first, each key set to the waiver at hand, so the lowest
        // index is left with one hash a waiver (reading first whether a key is taken is two).
        for index in usable.reversed() {
            let waiver = waivers[index]
            let bit = waiver.pointer.map { Self.bit(depth: $0.utf8.count { $0 == UInt8(ascii: "/") }) } ?? 0
            let rule = number(of: waiver.ruleID, addingDepth: bit)
            let place = waiver.pointer.map(Self.split)
            firstByKey[Key(rule: rule, year: waiver.year, head: place?.head, index: place?.index ?? -1)] = index
        }
        if let id = lastRuleID, let entry = lastEntry { rules[id] = entry }
        lastRuleID = nil
        lastEntry = nil
    }

    /// The number of rule `id`, made on its first waiver, with `bit` added to its depths; the
    /// entry of a run of waivers of one rule is kept aside and stored once the rule changes.
    private mutating func number(of id: String, addingDepth bit: Int) -> Int {
        if lastRuleID != id {
            if let last = lastRuleID, let entry = lastEntry { rules[last] = entry }
            lastEntry = rules[id] ?? RuleEntry(number: rules.count, depths: 0)
            lastRuleID = id
        }
        lastEntry?.depths |= 1 << bit
        return lastEntry?.number ?? 0
    }

    private static func bit(depth: Int) -> Int { min(depth + 1, deepBit) }

    /// A pointer's text split as ``Key`` holds it: the last step apart when it is an array
    /// index as RFC 6901 writes one (`0`, or digits not starting with `0`).
    private static func split(_ text: String) -> (head: String, index: Int) {
        let found = text.utf8.withContiguousStorageIfAvailable(lastIndexStep) ?? lastIndexStep(Array(text.utf8))
        guard let found else { return (text, -1) }
        return (found.head, found.index)
    }

    /// The text before the last `/` and the number after it, when that step is an index.
    private static func lastIndexStep(_ bytes: UnsafeBufferPointer<UInt8>) -> (head: String, index: Int)? {
        var start = bytes.count
        while start > 0, bytes[start - 1] >= UInt8(ascii: "0"), bytes[start - 1] <= UInt8(ascii: "9") { start -= 1 }
        let digits = bytes.count - start
        // An index is `0` or digits without a leading zero, after a `/`; 18 digits at most
        // cannot overflow (nor name an array's element).
        guard digits > 0, digits <= 18, start > 0, bytes[start - 1] == UInt8(ascii: "/"),
            digits == 1 || bytes[start] != UInt8(ascii: "0")
        else { return nil }
        var index = 0
        for offset in start..<bytes.count { index = index * 10 + Int(bytes[offset] - UInt8(ascii: "0")) }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(start - 1)]), as: UTF8.self), index)
    }

    private static func lastIndexStep(_ bytes: [UInt8]) -> (head: String, index: Int)? {
        bytes.withUnsafeBufferPointer(lastIndexStep)
    }

    /// The first usable waiver (lowest index) that matches `finding`, as ``Waiver/matches(_:)``
    /// decides: the same rule, the same year if the waiver names one, and the finding's pointer
    /// equal to or under the waiver's.
    mutating func first(matching finding: Finding) -> Int? {
        // Most plans have no waivers, and most rules none: skip the pointer's ancestors.
        guard let rule = entry(for: finding.ruleID) else { return nil }
        let mask = rule.depths
        var best: Int?
        func look(_ pointer: (head: String, index: Int)?) {
            let head = pointer?.head
            let index = pointer?.index ?? -1
            if let first = firstByKey[Key(rule: rule.number, year: nil, head: head, index: index)] {
                best = min(best ?? first, first)
            }
            if let year = finding.year,
                let first = firstByKey[Key(rule: rule.number, year: year, head: head, index: index)]
            {
                best = min(best ?? first, first)
            }
        }
        if mask & 1 != 0 { look(nil) }
        let pointer = finding.location.pointer
        let own = 1 << Self.bit(depth: pointer.depth)
        // The ancestors ("/a/b" has "" at depth 0 and "/a" at 1), written out only when a
        // waiver of the rule names a pointer that shallow (pointers deeper than the top bit
        // share it).
        let ancestors = own == 1 << Self.deepBit ? mask & ~1 : mask & (own - 1) & ~1
        if ancestors != 0 {
            let place = pointer.description
            var level = 0
            for index in place.utf8.indices where place.utf8[index] == UInt8(ascii: "/") {
                if mask & (1 << Self.bit(depth: level)) != 0 { look(Self.split(String(place[..<index]))) }
                level += 1
            }
        }
        // The finding's own place, as its pointer holds it; an object key that reads as an
        // index (`/granted/2024`) is split as the waiver's text was.
        if mask & own != 0 {
            look(pointer.index >= 0 ? (pointer.head, pointer.index) : Self.split(pointer.head))
        }
        return best
    }

    /// The rule's entry, from the last one looked up when it is the same rule.
    private mutating func entry(for id: String) -> RuleEntry? {
        if lastRuleID == id { return lastEntry }
        lastEntry = rules[id]
        lastRuleID = id
        return lastEntry
    }
}
