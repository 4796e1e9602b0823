/// Cost lines in their common form, read straight from the tape.
///
/// A large plan is mostly cost lines (450 000 of them in a 50 MB plan), and the general path
/// spent most of the decoding there: a ``FieldReader`` per line, a `String` to match each
/// category, an amount's text built only to look at its sign. A line whose keys are all known,
/// whose strings have no escapes and whose values have the expected kinds is read here instead;
/// any other line (`nil` here) goes through ``PlanDecoder/costLine(_:)``, which gives the same
/// line or the exact error. Tests decode plans both ways and compare every line.
struct CostLineTape {
    let nodes: [JSONNode]
    let bytes: [UInt8]
    let unit: AmountUnit
    /// False sends every line to the general path.
    let fastPath: Bool

    init(document: JSONDocument, unit: AmountUnit, fastPath: Bool) {
        self.nodes = document.nodes
        self.bytes = document.bytes
        self.unit = unit
        self.fastPath = fastPath
    }

    /// Positions of the cost-line fields in ``PlanDecoder/costFields``.
    private enum Key: Int {
        case name, category, amount, initiative, group
    }

    private static let categories = CostCategory.allCases
    private static let categoryNames = KnownFields(CostCategory.allCases.map(\.rawValue))

    /// The number of direct children of the container at `index`.
    func childCount(of index: Int) -> Int {
        var count = 0
        var child = index + 1
        while child < nodes[index].next {
            count += 1
            child = max(nodes[child].next, child + 1)
        }
        return count
    }

    /// The cost line whose object is at tape index `object`, or nil when it is not in the
    /// common form.
    func line(at object: Int) -> CostLine? {
        guard fastPath, nodes[object].kind == .object else { return nil }
        var found = (name: -1, category: -1, amount: -1, initiative: -1, group: -1)
        let end = nodes[object].next
        var key = object + 1
        var hint = 0
        while key < end {
            let value = key + 1
            guard value < end, nodes[key].kind == .string,
                let position = stringBytes(key, { PlanDecoder.costFields.position(of: $0, hint: hint) }) ?? nil,
                let field = Key(rawValue: position)
            else { return nil }
            hint = position + 1
            switch field {
            case .name: found.name = value
            case .category: found.category = value
            case .amount: found.amount = value
            case .initiative: found.initiative = value
            case .group: found.group = value
            }
            key = max(nodes[value].next, value + 1)
        }
        guard let name = string(found.name), let category = category(found.category),
            let amount = amount(found.amount),
            let initiative = optionalString(found.initiative), initiative.map({ !$0.isEmpty }) ?? true,
            let group = optionalString(found.group)
        else { return nil }
        return CostLine(
            name: name, category: category, initiativeID: initiative, group: group, amount: amount,
            ref: SourceRef(offset: Int(nodes[object].start)))
    }

    /// The bytes between the quotes of the escape-free string at `node`, passed to `body`.
    private func stringBytes<R>(_ node: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard node >= 0, nodes[node].kind == .string else { return nil }
        let start = Int(nodes[node].start)
        return bytes.withUnsafeBufferPointer { buffer in
            let end = JSONText.closingQuote(in: buffer, after: start)
            return body(UnsafeBufferPointer(rebasing: buffer[min(start + 1, end)..<end]))
        }
    }

    private func string(_ node: Int) -> String? {
        stringBytes(node) { String(decoding: $0, as: UTF8.self) }
    }

    /// `.some(nil)` when the field is absent or null, the string when it is an escape-free
    /// string, nil otherwise.
    private func optionalString(_ node: Int) -> String?? {
        if node < 0 || nodes[node].kind == .null { return .some(nil) }
        return string(node).map { .some($0) }
    }

    private func category(_ node: Int) -> CostCategory? {
        guard let position = stringBytes(node, { Self.categoryNames.position(of: $0) }) ?? nil else { return nil }
        return Self.categories[position]
    }

    /// A non-negative amount written as a number or an escape-free string, with no sign.
    private func amount(_ node: Int) -> Amount? {
        guard node >= 0 else { return nil }
        let start = Int(nodes[node].start)
        let parsed: Result<(money: Money, decimals: Int), AmountError>?
        switch nodes[node].kind {
        case .number:
            parsed = bytes.withUnsafeBufferPointer { buffer in
                var end = start
                while end < buffer.count, JSONText.isNumberByte(buffer[end]) { end += 1 }
                return Self.unsigned(UnsafeBufferPointer(rebasing: buffer[start..<end]), unit: unit)
            }
        case .string:
            parsed = stringBytes(node) { Self.unsigned($0, unit: unit) } ?? nil
        default:
            parsed = nil
        }
        guard case .success(let value)? = parsed, !value.money.isNegative else { return nil }
        return Amount(parsed: value, unit: unit, ref: SourceRef(offset: start))
    }

    /// The amount in `token`, or nil when it starts with a minus sign (`-` or U+2212), which
    /// the general path reports even for zero.
    private static func unsigned(_ token: UnsafeBufferPointer<UInt8>, unit: AmountUnit)
        -> Result<(money: Money, decimals: Int), AmountError>?
    {
        if let first = token.first {
            if first == UInt8(ascii: "-") { return nil }
            if first == 0xE2, token.count >= 3, token[1] == 0x88, token[2] == 0x92 { return nil }
        }
        return Money.parseCountingDecimals(utf8: token, unit: unit)
    }
}
