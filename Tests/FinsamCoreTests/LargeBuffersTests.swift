import Synchronization
import Testing

@testable import FinsamCore

/// The largest arrays ask for huge pages through the call the CLI hands in (``LargeBuffers``):
/// only arrays of at least the threshold ask, for their whole storage or the part surely used,
/// and the arrays are the same either way.
@Suite struct LargeBuffersTests {
    /// The byte counts the call was given.
    final class Asked: Sendable {
        let counts = Mutex<[Int]>([])
    }

    @Test("small arrays never ask; large ones ask for all their room, or for the part surely used")
    func asks() {
        let asked = Asked()
        let buffers = LargeBuffers(advise: { buffer in asked.counts.withLock { $0.append(buffer.count) } })
        var small: [UInt64] = []
        buffers.reserve(&small, 1_000)
        #expect(asked.counts.withLock { $0 }.isEmpty)
        var large: [UInt64] = []
        let count = LargeBuffers.threshold / 8 + 10
        buffers.reserve(&large, count)
        let whole = large.capacity * 8
        var bounded: [UInt64] = []
        buffers.reserve(&bounded, count * 4, surely: count)
        // The part surely used of a room larger than it; and nothing when that part is small.
        var mostlyRoom: [UInt64] = []
        buffers.reserve(&mostlyRoom, count, surely: 10)
        #expect(asked.counts.withLock { $0 } == [whole, count * 8])
        #expect(large.isEmpty && large.capacity >= count && bounded.capacity >= count * 4)
    }

    @Test("without a call the room is made all the same")
    func none() {
        var array: [Int32] = [1, 2, 3]
        LargeBuffers.none.reserve(&array, LargeBuffers.threshold)
        #expect(array == [1, 2, 3] && array.capacity >= LargeBuffers.threshold)
    }

    @Test("storage filled in place asks when it is large, and is read in batches the same either way")
    func filledStorage() throws {
        let asked = Asked()
        let buffers = LargeBuffers(advise: { buffer in asked.counts.withLock { $0.append(buffer.count) } })
        let small = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 100)
        defer { small.deallocate() }
        buffers.advise(small)
        let count = LargeBuffers.threshold / 8
        let large = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        defer { large.deallocate() }
        buffers.advise(large)
        #expect(asked.counts.withLock { $0 } == [count * 8])
        // A plan's initiatives read in batches with the call handed in: the same plan.
        var random = SplitMix64(seed: 3)
        let text =
            #"{"initiatives": ["#
            + (0..<40).map { TapeBatchesTests.commonInitiative($0, &random) }.joined(separator: ", ") + "]}"
        var decoder = TapeBatchesTests.batched(ParallelYearsTests.threads)
        decoder.parallelism.largeBuffers = buffers
        #expect(
            TapeBatchesTests.outcome(text, decoder: decoder) == TapeBatchesTests.outcome(text, decoder: PlanDecoder()))
    }
}
