import FinsamCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The CLI's runner for FinsamCore's ``Parallelism``: POSIX threads, one per online CPU.
///
/// Jobs are handed out one at a time through an atomic counter, so a slow job (a big plan among
/// small ones) does not hold up the jobs queued behind it. The calling thread works too, and no
/// thread is started for a single job. `FINSAM_THREADS=N` sets the width (1: everything on the
/// calling thread, as before threads were used).
enum WorkerThreads {
    /// The runner for the whole process, its width read once from the environment and the CPU count.
    static let parallelism = {
        var parallelism = Parallelism(width: configuredWidth) { jobs, body in
            run(jobs, threads: configuredWidth, body)
        }
        parallelism.largeBuffers = LargeBuffers(advise: HugePages.advise)
        return parallelism
    }()

    /// `transform` of each job in `0..<jobs`, in job order, on the worker threads, except the
    /// jobs `readsStream` marks: those run first, here, in order. A stream (`-`, /dev/stdin on a
    /// pipe) named twice and read on two threads at once would split its bytes between them.
    static func map<T: Sendable>(_ jobs: Int, readsStream: (Int) -> Bool, _ transform: @Sendable (Int) -> T) -> [T] {
        // No array at all without streams: an array of optionals is one more generic type the
        // runtime makes on first use, a visible part of a small plan's start-up.
        let streamed: [T?] =
            (0..<jobs).contains(where: readsStream) ? (0..<jobs).map { readsStream($0) ? transform($0) : nil } : []
        return parallelism.map(jobs) { job in (job < streamed.count ? streamed[job] : nil) ?? transform(job) }
    }

    private static let configuredWidth = width(environment: getenv("FINSAM_THREADS").map { String(cString: $0) })

    /// How many threads to use: `FINSAM_THREADS` when it is a whole number from 1 to 256, else
    /// the number of online CPUs.
    static func width(environment value: String?) -> Int {
        if let value, let asked = Int(value), (1...256).contains(asked) { return asked }
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return online > 0 ? Int(online) : 1
    }

    /// Calls `body` once for each job in `0..<jobs` on up to `threads` threads (the caller's
    /// included); returns when every call has returned.
    static func run(_ jobs: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        let helpers = min(threads, jobs) - 1
        guard helpers > 0 else {
            for job in 0..<jobs { body(job) }
            return
        }
        // Every thread is joined before this returns, so `body` never outlives the call.
        withoutActuallyEscaping(body) { body in
            let queue = JobQueue(jobs: jobs, body: body)
            var started: [pthread_t] = []
            for _ in 0..<helpers {
                if let thread = start(queue) { started.append(thread) }
            }
            // If no thread could be started the caller does all the work: slower, same result.
            queue.work()
            for thread in started { pthread_join(thread, nil) }
        }
    }

    /// A started thread working through `queue`, or nil if the system refused one.
    private static func start(_ queue: JobQueue) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        // The main thread's usual 8 MiB, whatever `ulimit -s` says: the JSON reader recurses.
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let context = Unmanaged.passRetained(queue).toOpaque()
        #if canImport(Darwin)
            var thread: pthread_t?
        #else
            var thread = pthread_t()
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { context in
                #if canImport(Darwin)
                    let queue = Unmanaged<JobQueue>.fromOpaque(context).takeRetainedValue()
                #else
                    guard let context else { return nil }
                    let queue = Unmanaged<JobQueue>.fromOpaque(context).takeRetainedValue()
                #endif
                queue.work()
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<JobQueue>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}

/// Jobs `0..<jobs`, taken one at a time by whichever thread is free.
private final class JobQueue: Sendable {
    let jobs: Int
    let body: @Sendable (Int) -> Void
    let next = Atomic<Int>(0)

    init(jobs: Int, body: @escaping @Sendable (Int) -> Void) {
        self.jobs = jobs
        self.body = body
    }

    func work() {
        while true {
            let job = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard job < jobs else { return }
            body(job)
        }
    }
}
