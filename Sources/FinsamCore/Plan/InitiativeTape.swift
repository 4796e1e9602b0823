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
    /// The bytes `tape` reads, held for the initiatives' names: one holder for each tape, so
    /// that batches read side by side count their references apart (``FileBytes``).
    private let file: FileBytes

    /// Reads `tape`, whose bytes are `file`.
    init(tape: CostLineTape, file: [UInt8]) {
        self.tape = tape
        self.file = FileBytes(file)
    }

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
        // The fields' tape indices in a tuple, not an array: an array was one allocation per
        // initiative.
        var found = (id: -1, name: -1, target: -1, members: -1, start: -1, end: -1, granted: -1)
        let read = tape.forEachField(of: object, in: PlanDecoder.initiativeFields) { position, value in
            switch Key(rawValue: position) {
            case .id: found.id = value
            case .name: found.name = value
            case .target: found.target = value
            case .members: found.members = value
            case .start: found.start = value
            case .end: found.end = value
            case .granted: found.granted = value
            case nil: return false
            }
            return true
        }
        guard read else { return nil }
        guard let id = tape.string(found.id), !id.isEmpty,
            let name = writtenName(found.name),
            let target = target(found.target),
            let members = tape.optional(found.members, { members($0, lists: &lists) }),
            let start = tape.optional(found.start, tape.date),
            let endDate = tape.optional(found.end, tape.date),
            appendGrants(found.granted, to: &grants)
        else { return nil }
        return Initiative(
            id: id, writtenName: name, target: target, memberIDs: members, start: start,
            end: endDate, granted: [], ref: SourceRef(offset: Int(nodes[object].start)),
            membersRef: members == nil ? nil : SourceRef(offset: Int(nodes[found.members].start)))
    }

    /// The escape-free string at `node`, as its place in the file's bytes.
    private func writtenName(_ node: Int) -> WrittenText? {
        guard let range = tape.stringRange(node) else { return nil }
        return WrittenText(file, start: range.lowerBound, count: range.count)
    }

    private func target(_ node: Int) -> Initiative.Target? {
        guard let position = tape.stringBytes(node, { Self.targetNames.position(of: $0) }) ?? nil else { return nil }
        return Self.targets[position]
    }

    /// Member ids: an array of non-empty escape-free strings; an equal list of `lists` when
    /// there is one (one written with the same bytes is found before any string is made).
    private func members(_ node: Int, lists: inout MemberLists) -> [String]? {
        guard nodes[node].kind == .array else { return nil }
        let opening = Int(nodes[node].start)
        if let earlier = lists.earlier(writtenAt: opening, in: tape.bytes) { return earlier }
        var ids: [String] = []
        ids.reserveCapacity(tape.childCount(of: node))
        var child = node + 1
        var last = -1
        let end = min(nodes[node].next, nodes.count)
        while child < end {
            guard let id = tape.string(child), !id.isEmpty else { return nil }
            ids.append(id)
            last = child
            child = max(nodes[child].next, child + 1)
        }
        // Past the last element (a string) only whitespace, then the array's `]`.
        var closing = last < 0 ? opening + 1 : JSONText.closingQuote(in: tape.bytes, after: Int(nodes[last].start)) + 1
        while closing < tape.bytes.count, tape.bytes[closing] != UInt8(ascii: "]") { closing += 1 }
        let written = UnsafeBufferPointer(rebasing: tape.bytes[opening..<min(closing + 1, tape.bytes.count)])
        return lists.shared(ids, writtenAs: written)
    }

    /// Granted amounts, appended to `result`: absent, null, or an object whose keys are
    /// four-digit years from 1900 to 2999. False for any other form.
    private func appendGrants(_ node: Int, to result: inout [GrantedAmount]) -> Bool {
        if node < 0 || node >= nodes.count || nodes[node].kind == .null { return true }
        guard nodes[node].kind == .object else { return false }
        var value = node + 1
        let end = min(nodes[node].next, nodes.count)
        while value < end {
            guard let year = tape.yearKey(before: value),
                let amount = tape.amount(value)
            else { return false }
            result.append(GrantedAmount(year: year, amount: amount))
            value = max(nodes[value].next, value + 1)
        }
        return true
    }
}
