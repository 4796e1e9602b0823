/// Reads the members of one JSON object by name, remembering which were used, so that the
/// rest can be reported as unknown fields with the nearest known name.
struct FieldReader {
    let members: [JSONMember]
    let pointer: JSONPointer
    let offset: Int
    let known: [String]

    init(_ value: JSONValue, at pointer: JSONPointer, known: [String]) throws(PlanError) {
        guard case .object(let members) = value.kind else {
            throw PlanError(
                Message("plan.wrong_type", [.text("object"), .text(value.typeName)]),
                offset: value.offset, pointer: pointer)
        }
        self.members = members
        self.pointer = pointer
        self.offset = value.offset
        self.known = known
    }

    var ref: SourceRef { SourceRef(pointer: pointer, offset: offset) }

    /// The value of `key` and its pointer, if present.
    func optional(_ key: String) -> (value: JSONValue, pointer: JSONPointer)? {
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        if case .null = member.value.kind { return nil }
        return (member.value, pointer.appending(key))
    }

    /// The value of `key`, or an error naming the missing field.
    func required(_ key: String) throws(PlanError) -> (value: JSONValue, pointer: JSONPointer) {
        guard let found = optional(key) else {
            throw PlanError(Message("plan.missing_field", [.code(key)]), at: ref)
        }
        return found
    }

    /// Members whose names are not in `known`, each with the nearest known name if one is close.
    func unknownFields() -> [UnknownField] {
        members.compactMap { member in
            guard !known.contains(member.key) else { return nil }
            return UnknownField(
                name: member.key,
                suggestion: Suggestion.nearest(to: member.key, in: known),
                ref: SourceRef(pointer: pointer.appending(member.key), offset: member.keyOffset))
        }
    }
}

/// A field the format does not have: probably a typo, so a warning rather than silence.
public struct UnknownField: Sendable, Equatable {
    public let name: String
    public let suggestion: String?
    public let ref: SourceRef
}

/// "Did you mean": the nearest candidate by edit distance, if it is near enough to be a typo.
public enum Suggestion {
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        // A typo is at most 3 edits away: a word many times longer than every candidate is no
        // typo, and comparing a megabyte-long key character by character would take minutes.
        let longest = candidates.map(\.utf8.count).max() ?? 0
        guard word.utf8.count <= longest * 4 + 3 else { return nil }
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, min(3, word.count / 3)) else { return nil }
        return best.candidate
    }

    /// Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
