/// The plan's member ids as UTF-8, end to end, for comparing each year's contribution keys
/// with them where they end (``JSONKey/isKey(_:closingAt:in:)``): a federation of 15 000
/// members writes 15 000 keys a year, and reaching each id's bytes through its `String` cost
/// more than the comparison.
struct MemberIDBytes: Sendable {
    private var bytes: [UInt8] = []
    /// Where each id's bytes end in ``bytes``.
    private var ends: [Int] = []
    /// True when no id has a quote or a backslash: each is then compared eight bytes at a time
    /// (``JSONKey/isPlainKey(_:closingAt:in:)``).
    private var arePlain = true

    init(_ ids: [String] = []) {
        ends.reserveCapacity(ids.count)
        for var id in ids {
            id.withUTF8 { bytes.append(contentsOf: $0) }
            ends.append(bytes.count)
        }
        arePlain = !bytes.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    var count: Int { ends.count }

    /// True when the key whose closing quote is at `closing` in `document` is id `position`.
    func isKey(_ position: Int, closingAt closing: Int, in document: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position >= 0, position < ends.count else { return false }
        let start = position == 0 ? 0 : ends[position - 1]
        return bytes.withUnsafeBufferPointer {
            let id = UnsafeBufferPointer(rebasing: $0[start..<ends[position]])
            return arePlain
                ? JSONKey.isPlainKey(id, closingAt: closing, in: document)
                : JSONKey.isKey(id, closingAt: closing, in: document)
        }
    }
}
