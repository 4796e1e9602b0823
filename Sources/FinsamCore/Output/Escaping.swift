/// How a format escapes text: the bytes that may need it, and the format's plain escape.
///
/// Text without any of those bytes (nearly every finding's) is written as it is, checked and
/// copied from its bytes; text with one goes through the plain escape, so the output is the
/// same either way. A byte set may hold more than the escape changes (XML's 0xEF, the lead byte
/// of U+FFFE and U+FFFF): that only sends more text the plain way.
struct Escaping: Sendable {
    /// Tells escapings apart in caches (``MessageRenderer``).
    let id: Int
    /// Bytes 0–63 and 64–127 that may need escaping, as bits.
    private let low: UInt64
    private let high: UInt64
    /// True when 0xEF may need escaping (no other byte of 128 and above does, in any format).
    private let escapesEF: Bool
    /// For the check eight bytes at a time: whether any control byte is in the set, and each
    /// other byte of the set in every lane of a word.
    private let escapesControls: Bool
    private let repeatedBytes: [UInt64]
    /// The plain escape, for text that holds such a byte.
    let plain: @Sendable (String) -> String

    init(id: Int, escapes bytes: [UInt8], plain: @escaping @Sendable (String) -> String) {
        var (low, high, escapesEF) = (UInt64(0), UInt64(0), false)
        for byte in bytes {
            switch byte {
            case 0..<64: low |= 1 << UInt64(byte)
            case 64..<128: high |= 1 << UInt64(byte - 64)
            default: escapesEF = escapesEF || byte == 0xEF
            }
        }
        self.id = id
        (self.low, self.high, self.escapesEF) = (low, high, escapesEF)
        escapesControls = bytes.contains { $0 < 0x20 }
        // Sorted, each once (without a set: its type and `UInt8: Hashable` would be more for
        // the runtime to make at every start-up).
        var distinct: [UInt8] = []
        for byte in bytes.filter({ $0 >= 0x20 }).sorted() where distinct.last != byte { distinct.append(byte) }
        repeatedBytes = distinct.map(SWAR.repeated)
        self.plain = plain
    }

    /// True when no byte of `bytes` may need escaping.
    func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if low == 0 && high == 0 && !escapesEF { return true }
        guard let base = bytes.baseAddress else { return true }
        // Eight bytes at a time while none may be in the set; a word that may hold one is
        // checked byte by byte, as is the tail.
        var offset = 0
        let wordsPlain = repeatedBytes.withUnsafeBufferPointer { repeated in
            while offset + 8 <= bytes.count {
                if mayHold(SWAR.load(UnsafeRawPointer(base), at: offset), repeated) {
                    guard isPlainBytes(UnsafeBufferPointer(rebasing: bytes[offset..<offset + 8])) else { return false }
                }
                offset += 8
            }
            return true
        }
        return wordsPlain && isPlainBytes(UnsafeBufferPointer(rebasing: bytes[offset...]))
    }

    /// True when the word may hold a byte of the set (never false when it does: each mask
    /// marks at least the first such byte).
    private func mayHold(_ word: UInt64, _ repeatedBytes: UnsafeBufferPointer<UInt64>) -> Bool {
        if escapesControls && SWAR.bytesBelow(word, 0x20) != 0 { return true }
        for repeated in repeatedBytes where SWAR.zeroBytes(word ^ repeated) != 0 { return true }
        return false
    }

    /// The plain check, byte by byte.
    func isPlainBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            let bit = UInt64(byte & 63)
            switch byte {
            case 0..<64: if low >> bit & 1 != 0 { return false }
            case 64..<128: if high >> bit & 1 != 0 { return false }
            default: if escapesEF && byte == 0xEF { return false }
            }
        }
        return true
    }

    /// True when no byte of `text` may need escaping.
    func isPlain(_ text: String) -> Bool {
        if let plain = text.utf8.withContiguousStorageIfAvailable({ isPlain($0) }) { return plain }
        var text = text
        return text.withUTF8 { isPlain($0) }
    }

    /// Nothing escaped (text output).
    static let none = Escaping(id: 0, escapes: []) { $0 }
    /// Inside a JSON string literal: quotes, backslashes and controls (the quotes not included).
    static let json = Escaping(id: 1, escapes: [UInt8](0..<0x20) + [UInt8(ascii: "\""), UInt8(ascii: "\\")]) {
        String(JSONOutput.quoted($0).dropFirst().dropLast())
    }
    /// An XML attribute value (``XMLText/escaped(_:inAttribute:)``).
    static let xmlAttribute = Escaping(id: 2, escapes: xmlBytes) { XMLText.escaped($0, inAttribute: true) }
    /// XML element content: line breaks and tabs kept.
    static let xmlContent = Escaping(id: 3, escapes: xmlBytes.filter { ![0x0A, 0x0D, 0x09].contains($0) }) {
        XMLText.escaped($0, inAttribute: false)
    }
    /// A GitHub workflow command's message (``GitHubReporter/escapeData(_:)``).
    static let githubData = Escaping(id: 4, escapes: Array("%\r\n".utf8)) { GitHubReporter.escapeData($0) }
    /// A GitHub workflow command's property (``GitHubReporter/escapeProperty(_:)``).
    static let githubProperty = Escaping(id: 5, escapes: Array("%\r\n:,".utf8)) { GitHubReporter.escapeProperty($0) }
    /// A Markdown table cell (``MarkdownReporter/cell(_:)``).
    static let markdownCell = Escaping(id: 6, escapes: Array("|\n\r<>&".utf8)) { MarkdownReporter.cell($0) }

    /// ASCII controls, markup characters, and 0xEF.
    private static let xmlBytes = [UInt8](0..<0x20) + Array("&<>\"'".utf8) + [0xEF]
}
