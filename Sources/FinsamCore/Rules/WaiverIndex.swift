/// The usable waivers by what they match, so finding the first waiver for a finding costs the
/// depth of its pointer, not the number of waivers: checking each finding against every waiver
/// made a plan with thousands of both quadratic.
struct WaiverIndex {
    /// The first waiver's index by rule, year and pointer (nil year or pointer match any): of
    /// several waivers with one key only the first can be the first match, so no list is kept.
    private var firstByKey: [Key: Int] = [:]
    /// For each rule with a waiver, which pointer depths its waivers name, as bits: bit 0 a
    /// waiver with no pointer, bit d + 1 a pointer of d segments (`""` has none, `/a/b` two),
    /// the top bit any deeper. A finding then looks up only its pointer's ancestors at those
    /// depths: a plan with a waiver for each of 150 000 findings hashed every ancestor of each.
    private var depths: [String: Int] = [:]

    private struct Key: Hashable {
        let rule: String
        let year: Int?
        let pointer: String?
    }

    private static let deepBit = Int.bitWidth - 2

    init(_ waivers: [Waiver], usable: [Int]) {
        // Sized at once for many waivers; a plan without any makes no table (its type is one
        // more for the runtime to make at start-up).
        if !usable.isEmpty { firstByKey.reserveCapacity(usable.count) }
        for index in usable {
            let waiver = waivers[index]
            let key = Key(rule: waiver.ruleID, year: waiver.year, pointer: waiver.pointer)
            if firstByKey[key] == nil { firstByKey[key] = index }
            let bit = waiver.pointer.map { Self.bit(depth: $0.utf8.count { $0 == UInt8(ascii: "/") }) } ?? 0
            depths[waiver.ruleID, default: 0] |= 1 << bit
        }
    }

    private static func bit(depth: Int) -> Int { min(depth + 1, deepBit) }

    /// The first usable waiver (lowest index) that matches `finding`, as ``Waiver/matches(_:)``
    /// decides: the same rule, the same year if the waiver names one, and the finding's pointer
    /// equal to or under the waiver's.
    func first(matching finding: Finding) -> Int? {
        // Most plans have no waivers, and most rules none: skip the pointer's ancestors.
        guard let mask = depths[finding.ruleID] else { return nil }
        var best: Int?
        func look(_ year: Int?, _ pointer: String?) {
            guard let first = firstByKey[Key(rule: finding.ruleID, year: year, pointer: pointer)] else { return }
            best = min(best ?? first, first)
        }
        // Waivers for any year, and for the finding's year.
        func consider(_ pointer: String?) {
            look(nil, pointer)
            if let year = finding.year { look(year, pointer) }
        }
        if mask & 1 != 0 { consider(nil) }
        // The pointer's ancestors and itself: "/a/b" has "" (depth 0), "/a" (1) and "/a/b" (2).
        let place = finding.location.pointer.description
        var depth = 0
        // By bytes, not characters: a "/" is one byte and always on a character boundary.
        for index in place.utf8.indices where place.utf8[index] == UInt8(ascii: "/") {
            if mask & (1 << Self.bit(depth: depth)) != 0 { consider(String(place[..<index])) }
            depth += 1
        }
        if mask & (1 << Self.bit(depth: depth)) != 0 { consider(place) }
        return best
    }
}
