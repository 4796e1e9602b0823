/// A number cell's stored text (`1844.5`, `1.2345E+15`, `0.30000000000000004`) as the plain
/// decimal the table's amount reader takes, without ever going through a binary floating point.
///
/// A workbook stores numbers as binary doubles written in decimal, so a computed `0.1 + 0.2`
/// is stored as `0.30000000000000004`. Excel shows and compares numbers to 15 significant
/// digits; finsam rounds to the same 15 (half away from zero, on the decimal text), which
/// gives `0.3`, and then drops trailing zeros.
enum CellNumber {
    static let significantDigits = 15

    /// The plain decimal, or nil when the text is not a number or its exponent is absurd.
    static func plain(_ stored: String) -> String? {
        var text = Substring(stored)
        let negative = text.hasPrefix("-")
        if negative || text.hasPrefix("+") { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let value = Int(text[text.index(after: e)...]), abs(value) <= 400 else { return nil }
            exponent = value
            text = text[..<e]
        }
        var digits: [UInt8] = []
        var pointAt: Int?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "."), pointAt == nil {
                pointAt = digits.count
            } else if byte >= 0x30 && byte <= 0x39 {
                digits.append(byte - 0x30)
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        // value = 0.d1d2d3… × 10^point
        var point = (pointAt ?? digits.count) + exponent
        // Leading zeros dropped at once: a hostile cell may have a million of them.
        guard let firstDigit = digits.firstIndex(where: { $0 != 0 }) else { return "0" }
        digits.removeFirst(firstDigit)
        point -= firstDigit
        // A number with more than 400 places either side is no amount; so say (nil), in bounded time.
        guard abs(point) <= 400 else { return nil }
        round(&digits, &point)
        while digits.last == 0 { digits.removeLast() }
        return (negative ? "-" : "") + render(digits, point: point)
    }

    /// Keeps `significantDigits` digits, half away from zero; a carry may add a digit in front.
    static func round(_ digits: inout [UInt8], _ point: inout Int) {
        guard digits.count > significantDigits else { return }
        let up = digits[significantDigits] >= 5
        digits.removeLast(digits.count - significantDigits)
        guard up else { return }
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return
            }
            digits[index] = 0
            index -= 1
        }
        digits.insert(1, at: 0)
        point += 1
    }

    /// Digits 0.d1d2… × 10^point as `123.45`, `0.00123` or `1200`.
    static func render(_ digits: [UInt8], point: Int) -> String {
        let text = String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
        if point <= 0 { return "0." + String(repeating: "0", count: -point) + text }
        if point >= digits.count { return text + String(repeating: "0", count: point - digits.count) }
        let split = text.index(text.startIndex, offsetBy: point)
        return String(text[..<split]) + "." + String(text[split...])
    }
}
