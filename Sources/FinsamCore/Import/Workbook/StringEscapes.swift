/// SpreadsheetML's own escape in strings (ECMA-376 §22.9.2.19, ST_Xstring): `_xHHHH_` stands
/// for the UTF-16 code unit HHHH, which Excel writes for characters XML cannot hold
/// (`_x000D_` for a carriage return in a cell with a line break), and `_x005F_` for a literal `_`.
enum StringEscapes {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var at = 0
        while at < units.count {
            if let unit = escaped(units, at) {
                out.append(unit)
                at += 7
            } else {
                out.append(units[at])
                at += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// The code unit of an `_xHHHH_` starting at `at`, or nil.
    static func escaped(_ units: [UInt16], _ at: Int) -> UInt16? {
        guard at + 7 <= units.count, units[at] == 0x5F, units[at + 1] == 0x78, units[at + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[(at + 2)..<(at + 6)] {
            guard let digit = hexDigit(unit) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    static func hexDigit(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30...0x39: return unit - 0x30
        case 0x41...0x46: return unit - 0x41 + 10
        case 0x61...0x66: return unit - 0x61 + 10
        default: return nil
        }
    }
}
