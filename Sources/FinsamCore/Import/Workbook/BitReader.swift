/// Reads a DEFLATE stream's bits, least significant bit of each byte first (RFC 1951 §3.1.1).
/// Reading past the end is an error, never a trap.
struct BitReader {
    let bytes: [UInt8]
    /// The next byte not yet moved into `buffer`.
    private(set) var position: Int
    private var buffer: UInt32 = 0
    private var count: UInt32 = 0

    init(_ bytes: [UInt8], start: Int = 0) {
        self.bytes = bytes
        self.position = start
    }

    /// The next `width` bits (0–16) as a number, the first bit read the lowest.
    mutating func bits(_ width: UInt32) throws(WorkbookError) -> UInt32 {
        while count < width {
            guard position < bytes.count else { throw WorkbookError(Message("xlsx.deflate_truncated")) }
            buffer |= UInt32(bytes[position]) << count
            position += 1
            count += 8
        }
        let value = buffer & ((1 << width) - 1)
        buffer >>= width
        count -= width
        return value
    }

    /// Drops the bits left in the current byte (before a stored block's lengths).
    mutating func alignToByte() {
        buffer = 0
        count = 0
    }

    /// `length` whole bytes, after ``alignToByte()``.
    mutating func bytes(_ length: Int) throws(WorkbookError) -> ArraySlice<UInt8> {
        guard length <= bytes.count - position else { throw WorkbookError(Message("xlsx.deflate_truncated")) }
        defer { position += length }
        return bytes[position..<(position + length)]
    }
}
