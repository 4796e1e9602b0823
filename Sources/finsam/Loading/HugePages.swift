import FinsamCore

#if canImport(Glibc)
    import Glibc
#endif

/// Asks the system to back a large buffer with huge pages (2 MiB) where it can: each 4 KiB page
/// a program first touches is a page fault, about 2 µs on a virtual machine, and a 50 MB plan's
/// bytes alone were 12 000 of them, a quarter of reading and checking such a plan's faults.
/// Only whole huge pages inside the buffer are asked for; the system may decline (huge pages
/// off, or none free), and then nothing changes. Elsewhere than Linux, nothing is done.
enum HugePages {
    /// Buffers smaller than this are left alone: a few huge pages would save little (the core's
    /// own threshold for the arrays it asks for).
    static let threshold = LargeBuffers.threshold
    private static let size = 2 << 20

    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
            guard buffer.count >= threshold, let base = buffer.baseAddress else { return }
            let start = (Int(bitPattern: base) + size - 1) / size * size
            let end = (Int(bitPattern: base) + buffer.count) / size * size
            guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}
