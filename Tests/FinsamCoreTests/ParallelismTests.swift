import FinsamCore
import Synchronization
import Testing

@Suite("Parallelism")
struct ParallelismTests {
    /// A runner that runs the jobs last first, as a pool whose threads finish out of order might.
    static let reversed = Parallelism(width: 4) { jobs, body in
        for job in (0..<jobs).reversed() { body(job) }
    }

    @Test("map returns results in job order whatever order the jobs ran in")
    func mapKeepsOrder() {
        let squares = Self.reversed.map(10) { $0 * $0 }
        #expect(squares == [0, 1, 4, 9, 16, 25, 36, 49, 64, 81])
    }

    @Test("forEach runs every job exactly once")
    func forEachRunsEachJobOnce() {
        let seen = Mutex<[Int]>([])
        Self.reversed.forEach(7) { job in seen.withLock { $0.append(job) } }
        #expect(seen.withLock { $0 } == [6, 5, 4, 3, 2, 1, 0])
        let serial = Mutex<[Int]>([])
        Parallelism.serial.forEach(3) { job in serial.withLock { $0.append(job) } }
        #expect(serial.withLock { $0 } == [0, 1, 2])
    }
}
