/// Eight bytes at a time in one `UInt64` ("SIMD within a register"), for the reader's scans.
///
/// Byte `k` of the eight read at an offset is bits `8k..<8k+8` of the word (``load(_:at:)`` reads
/// little-endian whatever the machine), so `trailingZeroBitCount / 8` of a mask is the offset
/// of the first byte it marks. `zeroBytes` and `bytesBelow` are exact for the first byte they
/// mark and may mark bytes after it too, so their callers use only "any byte" and "first byte";
/// the `exact…` and `continuation…` masks mark every such byte and no other.
///
/// | mask                     | marks a byte b when      |
/// |--------------------------|--------------------------|
/// | `zeroBytes(x)`           | b == 0                   |
/// | `bytesBelow(x, n)`       | b < n (n ≤ 128)          |
/// | `x & highBits`           | b ≥ 0x80                 |
/// | `exactZeroBytes(x)`      | b == 0, every such byte  |
/// | `continuationBytes(x)`   | b is 0b10xx_xxxx         |
enum SWAR {
    static let lowBits: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// `byte` in each of the eight lanes.
    static func repeated(_ byte: UInt8) -> UInt64 { lowBits &* UInt64(byte) }

    /// True when the two byte runs are the same, compared eight bytes at a time (the standard
    /// library's `elementsEqual` walks them as generic sequences, a byte at a time).
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let first = a.baseAddress, let second = b.baseAddress else { return true }
        var offset = 0
        while offset + 8 <= a.count {
            if load(first, at: offset) != load(second, at: offset) { return false }
            offset += 8
        }
        while offset < a.count {
            if first[offset] != second[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The eight bytes at `offset`, the first in the lowest lane; the caller keeps
    /// `offset + 8 <= count`.
    static func load(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The high bit of each zero byte (exact up to the first).
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- lowBits) & ~x & highBits
    }

    /// The high bit of every zero byte, with no false marks after the first: adding 0x7F to the
    /// low seven bits sets a byte's high bit unless they are all zero, and never carries out.
    static func exactZeroBytes(_ x: UInt64) -> UInt64 {
        let low7 = ~highBits
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// The high bit of every UTF-8 continuation byte (high bits 10): shifted left by one, each
    /// byte's bit 6 lands on its own bit 7 (bits carried in from the byte below land on bit 0).
    static func continuationBytes(_ x: UInt64) -> UInt64 {
        x & ~(x << 1) & highBits
    }

    /// How many bytes a mask of high bits marks: the marks moved to each lane's low bit and
    /// summed into the top lane by one multiplication (`nonzeroBitCount` is a loop of shifts
    /// on x86-64 without POPCNT, the baseline Swift builds for).
    static func markCount(_ mask: UInt64) -> Int {
        Int(((mask >> 7) &* lowBits) >> 56)
    }

    /// The high bit of each byte below `limit` (exact up to the first; `limit` ≤ 128).
    static func bytesBelow(_ x: UInt64, _ limit: UInt8) -> UInt64 {
        (x &- repeated(limit)) & ~x & highBits
    }
}
