import Testing

@testable import FinsamCore

/// `Money.grouped` writes digits as bytes from the last one back, separators included; these
/// tests hold it to the plain definition: the decimal digits, grouped by three from the right.
@Suite("Money.grouped: digits grouped by three from the right")
struct GroupedDigitsTests {
    /// Separators of one byte, of two (U+00A0) and of three (U+202F) in UTF-8, and none.
    static let separators = [" ", ",", "\u{00A0}", "\u{202F}", ""]

    /// The reference: `String(value)`'s digits cut into threes from the right, then joined.
    static func reference(_ value: UInt64, separator: String) -> String {
        let digits = Array(String(value))
        var groups: [String] = []
        var end = digits.count
        while end > 0 {
            let start = max(0, end - 3)
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return groups.joined(separator: separator)
    }

    @Test("Values written out by hand, with each separator", arguments: separators)
    func handWritten(separator: String) {
        let cases: [(UInt64, String)] = [
            (0, "0"), (9, "9"), (10, "10"), (999, "999"), (1_000, "1 000"), (10_000, "10 000"),
            (100_000, "100 000"), (999_999, "999 999"), (1_000_000, "1 000 000"), (1_234_567, "1 234 567"),
            (UInt64.max, "18 446 744 073 709 551 615"),
        ]
        for (value, spaced) in cases {
            // The hand-written form has a space where the separator goes.
            let expected = spaced.split(separator: " ").joined(separator: separator)
            #expect(Money.grouped(value, separator: separator) == expected, "\(value)")
            #expect(Self.reference(value, separator: separator) == expected, "reference: \(value)")
        }
    }

    @Test("The separator's bytes are all there: 1 000 000 with U+202F is 7 digits and 2 × 3 bytes")
    func separatorBytes() {
        let text = Money.grouped(1_000_000, separator: "\u{202F}")
        #expect(Array(text.utf8) == [0x31, 0xE2, 0x80, 0xAF, 0x30, 0x30, 0x30, 0xE2, 0x80, 0xAF, 0x30, 0x30, 0x30])
        #expect(text.count == 9)
    }

    @Test("Random values equal the reference, every magnitude drawn", arguments: PropertySeeds.all)
    func random(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<2_000 {
            // Uniform draws are nearly all 19 or 20 digits; a random number of digits first
            // gives short values as often as long ones.
            let digits = Int.random(in: 1...20, using: &generator)
            let value = digits == 20 ? generator.next() : generator.next() % Self.power(of: digits)
            let separator = Self.separators[Int.random(in: 0..<Self.separators.count, using: &generator)]
            #expect(
                Money.grouped(value, separator: separator) == Self.reference(value, separator: separator),
                "seed \(seed): \(value)")
        }
    }

    /// 10 to the power `exponent` (at most 19, below `UInt64.max`).
    private static func power(of exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
