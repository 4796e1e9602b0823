/// Decimal digits eight at a time: a contribution or an amount is a whole number of 4 to 12
/// digits, and reading them a byte at a time (a compare, a multiply and an add each) was the
/// largest single cost of decoding a federation of 150 000 members' contributions.
extension SWAR {
    /// The digits that begin the eight bytes `word` (its first byte in the lowest lane): how
    /// many there are (0 to 8), and the number they write.
    static func leadingDigits(_ word: UInt64) -> (count: Int, value: UInt64) {
        let nonDigits = firstNonDigit(word)
        let count = nonDigits == 0 ? 8 : nonDigits.trailingZeroBitCount / 8
        guard count > 0 else { return (0, 0) }
        // The digits' values moved up to the top lanes: the lanes below become zeros in front
        // of the number, which change nothing.
        return (count, eightDigits((word &- repeated(UInt8(ascii: "0"))) << UInt64(64 - 8 * count)))
    }

    /// A mask whose lowest set bit lies in the first byte of `word` that is not an ASCII digit
    /// (exact for that lane only), or 0 when all eight are digits. A digit is 0x30–0x39: its high
    /// half is 3, and stays 3 when 6 is added (an addition's carry reaches only later lanes).
    static func firstNonDigit(_ word: UInt64) -> UInt64 {
        let highHalves = repeated(0xF0)
        let threes = repeated(0x30)
        return ((word & highHalves) ^ threes) | (((word &+ repeated(0x06)) & highHalves) ^ threes)
    }

    /// The number written by eight lanes each holding a digit's value (0–9), the first lane the
    /// most significant: pairs, then fours, then all eight combined by multiplication.
    static func eightDigits(_ lanes: UInt64) -> UInt64 {
        let pairs = (lanes &* 10) &+ (lanes >> 8)
        let mask: UInt64 = 0x0000_00FF_0000_00FF
        let high = (pairs & mask) &* (100 + (1_000_000 << 32))
        let low = ((pairs >> 16) & mask) &* (1 + (10_000 << 32))
        return (high &+ low) >> 32
    }
}
