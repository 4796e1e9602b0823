/// The usable waivers by what they match, so finding the first waiver for a finding costs the
/// depth of its pointer, not the number of waivers: checking each finding against every waiver
/// made a plan with thousands of both quadratic.
struct WaiverIndex {
    /// Waiver indices (ascending) by rule, year and pointer; nil year or pointer match any.
    private var buckets: [Key: [Int]] = [:]

    private struct Key: Hashable {
        let rule: String
        let year: Int?
        let pointer: String?
    }

    init(_ waivers: [Waiver], usable: [Int]) {
        for index in usable {
            let waiver = waivers[index]
            buckets[Key(rule: waiver.ruleID, year: waiver.year, pointer: waiver.pointer), default: []].append(index)
        }
    }

    /// The first usable waiver (lowest index) that matches `finding`, as ``Waiver/matches(_:)``
    /// decides: the same rule, the same year if the waiver names one, and the finding's pointer
    /// equal to or under the waiver's.
    func first(matching finding: Finding) -> Int? {
        // Most plans have no waivers: skip the pointer's ancestors and the lookups.
        if buckets.isEmpty { return nil }
        let place = finding.location.pointer.description
        // The pointer itself and each ancestor: "/a/b" has "", "/a" and "/a/b".
        var pointers: [String?] = [nil, place]
        for index in place.indices where place[index] == "/" {
            pointers.append(String(place[..<index]))
        }
        var best: Int?
        for year in [nil, finding.year] {
            for pointer in pointers {
                guard let first = buckets[Key(rule: finding.ruleID, year: year, pointer: pointer)]?.first else {
                    continue
                }
                best = min(best ?? first, first)
            }
        }
        return best
    }
}
