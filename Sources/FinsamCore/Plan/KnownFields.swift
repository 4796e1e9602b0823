/// The field names an object of the format may have, with their UTF-8 bytes worked out once.
///
/// Every object a plan holds is matched against one of these lists, key by key; keeping the
/// bytes and lengths ready makes a match a length check and a short byte comparison.
struct KnownFields: Sendable, ExpressibleByArrayLiteral {
    let names: [String]
    private let bytes: [[UInt8]]
    /// Bit `i` set for a name with no quote and no backslash, which ``isName(at:closingAt:in:)``
    /// may read where the key ends (every name of the format; the first 64). A mask, not an
    /// array: a list is copied for every object read, and an array is one more count to keep.
    private let plainMask: UInt64

    init(arrayLiteral names: String...) {
        self.init(names)
    }

    init(_ names: [String]) {
        self.names = names
        self.bytes = names.map { Array($0.utf8) }
        var mask: UInt64 = 0
        for position in 0..<min(bytes.count, 64) {
            let name = bytes[position]
            if !name.contains(UInt8(ascii: "\"")) && !name.contains(UInt8(ascii: "\\")) {
                mask |= 1 << UInt64(position)
            }
        }
        self.plainMask = mask
    }

    var count: Int { names.count }

    /// The position of the key whose bytes are `key`, or nil. The name at `hint` is tried first:
    /// objects of one kind mostly list their keys in the same order, so the caller passes the
    /// position after the previous key's.
    func position(of key: UnsafeBufferPointer<UInt8>, hint: Int = 0) -> Int? {
        if hint >= 0 && hint < bytes.count && Self.equal(bytes[hint], key) { return hint }
        for position in bytes.indices where position != hint && Self.equal(bytes[position], key) {
            return position
        }
        return nil
    }

    /// True when the key whose closing quote is at `closing` in `bytes` is the name at
    /// `position`, read where it ends (``JSONKey/isKey(_:closingAt:in:)``). False says nothing:
    /// the caller then locates the key the plain way (``JSONKey/locate(in:valueAt:)``).
    /// Its names are known to be plain, so only the quote before them is checked here.
    func isName(at position: Int, closingAt closing: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position >= 0, position < min(self.bytes.count, 64), plainMask >> UInt64(position) & 1 == 1 else {
            return false
        }
        let name = self.bytes[position]
        let opening = closing - name.count - 1
        guard JSONKey.opensKey(at: opening, in: bytes), closing < bytes.count else { return false }
        return Self.equal(name, UnsafeBufferPointer(rebasing: bytes[(opening + 1)..<closing]))
    }

    private static func equal(_ candidate: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard candidate.count == key.count else { return false }
        return candidate.withUnsafeBufferPointer { name in
            for index in 0..<name.count where name[index] != key[index] { return false }
            return true
        }
    }

    /// The position of `name`, or nil.
    func position(of name: String) -> Int? { names.firstIndex(of: name) }
}
