import Testing

@testable import FinsamCore

/// A large document is read in two parts at once; whatever the boundary and whichever part is
/// ready first, the tape and any error must be exactly those of one reading from start to end.
@Suite("Reading in two parts")
struct JSONSplitParseTests {
    /// The second part first, so the first thread always finds it ready.
    static let secondFirst = ParallelismTests.reversed
    /// The first part first, so it never finds the second ready.
    static let firstFirst = Parallelism(width: 2) { jobs, body in
        for job in 0..<jobs { body(job) }
    }

    static func outcome(
        _ bytes: [UInt8], _ parallelism: Parallelism, at split: Int? = nil, depthLimit: Int = 256
    )
        -> Result<[JSONNode], JSONSyntaxError>
    {
        do throws(JSONSyntaxError) {
            let reader = JSONReader(depthLimit: depthLimit)
            return .success(try reader.parse(bytes, parallelism: parallelism, splitThreshold: 0, splitAt: split).nodes)
        } catch {
            return .failure(error)
        }
    }

    /// The offsets of every `{` that follows `},` (whitespace allowed): the boundaries tried.
    static func boundaries(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            var from = 0
            while let boundary = SplitParse.boundary(in: buffer, from: from) {
                found.append(boundary)
                from = boundary
            }
            return found
        }
    }

    static func expectSame(_ bytes: [UInt8], depthLimit: Int = 256, sourceLocation: SourceLocation = #_sourceLocation) {
        let serial = outcome(bytes, .serial, depthLimit: depthLimit)
        for split in boundaries(bytes) {
            #expect(
                outcome(bytes, secondFirst, at: split - 1, depthLimit: depthLimit) == serial,
                sourceLocation: sourceLocation)
            // Real threads: the part ready or not, given up or not, as they happen to run.
            #expect(
                outcome(bytes, ParallelYearsTests.threads, at: split - 1, depthLimit: depthLimit) == serial,
                sourceLocation: sourceLocation)
        }
        #expect(outcome(bytes, firstFirst, at: 0, depthLimit: depthLimit) == serial, sourceLocation: sourceLocation)
    }

    @Test("a ready second part is taken, and the tape is the same as one reading's")
    func partIsTaken() throws {
        let text = #"{"a": [{"x": 1}, {"y": [2, 3]}, {"z": "}, {"}], "b": {"c": [{}, {}]}}"#
        let bytes = Array(text.utf8)
        let serial = try JSONReader().parse(bytes).nodes
        let split = Self.boundaries(bytes)
        #expect(split.count == 4)  // before {"y", before {"z", inside the string "}, {", before the second {} of "c"
        var results: [Bool] = []
        for offset in split {
            let taken = bytes.withUnsafeBufferPointer { buffer -> (Bool, [JSONNode]?) in
                let offers = SplitParse.Offers()
                var part = JSONParser(bytes: buffer, depthLimit: 256, capacity: 64)
                part.index = offset
                guard let read = try? part.parseElements() else { return (false, nil) }
                offers.begin(at: offset)
                offers.end(with: read)
                let whole = try? JSONReader().wholeDocument(buffer, capacity: 64, splice: offers).get()
                return (offers.partsTaken == 1, whole)
            }
            results.append(taken.0)
            if taken.0 { #expect(taken.1 == serial, "offset \(offset)") }
        }
        // The boundary inside the string "}, {" is no element: the part read from it fails.
        #expect(results == [true, true, false, true])
    }

    /// The parts the second thread reads from `start` when it runs first, then how many the
    /// first thread takes and the tape it makes.
    static func chain(_ text: String, from start: Int) -> (taken: Int, nodes: [JSONNode]?) {
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            let offers = SplitParse.Offers()
            SplitParse.readParts(buffer, from: start, into: offers, reader: JSONReader())
            let whole = try? JSONReader().wholeDocument(buffer, capacity: 64, splice: offers).get()
            return (offers.partsTaken, whole)
        }
    }

    @Test("the second thread reads part after part, out of a short array into the next")
    func partsFollowEachOther() throws {
        // From the start: the rest of "x" ({"p": 2}), the rest of "a" ({"y": 1}), the rest of "b".
        let text = #"{"a": [{"x": [{"p": 1}, {"p": 2}]}, {"y": 1}], "s": "}, {", "b": [{"c": 1}, {"d": [{}]}]}"#
        let serial = try JSONReader().parse(Array(text.utf8)).nodes
        let fromStart = Self.chain(text, from: 0)
        #expect(fromStart.taken == 3)
        #expect(fromStart.nodes == serial)
        // From inside {"c": 1}: the rest of "b" only.
        let late = Self.chain(text, from: 67)
        #expect(late.taken == 1)
        #expect(late.nodes == serial)
    }

    @Test("the second thread stops once a quarter of the document waits for the first")
    func waitingIsBounded() throws {
        for (text, parts) in [
            (#"{"a": [{}, {"s": "\#(String(repeating: "x", count: 60))"}], "b": [{}, {}]}"#, 1),
            (#"{"a": [{}, {"s": "x"}], "b": [{}, {}], "c": "\#(String(repeating: "x", count: 60))"}"#, 2),
        ] {
            let read = Self.chain(text, from: 0)
            #expect(read.taken == parts)
            #expect(read.nodes == (try JSONReader().parse(Array(text.utf8)).nodes))
        }
    }

    @Test("parts the first thread has gone past are dropped or given up, and a closed offer reads nothing")
    func passedPartsAreDropped() throws {
        let text = #"[{"a": 1}, {"b": 2}, {"c": 3}]"#
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
            let offers = SplitParse.Offers()
            SplitParse.readParts(buffer, from: 0, into: offers, reader: JSONReader())
            #expect(offers.watch.load(ordering: .relaxed) == 11)  // the `{` of {"b": 2}
            #expect(offers.take(at: 12) == nil)  // gone past it
            #expect(offers.watch.load(ordering: .relaxed) == Int.max)
            // The first thread already past {"b": 2}: that part is given up, and nothing more read.
            let late = SplitParse.Offers()
            late.passed.store(12, ordering: .relaxed)
            SplitParse.readParts(buffer, from: 0, into: late, reader: JSONReader())
            #expect(late.watch.load(ordering: .relaxed) == Int.max)
            #expect(late.waitingBytes == 0)
            let closed = SplitParse.Offers()
            closed.close()
            SplitParse.readParts(buffer, from: 0, into: closed, reader: JSONReader())
            #expect(closed.watch.load(ordering: .relaxed) == Int.max)
            let whole = try JSONReader().wholeDocument(buffer, capacity: 64, splice: closed).get()
            #expect(whole == (try JSONReader().parse(Array(text.utf8)).nodes))
            #expect(closed.partsTaken == 0)
        }
    }

    @Test("random plans, at every boundary, with the part ready or not")
    func randomPlans() {
        var random = SplitMix64(seed: 2_026)
        for _ in 0..<40 {
            Self.expectSame(Array(RandomPlan(using: &random).text.utf8))
        }
    }

    @Test("broken documents give the same first error, wherever the second part starts")
    func brokenDocuments() {
        var random = SplitMix64(seed: 99)
        let insertions: [[UInt8]] = [
            Array(",".utf8), Array("]".utf8), Array("}".utf8), Array("\"".utf8), [0x01], [0xFF],
        ]
        for _ in 0..<40 {
            var bytes = Array(RandomPlan(using: &random).text.utf8)
            let place = Int.random(in: 0..<bytes.count, using: &random)
            if Bool.random(using: &random) {
                bytes.insert(contentsOf: insertions.randomElement(using: &random) ?? [], at: place)
            } else {
                bytes.remove(at: place)
            }
            Self.expectSame(bytes)
        }
    }

    @Test("duplicate keys, trailing commas and the depth limit inside the second part")
    func errorsInSecondPart() {
        let cases = [
            #"[{"a": 1}, {"b": 2, "b": 3}]"#,
            #"[{"a": 1}, {"b": 2},]"#,
            #"[{"a": 1}, {"b": [[[[1]]]]}]"#,
            #"[{"a": 1}, {"b": 2}"#,
            #"[{"a": 1}, {"b": 2} {"c": 3}]"#,
        ]
        for text in cases {
            Self.expectSame(Array(text.utf8))
            Self.expectSame(Array(text.utf8), depthLimit: 4)
        }
    }
}
