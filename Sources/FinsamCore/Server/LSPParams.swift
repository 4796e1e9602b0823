/// Reading the parameters of LSP messages: each accessor is nil where the client sent something
/// else, so a malformed message is answered, never trusted.
extension JSONValue {
    /// The member at a path of keys, e.g. `["textDocument", "uri"]`.
    func at(_ path: String...) -> JSONValue? {
        var value: JSONValue? = self
        for key in path { value = value?.member(key) }
        return value
    }

    /// A whole number from 0 to 2^31 − 1 (LSP's uinteger, and versions), else nil.
    var lspInteger: Int? {
        guard let text = numberText, let number = Int(text), number >= 0, number <= Int(Int32.max) else { return nil }
        return number
    }

    var lspPosition: LSPPosition? {
        guard let line = member("line")?.lspInteger, let character = member("character")?.lspInteger else { return nil }
        return LSPPosition(line: line, character: character)
    }

    var lspRange: LSPRange? {
        guard let start = member("start")?.lspPosition, let end = member("end")?.lspPosition, !(end < start) else {
            return nil
        }
        return LSPRange(start: start, end: end)
    }
}

/// A `file:` URI as the path it names, for findings' file names; any other URI as it is.
enum DocumentURI {
    static func path(_ uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        let bytes = Array(uri.utf8.dropFirst(7))
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = JSONText.hexDigit(bytes[index + 1]), let low = JSONText.hexDigit(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
