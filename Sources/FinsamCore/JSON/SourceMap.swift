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
/// The reader records only offsets; lines and columns are worked out when a message needs them,
/// so a large file on one line costs nothing extra to read.
public struct SourceMap: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    /// The number of scalars (bytes that start a UTF-8 sequence) before each block of
    /// ``blockSize`` bytes, so a column costs at most one block of counting, however long the
    /// line: a plan written on one line with thousands of findings stays linear.
    private let scalarsBeforeBlock: [Int]
    private static let blockSize = 1024

    /// `bytes` is the input after any BOM, as the reader saw it.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var blocks: [Int] = []
        blocks.reserveCapacity(bytes.count / Self.blockSize + 1)
        var scalars = 0
        for (index, byte) in bytes.enumerated() {
            if index % Self.blockSize == 0 { blocks.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        }
        blocks.append(scalars)
        self.lineStarts = starts
        self.scalarsBeforeBlock = blocks
    }

    /// The number of scalars in `bytes[0..<offset]`.
    private func scalars(before offset: Int) -> Int {
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

    /// The line and column of a byte offset; offsets past the end map to the end.
    public func position(of offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let column = scalars(before: clamped) - scalars(before: lineStarts[low]) + 1
        return SourcePosition(line: low + 1, column: column)
    }
}
