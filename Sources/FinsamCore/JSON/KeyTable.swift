/// The keys of a large object, for finding duplicates: an open-addressing table of their
/// offsets, placed by a hash of each key's bytes (eight at a time) and compared byte by byte.
/// A set of the keys as strings (``KeySet``'s plain way, still used once a key has escapes)
/// made and hashed a string for every key: a federation of 150 000 municipalities writes each
/// year's contributions as one object of 150 000 keys.
///
/// The hash has no secret seed, so keys could be chosen to collide; a key that probes more than
/// ``longestProbe`` slots sends the object back to the set of strings, whose hashing is seeded,
/// so no input makes the check quadratic.
struct KeyTable {
    /// Each slot: the key's offset plus one in the low 32 bits (0: empty) and its hash in
    /// the high 32, so a probe reads one word and growing needs no second pass over the keys.
    private var slots: [UInt64]
    private var count = 0
    static let longestProbe = 64

    /// A table holding the keys of the members of `object` read so far; nil when one of them
    /// has escapes. Its slots, as it grows, come from `pool`.
    init?(earlierKeysOf object: Int, parser: JSONParser, pool: KeySlotPool?) {
        slots = pool?.take(count: 64) ?? [UInt64](repeating: 0, count: 64)
        var value = object + 1
        while value < parser.nodes.count {
            let found = JSONKey.locate(in: parser.bytes, valueAt: Int(parser.nodes[value].start))
            let key = ParsedKey(offset: found.opening, escaped: found.escaped)
            guard insert(key, end: found.closing, parser: parser, pool: pool) != nil else { return nil }
            value = parser.nodes[value].next
        }
    }

    /// Adds `key`, whose closing quote is at `end`: true when new, false when the object
    /// already has it, nil when this table cannot tell (a key with escapes, an offset a slot
    /// cannot hold, or a run of colliding keys).
    mutating func insert(_ key: ParsedKey, end: Int, parser: JSONParser, pool: KeySlotPool?) -> Bool? {
        let start = key.offset + 1
        guard !key.escaped, key.offset < Int(Int32.max), start <= end, end <= parser.bytes.count
        else { return nil }
        let hash = UInt64(Self.hash(parser.bytes, from: start, to: end))
        if (count + 1) * 2 > slots.count { grow(pool: pool) }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        var probes = 0
        while slots[slot] != 0 {
            let entry = slots[slot]
            let other = ParsedKey(offset: Int(entry & 0xFFFF_FFFF) - 1, escaped: false)
            if entry >> 32 == hash && parser.sameKey(key, other) { return false }
            probes += 1
            guard probes <= Self.longestProbe else { return nil }
            slot = (slot + 1) & mask
        }
        slots[slot] = hash << 32 | UInt64(key.offset + 1)
        count += 1
        return true
    }

    /// A hash of `bytes[start..<end]`, eight bytes at a time (a byte at a time took a fifth of
    /// parsing a large federation's contributions).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt32 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(end - start)
        var index = start
        while index + 8 <= end {
            hash = mix(hash, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        hash = mix(hash, tail(raw, from: index, to: end))
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }

    /// The last `end - start` (fewer than eight) bytes of a key in one word, the first in the
    /// lowest lane and zeros above: read as one load and a mask where eight bytes are there to
    /// read (after a key come at least its quote and colon, so nearly always), else a byte at a
    /// time. A short key's bytes one by one cost as much as the rest of its hash.
    static func tail(_ raw: UnsafeRawBufferPointer, from start: Int, to end: Int) -> UInt64 {
        let count = end - start
        guard count > 0 else { return 0 }
        if start + 8 <= raw.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            return word & (UInt64.max >> UInt64(64 - 8 * count))
        }
        var tail: UInt64 = 0
        for index in start..<end { tail |= UInt64(raw[index]) << UInt64(8 * (index - start)) }
        return tail
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return product ^ product >> 29
    }

    private mutating func grow(pool: KeySlotPool?) {
        let old = slots
        slots = pool?.take(count: old.count * 2) ?? [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
        pool?.give(old)
    }

    /// The table's slots, for the pool once its object has ended.
    consuming func releasingSlots() -> [UInt64] { slots }
}

/// The slots of key tables that large objects have let go, one table of each size, for the next
/// large object to grow into. A federation writes each year's contributions as one object of
/// 150 000 keys: its table grew to 4 MB by doubling, each size a fresh allocation, and the
/// system's new pages for those were two fifths of reading such a plan's page faults. A kept
/// table is cleared before use, as much work as a new one, but on pages already there. The pool
/// holds at most twice the largest table, for as long as one document is read. The parser makes
/// it at its first large object, so a plan without one (a typical plan) carries nothing for it.
final class KeySlotPool {
    /// The tables kept, at the power of two of their size.
    private var tables: [[UInt64]] = []
    /// Smaller tables come from the allocator's own free memory: not worth keeping.
    static let smallest = 1 << 12

    init() {}

    /// `count` empty slots (a power of two): a kept table of that size cleared, or a new one.
    func take(count: Int) -> [UInt64] {
        let size = count.trailingZeroBitCount
        guard count >= Self.smallest, size < tables.count, tables[size].count == count else {
            return [UInt64](repeating: 0, count: count)
        }
        var slots: [UInt64] = []
        swap(&slots, &tables[size])
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        return slots
    }

    /// Keeps `slots` for a later table of its size.
    func give(_ slots: [UInt64]) {
        let count = slots.count
        guard count >= Self.smallest, count.nonzeroBitCount == 1 else { return }
        let size = count.trailingZeroBitCount
        while tables.count <= size { tables.append([]) }
        tables[size] = slots
    }
}
