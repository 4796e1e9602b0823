/// The keys of a large object, for finding duplicates: an open-addressing table of tape
/// indices, placed by an FNV-1a hash of each key's bytes and compared byte by byte. A set of
/// the keys as strings (``KeySet``'s plain way, still used once a key has escapes) made and
/// hashed a string for every key: a federation of 150 000 municipalities writes each year's
/// contributions as one object of 150 000 keys.
struct KeyTable {
    /// Tape index of a key, plus one; 0 for an empty slot.
    private var slots: [Int32]
    /// Each filled slot's hash, so growing needs no second pass over the keys.
    private var hashes: [UInt32]
    private var count = 0

    /// A table holding the object's keys before `node`; nil when one of them has escapes.
    init?(earlierKeysOf object: Int, before node: Int, parser: JSONParser) {
        slots = [Int32](repeating: 0, count: 64)
        hashes = [UInt32](repeating: 0, count: 64)
        var key = object + 1
        while key < node {
            guard insert(key, parser: parser) != nil else { return nil }
            key = parser.nodes[key + 1].next
        }
    }

    /// Adds the key at `node`: true when new, false when the object already has it, nil when
    /// the key has escapes (this table cannot compare those).
    mutating func insert(_ node: Int, parser: JSONParser) -> Bool? {
        guard parser.nodes[node].kind == .string, let hash = Self.hash(of: node, in: parser) else { return nil }
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let other = Int(slots[slot]) - 1
            if hashes[slot] == hash && parser.sameKey(node, other) { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(truncatingIfNeeded: node + 1)
        hashes[slot] = hash
        count += 1
        return true
    }

    /// FNV-1a over the bytes between the quotes; nil past the end of the bytes or for a tape
    /// index a slot cannot hold.
    private static func hash(of node: Int, in parser: JSONParser) -> UInt32? {
        guard node < Int(Int32.max) else { return nil }
        var hash: UInt32 = 2_166_136_261
        var index = Int(parser.nodes[node].start) + 1
        while index < parser.bytes.count {
            let byte = parser.bytes[index]
            if byte == UInt8(ascii: "\"") { return hash }
            hash = (hash ^ UInt32(byte)) &* 16_777_619
            index += 1
        }
        return nil
    }

    private mutating func grow() {
        let oldSlots = slots
        let oldHashes = hashes
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        hashes = [UInt32](repeating: 0, count: oldSlots.count * 2)
        for (index, node) in oldSlots.enumerated() where node != 0 {
            var slot = Int(oldHashes[index]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = node
            hashes[slot] = oldHashes[index]
        }
    }
}
