import FinsamCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a large regular file in parts at once, one per worker thread.
///
/// Copying 50 MB out of the page cache (and touching the fresh memory it goes to) takes a
/// fifth of checking a large plan; two threads copying two halves take half as long.
extension FileReader {
    /// The smallest file read in parts.
    static let partsThreshold = 8 << 20

    /// The destination, written in disjoint ranges by the jobs, each range by one job only;
    /// it outlives them (`forEach` returns after every job).
    private struct Destination: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<UInt8>
    }

    /// Fills `buffer` from `descriptor` with `pread`, in one part per worker: the bytes read
    /// from the start without a gap (all of them unless the file shrank), and 0 or the `errno`
    /// of a failed read.
    static func readParts(
        _ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, parallelism: Parallelism
    )
        -> (filled: Int, failure: Int32)
    {
        let parts = max(1, min(parallelism.width, buffer.count / (partsThreshold / 2)))
        let size = (buffer.count + parts - 1) / parts
        let destination = Destination(buffer: buffer)
        let outcomes = parallelism.map(parts) { part -> (count: Int, failure: Int32) in
            let start = part * size
            let end = min(start + size, destination.buffer.count)
            var done = start
            while done < end {
                let count = pread(descriptor, destination.buffer.baseAddress.map { $0 + done }, end - done, off_t(done))
                if count < 0 && errno == EINTR { continue }
                if count < 0 { return (0, errno) }
                if count == 0 { break }
                done += count
            }
            return (done - start, 0)
        }
        var filled = 0
        for (part, outcome) in outcomes.enumerated() {
            if outcome.failure != 0 { return (filled, outcome.failure) }
            filled += outcome.count
            // A short part (the file shrank while read): keep only what has no gap before it.
            if part * size + outcome.count < min((part + 1) * size, buffer.count) { return (filled, 0) }
        }
        return (filled, 0)
    }
}
