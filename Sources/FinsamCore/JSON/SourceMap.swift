import Synchronization

/// A line and column in a file, both counted from 1.
///
/// Columns count Unicode scalars, not bytes, so `å` is one column as an editor shows it.
public struct SourcePosition: Hashable, Sendable, Comparable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// Turns byte offsets into lines and columns.
///
/// The reader records only offsets; lines and columns are worked out when a message needs them.
/// The line index is built on the first position asked for, so a plan with no findings (a
/// 50 MB plan in CI, say) never pays for it, and a large file on one line costs nothing extra.
public struct SourceMap: Sendable {
    private let bytes: [UInt8]
    private let storage: LazyIndex

    /// `bytes` is the input after any BOM, as the reader saw it.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.storage = LazyIndex()
    }

    /// The line and column of a byte offset; offsets past the end map to the end.
    ///
    /// Offsets asked for in file order (a rule's findings usually are) are found by scanning
    /// forward from the last one (``LineCursor``): one pass over the file for all of them, and
    /// no line index. An offset before the last one is looked up in the index instead.
    public func position(of offset: Int) -> SourcePosition { position(of: offset, walkingOn: storage.cursor) }

    /// The same, walking on with `cursor` (a run of look-ups' own, ``LocationCursors``).
    func position(of offset: Int, walkingOn cursor: borrowing Mutex<LineCursor>) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let walked: SourcePosition? = cursor.withLock { cursor in
            guard clamped >= cursor.offset else { return nil }
            cursor.advance(to: clamped, in: bytes)
            return SourcePosition(line: cursor.line, column: cursor.column)
        }
        return walked ?? indexedPosition(of: clamped)
    }

    /// The plain way: the line by binary search in the line index, the column by counting scalars.
    func indexedPosition(of offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let index = storage.index(of: bytes, through: clamped)
        let lineStarts = index.lineStarts
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let column = index.scalars(before: clamped, in: bytes) - index.scalars(before: lineStarts[low], in: bytes) + 1
        return SourcePosition(line: low + 1, column: column)
    }

    /// The index, shared by the threads that ask, and extended as far as they ask.
    private final class LazyIndex: Sendable {
        private let built = Mutex(LineIndex())
        /// The cursor of look-ups that bring none of their own.
        let cursor = Mutex(LineCursor())

        /// The index, extended first if it does not reach past `offset` yet.
        func index(of bytes: [UInt8], through offset: Int) -> LineIndex {
            built.withLock { stored in
                if !stored.covers(offset, of: bytes.count) { stored.extend(bytes, through: offset) }
                return stored
            }
        }
    }
}

/// Where lines start, and how many Unicode scalars come before each block of 1 024 bytes, so a
/// column is a count of scalars from the line's start (as editors count columns).
///
/// Built only as far as the offsets asked for: a plan whose one finding is near its top does not
/// index all of a 50 MB file (the index of a whole large plan took as much memory as a quarter of
/// the file). Each extension at least doubles what is indexed, so findings all over a file still
/// cost one pass in all.
private struct LineIndex: Sendable {
    private(set) var lineStarts: [Int] = [0]
    /// Scalars before each indexed block, and last the scalars before `covered`.
    private(set) var scalarsBeforeBlock: [Int] = [0]
    /// The bytes indexed: whole blocks from the start, or the whole text.
    private(set) var covered = 0
    static let blockSize = 1024

    /// True when an offset's line and column can be read without indexing more.
    func covers(_ offset: Int, of count: Int) -> Bool { offset < covered || covered == count }

    /// Indexes whole blocks past `offset` (at least doubling what is indexed), or to the end.
    mutating func extend(_ bytes: [UInt8], through offset: Int) {
        let wanted = (offset / Self.blockSize + 1) * Self.blockSize
        let end = min(bytes.count, max(wanted, covered * 2))
        var scalars = scalarsBeforeBlock[scalarsBeforeBlock.count - 1]
        var starts = lineStarts
        var blocks = scalarsBeforeBlock
        bytes.withUnsafeBufferPointer { buffer in
            for blockStart in stride(from: covered, to: end, by: Self.blockSize) {
                scalars += Self.scan(buffer, blockStart..<min(blockStart + Self.blockSize, end), lineStarts: &starts)
                blocks.append(scalars)
            }
        }
        (lineStarts, scalarsBeforeBlock, covered) = (starts, blocks, end)
    }

    /// Counts the scalars in `range` and appends the start of each line that begins after a
    /// newline in it: eight bytes at a time (a byte-by-byte loop was a twentieth of checking a
    /// typical plan), then byte by byte for the rest.
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lineStarts: inout [Int]) -> Int
    {
        var scalars = 0
        var index = range.lowerBound
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            let newlines = SWAR.repeated(UInt8(ascii: "\n"))
            while index + 8 <= range.upperBound {
                let word = SWAR.load(raw, at: index)
                scalars += 8 - SWAR.markCount(SWAR.continuationBytes(word))
                var marks = SWAR.exactZeroBytes(word ^ newlines)
                while marks != 0 {
                    lineStarts.append(index + marks.trailingZeroBitCount / 8 + 1)
                    marks &= marks &- 1
                }
                index += 8
            }
        }
        while index < range.upperBound {
            let byte = buffer[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
            index += 1
        }
        return scalars
    }

    /// The number of scalars in `bytes[0..<offset]`.
    func scalars(before offset: Int, in bytes: [UInt8]) -> Int {
        let block = offset / Self.blockSize
        var count = scalarsBeforeBlock[block]
        var index = block * Self.blockSize
        while index < offset {
            // Count only the first byte of each UTF-8 sequence.
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}

/// The line and column of the last offset asked for, moved forward by scanning the bytes in
/// between eight at a time: positions asked for in file order cost one pass over the file.
struct LineCursor: Sendable {
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1

    /// Moves to `target` (at or after `offset`, at most the byte count): the newlines counted
    /// eight bytes at a time, then the scalars of the last line only (counting every scalar on
    /// the way cost as much again, and a finding's column needs only its own line's).
    mutating func advance(to target: Int, in bytes: [UInt8]) {
        guard target > offset else { return }
        var lastNewline = -1
        var newlines = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = offset
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                let newline = SWAR.repeated(UInt8(ascii: "\n"))
                while index + 8 <= target {
                    let marks = SWAR.exactZeroBytes(SWAR.load(raw, at: index) ^ newline)
                    if marks != 0 {
                        newlines += SWAR.markCount(marks)
                        lastNewline = index + (63 - marks.leadingZeroBitCount) / 8
                    }
                    index += 8
                }
            }
            while index < target {
                if buffer[index] == UInt8(ascii: "\n") {
                    newlines += 1
                    lastNewline = index
                }
                index += 1
            }
        }
        if newlines == 0 {
            column += Self.scalars(in: bytes, from: offset, to: target)
        } else {
            line += newlines
            column = Self.scalars(in: bytes, from: lastNewline + 1, to: target) + 1
        }
        offset = target
    }

    /// The scalars (first bytes of UTF-8 sequences) in `bytes[start..<end]`, eight bytes at a
    /// time (a long line of a minified plan is counted across many findings).
    static func scalars(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = start
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= end {
                    count += 8 - SWAR.markCount(SWAR.continuationBytes(SWAR.load(raw, at: index)))
                    index += 8
                }
            }
            while index < end {
                if buffer[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }
}
