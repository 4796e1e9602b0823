/// Reads a ZIP archive the way an XLSX package needs (APPNOTE.TXT 6.3): the end record, the
/// central directory, and stored (0) or deflated (8) entries, each checked against its CRC-32.
///
/// Refused with a message, never trusted: ZIP64, encryption, archives split over disks, other
/// compression methods, an entry or directory that lies past the end, sizes that do not match,
/// and more inflated bytes in total than ``Inflater/Limits/maxOutput`` (a bomb of many entries).
public struct ZipArchive {
    public struct Entry: Sendable {
        public let name: String
        let method: Int
        let crc: UInt32
        let compressedSize: Int
        let size: Int
        let localHeader: Int
    }

    let bytes: [UInt8]
    public let entries: [Entry]
    let limits: Inflater.Limits
    /// Bytes inflated so far, over all entries read.
    private(set) var inflatedTotal = 0

    public init(_ bytes: [UInt8], limits: Inflater.Limits = Inflater.Limits()) throws(WorkbookError) {
        self.bytes = bytes
        self.limits = limits
        let end = try Self.endRecord(bytes)
        guard bytes.u16(end + 4) == 0, bytes.u16(end + 6) == 0, bytes.u16(end + 8) == bytes.u16(end + 10) else {
            throw WorkbookError(Message("xlsx.zip_split"))
        }
        let count = bytes.u16(end + 10)
        let size = bytes.u32(end + 12)
        let offset = bytes.u32(end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw WorkbookError(Message("xlsx.zip64"))
        }
        guard offset <= end, size <= end - offset else { throw WorkbookError(Message("xlsx.zip_directory_past_end")) }
        entries = try Self.directory(bytes, from: offset, to: offset + size, count: count)
    }

    /// The end-of-central-directory record's offset: searched from the end, past a comment of
    /// up to 65 535 bytes. A ZIP64 locator before it means a ZIP64 archive, refused.
    static func endRecord(_ bytes: [UInt8]) throws(WorkbookError) -> Int {
        guard bytes.count >= 22 else { throw WorkbookError(Message("xlsx.not_zip")) }
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while at >= lowest {
            if bytes.u32(at) == 0x0605_4B50, at + 22 + bytes.u16(at + 20) == bytes.count {
                if at >= 20, bytes.u32(at - 20) == 0x0706_4B50 { throw WorkbookError(Message("xlsx.zip64")) }
                return at
            }
            at -= 1
        }
        throw WorkbookError(Message("xlsx.not_zip"))
    }

    /// The central directory's records.
    static func directory(_ bytes: [UInt8], from start: Int, to end: Int, count: Int) throws(WorkbookError) -> [Entry] {
        var entries: [Entry] = []
        var at = start
        for _ in 0..<count {
            guard end - at >= 46, bytes.u32(at) == 0x0201_4B50 else {
                throw WorkbookError(Message("xlsx.zip_directory_past_end"))
            }
            let flags = bytes.u16(at + 8)
            let method = bytes.u16(at + 10)
            let nameLength = bytes.u16(at + 28)
            let extraLength = bytes.u16(at + 30)
            let commentLength = bytes.u16(at + 32)
            let recordEnd = at + 46 + nameLength + extraLength + commentLength
            guard recordEnd <= end else { throw WorkbookError(Message("xlsx.zip_directory_past_end")) }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            // Bit 0: encrypted; bit 6: strong encryption.
            if flags & 0x41 != 0 { throw WorkbookError(part: name, Message("xlsx.zip_encrypted")) }
            let compressedSize = bytes.u32(at + 20)
            let size = bytes.u32(at + 24)
            let localHeader = bytes.u32(at + 42)
            if compressedSize == 0xFFFF_FFFF || size == 0xFFFF_FFFF || localHeader == 0xFFFF_FFFF
                || hasZip64Field(bytes[(at + 46 + nameLength)..<(at + 46 + nameLength + extraLength)])
            {
                throw WorkbookError(part: name, Message("xlsx.zip64"))
            }
            entries.append(
                Entry(
                    name: name, method: method, crc: UInt32(bytes.u32(at + 16)),
                    compressedSize: compressedSize, size: size, localHeader: localHeader))
            at = recordEnd
        }
        return entries
    }

    /// True when an extra field holds a ZIP64 record (header id 1).
    static func hasZip64Field(_ extra: ArraySlice<UInt8>) -> Bool {
        var at = extra.startIndex
        while extra.endIndex - at >= 4 {
            if extra[at] == 1 && extra[at + 1] == 0 { return true }
            at += 4 + (Int(extra[at + 2]) | Int(extra[at + 3]) << 8)
        }
        return false
    }

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The entry's bytes, inflated and checked against its size and CRC-32.
    public mutating func read(_ entry: Entry) throws(WorkbookError) -> [UInt8] {
        guard entry.size <= limits.maxOutput - inflatedTotal else {
            throw WorkbookError(part: entry.name, Message("xlsx.too_large", [.integer(limits.maxOutput >> 20)]))
        }
        let header = entry.localHeader
        guard header <= bytes.count - 30, bytes.u32(header) == 0x0403_4B50 else {
            throw WorkbookError(part: entry.name, Message("xlsx.zip_past_end", [.code(entry.name)]))
        }
        let start = header + 30 + bytes.u16(header + 26) + bytes.u16(header + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw WorkbookError(part: entry.name, Message("xlsx.zip_past_end", [.code(entry.name)]))
        }
        let data = Array(bytes[start..<(start + entry.compressedSize)])
        var out: [UInt8]
        switch entry.method {
        case 0: out = data
        case 8:
            var left = limits
            left.maxOutput = limits.maxOutput - inflatedTotal
            do { out = try Inflater.inflate(data, limits: left, expectedSize: entry.size) } catch {
                throw error.inPart(entry.name)
            }
        default: throw WorkbookError(part: entry.name, Message("xlsx.zip_method", [.integer(entry.method)]))
        }
        guard out.count == entry.size else {
            throw WorkbookError(
                part: entry.name, Message("xlsx.zip_size", [.integer(out.count), .integer(entry.size)]))
        }
        guard CRC32.checksum(out) == entry.crc else { throw WorkbookError(part: entry.name, Message("xlsx.zip_crc")) }
        inflatedTotal += out.count
        return out
    }
}

extension [UInt8] {
    /// The little-endian 16-bit value at `at` (0 past the end, which callers check first).
    func u16(_ at: Int) -> Int {
        guard at >= 0, at + 2 <= count else { return 0 }
        return Int(self[at]) | Int(self[at + 1]) << 8
    }

    /// The little-endian 32-bit value at `at`.
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
}
