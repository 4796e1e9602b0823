/// Initiatives in their common form, read straight from the tape, as ``CostLineTape`` reads
/// cost lines (and through its readers of strings and amounts).
///
/// A plan of 240 000 initiatives spent most of its decoding in the general path: a
/// ``FieldReader`` per initiative, a `String` per value, an array of the children of `members`
/// and `granted`, two allocations per date. An initiative whose keys are all known, whose
/// strings have no escapes and whose values have the expected kinds and forms (dates
/// `YYYY-MM-DD`, grant years four digits) is read here; any other (`nil` here) goes through
/// ``PlanDecoder/initiative(_:seen:)``, which gives the same initiative or the exact error. Tests
/// decode plans both ways and compare every initiative.
struct InitiativeTape {
    let tape: CostLineTape

    /// Positions of the fields in ``PlanDecoder/initiativeFields``.
    private enum Key: Int {
        case id, name, target, members, start, end, granted
    }

    private static let targets = Initiative.Target.allCases
    private static let targetNames = KnownFields(Initiative.Target.allCases.map(\.rawValue))

    private var nodes: UnsafeBufferPointer<JSONNode> { tape.nodes }

    /// The initiative whose object is at tape index `object`, or nil when it is not in the
    /// common form. Its grants are appended to `grants` (the caller takes them back on nil), its
    /// members' list shared with an equal one in `lists`.
    func initiative(at object: Int, grants: inout [GrantedAmount], lists: inout MemberLists) -> Initiative? {
        var found = [Int](repeating: -1, count: 7)
        let read = tape.forEachField(of: object, in: PlanDecoder.initiativeFields) { position, value in
            guard position < found.count else { return false }
            found[position] = value
            return true
        }
        guard read else { return nil }
        guard let id = tape.string(found[Key.id.rawValue]), !id.isEmpty,
            let name = tape.string(found[Key.name.rawValue]),
            let target = target(found[Key.target.rawValue]),
            let members = tape.optional(found[Key.members.rawValue], members),
            let start = tape.optional(found[Key.start.rawValue], tape.date),
            let endDate = tape.optional(found[Key.end.rawValue], tape.date),
            appendGrants(found[Key.granted.rawValue], to: &grants)
        else { return nil }
        let membersNode = found[Key.members.rawValue]
        return Initiative(
            id: id, name: name, target: target, memberIDs: members.map { lists.shared($0) }, start: start,
            end: endDate, granted: [], ref: SourceRef(offset: Int(nodes[object].start)),
            membersRef: members == nil ? nil : SourceRef(offset: Int(nodes[membersNode].start)))
    }

    private func target(_ node: Int) -> Initiative.Target? {
        guard let position = tape.stringBytes(node, { Self.targetNames.position(of: $0) }) ?? nil else { return nil }
        return Self.targets[position]
    }

    /// Member ids: an array of non-empty escape-free strings.
    private func members(_ node: Int) -> [String]? {
        guard nodes[node].kind == .array else { return nil }
        var ids: [String] = []
        var child = node + 1
        let end = min(nodes[node].next, nodes.count)
        while child < end {
            guard let id = tape.string(child), !id.isEmpty else { return nil }
            ids.append(id)
            child = max(nodes[child].next, child + 1)
        }
        return ids
    }

    /// Granted amounts, appended to `result`: absent, null, or an object whose keys are
    /// four-digit years from 1900 to 2999. False for any other form.
    private func appendGrants(_ node: Int, to result: inout [GrantedAmount]) -> Bool {
        if node < 0 || node >= nodes.count || nodes[node].kind == .null { return true }
        guard nodes[node].kind == .object else { return false }
        var value = node + 1
        let end = min(nodes[node].next, nodes.count)
        while value < end {
            guard let year = tape.keyBytes(before: value, CostLineTape.fourDigitYear) ?? nil,
                let amount = tape.amount(value)
            else { return false }
            result.append(GrantedAmount(year: year, amount: amount))
            value = max(nodes[value].next, value + 1)
        }
        return true
    }
}
