/// Cost lines in their common form, read straight from the tape.
///
/// A large plan is mostly cost lines (450 000 of them in a 50 MB plan), and the general path
/// spent most of the decoding there: a ``FieldReader`` per line, a `String` to match each
/// category, an amount's text built only to look at its sign. A line whose keys are all known,
/// whose strings have no escapes and whose values have the expected kinds is read here instead;
/// any other line (`nil` here) goes through ``PlanDecoder/costLine(_:)``, which gives the same
/// line or the exact error. Tests decode plans both ways and compare every line.
///
/// It reads through unsafe buffers valid only inside ``read(_:unit:fastPath:_:)``: no reference is counted per
/// line, which matters when two threads read the years of one document at once (a count
/// shared between cores cost more than the lines themselves).
struct CostLineTape {
    let nodes: UnsafeBufferPointer<JSONNode>
    let bytes: UnsafeBufferPointer<UInt8>
    let unit: AmountUnit
    /// False sends every line to the general path.
    let fastPath: Bool

    /// Calls `body` with a tape over `document`.
    static func read<R, E: Error>(
        _ document: JSONDocument, unit: AmountUnit, fastPath: Bool, _ body: (CostLineTape) throws(E) -> R
    ) throws(E) -> R {
        try document.nodes.withUnsafeBufferPointer { (nodes) throws(E) -> R in
            try document.bytes.withUnsafeBufferPointer { (bytes) throws(E) -> R in
                try body(CostLineTape(nodes: nodes, bytes: bytes, unit: unit, fastPath: fastPath))
            }
        }
    }

    /// Positions of the cost-line fields in ``PlanDecoder/costFields``.
    private enum Key: Int {
        case name, category, amount, initiative, group, target
    }

    private static let categories = CostCategory.allCases
    private static let categoryNames = KnownFields(CostCategory.allCases.map(\.rawValue))

    /// The number of direct children of the container at `index`.
    func childCount(of index: Int) -> Int {
        var count = 0
        var child = index + 1
        while child < min(nodes[index].next, nodes.count) {
            count += 1
            child = max(nodes[child].next, child + 1)
        }
        return count
    }

    /// Walks the fields of the object at `object` (a fast path's only way in): `take` gets each
    /// key's position in `known` and the tape index of its value, in file order. False when the
    /// fast path is off, `object` is no object, a key is not an escape-free string in `known`,
    /// or `take` refuses a field: the caller then sends the object to the general path.
    func forEachField(of object: Int, in known: KnownFields, _ take: (Int, Int) -> Bool) -> Bool {
        guard fastPath, object < nodes.count, nodes[object].kind == .object else { return false }
        let end = min(nodes[object].next, nodes.count)
        var value = object + 1
        var hint = 0
        while value < end {
            guard let position = fieldPosition(before: value, in: known, hint: hint), take(position, value)
            else { return false }
            hint = position + 1
            value = max(nodes[value].next, value + 1)
        }
        return true
    }

    /// The position in `known` of the key of the member whose value is at `value`; nil for a key
    /// with escapes or not in `known`. The name at `hint` is checked first where the key ends
    /// (``KnownFields/isName(at:closingAt:in:)``), without walking back over the whole key.
    func fieldPosition(before value: Int, in known: KnownFields, hint: Int) -> Int? {
        if let closing = JSONKey.closingQuote(in: bytes, valueAt: Int(nodes[value].start)),
            known.isName(at: hint, closingAt: closing, in: bytes)
        {
            return hint
        }
        return keyBytes(before: value, { known.position(of: $0, hint: hint) }) ?? nil
    }

    /// The bytes between the quotes of the key of the member whose value is at `value`, passed
    /// to `body`; nil for a key with escapes.
    func keyBytes<R>(before value: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let key = JSONKey.locate(in: bytes, valueAt: Int(nodes[value].start))
        guard !key.escaped, key.opening < key.closing else { return nil }
        return body(UnsafeBufferPointer(rebasing: bytes[(key.opening + 1)..<key.closing]))
    }

    /// `.some(nil)` when the field is absent or null, `read`'s value when it reads, nil otherwise.
    func optional<T>(_ node: Int, _ read: (Int) -> T?) -> T?? {
        if node < 0 || node >= nodes.count || nodes[node].kind == .null { return .some(nil) }
        return read(node).map { .some($0) }
    }

    /// The cost line whose object is at tape index `object`, or nil when it is not in the
    /// common form.
    func line(at object: Int) -> CostLine? {
        var found = (name: -1, category: -1, amount: -1, initiative: -1, group: -1)
        let read = forEachField(of: object, in: PlanDecoder.costFields) { position, value in
            switch Key(rawValue: position) {
            case .name?: found.name = value
            case .category?: found.category = value
            case .amount?: found.amount = value
            case .initiative?: found.initiative = value
            case .group?: found.group = value
            // Rare (plan years' totals by target), and checked against the line's other
            // fields: the general path reads it.
            case .target?, nil: return false
            }
            return true
        }
        guard read else { return nil }
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
    func stringBytes<R>(_ node: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard node >= 0, node < nodes.count, nodes[node].kind == .string else { return nil }
        let start = Int(nodes[node].start)
        let end = JSONText.closingQuote(in: bytes, after: start)
        return body(UnsafeBufferPointer(rebasing: bytes[min(start + 1, end)..<end]))
    }

    /// Where the escape-free string at `node` lies in the bytes, between its quotes: what
    /// ``stringBytes(_:_:)`` reads, found the same way. That one does not go through this: every
    /// string the decoder reads passes there, and the optional range cost `noend` 0.5 % more
    /// instructions.
    func stringRange(_ node: Int) -> Range<Int>? {
        guard node >= 0, node < nodes.count, nodes[node].kind == .string else { return nil }
        let start = Int(nodes[node].start)
        let end = JSONText.closingQuote(in: bytes, after: start)
        return min(start + 1, end)..<end
    }

    /// The escape-free string at `node`, made without validating its bytes again (the reader has).
    func string(_ node: Int) -> String? {
        stringBytes(node, ValidatedUTF8.string)
    }

    /// The escape-free string at `node`, or `earlier` itself when it has the same text: equal
    /// strings then share one storage, and the new one is never made (a board's 150 000
    /// waivers mostly repeat their rule, reason and decision).
    func string(_ node: Int, reusing earlier: String?) -> String? {
        guard var earlier else { return string(node) }
        let same = stringBytes(node) { bytes in earlier.withUTF8 { SWAR.equal($0, bytes) } }
        guard let same else { return nil }
        return same ? earlier : string(node)
    }

    /// The date in the escape-free string at `node`, `YYYY-MM-DD` as ``PlanDate/parse(_:)``
    /// reads it; nil for anything else, left to the general path.
    func date(_ node: Int) -> PlanDate? {
        stringBytes(node) { PlanDate.parse(bytes: $0) } ?? nil
    }

    /// `1900`…`2999` written as four digits; nil for anything else, left to the general path.
    static func fourDigitYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 4 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value >= 1900 && value <= 2999 ? value : nil
    }

    /// The key before the value at `value` as a year (``fourDigitYear(_:)``). A key of four
    /// bytes is read where it ends, as ``KnownFields/isName(at:closingAt:in:)`` reads a name:
    /// a quote with no backslash before it, four bytes before the closing one, opens the key.
    func yearKey(before value: Int) -> Int? {
        if let closing = JSONKey.closingQuote(in: bytes, valueAt: Int(nodes[value].start)), closing >= 5,
            JSONKey.opensKey(at: closing - 5, in: bytes),
            let year = Self.fourDigitYear(UnsafeBufferPointer(rebasing: bytes[(closing - 4)..<closing]))
        {
            return year
        }
        return keyBytes(before: value, Self.fourDigitYear) ?? nil
    }

    /// `.some(nil)` when the field is absent or null, the string when it is an escape-free
    /// string, nil otherwise.
    private func optionalString(_ node: Int) -> String?? {
        if node < 0 || node >= nodes.count || nodes[node].kind == .null { return .some(nil) }
        return string(node).map { .some($0) }
    }

    func category(_ node: Int) -> CostCategory? {
        guard let position = stringBytes(node, { Self.categoryNames.position(of: $0) }) ?? nil else { return nil }
        return Self.categories[position]
    }

    /// A non-negative amount written as a number or an escape-free string, with no sign.
    func amount(_ node: Int) -> Amount? {
        guard node >= 0, node < nodes.count else { return nil }
        let start = min(Int(nodes[node].start), bytes.count)
        let parsed: Result<(money: Money, decimals: Int), AmountError>?
        switch nodes[node].kind {
        case .number:
            if let whole = Self.wholeNumber(in: bytes, at: start, unit: unit) {
                return Amount(parsed: (whole, 0), unit: unit, ref: SourceRef(offset: start))
            }
            var end = start
            while end < bytes.count, JSONText.isNumberByte(bytes[end]) { end += 1 }
            parsed = Self.unsigned(UnsafeBufferPointer(rebasing: bytes[start..<end]), unit: unit)
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
    private static func unsigned(
        _ token: UnsafeBufferPointer<UInt8>, unit: AmountUnit
    )
        -> Result<(money: Money, decimals: Int), AmountError>?
    {
        if let first = token.first {
            if first == UInt8(ascii: "-") { return nil }
            if first == 0xE2, token.count >= 3, token[1] == 0x88, token[2] == 0x92 { return nil }
        }
        if let whole = wholeNumber(token, unit: unit) { return .success((whole, 0)) }
        return Money.parseCountingDecimals(utf8: token, unit: unit)
    }

    /// ``wholeNumber(_:unit:)`` of the number token at `start`, read in the one pass that finds
    /// where the token ends (the plain reading finds the end, then reads the digits again); nil
    /// for any other token, left to that reading. Sixteen digits at most are read, which an
    /// `Int64` holds.
    static func wholeNumber(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, unit: AmountUnit) -> Money? {
        var end = max(start, 0)
        var value: Int64 = 0
        // Eight bytes at a time while eight are left (``SWAR/leadingDigits(_:)``), the rest one
        // by one. More than fifteen digits give nil either way, so reading stops past them.
        if let base = bytes.baseAddress {
            while end + 8 <= bytes.count, end - start <= 15 {
                let (count, digits) = SWAR.leadingDigits(SWAR.load(base, at: end))
                value = value &* Self.powersOfTen[count] &+ Int64(digits)
                end += count
                if count < 8 { break }
            }
        }
        readDigits(in: bytes, from: start, end: &end, value: &value)
        return wholeNumber(value, digits: end - start, endingAt: end, in: bytes, unit: unit)
    }

    /// The same, a byte at a time: the plain reading the tests compare it with.
    static func wholeNumberByteByByte(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, unit: AmountUnit) -> Money? {
        var end = max(start, 0)
        var value: Int64 = 0
        readDigits(in: bytes, from: start, end: &end, value: &value)
        return wholeNumber(value, digits: end - start, endingAt: end, in: bytes, unit: unit)
    }

    /// The digits from `end` on, one by one, onto `value`, up to sixteen from `start`.
    @inline(__always)
    private static func readDigits(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: inout Int, value: inout Int64
    ) {
        while end < bytes.count, end - start < 16, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") {
            value = value &* 10 &+ Int64(bytes[end] &- UInt8(ascii: "0"))
            end += 1
        }
    }

    /// `value`, read from `digits` digits ending at `end`, in `unit`; nil unless 1 to 15 digits
    /// make the whole token, or when it overflows.
    private static func wholeNumber(
        _ value: Int64, digits: Int, endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, unit: AmountUnit
    ) -> Money? {
        guard digits > 0, digits <= 15, end == bytes.count || !JSONText.isNumberByte(bytes[end]) else {
            return nil
        }
        let (ore, overflow) = value.multipliedReportingOverflow(by: unit.orePerUnit)
        return overflow ? nil : Money(ore: ore)
    }

    /// 10^n for the digits read at once (0 to 8).
    private static let powersOfTen: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    /// A whole number of 1 to 15 digits in `unit`, the commonest amount (a contribution, a
    /// grant): what ``Money/parseCountingDecimals(utf8:unit:)`` gives for it, with no decimals,
    /// read without its general scan; nil for anything else, or when it overflows.
    static func wholeNumber(_ token: UnsafeBufferPointer<UInt8>, unit: AmountUnit) -> Money? {
        guard !token.isEmpty, token.count <= 15 else { return nil }
        var value: Int64 = 0
        for byte in token {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
        }
        let (ore, overflow) = value.multipliedReportingOverflow(by: unit.orePerUnit)
        return overflow ? nil : Money(ore: ore)
    }
}
