/// Amounts written back into a plan by a quick fix: exact, in the unit of their place, as JSON
/// numbers (`348667`, `944.998` in tkr), never through floating point.
enum AmountText {
    /// The amount's exact decimal text in `unit`, without grouping or trailing zeros.
    static func plain(_ money: Money, unit: AmountUnit) -> String {
        let per = UInt64(unit.orePerUnit)
        let magnitude = money.ore.magnitude
        var text = String(magnitude / per)
        var fraction = magnitude % per
        var digits = unit.maxDecimals
        if fraction != 0 {
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let written = String(fraction)
            text += "." + String(repeating: "0", count: max(0, digits - written.count)) + written
        }
        return money.isNegative ? "-" + text : text
    }

    /// How many decimals the amount token at `offset` is written with: `945` 0, `1844.5` and
    /// `"1 844,5"` 1.
    static func decimalsWritten(at offset: Int, in bytes: [UInt8]) -> Int {
        let end = TokenSpan.end(of: offset, in: bytes)
        var decimals = 0
        var counting = false
        for byte in bytes[min(offset, end)..<end] {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                counting = true
                decimals = 0
            } else if counting, byte >= 48, byte <= 57 {
                decimals += 1
            } else if counting {
                counting = false
            }
        }
        return decimals
    }

    /// `money` rounded half to even to `decimals` decimals of `unit` (at most the unit's own);
    /// nil on overflow.
    static func rounded(_ money: Money, unit: AmountUnit, decimals: Int) -> Money? {
        var step = unit.orePerUnit
        for _ in 0..<min(max(decimals, 0), unit.maxDecimals) { step /= 10 }
        guard step > 1 else { return money }
        guard let units = ExactDivision.divide(Int128(money.ore), by: Int128(step), rule: .halfEven) else { return nil }
        let (ore, overflow) = units.multipliedReportingOverflow(by: step)
        return overflow ? nil : Money(ore: ore)
    }
}

/// A new member added at the end of an object of the plan, on a line of its own indented like
/// the member before it (or after it on the same line, where the object is written on one).
struct MemberInsertion {
    /// The editor's text.
    let bytes: [UInt8]
    /// The length of its byte order mark: the document's offsets come after it.
    let bom: Int

    func fix(in object: JSONValue, member: String, value: String, title: String) -> QuickFixes.Fix? {
        guard object.isObject else { return nil }
        let pair = JSONOutput.quoted(member) + ": " + value
        guard let last = object.members.last else {
            let at = object.offset + bom + 1
            return QuickFixes.Fix(title: title, start: at, end: at, text: pair)
        }
        let at = ValueSpan.end(of: last.value.offset + bom, in: bytes)
        return QuickFixes.Fix(
            title: title, start: at, end: at, text: "," + separator(before: last.keyOffset + bom) + pair)
    }

    /// A line break and the indentation of the key at `offset` when it starts its line; else a space.
    private func separator(before offset: Int) -> String {
        var start = offset
        while start > 0, bytes[start - 1] == 32 || bytes[start - 1] == 9 { start -= 1 }
        guard start > 0, bytes[start - 1] == 10 else { return " " }
        let newline = start > 1 && bytes[start - 2] == 13 ? "\r\n" : "\n"
        return newline + String(decoding: bytes[start..<offset], as: UTF8.self)
    }
}

/// Where the JSON value at an offset ends, containers included (strings inside are skipped).
enum ValueSpan {
    static func end(of start: Int, in bytes: [UInt8]) -> Int {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") else {
            return TokenSpan.end(of: start, in: bytes)
        }
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            case UInt8(ascii: "\""):
                index = TokenSpan.end(of: index, in: bytes) - 1
            default: break
            }
            index += 1
        }
        return bytes.count
    }
}
