extension CostLineTape {
    /// A year's `contributions` read straight from the tape when every key is an escape-free
    /// member id and every amount has the common form; nil sends the object to the general
    /// path (``PlanDecoder/contributions(_:)``), which gives the same list or the exact error.
    /// A federation of 150 000 municipalities spent most of its decoding making the general
    /// path's list of members (a `String` and a value per key) and reading each amount's text.
    /// The ids are kept as `memberIDs` while they follow them (``Contributions/Builder``).
    /// `idBytes`: the bytes of `memberIDs`, the plan's members' ids, compared with each key where
    /// it ends before the key is walked back to.
    func contributions(at object: Int, memberIDs: [String], idBytes: MemberIDBytes) -> Contributions? {
        guard fastPath, object < nodes.count, nodes[object].kind == .object else { return nil }
        var result = Contributions.Builder(memberIDs: memberIDs, areMembers: true, capacity: childCount(of: object))
        let end = min(nodes[object].next, nodes.count)
        var value = object + 1
        while value < end {
            // An id in the members' order is compared as bytes, never made (a key with escapes
            // gives nil: the general path).
            guard let amount = amount(value) else { return nil }
            let closing = JSONKey.closingQuote(in: bytes, valueAt: Int(nodes[value].start))
            let sharedHere = closing.map { result.nextSharedIDIsKey(closingAt: $0, in: bytes, ids: idBytes) } ?? false
            guard let shared = sharedHere ? true : keyBytes(before: value, { result.nextSharedID(is: $0) }) else {
                return nil
            }
            if shared {
                result.appendShared(amount: amount)
            } else {
                guard let id = keyBytes(before: value, ValidatedUTF8.string) else { return nil }
                result.append(memberID: id, amount: amount)
            }
            value = max(nodes[value].next, value + 1)
        }
        return result.contributions
    }
}
