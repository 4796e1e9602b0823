import Testing

@testable import FinsamCore

/// Amounts in their common form (`1535`, `1535,50`) are read without the character scanner;
/// every text must still give exactly what the scanner gives: the same öre, the same count of
/// decimals, or the same error.
@Suite("Amounts read by the plain-decimal path")
struct AmountFastPathTests {
    static func bytesPath(_ text: String, _ unit: AmountUnit) -> String {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            describe(Money.parseCountingDecimals(utf8: UnsafeBufferPointer(buffer), unit: unit))
        }
    }

    static func describe(_ result: Result<(money: Money, decimals: Int), AmountError>) -> String {
        switch result {
        case .success(let parsed): return "\(parsed.money.ore) öre, \(parsed.decimals) decimals"
        case .failure(let error): return "\(error)"
        }
    }

    @Test(
        "hand-worked amounts",
        arguments: [
            ("1535,50", AmountUnit.kr, "153550 öre, 2 decimals"),
            ("1535.5", .kr, "153550 öre, 1 decimals"),
            ("007", .kr, "700 öre, 0 decimals"),
            ("0,5", .tkr, "50000 öre, 1 decimals"),
            ("945", .tkr, "94500000 öre, 0 decimals"),
            ("836,79960", .tkr, "83679960 öre, 5 decimals"),
            ("1,234", .kr, "tooManyDecimals(max: 2)"),
            ("5,", .kr, "notANumber"),
            (",5", .kr, "notANumber"),
            ("", .kr, "empty"),
            ("92233720368547758,07", .kr, "9223372036854775807 öre, 2 decimals"),
            ("92233720368547758,08", .kr, "overflow"),
            ("999999999999999999999", .kr, "overflow"),
        ])
    func handWorked(text: String, unit: AmountUnit, expected: String) {
        #expect(Self.bytesPath(text, unit) == expected)
        #expect(Self.describe(Money.parseCountingDecimals(text[...], unit: unit)) == expected)
    }

    @Test("random texts of digits and separators give what the scanner gives")
    func randomTexts() {
        var random = SplitMix64(seed: 5_235)
        let alphabet: [Character] = ["0", "1", "5", "9", ",", ".", " ", "-", "e"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...24, using: &random)
            let text = String(
                (0..<length).map { _ in
                    Int.random(in: 0..<10, using: &random) < 7
                        ? Character(String(Int.random(in: 0...9, using: &random)))
                        : alphabet.randomElement(using: &random) ?? "0"
                })
            for unit in [AmountUnit.kr, .tkr] {
                let scanner = Self.describe(Money.parseCountingDecimals(text[...], unit: unit))
                #expect(Self.bytesPath(text, unit) == scanner, "\(text) in \(unit)")
            }
        }
    }
}
