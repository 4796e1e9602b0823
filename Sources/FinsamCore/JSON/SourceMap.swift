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
        private let built = Mutex<LineIndex?>(nil)

        func index(of bytes: [UInt8]) -> LineIndex {
            built.withLock { stored in
                if let stored { return stored }
                let index = LineIndex(bytes)
                stored = index
                return index
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

    init(_ bytes: [UInt8]) {
        var starts = [0]
        var blocks: [Int] = []
        blocks.reserveCapacity(bytes.count / Self.blockSize + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { buffer in
            for blockStart in stride(from: 0, to: buffer.count, by: Self.blockSize) {
                blocks.append(scalars)
                for index in blockStart..<min(blockStart + Self.blockSize, buffer.count) {
                    let byte = buffer[index]
                    if byte & 0xC0 != 0x80 { scalars += 1 }
                    if byte == UInt8(ascii: "\n") { starts.append(index + 1) }
                }
            }
        }
        blocks.append(scalars)
        self.lineStarts = starts
        self.scalarsBeforeBlock = blocks
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
