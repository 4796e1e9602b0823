/// A way for the largest arrays (a large plan's tape, its findings) to ask the system for huge
/// pages: each 4 KiB page first written is a page fault, about 2 µs on a virtual machine, and
/// a 50 MB plan's checking touched 40 000 of them, a tenth of its time. FinsamCore imports no
/// system library, so the CLI hands in the call (``Parallelism/largeBuffers``); tests and
/// library users get ``none``, and the arrays are the same either way.
public struct LargeBuffers: Sendable {
    /// The smallest array worth asking for: smaller ones come from memory the allocator has.
    public static let threshold = 8 << 20
    private let advise: (@Sendable (UnsafeMutableRawBufferPointer) -> Void)?

    /// `advise` is given the whole storage of each array of at least ``threshold`` bytes.
    public init(advise: (@Sendable (UnsafeMutableRawBufferPointer) -> Void)?) {
        self.advise = advise
    }

    public static let none = LargeBuffers(advise: nil)

    /// Makes room for `count` elements in `array`, its storage advised when it is large: all of
    /// it, or the first `surely` elements for an array whose room is a bound its use seldom
    /// comes near (a huge page is whole in memory once touched, so one beyond the part used
    /// would add up to 2 MB to the peak; only whole huge pages inside the range are asked for).
    func reserve<Element>(_ array: inout [Element], _ count: Int, surely: Int? = nil) {
        array.reserveCapacity(count)
        let bytes = min(array.capacity, surely ?? array.capacity) * MemoryLayout<Element>.stride
        guard let advise, bytes >= Self.threshold else { return }
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            advise(UnsafeMutableRawBufferPointer(start: base, count: bytes))
        }
    }

    /// Advises `buffer`, storage not yet written, when it is large: an array made whole at once
    /// (a large plan's initiatives or waivers, read in batches into their places).
    func advise<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        let bytes = buffer.count * MemoryLayout<Element>.stride
        guard let advise, bytes >= Self.threshold, let base = buffer.baseAddress else { return }
        advise(UnsafeMutableRawBufferPointer(start: base, count: bytes))
    }
}
