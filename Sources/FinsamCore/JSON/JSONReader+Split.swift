import Synchronization

/// Reading a large document in two parts at once, speculatively.
///
/// A large plan is mostly long arrays of objects (its years, their cost lines, its initiatives,
/// its waivers). A second thread starts at the first object boundary (`},` then `{`) after about
/// ``percent`` % of the bytes and reads from there, as if it were inside an array, to the `]`
/// that ends that array: a *part*. It then looks for the next boundary after that `]` and reads
/// the next part, and so on to the end of the document, so the parts climb out of a short array
/// (one year's cost lines) into the long one around it (the years) and on into the next long
/// array (the initiatives, the waivers), whatever their objects hold.
///
/// Meanwhile the first thread reads the whole document from the start as usual. When it reaches
/// the exact byte where a part starts, as the next element of an array, it takes that part's
/// nodes instead of reading on, provided the part is ready: what they hold is then exactly what
/// it would have read itself, since it is in the state the second thread assumed. If the guess
/// was wrong (the boundary was inside a string, say), the part failed, or it is not ready yet,
/// the first thread simply reads on: the tape and any error are always those of one reading
/// from start to end. The second thread searches for its boundaries itself, so the first never
/// waits for it, and it gives a part up once the first thread has gone past its start.
enum SplitParse {
    /// The smallest document worth a second thread.
    static let threshold = 4 << 20
    /// Where the second thread starts looking for a boundary, in per cent of the document: the
    /// first thread also copies the parts' nodes, so the second reads the smaller share.
    static let percent = 58
    /// How many bytes the second thread searches between two looks at whether the first has
    /// finished.
    static let searchStride = 1 << 16
    /// The most of the document, in per cent of its bytes, whose parts may wait for the first
    /// thread before the second stops: a waiting part's nodes are held twice for a moment when
    /// the first thread copies them into its tape, and a plan whose years end in a long list of
    /// initiatives went over three times the file's size with both waiting.
    static let waitingPercent = 25

    /// What the second thread read: the elements from a boundary to the end of their array.
    struct Part: Sendable {
        /// The offset of the first element (its `{`).
        let start: Int
        /// The nodes, their `next` counted from the part's first node.
        let nodes: [JSONNode]
        let elements: Int
        /// The deepest nesting inside the part, counted from the array.
        let deepest: Int
        /// The offset of the `]` that closes the array.
        let end: Int
    }

    /// The parts, handed from the second thread to the first.
    final class Offers: Sendable {
        /// The least offset at which the first thread has something to look at: the start of
        /// the first part ready or being read (`Int.max` for none). A hint read without the lock
        /// at every array element; written under it.
        let watch = Atomic<Int>(Int.max)
        /// Where the first thread was when it last looked (`Int.max` once it has finished): a
        /// part that starts before it is of no use, and the second thread gives it up.
        let passed = Atomic<Int>(-1)
        private let state = Mutex<State>(State())

        private struct State {
            /// Parts ready, in the order of the document.
            var ready: [Part] = []
            /// The start of the part being read.
            var working: Int?
            /// How many parts the first thread has taken.
            var taken = 0
        }

        init() {}

        /// The second thread begins a part at `start`.
        func begin(at start: Int) {
            state.withLock { state in
                state.working = start
                publishWatch(state)
            }
        }

        /// The second thread ends the part it began: `part` when read, nil when it failed or was
        /// given up.
        func end(with part: Part?) {
            state.withLock { state in
                state.working = nil
                if let part { state.ready.append(part) }
                publishWatch(state)
            }
        }

        /// The first thread, at `index`, the start of an array element: the part ready to start
        /// there, if any. Parts it has gone past are dropped. Never waits for a part.
        func take(at index: Int) -> Part? {
            passed.store(index, ordering: .relaxed)
            return state.withLock { state in
                var taken: Part?
                var dropped = 0
                while dropped < state.ready.count && state.ready[dropped].start <= index {
                    if state.ready[dropped].start == index { taken = state.ready[dropped] }
                    dropped += 1
                }
                state.ready.removeFirst(dropped)
                if taken != nil { state.taken += 1 }
                if let working = state.working, working <= index { state.working = nil }
                publishWatch(state)
                return taken
            }
        }

        /// The first thread has finished: the second stops.
        func close() {
            passed.store(Int.max, ordering: .relaxed)
        }

        var isClosed: Bool { passed.load(ordering: .relaxed) == Int.max }

        /// How many parts the first thread has taken so far.
        var partsTaken: Int { state.withLock { $0.taken } }

        /// The bytes of the parts ready and not yet taken.
        var waitingBytes: Int { state.withLock { $0.ready.reduce(0) { $0 + $1.end - $1.start } } }

        private func publishWatch(_ state: State) {
            watch.store(min(state.ready.first?.start ?? Int.max, state.working ?? Int.max), ordering: .relaxed)
        }
    }

    /// The first `}` `,` `{` boundary (whitespace allowed) at or after `offset`, as the offset
    /// of its `{`; nil if there is none, or `offers` is closed while searching.
    static func boundary(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, offers: Offers? = nil) -> Int? {
        var index = min(max(offset, 0), bytes.count)
        var pause = index + searchStride
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "}") {
                var next = skippingWhitespace(bytes, from: index + 1)
                if next < bytes.count && bytes[next] == UInt8(ascii: ",") {
                    next = skippingWhitespace(bytes, from: next + 1)
                    if next < bytes.count && bytes[next] == UInt8(ascii: "{") { return next }
                }
            }
            index += 1
            if index >= pause {
                if offers?.isClosed == true { return nil }
                pause = index + searchStride
            }
        }
        return nil
    }

    private static func skippingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
        {
            index += 1
        }
        return index
    }

    /// The input, shared read-only by the two threads; it outlives both (``run`` returns only
    /// after both have finished).
    private struct SharedBytes: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// Reads the document with parts read ahead from `start` on another thread; the first
    /// thread's result.
    static func run(
        from start: Int, buffer: UnsafeBufferPointer<UInt8>, capacity: Int, parallelism: Parallelism,
        reader: JSONReader
    ) -> Result<[JSONNode], JSONSyntaxError> {
        let shared = SharedBytes(buffer: buffer)
        let offers = Offers()
        let whole = Mutex<Result<[JSONNode], JSONSyntaxError>?>(nil)
        parallelism.forEach(2) { job in
            if job == 0 {
                let result = reader.wholeDocument(
                    shared.buffer, capacity: capacity, splice: offers, largeBuffers: parallelism.largeBuffers)
                offers.close()
                whole.withLock { $0 = result }
            } else {
                readParts(shared.buffer, from: start, into: offers, reader: reader)
            }
        }
        return whole.withLock { $0 }
            ?? reader.wholeDocument(buffer, capacity: capacity, splice: nil, largeBuffers: parallelism.largeBuffers)
    }

    /// The second thread: part after part from the first boundary at or after `start`, until
    /// the document ends, the first thread has finished or caught up with it, or
    /// ``waitingPercent`` of the document waits for it.
    static func readParts(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into offers: Offers, reader: JSONReader
    ) {
        var from = start
        while !offers.isClosed, offers.waitingBytes <= buffer.count * waitingPercent / 100,
            let boundary = boundary(in: buffer, from: from, offers: offers)
        {
            offers.begin(at: boundary)
            var parser = JSONParser(
                bytes: buffer, depthLimit: reader.depthLimit,
                capacity: JSONReader.nodeBound(byteCount: buffer.count - boundary))
            parser.stringLimit = reader.stringLimit
            parser.index = boundary
            parser.splice = Unmanaged.passUnretained(offers)
            parser.readingAheadFrom = boundary
            do throws(JSONSyntaxError) {
                let part = try parser.parseElements()
                offers.end(with: part)
                from = part.end
            } catch {
                offers.end(with: nil)
                // Given up: the first thread has caught up, and reading on just ahead of it would
                // only race it to the end (on a busy machine, for the same CPU). Failed: on from
                // the next byte.
                if offers.passed.load(ordering: .relaxed) >= boundary { return }
                from = boundary + 1
            }
        }
    }
}

extension JSONParser {
    /// Reads array elements from `index` to the `]` after the last, as ``parseArray()`` would
    /// inside an array; stops at the `]` without reading it.
    mutating func parseElements() throws(JSONSyntaxError) -> SplitParse.Part {
        let start = index
        var elements = 0
        while true {
            _ = try takeSplice()
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") && elements > 0 {
                throw failure(.trailingComma, at: lastComma)
            }
            try parseValue()
            elements += 1
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") {
                lastComma = index
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                return SplitParse.Part(start: start, nodes: nodes, elements: elements, deepest: deepest, end: index)
            } else {
                throw failure(.expectedCommaOrEnd(closing: "]"))
            }
        }
    }

    /// At the start of an array element. On the first thread: when a part read by the second
    /// thread starts here and is ready (and keeps within the depth limit from here), appends
    /// its nodes and moves to its closing `]`; else nil, and the caller reads on. On the second
    /// thread: gives the part up, with an error no one sees, once the first thread has gone past
    /// its start or finished, so the first never waits long for it at the end.
    @inline(__always)
    mutating func takeSplice() throws(JSONSyntaxError) -> SplitParse.Part? {
        guard let splice else { return nil }
        // Read through an unretained reference: both threads look at every array element, and
        // retaining the shared object each time would bounce its reference count between cores.
        if let start = readingAheadFrom {
            if splice._withUnsafeGuaranteedRef({ $0.passed.load(ordering: .relaxed) }) >= start {
                throw failure(.tooLarge)
            }
            return nil
        }
        guard index >= splice._withUnsafeGuaranteedRef({ $0.watch.load(ordering: .relaxed) }) else { return nil }
        return splicing(splice.takeUnretainedValue())
    }

    private mutating func splicing(_ offers: SplitParse.Offers) -> SplitParse.Part? {
        guard let part = offers.take(at: index), depth + part.deepest <= depthLimit else { return nil }
        let base = nodes.count
        nodes.append(
            contentsOf: part.nodes.lazy.map { JSONNode(kind: $0.kind, start: Int($0.start), next: $0.next + base) })
        index = part.end
        return part
    }
}
