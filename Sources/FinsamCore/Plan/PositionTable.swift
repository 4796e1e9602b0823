/// The positions of unique string keys in an array that holds them, found by hash: an
/// open-addressing table of 4-byte positions, the keys themselves read from the array.
///
/// A `[String: Int]` of a plan's 240 000 initiatives held each id again with its position,
/// 24 bytes a slot (12.6 MB); this holds 4 bytes a slot (2 MB), at most half of them filled.
/// ``Plan`` and the decoder use it for initiatives' ids; a test compares it with a dictionary.
struct PositionTable: Sendable {
    /// A position plus one; 0 for an empty slot.
    private var slots: [Int32]

    /// A table for up to `capacity` keys.
    init(capacity: Int) {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// The position of `key`, with `keyAt` giving the key at a position.
    func position(of key: String, keyAt: (Int) -> String) -> Int? {
        var slot = firstSlot(of: key)
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if keyAt(position) == key { return position }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Records `key` at `position` and returns nil, or returns the position it already has
    /// (recording nothing). Grows to keep at most half the slots filled.
    mutating func insert(_ key: String, at position: Int, keyAt: (Int) -> String) -> Int? {
        if position >= slots.count / 2 { grow(keyAt: keyAt) }
        var slot = firstSlot(of: key)
        while slots[slot] != 0 {
            let other = Int(slots[slot]) - 1
            if keyAt(other) == key { return other }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(clamping: position + 1)
        return nil
    }

    private func firstSlot(of key: String) -> Int {
        key.hashValue & (slots.count - 1)
    }

    /// Twice the slots, every position placed again.
    private mutating func grow(keyAt: (Int) -> String) {
        let old = slots
        slots = [Int32](repeating: 0, count: old.count * 2)
        for stored in old where stored != 0 {
            var slot = firstSlot(of: keyAt(Int(stored) - 1))
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = stored
        }
    }
}
