/// Cuts the bytes of an SIE file into ``SIELine``s. Works on the bytes: every character that
/// has a meaning in the syntax is ASCII, and a field's bytes are decoded from code page 437
/// only once cut out, so a column is a byte count from the start of the line.
struct SIELexer {
    private let bytes: [UInt8]
    /// Where the next line starts, and its number.
    private var start = 0
    private var number = 1
    /// A line read ahead by ``peek()``.
    private var ahead: SIELine?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next line that is not blank, or nil at the end. Lines are cut one at a time, so a
    /// large file is never held as lines all at once.
    mutating func next() throws(SIEError) -> SIELine? {
        if let line = ahead {
            ahead = nil
            return line
        }
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            let line = try cut(start..<end, number: number)
            // CRLF is one line end; a lone CR or LF is one too.
            if end < bytes.count, bytes[end] == 0x0D, end + 1 < bytes.count, bytes[end + 1] == 0x0A { end += 1 }
            start = end + 1
            number += 1
            if let line { return line }
        }
        return nil
    }

    /// The next line, left to be read again by ``next()``.
    mutating func peek() throws(SIEError) -> SIELine? {
        if ahead == nil { ahead = try next() }
        return ahead
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private func cut(_ range: Range<Int>, number: Int) throws(SIEError) -> SIELine? {
        var index = range.lowerBound
        while index < range.upperBound, Self.isBlank(bytes[index]) { index += 1 }
        guard index < range.upperBound else { return nil }
        let labelColumn = index - range.lowerBound + 1
        let labelStart = index
        while index < range.upperBound, !Self.isBlank(bytes[index]) { index += 1 }
        let raw = bytes[labelStart..<index]
        // Labels are upper case as the standard writes them; a lower-case one is read the same.
        let lower = raw.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        let label = lower ? CodePage437.decode(raw).uppercased() : CodePage437.decode(raw)
        guard label.hasPrefix("#") || label == "{" || label == "}" else {
            throw SIEError(Message("sie.not_a_label", [.code(label)]), line: number, column: labelColumn)
        }
        var fields: [SIEField] = []
        while true {
            while index < range.upperBound, Self.isBlank(bytes[index]) { index += 1 }
            guard index < range.upperBound else { break }
            let column = index - range.lowerBound + 1
            let value: SIEField.Value
            if bytes[index] == UInt8(ascii: "{") {
                value = .objects(
                    try objectList(&index, end: range.upperBound, line: number, lineStart: range.lowerBound))
            } else {
                value = .text(
                    try token(&index, end: range.upperBound, stops: [], line: number, lineStart: range.lowerBound))
            }
            fields.append(SIEField(value: value, column: column))
        }
        return SIELine(label: label, fields: fields, line: number, column: labelColumn)
    }

    /// A quoted or plain field starting at `index`; a plain one ends at a blank or a byte in `stops`.
    private func token(
        _ index: inout Int, end: Int, stops: Set<UInt8>, line: Int, lineStart: Int
    ) throws(SIEError) -> String {
        guard bytes[index] == UInt8(ascii: "\"") else {
            let start = index
            while index < end, !Self.isBlank(bytes[index]), !stops.contains(bytes[index]) { index += 1 }
            return CodePage437.decode(bytes[start..<index])
        }
        let open = index
        var text: [UInt8] = []
        index += 1
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "\"") {
                text.append(UInt8(ascii: "\""))
                index += 2
                continue
            }
            index += 1
            if byte == UInt8(ascii: "\"") { return CodePage437.decode(text) }
            text.append(byte)
        }
        throw SIEError(Message("sie.unterminated_quote"), line: line, column: open - lineStart + 1)
    }

    /// `{dimension object ...}`: pairs until the closing brace.
    private func objectList(_ index: inout Int, end: Int, line: Int, lineStart: Int) throws(SIEError) -> [SIEObjectRef]
    {
        let open = index
        index += 1
        var parts: [String] = []
        while true {
            while index < end, Self.isBlank(bytes[index]) { index += 1 }
            guard index < end else {
                throw SIEError(Message("sie.unterminated_objects"), line: line, column: open - lineStart + 1)
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                break
            }
            parts.append(try token(&index, end: end, stops: [UInt8(ascii: "}")], line: line, lineStart: lineStart))
        }
        guard parts.count % 2 == 0 else {
            throw SIEError(Message("sie.odd_objects"), line: line, column: open - lineStart + 1)
        }
        return stride(from: 0, to: parts.count, by: 2).map { SIEObjectRef(dimension: parts[$0], object: parts[$0 + 1]) }
    }
}
