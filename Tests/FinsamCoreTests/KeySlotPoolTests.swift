import Testing

@testable import FinsamCore

/// Large objects' key tables grow into tables that earlier large objects let go
/// (``KeySlotPool``): a kept table must come back empty, and duplicates must be found in every
/// object as with a new table.
@Suite struct KeySlotPoolTests {
    @Test("a kept table comes back cleared and of the size asked for; small ones are made new")
    func takesCleared() {
        let pool = KeySlotPool()
        pool.give([UInt64](repeating: 7, count: KeySlotPool.smallest))
        pool.give([UInt64](repeating: 9, count: KeySlotPool.smallest * 4))
        #expect(pool.take(count: KeySlotPool.smallest) == [UInt64](repeating: 0, count: KeySlotPool.smallest))
        let larger = pool.take(count: KeySlotPool.smallest * 4)
        #expect(larger.count == KeySlotPool.smallest * 4 && larger.allSatisfy { $0 == 0 })
        // Taken once: asked for again, a new one, also empty.
        #expect(pool.take(count: KeySlotPool.smallest * 4).allSatisfy { $0 == 0 })
        pool.give([UInt64](repeating: 5, count: 64))
        #expect(pool.take(count: 64) == [UInt64](repeating: 0, count: 64))
        #expect(pool.take(count: KeySlotPool.smallest * 2).count == KeySlotPool.smallest * 2)
    }

    /// An object of `count` distinct keys `prefix0`, `prefix1`, … with `extra` members after.
    private static func object(_ prefix: String, _ count: Int, extra: String = "") -> String {
        "{" + (0..<count).map { #""\#(prefix)\#($0)": \#($0)"# }.joined(separator: ", ") + extra + "}"
    }

    private static func reason(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONReader().parse(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("objects after a large one find their duplicates, and only theirs, with the tables it let go")
    func duplicatesAfterLargeObjects() {
        // Each object large enough that its table grows past the smallest kept size.
        let size = KeySlotPool.smallest
        let clean = (0..<4).map { Self.object("k", size - $0) }
        #expect(Self.reason("[" + clean.joined(separator: ", ") + "]") == nil)
        // The same keys again in the third object only: found there, at that key's quote.
        let third = Self.object("k", size, extra: #", "k17": 0"#)
        let text = "[" + [clean[0], clean[1], third, clean[3]].joined(separator: ", ") + "]"
        let error = Self.reason(text)
        #expect(error?.reason == .duplicateKey("k17"))
        let bytes = Array(text.utf8)
        let needle = Array(#", "k17": 0}"#.utf8)
        let at = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle }
        #expect(error?.offset == at.map { $0 + 2 })
        // A large object inside a large one, each with its own keys.
        let inner = Self.object("n", size)
        let nested = Self.object("k", size, extra: #", "inner": "# + inner)
        #expect(Self.reason("[" + nested + ", " + clean[1] + "]") == nil)
        let innerDuplicate = Self.object("n", size, extra: #", "n5": 1"#)
        #expect(
            Self.reason(Self.object("k", size, extra: #", "inner": "# + innerDuplicate))?.reason == .duplicateKey("n5"))
    }

    @Test("a key's last bytes in one word are its bytes one by one, near the buffer's end or not")
    func keyTails() {
        var random = SplitMix64(seed: 31)
        for length in 1...24 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            bytes.withUnsafeBytes { raw in
                for start in 0..<length {
                    for end in start...min(length, start + 7) {
                        var plain: UInt64 = 0
                        for (lane, index) in (start..<end).enumerated() {
                            plain |= UInt64(bytes[index]) << UInt64(8 * lane)
                        }
                        #expect(KeyTable.tail(raw, from: start, to: end) == plain, "\(length) \(start)..<\(end)")
                    }
                }
            }
        }
    }
}
