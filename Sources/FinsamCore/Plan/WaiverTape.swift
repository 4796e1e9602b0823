/// Waivers in their common form, read straight from the tape, as ``InitiativeTape`` reads
/// initiatives (through ``CostLineTape``'s readers).
///
/// A plan that waives 150 000 findings one by one spent a fifth of its checking decoding the
/// waivers through the general path (a ``FieldReader`` and a located `String` per value). A
/// waiver whose keys are all known, whose strings have no escapes, whose pointer is empty or
/// starts with `/`, whose year is four digits from 1900 to 2999 and whose expiry date is
/// `YYYY-MM-DD` is read here; any other (`nil` here) goes through ``PlanDecoder/waiver(_:index:)``,
/// which gives the same waiver or the exact error. Tests decode plans both ways and compare.
struct WaiverTape {
    let tape: CostLineTape

    /// Positions of the fields in ``PlanDecoder/waiverFields``.
    private enum Key: Int {
        case rule, year, pointer, reason, decision, expires
    }

    private var nodes: UnsafeBufferPointer<JSONNode> { tape.nodes }

    /// The waiver at position `index` of the list, whose object is at tape index `object`, or
    /// nil when it is not in the common form. Its rule, reason and decision are `previous`'s
    /// strings where the text is the same (``Waiver/sharingText(with:)``, without making them).
    func waiver(at object: Int, index: Int, previous: Waiver? = nil) -> Waiver? {
        var found = (rule: -1, year: -1, pointer: -1, reason: -1, decision: -1, expires: -1)
        let read = tape.forEachField(of: object, in: PlanDecoder.waiverFields) { position, value in
            switch Key(rawValue: position) {
            case .rule: found.rule = value
            case .year: found.year = value
            case .pointer: found.pointer = value
            case .reason: found.reason = value
            case .decision: found.decision = value
            case .expires: found.expires = value
            case nil: return false
            }
            return true
        }
        guard read, let rule = tape.string(found.rule, reusing: previous?.ruleID), !rule.isEmpty,
            let year = tape.optional(found.year, year),
            let pointer = tape.optional(found.pointer, pointer),
            let reason = tape.optional(found.reason, { tape.string($0, reusing: previous?.reason) }),
            let decision = tape.optional(found.decision, { tape.string($0, reusing: previous?.decision) }),
            let expires = tape.optional(found.expires, tape.date)
        else { return nil }
        return Waiver(
            ruleID: rule, year: year, pointer: pointer, reason: reason, decision: decision, expires: expires,
            index: index, ref: SourceRef(offset: Int(nodes[object].start)))
    }

    /// A year written as four digits, 1900 to 2999, and nothing more (`2024.0`, `2024e0`,
    /// `02024` and any other year go the general path).
    private func year(_ node: Int) -> Int? {
        guard nodes[node].kind == .number else { return nil }
        let bytes = tape.bytes
        let start = Int(nodes[node].start)
        var end = start
        while end < bytes.count, end < start + 5, (48...57).contains(bytes[end]) { end += 1 }
        let next = end < bytes.count ? bytes[end] : UInt8(ascii: " ")
        guard next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E") else { return nil }
        return CostLineTape.fourDigitYear(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// A pointer the general path accepts: empty, or starting with `/`.
    private func pointer(_ node: Int) -> String? {
        guard let text = tape.string(node), text.isEmpty || text.utf8.first == UInt8(ascii: "/") else { return nil }
        return text
    }
}
