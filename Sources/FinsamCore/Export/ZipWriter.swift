/// A ZIP archive of stored (uncompressed) entries, as an XLSX package needs no more
/// (APPNOTE.TXT 6.3: local headers, central directory, end of central directory). Every entry
/// has the same fixed date (1980-01-01 00:00, the earliest ZIP can say), so the same workbook
/// gives the same bytes. No ZIP64: an archive or entry of 4 GiB or more is refused (nil).
public struct ZipWriter: Sendable {
    private var entries: [(name: [UInt8], data: [UInt8])] = []

    public init() {}

    public mutating func add(_ name: String, _ data: [UInt8]) {
        entries.append((Array(name.utf8), data))
    }

    public mutating func add(_ name: String, text: String) { add(name, Array(text.utf8)) }

    /// The archive, or nil when it is too large for a ZIP without ZIP64.
    public func bytes() -> [UInt8]? {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            guard let offset = UInt32(exactly: out.count), let size = UInt32(exactly: entry.data.count),
                let nameLength = UInt16(exactly: entry.name.count)
            else { return nil }
            let crc = CRC32.checksum(entry.data)
            // Local file header.
            out.le32(0x0403_4B50)
            out.le16(20)
            out.le16(Self.utf8Names)
            out.le16(0)
            out.le16(Self.time)
            out.le16(Self.date)
            out.le32(crc)
            out.le32(size)
            out.le32(size)
            out.le16(nameLength)
            out.le16(0)
            out += entry.name
            out += entry.data
            // Its central directory record.
            central.le32(0x0201_4B50)
            central.le16(20)
            central.le16(20)
            central.le16(Self.utf8Names)
            central.le16(0)
            central.le16(Self.time)
            central.le16(Self.date)
            central.le32(crc)
            central.le32(size)
            central.le32(size)
            central.le16(nameLength)
            central.le16(0)
            central.le16(0)
            central.le16(0)
            central.le16(0)
            central.le32(0)
            central.le32(offset)
            central += entry.name
        }
        guard let count = UInt16(exactly: entries.count), let centralOffset = UInt32(exactly: out.count),
            let centralSize = UInt32(exactly: central.count), UInt32(exactly: out.count + central.count + 22) != nil
        else { return nil }
        out += central
        out.le32(0x0605_4B50)
        out.le16(0)
        out.le16(0)
        out.le16(count)
        out.le16(count)
        out.le32(centralSize)
        out.le32(centralOffset)
        out.le16(0)
        return out
    }

    /// General purpose flag bit 11: names are UTF-8.
    static let utf8Names: UInt16 = 0x0800
    /// MS-DOS time 00:00:00 and date 1980-01-01 ((1980 − 1980) << 9 | 1 << 5 | 1).
    static let time: UInt16 = 0
    static let date: UInt16 = 0x0021
}

extension [UInt8] {
    /// Appends a 16-bit little-endian value.
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    /// Appends a 32-bit little-endian value.
    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
