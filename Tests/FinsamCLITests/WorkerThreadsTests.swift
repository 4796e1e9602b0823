import FinsamCore
import Foundation
import Synchronization
import Testing

@testable import finsam

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The threads jobs ran on, and a bounded wait for a second one.
private final class ThreadLog: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var threads: Set<pthread_t> = []

    /// Notes the calling thread, waking any job waiting for a second one.
    func record() {
        condition.lock()
        threads.insert(pthread_self())
        condition.broadcast()
        condition.unlock()
    }

    /// Returns once two threads have been seen, or at `deadline`: a job that holds its thread
    /// this way makes the next job go to another thread, if there is one, without timing.
    func waitForSecond(until deadline: Date) {
        condition.lock()
        while threads.count < 2 && condition.wait(until: deadline) {}
        condition.unlock()
    }

    var seen: Set<pthread_t> {
        condition.lock()
        defer { condition.unlock() }
        return threads
    }
}

@Suite("WorkerThreads: POSIX threads for FinsamCore's Parallelism")
struct WorkerThreadsTests {
    /// Far longer than two threads need to start; only reached when a test is failing.
    private static let patience: TimeInterval = 10

    @Test("run calls body exactly once for each job in 0..<jobs", arguments: [0, 1, 2, 1000], [1, 2, 3, 8, 64])
    func eachJobOnce(jobs: Int, threads: Int) {
        let ran = Mutex<[Int]>([])
        WorkerThreads.run(jobs, threads: threads) { job in ran.withLock { $0.append(job) } }
        // Sorted, the jobs run are 0..<jobs with none missing, repeated or out of range.
        #expect(ran.withLock { $0 }.sorted() == Array(0..<jobs))
    }

    @Test(
        "With several threads and many slow jobs, body runs on more than one thread, and on no more than asked",
        arguments: [2, 3, 8])
    func severalThreads(threads: Int) {
        let log = ThreadLog()
        let deadline = Date(timeIntervalSinceNow: Self.patience)
        let ran = Mutex<[Int]>([])
        WorkerThreads.run(64, threads: threads) { job in
            log.record()
            log.waitForSecond(until: deadline)
            ran.withLock { $0.append(job) }
        }
        let seen = log.seen
        #expect(seen.count >= 2)
        #expect(seen.count <= threads)
        #expect(ran.withLock { $0 }.sorted() == Array(0..<64))
    }

    @Test("With one thread, or one job, body runs on the calling thread only", arguments: [(1, 50), (8, 1)])
    func callingThreadOnly(threads: Int, jobs: Int) {
        let log = ThreadLog()
        WorkerThreads.run(jobs, threads: threads) { _ in log.record() }
        #expect(log.seen == [pthread_self()])
    }

    @Test("parallelism.map returns results in job order when the jobs run on real threads")
    func mapInOrder() {
        // The process-wide runner (its width from this process's FINSAM_THREADS or CPUs), and
        // one of width 8, so threads are used even on a machine with one CPU.
        let wide = Parallelism(width: 8) { jobs, body in WorkerThreads.run(jobs, threads: 8, body) }
        #expect(
            WorkerThreads.parallelism.width
                == WorkerThreads.width(environment: ProcessInfo.processInfo.environment["FINSAM_THREADS"]))
        for parallelism in [WorkerThreads.parallelism, wide] {
            let log = ThreadLog()
            let deadline = Date(timeIntervalSinceNow: Self.patience)
            let results = parallelism.map(200) { job -> String in
                log.record()
                log.waitForSecond(until: deadline)
                return "job " + String(job) + ": " + String(job * job)
            }
            #expect(results == (0..<200).map { "job \($0): \($0 * $0)" })
            if parallelism.width > 1 { #expect(log.seen.count >= 2) }
        }
    }

    /// The number of online CPUs, at least 1: what an unusable `FINSAM_THREADS` falls back to.
    private static var onlineCPUs: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    @Test(
        "width takes FINSAM_THREADS when it is a whole number from 1 to 256",
        arguments: [("1", 1), ("2", 2), ("256", 256)])
    func widthAsked(value: String, expected: Int) {
        #expect(WorkerThreads.width(environment: value) == expected)
    }

    @Test(
        "width falls back to the online CPU count for anything else",
        arguments: ["0", "257", "-1", "abc", "", " 2", "2 ", nil] as [String?])
    func widthFallback(value: String?) {
        #expect(Self.onlineCPUs >= 1)
        #expect(WorkerThreads.width(environment: value) == Self.onlineCPUs)
    }
}
