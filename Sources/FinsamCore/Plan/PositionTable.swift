/// The positions of unique string keys in an array that holds them, found by hash: an
/// open-addressing table of 4-byte positions, the keys themselves read from the array.
///
/// A `[String: Int]` of a plan's 240 000 initiatives held each id again with its position,
/// 24 bytes a slot (12.6 MB); this holds 8 bytes a slot (4 MB), at most half of them filled:
/// the position and the key's hash, compared before the key so that a probe seldom reads
/// the array.
/// ``Plan`` and the decoder use it for initiatives' ids; a test compares it with a dictionary.
struct PositionTable: Sendable {
    /// A position plus one; 0 for an empty slot.
    private var slots: [Int32]
    /// The low 32 bits of each filled slot's key's hash.
    private var hashes: [UInt32]

    /// A table for up to `capacity` keys.
    init(capacity: Int) {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        hashes = [UInt32](repeating: 0, count: size)
    }

    /// The position of `key`, with `keyAt` giving the key at a position.
    func position(of key: String, keyAt: (Int) -> String) -> Int? {
        let hash = key.hashValue
        var slot = hash & (slots.count - 1)
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if hashes[slot] == UInt32(truncatingIfNeeded: hash) && keyAt(position) == key { return position }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Records `key` at `position` and returns nil, or returns the position it already has
    /// (recording nothing). Grows to keep at most half the slots filled.
    mutating func insert(_ key: String, at position: Int, keyAt: (Int) -> String) -> Int? {
        if position >= slots.count / 2 { grow() }
        let hash = key.hashValue
        var slot = hash & (slots.count - 1)
        while slots[slot] != 0 {
            let other = Int(slots[slot]) - 1
            if hashes[slot] == UInt32(truncatingIfNeeded: hash) && keyAt(other) == key { return other }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(clamping: position + 1)
        hashes[slot] = UInt32(truncatingIfNeeded: hash)
        return nil
    }

    /// Twice the slots, every position placed again. The slot of a key is its hash's low bits,
    /// and the table keeps the low 32, so up to 2^31 slots need no key read again.
    private mutating func grow() {
        let (oldSlots, oldHashes) = (slots, hashes)
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        hashes = [UInt32](repeating: 0, count: oldSlots.count * 2)
        for index in oldSlots.indices where oldSlots[index] != 0 {
            var slot = Int(oldHashes[index]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = oldSlots[index]
            hashes[slot] = oldHashes[index]
        }
    }
}
