/// A place in a text document as the Language Server Protocol counts it: line from 0, and
/// character as UTF-16 code units from the line's start (an emoji is two, `å` one).
public struct LSPPosition: Sendable, Equatable, Comparable {
    public let line: Int
    public let character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: LSPPosition, b: LSPPosition) -> Bool {
        (a.line, a.character) < (b.line, b.character)
    }

    var output: JSONOutput { .object([("line", .integer(line)), ("character", .integer(character))]) }
}

/// A span from `start` up to (not including) `end`.
public struct LSPRange: Sendable, Equatable {
    public let start: LSPPosition
    public let end: LSPPosition

    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    var output: JSONOutput { .object([("start", start.output), ("end", end.output)]) }

    func overlaps(_ other: LSPRange) -> Bool { !(end < other.start) && !(other.end < start) }
}

/// Where each line of UTF-8 text starts, with lines ended by LF, CR LF or CR as LSP has it,
/// to turn positions into byte offsets and back.
struct LineTable {
    let bytes: [UInt8]
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 13, index < bytes.count, bytes[index] == 10 { index += 1 }
            if byte == 10 || byte == 13 { starts.append(index) }
        }
        self.starts = starts
    }

    /// Where the text of line `line` ends, before its line break.
    func contentEnd(ofLine line: Int) -> Int {
        var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        while end > starts[line], bytes[end - 1] == 10 || bytes[end - 1] == 13 { end -= 1 }
        return end
    }

    /// The byte offset of a position. A line past the last is the end of the text; a character
    /// past the line's end is the line's end; one inside a surrogate pair is before its scalar.
    func offset(of position: LSPPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < starts.count else { return bytes.count }
        let end = contentEnd(ofLine: position.line)
        var index = starts[position.line]
        var units = 0
        while index < end {
            let width = Self.utf16Width(leadByte: bytes[index])
            guard units + width <= position.character else { break }
            units += width
            index += Self.byteWidth(leadByte: bytes[index])
        }
        return min(index, end)
    }

    /// The position of a byte offset (clamped to the text).
    func position(of offset: Int) -> LSPPosition {
        let target = min(max(offset, 0), bytes.count)
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        var units = 0
        var index = starts[low]
        while index < target {
            units += Self.utf16Width(leadByte: bytes[index])
            index += Self.byteWidth(leadByte: bytes[index])
        }
        return LSPPosition(line: low, character: units)
    }

    /// UTF-16 code units of the scalar a byte starts (0 for a continuation byte).
    static func utf16Width(leadByte byte: UInt8) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return byte >= 0xF0 ? 2 : 1
    }

    /// Bytes of the scalar a byte starts (1 for a stray continuation byte, so loops go on).
    static func byteWidth(leadByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}

/// Findings count lines by LF only and columns in Unicode scalars from 1, after any byte order
/// mark (as ``SourceMap`` does); this finds the byte offset they name in the editor's text.
/// Built once per text, so many findings cost one pass.
struct FindingPlaces {
    let bytes: [UInt8]
    /// The offset each LF-ended line starts at, the first after any byte order mark.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var starts = [bom]
        for index in bom..<max(bom, bytes.count) where bytes[index] == 10 { starts.append(index + 1) }
        self.starts = starts
    }

    func offset(line: Int, column: Int) -> Int {
        guard line >= 1 else { return starts[0] }
        guard line <= starts.count else { return bytes.count }
        var index = starts[line - 1]
        var scalars = 1
        while scalars < column, index < bytes.count, bytes[index] != 10 {
            index += LineTable.byteWidth(leadByte: bytes[index])
            scalars += 1
        }
        return min(index, bytes.count)
    }
}
