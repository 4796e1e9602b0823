/// The usable waivers by what they match, so finding the first waiver for a finding costs the
/// depth of its pointer, not the number of waivers: checking each finding against every waiver
/// made a plan with thousands of both quadratic.
struct WaiverIndex {
    /// The usable waivers' entries by group (a rule and the head of a pointer, ``GroupKey``),
    /// within a group by the pointer's last index, then in the waivers' order: a waiver is 24
    /// bytes here. A table keyed by rule, year and whole place took 56 bytes a waiver and
    /// hashed each one: 14 MB, and a tenth of the time, for a board's 150 000 waivers.
    private var entries: [Entry] = []
    /// Where each group's entries start in ``entries``, and last their count.
    private var groupStarts: [Int] = []
    private var groups: [GroupKey: Int] = [:]
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
    /// The last group looked up, for the same reason: a run of findings shares its pointers' head.
    private var lastGroupKey: GroupKey?
    private var lastGroup: Int?

    private struct RuleEntry {
        let number: Int
        var depths: Int
    }

    /// A waiver's rule and pointer as a finding's ``JSONPointer`` holds it, less the last step
    /// when that is an array index (`/initiatives/5`: `/initiatives`, with 5 in the entry), so
    /// a finding's own place is looked up without writing its pointer as text; else the whole
    /// text. Nil for a waiver without a pointer.
    private struct GroupKey: Hashable {
        let rule: Int
        let head: String?
    }

    /// One usable waiver in its group: the last step's index (-1 where it is none), the year it
    /// names, and its position among the waivers.
    private struct Entry {
        let index: Int
        let year: Int?
        let waiver: Int
    }

    private static let deepBit = Int.bitWidth - 2

    init(_ waivers: [Waiver], usable: [Int]) {
        // A plan without waivers makes no tables (their types are more for the runtime to make
        // at start-up).
        guard !usable.isEmpty else { return }
        var groupOf: [Int] = []
        var found: [Entry] = []
        groupOf.reserveCapacity(usable.count)
        found.reserveCapacity(usable.count)
        for index in usable {
            let bit = waivers[index].pointer.map { Self.bit(depth: JSONPointer.steps(in: $0)) } ?? 0
            let rule = number(of: waivers[index].ruleID, addingDepth: bit)
            let place = waivers[index].pointer.map(Self.split)
            groupOf.append(groupNumber(GroupKey(rule: rule, head: place?.head)))
            found.append(Entry(index: place?.index ?? -1, year: waivers[index].year, waiver: index))
        }
        if let id = lastRuleID, let entry = lastEntry { rules[id] = entry }
        (lastRuleID, lastEntry, lastGroupKey, lastGroup) = (nil, nil, nil, nil)
        placeByGroup(found, groups: groupOf)
    }

    /// The group of `key`, numbered in the order first met.
    private mutating func groupNumber(_ key: GroupKey) -> Int {
        if let last = lastGroupKey, let group = lastGroup, last == key { return group }
        let group = groups[key] ?? groups.count
        if group == groups.count { groups[key] = group }
        (lastGroupKey, lastGroup) = (key, group)
        return group
    }

    /// `found` (in the waivers' order) placed group by group, each group by index and then
    /// waiver: a count of each group, then each entry at its group's next place.
    private mutating func placeByGroup(_ found: [Entry], groups groupOf: [Int]) {
        var starts = [Int](repeating: 0, count: groups.count + 1)
        for group in groupOf { starts[group + 1] += 1 }
        for group in 0..<groups.count { starts[group + 1] += starts[group] }
        var next = starts
        var placed = found
        for (position, group) in groupOf.enumerated() {
            placed[next[group]] = found[position]
            next[group] += 1
        }
        for group in 0..<groups.count {
            let range = starts[group]..<starts[group + 1]
            // Usually in order already: the waivers of one list, written in order.
            if !Self.inOrder(placed[range]) { placed[range].sort(by: Self.precedes) }
        }
        entries = placed
        groupStarts = starts
    }

    private static func inOrder(_ slice: ArraySlice<Entry>) -> Bool {
        var position = slice.startIndex + 1
        while position < slice.endIndex {
            if precedes(slice[position], slice[position - 1]) { return false }
            position += 1
        }
        return true
    }

    private static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        a.index < b.index || (a.index == b.index && a.waiver < b.waiver)
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
        // A `String`'s own bytes: valid UTF-8, not checked again.
        return (ValidatedUTF8.string(UnsafeBufferPointer(rebasing: bytes[..<(start - 1)])), index)
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
        let year = finding.year
        var best: Int?
        func look(_ head: String?, _ index: Int) {
            guard let first = first(in: GroupKey(rule: rule.number, head: head), index: index, year: year) else {
                return
            }
            best = min(best ?? first, first)
        }
        if mask & 1 != 0 { look(nil, -1) }
        let pointer = finding.pointer
        let own = 1 << Self.bit(depth: pointer.depth)
        // The ancestors ("/a/b" has "" at depth 0 and "/a" at 1), written out only when a
        // waiver of the rule names a pointer that shallow (pointers deeper than the top bit
        // share it).
        let ancestors = own == 1 << Self.deepBit ? mask & ~1 : mask & (own - 1) & ~1
        if ancestors != 0 {
            let place = pointer.description
            var level = 0
            for index in place.utf8.indices where place.utf8[index] == UInt8(ascii: "/") {
                if mask & (1 << Self.bit(depth: level)) != 0 {
                    let step = Self.split(String(place[..<index]))
                    look(step.head, step.index)
                }
                level += 1
            }
        }
        // The finding's own place, as its pointer holds it; an object key that reads as an
        // index (`/granted/2024`) is split as the waiver's text was.
        if mask & own != 0 {
            let step = pointer.index >= 0 ? (head: pointer.head, index: pointer.index) : Self.split(pointer.head)
            look(step.head, step.index)
        }
        return best
    }

    /// The first waiver of group `key` at `index` that names no year or `year`.
    private mutating func first(in key: GroupKey, index: Int, year: Int?) -> Int? {
        let group: Int?
        if let last = lastGroupKey, last == key {
            group = lastGroup
        } else {
            group = groups[key]
            (lastGroupKey, lastGroup) = (key, group)
        }
        guard let group, group + 1 < groupStarts.count else { return nil }
        // The first entry at or after `index`, by halving.
        var (low, high) = (groupStarts[group], groupStarts[group + 1])
        let end = high
        while low < high {
            let middle = low + (high - low) / 2
            if entries[middle].index < index { low = middle + 1 } else { high = middle }
        }
        while low < end, entries[low].index == index {
            if entries[low].year == nil || entries[low].year == year { return entries[low].waiver }
            low += 1
        }
        return nil
    }

    /// The rule's entry, from the last one looked up when it is the same rule.
    private mutating func entry(for id: String) -> RuleEntry? {
        if lastRuleID == id { return lastEntry }
        lastEntry = rules[id]
        lastRuleID = id
        return lastEntry
    }
}
