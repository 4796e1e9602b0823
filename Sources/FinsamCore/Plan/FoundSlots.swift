/// The tape indices a ``FieldReader`` found, one per known field name, stored inline.
///
/// A plan has an object per cost line, so the reader is made hundreds of thousands of times in a
/// large file; keeping up to 16 indices in a tuple instead of an array saves an allocation each
/// time. Formats with more known fields spill into an array.
struct FoundSlots {
    private var inline:
        (
            Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32,
            Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32
        ) =
            (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)
    private var spill: [Int] = []
    static let inlineCount = 16

    init(count: Int) {
        if count > Self.inlineCount { spill = Array(repeating: -1, count: count - Self.inlineCount) }
    }

    /// The tape index of the field at `position`, or -1 when absent.
    subscript(position: Int) -> Int {
        get {
            guard position < Self.inlineCount else { return spill[position - Self.inlineCount] }
            return withUnsafeBytes(of: inline) { Int($0.load(fromByteOffset: position * 4, as: Int32.self)) }
        }
        set {
            guard position < Self.inlineCount else {
                spill[position - Self.inlineCount] = newValue
                return
            }
            withUnsafeMutableBytes(of: &inline) {
                $0.storeBytes(of: Int32(truncatingIfNeeded: newValue), toByteOffset: position * 4, as: Int32.self)
            }
        }
    }
}
