/// XML's entity references: the five predefined ones and numeric character references
/// (`&#233;`, `&#xE9;`). Any other is an error: finsam reads no DTD, so none is defined.
enum XMLEntities {
    static func decode(_ bytes: ArraySlice<UInt8>, offset: Int) throws(XMLError) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = bytes.startIndex
        while at < bytes.endIndex {
            guard bytes[at] == UInt8(ascii: "&") else {
                out.append(bytes[at])
                at += 1
                continue
            }
            guard let semicolon = bytes[at...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw XMLError(offset: offset + (at - bytes.startIndex), Message("xlsx.xml_entity", [.code("&")]))
            }
            let name = String(decoding: bytes[(at + 1)..<semicolon], as: UTF8.self)
            guard let scalar = character(name) else {
                throw XMLError(
                    offset: offset + (at - bytes.startIndex), Message("xlsx.xml_entity", [.code("&" + name + ";")]))
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
            at = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character an entity name stands for, or nil.
    static func character(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "apos": return "'"
        case "quot": return "\""
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        // Not NUL: XML 1.0 allows no such character.
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }
}
