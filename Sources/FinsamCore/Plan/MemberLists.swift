/// The last few distinct lists of member ids seen, so that an initiative naming the same members
/// as one before it shares that one's array. Few enough to compare in turn: a plan's
/// initiatives mostly name a handful of combinations of its members.
///
/// Each list kept also keeps the bytes its array was written with, `[` to `]`: an array written
/// with the same bytes is the same list, found by ``earlier(writtenAt:in:)`` before any of its
/// strings is made (26 000 initiatives of a plan spent a sixth of their decoding making the
/// member ids of lists they then dropped for an equal one). An array written otherwise (other
/// spacing, escapes) is read and then compared as strings by ``shared(_:writtenAs:)``, as before.
struct MemberLists {
    private var recent: [[String]] = []
    /// The bytes each of ``recent`` was written with; empty when not known.
    private var written: [[UInt8]] = []
    private var next = 0
    static let kept = 8

    /// Lists counted before sharing starts: a small plan's few initiatives gain nothing, and
    /// its start-up would make one more generic type (an array of arrays).
    static let unsharedFirst = 32
    private var seen = 0

    /// The list kept whose array was written with the bytes that start at `offset` of `bytes`,
    /// once sharing has started. A JSON array ends at its own `]`, so bytes that start with an
    /// earlier array's bytes hold that same array.
    func earlier(writtenAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard seen >= Self.unsharedFirst, offset >= 0, offset <= bytes.count else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
        for (position, raw) in written.enumerated() where !raw.isEmpty && raw.count <= rest.count {
            let same = raw.withUnsafeBufferPointer { SWAR.equal($0, UnsafeBufferPointer(rebasing: rest[..<raw.count])) }
            if same { return recent[position] }
        }
        return nil
    }

    /// `ids`, or an equal list seen before. `raw`: the bytes its array was written with, kept
    /// for ``earlier(writtenAt:in:)`` when the list is kept.
    mutating func shared(_ ids: [String], writtenAs raw: UnsafeBufferPointer<UInt8>? = nil) -> [String] {
        guard seen >= Self.unsharedFirst else {
            seen += 1
            return ids
        }
        for list in recent where list == ids { return list }
        let bytes = raw.map { Array($0) } ?? []
        if recent.count < Self.kept {
            recent.append(ids)
            written.append(bytes)
        } else {
            recent[next] = ids
            written[next] = bytes
            next = (next + 1) % Self.kept
        }
        return ids
    }
}
