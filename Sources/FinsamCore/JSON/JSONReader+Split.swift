import Synchronization

/// Reading a large document in two parts at once, speculatively.
///
/// A large plan is mostly one long array of objects (its years, or their cost lines). A second
/// thread starts reading at the first object boundary (`},` then `{`) after about
/// ``percent`` % of the bytes, as if it were inside an array there, while the first thread reads
/// the whole document from the start as usual. When the first thread reaches that exact byte
/// as the next element of an array, it takes the second thread's nodes instead of reading on,
/// provided they are ready: what they hold is then exactly what it would have read itself,
/// since it is in the state the second thread assumed. If the guess was wrong (the boundary was
/// inside a string, say), the second part failed, or it is not ready yet, the first thread
/// simply reads on: the tape and any error are always those of one reading from start to end.
/// The second part is the smaller one so that it is usually ready in time.
///
/// The part ends at the end of the array it starts in, so it pays only when that array is the
/// long one: a caller that knows the format names the first key of that array's objects
/// (`"year"` for a plan), so the boundary is one between years, not between two cost lines of
/// one year.
enum SplitParse {
    /// The smallest document worth a second thread.
    static let threshold = 4 << 20
    /// Where to look for the boundary, in per cent of the document.
    static let percent = 58
    /// How far past that point to look for a boundary.
    static let searchLimit = 1 << 20

    /// What the second thread read: the elements from the boundary to the array's end.
    struct Part: Sendable {
        /// The nodes, their `next` counted from the part's first node.
        let nodes: [JSONNode]
        let elements: Int
        /// The deepest nesting inside the part, counted from the array.
        let deepest: Int
        /// The offset of the `]` that closes the array.
        let end: Int
    }

    /// A boundary, and the part read from it once it is ready.
    final class Offer: Sendable {
        let offset: Int
        private let ready = Mutex<Part?>(nil)

        init(offset: Int) { self.offset = offset }

        func publish(_ part: Part) { ready.withLock { $0 = part } }

        /// The part if it is ready (then no longer held here), else nil: never waits.
        func take() -> Part? {
            ready.withLock { stored in
                let part = stored
                stored = nil
                return part
            }
        }
    }

    /// The first `}` `,` `{` boundary (whitespace allowed) at or after `offset`, as the offset
    /// of its `{`, whose object starts with the key `firstKey` when one is given; nil if there is
    /// none within ``searchLimit`` bytes.
    static func offer(in bytes: UnsafeBufferPointer<UInt8>, near offset: Int, firstKey: String? = nil) -> Offer? {
        let key = firstKey.map { Array("\"\($0)\"".utf8) }
        var index = max(offset, 0)
        let limit = min(bytes.count, index + searchLimit)
        while index < limit {
            if bytes[index] == UInt8(ascii: "}") {
                var next = skippingWhitespace(bytes, from: index + 1)
                if next < bytes.count && bytes[next] == UInt8(ascii: ",") {
                    next = skippingWhitespace(bytes, from: next + 1)
                    if next < bytes.count && bytes[next] == UInt8(ascii: "{")
                        && (key.map { starts(bytes, at: skippingWhitespace(bytes, from: next + 1), with: $0) } ?? true)
                    {
                        return Offer(offset: next)
                    }
                }
            }
            index += 1
        }
        return nil
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, with prefix: [UInt8]) -> Bool {
        guard offset + prefix.count <= bytes.count else { return false }
        for (index, byte) in prefix.enumerated() where bytes[offset + index] != byte { return false }
        return true
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

    /// Reads the document with the second part on another thread; the first thread's result.
    static func run(
        _ offer: Offer, buffer: UnsafeBufferPointer<UInt8>, capacity: Int, parallelism: Parallelism, reader: JSONReader
    ) -> Result<[JSONNode], JSONSyntaxError> {
        let shared = SharedBytes(buffer: buffer)
        let whole = Mutex<Result<[JSONNode], JSONSyntaxError>?>(nil)
        parallelism.forEach(2) { job in
            if job == 0 {
                let result = reader.wholeDocument(shared.buffer, capacity: capacity, splice: offer)
                whole.withLock { $0 = result }
            } else {
                var parser = JSONParser(
                    bytes: shared.buffer, depthLimit: reader.depthLimit,
                    capacity: JSONReader.nodeBound(byteCount: shared.buffer.count - offer.offset))
                parser.stringLimit = reader.stringLimit
                parser.index = offer.offset
                if let part = try? parser.parseElements() { offer.publish(part) }
            }
        }
        return whole.withLock { $0 } ?? reader.wholeDocument(buffer, capacity: capacity, splice: nil)
    }
}

extension JSONParser {
    /// Reads array elements from `index` to the `]` after the last, as ``parseArray()`` would
    /// inside an array; stops at the `]` without reading it.
    mutating func parseElements() throws(JSONSyntaxError) -> SplitParse.Part {
        var elements = 0
        while true {
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
                return SplitParse.Part(nodes: nodes, elements: elements, deepest: deepest, end: index)
            } else {
                throw failure(.expectedCommaOrEnd(closing: "]"))
            }
        }
    }

    /// When the next element starts where another thread began reading and its part is ready
    /// (and keeps within the depth limit from here), appends that part's nodes and moves to its
    /// closing `]`; else nil, and the caller reads on.
    mutating func takeSplice() -> SplitParse.Part? {
        guard let offer = splice, index == offer.offset else { return nil }
        splice = nil
        guard let part = offer.take(), depth + part.deepest <= depthLimit else { return nil }
        let base = nodes.count
        nodes.append(
            contentsOf: part.nodes.lazy.map { JSONNode(kind: $0.kind, start: Int($0.start), next: $0.next + base) })
        index = part.end
        return part
    }
}
