/// Members in their common form, read straight from the tape (through ``CostLineTape``'s
/// readers), for a large federation's members read in batches
/// (``PlanDecoder/membersInBatches(_:tape:)``).
///
/// A member whose keys are all known, whose strings have no escapes, whose kind is one of the
/// kinds and whose population, if any, is written as plain digits is read here; any other (nil
/// here) sends the whole list to ``PlanDecoder/members(_:)``'s general path, which gives the same
/// members or the exact error. Tests compare both.
struct MemberTape {
    let tape: CostLineTape

    /// Positions of the fields in ``PlanDecoder/memberFields``.
    private enum Key: Int {
        case id, name, kind, population
    }

    private static let kinds = Member.Kind.allCases
    private static let kindNames = KnownFields(Member.Kind.allCases.map(\.rawValue))

    /// The member whose object is at tape index `object`, or nil when it is not in the common
    /// form.
    func member(at object: Int) -> Member? {
        var found = (id: -1, name: -1, kind: -1, population: -1)
        let read = tape.forEachField(of: object, in: PlanDecoder.memberFields) { position, value in
            switch Key(rawValue: position) {
            case .id: found.id = value
            case .name: found.name = value
            case .kind: found.kind = value
            case .population: found.population = value
            case nil: return false
            }
            return true
        }
        guard read, let id = tape.string(found.id), !id.isEmpty, let name = tape.string(found.name),
            let kind = kind(found.kind), let population = tape.optional(found.population, population)
        else { return nil }
        return Member(
            id: id, name: name, kind: kind, population: population,
            ref: SourceRef(offset: Int(tape.nodes[object].start)))
    }

    private func kind(_ node: Int) -> Member.Kind? {
        guard let position = tape.stringBytes(node, { Self.kindNames.position(of: $0) }) ?? nil else { return nil }
        return Self.kinds[position]
    }

    /// A population written as 1 to 18 digits and nothing more (a fraction, an exponent or a
    /// sign goes the general path).
    private func population(_ node: Int) -> Int64? {
        guard tape.nodes[node].kind == .number else { return nil }
        let bytes = tape.bytes
        let start = Int(tape.nodes[node].start)
        var end = start
        var value: Int64 = 0
        while end < bytes.count, end < start + 18, (48...57).contains(bytes[end]) {
            value = value * 10 + Int64(bytes[end] - 48)
            end += 1
        }
        guard end > start, end == bytes.count || !JSONText.isNumberByte(bytes[end]) else { return nil }
        return value
    }
}
