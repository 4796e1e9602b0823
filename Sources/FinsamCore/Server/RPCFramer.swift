/// Cuts a byte stream into the messages of the Language Server Protocol's base protocol: a
/// header block (`Content-Length: N`, lines ended by CR LF, then an empty line) and N bytes
/// of body.
///
/// Bytes are fed as they arrive, in pieces of any size; the framer never keeps more than one
/// header (``headerLimit``) or one body (``contentLimit``) in memory, and never stops: a bad
/// header becomes a ``Frame/malformed(_:)`` and reading goes on with the next header. After a
/// header block without a usable length, the framer finds its way back to the stream by taking
/// the last `Content-Length:` of the next block, whatever stands before it.
public struct RPCFramer: Sendable {
    /// What the framer cut from the stream.
    public enum Frame: Sendable, Equatable {
        /// One message's body.
        case body([UInt8])
        /// Bytes that could not be read as a message, and why (an answer for the client).
        case malformed(FramingProblem)
    }

    public enum FramingProblem: Sendable, Equatable {
        /// A header block longer than the limit: its bytes were dropped up to the next empty line.
        case headerTooLong(limit: Int)
        /// A header block with no `Content-Length`, or one that is not a number.
        case missingLength
        /// A body longer than the limit: it was skipped unread.
        case bodyTooLong(length: Int, limit: Int)
        /// Bytes before a header that were not a header line; the message after them was read.
        case strayBytes(count: Int)
    }

    /// The longest header block accepted, in bytes.
    public let headerLimit: Int
    /// The longest body accepted, in bytes: a large plan fits, a runaway length does not.
    public let contentLimit: Int

    private var buffer: [UInt8] = []
    /// Where to look for the end of the header block next, so a header fed byte by byte is
    /// scanned once.
    private var searchFrom = 0
    private var state = State.header

    private enum State: Sendable {
        case header
        /// Dropping an over-long header up to its end.
        case discardingHeader
        case body(length: Int)
        /// Skipping this many bytes of an over-long body.
        case skippingBody(remaining: Int)
    }

    public init(headerLimit: Int = 8 * 1024, contentLimit: Int = 64 * 1024 * 1024) {
        self.headerLimit = max(headerLimit, 32)
        self.contentLimit = max(contentLimit, 0)
    }

    /// True while a message is partly read: the stream ended in the middle of one.
    public var hasPartialMessage: Bool {
        if case .header = state { return !buffer.isEmpty }
        return true
    }

    /// Adds `bytes` and returns every frame they complete, in order.
    public mutating func feed<Bytes: Collection>(_ bytes: Bytes) -> [Frame] where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        var frames: [Frame] = []
        while let frame = nextFrame() { frames.append(frame) }
        compact()
        return frames
    }

    /// The consumed prefix of the buffer: dropped only between feeds, never byte by byte.
    private var consumed = 0

    private mutating func compact() {
        guard consumed > 0 else { return }
        buffer.removeFirst(min(consumed, buffer.count))
        searchFrom = max(0, searchFrom - consumed)
        consumed = 0
    }

    private mutating func nextFrame() -> Frame? {
        switch state {
        case .header: return readHeader(discarding: false)
        case .discardingHeader: return readHeader(discarding: true)
        case .body(let length):
            guard buffer.count - consumed >= length else { return nil }
            let body = Array(buffer[consumed..<(consumed + length)])
            consumed += length
            state = .header
            return .body(body)
        case .skippingBody(let remaining):
            let available = min(remaining, buffer.count - consumed)
            consumed += available
            if available == remaining {
                state = .header
            } else {
                state = .skippingBody(remaining: remaining - available)
            }
            return available == remaining ? nextFrame() : nil
        }
    }

    /// Finds the end of the header block (CR LF CR LF) and reads it; past the limit, drops what
    /// it has and says so once, then drops on until the block ends.
    private mutating func readHeader(discarding: Bool) -> Frame? {
        let start = consumed
        // An over-long block is not scanned past its limit, however much has arrived.
        let end = discarding ? buffer.count : min(buffer.count, start + headerLimit + 4)
        var index = max(searchFrom, start)
        while index + 4 <= end {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 {
                consumed = index + 4
                searchFrom = consumed
                if discarding {
                    state = .header
                    return nextFrame()
                }
                return headerBlock(Array(buffer[start..<index]))
            }
            index += 1
        }
        searchFrom = max(start, end - 3)
        guard discarding || buffer.count - start >= headerLimit + 4 else { return nil }
        // Keep the last three bytes: the end of the block may straddle this feed and the next.
        consumed = max(start, end - 3)
        searchFrom = consumed
        state = .discardingHeader
        return discarding ? nil : .malformed(.headerTooLong(limit: headerLimit))
    }

    /// Reads a complete header block and sets up the body that follows it.
    private mutating func headerBlock(_ block: [UInt8]) -> Frame? {
        guard let found = HeaderBlock.contentLength(in: block) else {
            return .malformed(.missingLength)
        }
        if found.length > contentLimit {
            state = .skippingBody(remaining: found.length)
            return .malformed(.bodyTooLong(length: found.length, limit: contentLimit))
        }
        state = .body(length: found.length)
        if found.strayBytes > 0 {
            // Said now; the body is read on the next call.
            return .malformed(.strayBytes(count: found.strayBytes))
        }
        return nextFrame()
    }
}

/// Reading the fields of one header block.
enum HeaderBlock {
    /// The value of the block's last `Content-Length:` field (case-insensitive), and how many
    /// bytes before it were not well-formed header lines; nil without a usable length.
    static func contentLength(in block: [UInt8]) -> (length: Int, strayBytes: Int)? {
        let name = Array("content-length:".utf8)
        var found: Int? = nil
        var index = block.count - name.count
        while index >= 0 {
            if matches(name, in: block, at: index) {
                found = index
                break
            }
            index -= 1
        }
        guard let at = found else { return nil }
        var cursor = at + name.count
        while cursor < block.count, block[cursor] == 32 || block[cursor] == 9 { cursor += 1 }
        var length = 0
        var digits = 0
        while cursor < block.count, block[cursor] >= 48, block[cursor] <= 57 {
            // Eighteen digits cannot overflow; more is no length anyone sends.
            guard digits < 18 else { return nil }
            length = length * 10 + Int(block[cursor] - 48)
            digits += 1
            cursor += 1
        }
        while cursor < block.count, block[cursor] == 32 || block[cursor] == 9 { cursor += 1 }
        guard digits > 0, cursor == block.count || block[cursor] == 13 else { return nil }
        return (length, strayBytes(before: at, in: block))
    }

    private static func matches(_ name: [UInt8], in block: [UInt8], at index: Int) -> Bool {
        for (offset, expected) in name.enumerated() {
            var byte = block[index + offset]
            if byte >= 65 && byte <= 90 { byte += 32 }
            if byte != expected { return false }
        }
        return true
    }

    /// The bytes before the length field that are not `Name: value` lines ended by CR LF: a
    /// body that ran into the header, say. Well-formed lines (such as `Content-Type`) are fine.
    private static func strayBytes(before end: Int, in block: [UInt8]) -> Int {
        var stray = 0
        var lineStart = 0
        var index = 0
        while index < end {
            if block[index] == 13, index + 1 < block.count, block[index + 1] == 10 {
                if !isHeaderLine(block[lineStart..<index]) { stray += index + 2 - lineStart }
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        // Bytes on the length's own line, before its name.
        return stray + (end - lineStart)
    }

    private static func isHeaderLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return false }
        return line[line.startIndex..<colon].allSatisfy { byte in
            (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45
        }
    }
}
