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
    public func position(of offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let index = storage.index(of: bytes)
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

    /// The index, built once by whichever caller asks first.
    private final class LazyIndex: Sendable {
        /// (Not an optional: `LineIndex?` is one more type the runtime makes at start-up.)
        private let built = Mutex(LineIndex())

        func index(of bytes: [UInt8]) -> LineIndex {
            built.withLock { stored in
                if !stored.isBuilt { stored = LineIndex(bytes) }
                return stored
            }
        }
    }
}

/// Where each line starts, and how many scalars come before each block of bytes.
private struct LineIndex: Sendable {
    let lineStarts: [Int]
    /// The number of scalars (bytes that start a UTF-8 sequence) before each block of
    /// ``blockSize`` bytes, so a column costs at most one block of counting, however long the
    /// line: a plan written on one line with thousands of findings stays linear.
    let scalarsBeforeBlock: [Int]
    static let blockSize = 1024

    /// The index of nothing, standing for "not built yet".
    init() {
        lineStarts = []
        scalarsBeforeBlock = []
    }

    /// True once built (every text, even an empty one, has a first line).
    var isBuilt: Bool { !lineStarts.isEmpty }

    init(_ bytes: [UInt8]) {
        var starts = [0]
        var blocks: [Int] = []
        blocks.reserveCapacity(bytes.count / Self.blockSize + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { buffer in
            for blockStart in stride(from: 0, to: buffer.count, by: Self.blockSize) {
                blocks.append(scalars)
                let blockEnd = min(blockStart + Self.blockSize, buffer.count)
                scalars += Self.scan(buffer, blockStart..<blockEnd, lineStarts: &starts)
            }
        }
        blocks.append(scalars)
        self.lineStarts = starts
        self.scalarsBeforeBlock = blocks
    }

    /// Counts the scalars in `range` and appends the start of each line that begins after a
    /// newline in it: eight bytes at a time (a byte-by-byte loop was a twentieth of checking a
    /// typical plan), then byte by byte for the rest.
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lineStarts: inout [Int]) -> Int {
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
