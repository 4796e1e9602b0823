/// The field names an object of the format may have, with their UTF-8 bytes worked out once.
///
/// Every object a plan holds is matched against one of these lists, key by key; keeping the
/// bytes and lengths ready makes a match a length check and a short byte comparison.
struct KnownFields: Sendable, ExpressibleByArrayLiteral {
    let names: [String]
    private let bytes: [[UInt8]]

    init(arrayLiteral names: String...) {
        self.init(names)
    }

    init(_ names: [String]) {
        self.names = names
        self.bytes = names.map { Array($0.utf8) }
    }

    var count: Int { names.count }

    /// The position of the key whose bytes are `key`, or nil.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        for (position, candidate) in bytes.enumerated() where candidate.count == key.count {
            if candidate.withUnsafeBufferPointer({ $0.elementsEqual(key) }) { return position }
        }
        return nil
    }

    /// The position of `name`, or nil.
    func position(of name: String) -> Int? { names.firstIndex(of: name) }
}
