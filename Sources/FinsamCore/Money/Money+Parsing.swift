/// The unit a plan writes its amounts in.
public enum AmountUnit: String, Sendable, CaseIterable {
    /// Kronor: at most two decimals (öre).
    case kr
    /// Thousands of kronor: at most five decimals, so that every amount is still whole öre.
    case tkr

    /// Öre in one of this unit.
    public var orePerUnit: Int64 {
        switch self {
        case .kr: return Money.orePerKrona
        case .tkr: return Money.orePerThousand
        }
    }

    /// The most decimals an amount in this unit may have and still be whole öre.
    public var maxDecimals: Int {
        switch self {
        case .kr: return 2
        case .tkr: return 5
        }
    }
}

/// Why a text is not an amount of money.
public enum AmountError: Error, Equatable, Sendable {
    case empty
    case notANumber
    case exponent
    case tooManyDecimals(max: Int)
    case overflow
}

extension Money {
    /// Parses an amount exactly, never through floating point.
    ///
    /// Accepted: `1844`, `-12`, `1844.5`, `"1 844,5"` (space, no-break space or narrow no-break
    /// space between digit groups; comma or point before the decimals), `"−656"` (minus sign).
    /// Not accepted: exponents, a leading `+`, separators anywhere but between digits, more
    /// decimals than whole öre allow in `unit`.
    public static func parse(_ text: Substring, unit: AmountUnit) -> Result<Money, AmountError> {
        parseCountingDecimals(text, unit: unit).map(\.money)
    }

    /// Parses an amount from UTF-8 bytes, saying how many decimals it was written with.
    public static func parseCountingDecimals(
        utf8 bytes: UnsafeBufferPointer<UInt8>, unit: AmountUnit
    )
        -> Result<(money: Money, decimals: Int), AmountError>
    {
        if let plain = plainDecimal(bytes, unit: unit) { return .success(plain) }
        var scanner = AmountScanner(unit: unit)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if let error = scanner.consume(scalar) { return .failure(error) }
            case .emptyInput:
                break decoding
            case .error:
                return .failure(.notANumber)
            }
        }
        return scanner.finish().map { ($0, scanner.fractionDigits) }
    }

    /// The common form, `1535` or `1535,50`: ASCII digits with at most one decimal comma or
    /// point between digits and no more decimals than the unit allows. Read directly, as the
    /// scanner would read it; anything else (signs, spaces, overflow, errors) is nil and left
    /// to the scanner. A large plan has hundreds of thousands of amounts.
    private static func plainDecimal(
        _ bytes: UnsafeBufferPointer<UInt8>, unit: AmountUnit
    )
        -> (money: Money, decimals: Int)?
    {
        var integer: Int64 = 0
        var fraction: Int64 = 0
        var decimals = -1
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                guard decimals < 0, index > 0, index + 1 < bytes.count else { return nil }
                decimals = 0
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte &- UInt8(ascii: "0"))
            if decimals >= 0 {
                decimals += 1
                guard decimals <= unit.maxDecimals else { return nil }
                fraction = fraction &* 10 &+ digit
            } else {
                // Eighteen digits always fit in Int64; longer integers go to the scanner.
                guard index < 18 else { return nil }
                integer = integer &* 10 &+ digit
            }
        }
        guard !bytes.isEmpty else { return nil }
        var scale = unit.orePerUnit
        for _ in 0..<max(decimals, 0) { scale /= 10 }
        let (whole, overflow) = integer.multipliedReportingOverflow(by: unit.orePerUnit)
        let (ore, carry) = whole.addingReportingOverflow(fraction &* scale)
        guard !overflow, !carry else { return nil }
        return (Money(ore: ore), max(decimals, 0))
    }

    /// Parses an amount and says how many decimals it was written with (for its precision).
    public static func parseCountingDecimals(
        _ text: Substring, unit: AmountUnit
    )
        -> Result<(money: Money, decimals: Int), AmountError>
    {
        var scanner = AmountScanner(unit: unit)
        for scalar in text.unicodeScalars {
            if let error = scanner.consume(scalar) { return .failure(error) }
        }
        return scanner.finish().map { ($0, scanner.fractionDigits) }
    }

    /// Parses an amount from a whole string.
    public static func parse(_ text: String, unit: AmountUnit) -> Result<Money, AmountError> {
        parse(text[...], unit: unit)
    }
}

/// A one-pass scanner over the characters of an amount.
private struct AmountScanner {
    let unit: AmountUnit
    var negative = false
    var integer: Int64 = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    var digits = 0
    var inFraction = false
    var previousWasDigit = false
    var pendingSeparator = false
    var sawAnything = false

    init(unit: AmountUnit) { self.unit = unit }

    mutating func consume(_ scalar: Unicode.Scalar) -> AmountError? {
        defer { sawAnything = true }
        switch scalar {
        case "0"..."9":
            return digit(Int64(scalar.value - 48))
        case "-", "\u{2212}":
            guard !sawAnything else { return .notANumber }
            negative = true
            return nil
        case " ", "\u{00A0}", "\u{202F}":
            guard previousWasDigit, !inFraction else { return .notANumber }
            previousWasDigit = false
            pendingSeparator = true
            return nil
        case ",", ".":
            guard previousWasDigit, !inFraction else { return .notANumber }
            inFraction = true
            previousWasDigit = false
            return nil
        case "e", "E":
            return previousWasDigit ? .exponent : .notANumber
        default:
            return .notANumber
        }
    }

    private mutating func digit(_ value: Int64) -> AmountError? {
        previousWasDigit = true
        pendingSeparator = false
        digits += 1
        if inFraction {
            fractionDigits += 1
            guard fractionDigits <= unit.maxDecimals else {
                return .tooManyDecimals(max: unit.maxDecimals)
            }
            fraction = fraction * 10 + value
            return nil
        }
        let (shifted, o1) = integer.multipliedReportingOverflow(by: 10)
        let (next, o2) = shifted.addingReportingOverflow(value)
        if o1 || o2 { return .overflow }
        integer = next
        return nil
    }

    func finish() -> Result<Money, AmountError> {
        guard digits > 0 else { return .failure(sawAnything ? .notANumber : .empty) }
        guard previousWasDigit, !pendingSeparator else { return .failure(.notANumber) }
        var fractionScale: Int64 = unit.orePerUnit
        for _ in 0..<fractionDigits { fractionScale /= 10 }
        // In 128 bits, where nothing here can overflow, and the sign applied before the range
        // check: Int64's negative range is one larger, so the smallest amount finsam prints
        // (-92 233 720 368 547 758,08 kr) reads back too.
        let magnitude = Int128(integer) * Int128(unit.orePerUnit) + Int128(fraction) * Int128(fractionScale)
        guard let ore = Int64(exactly: negative ? -magnitude : magnitude) else { return .failure(.overflow) }
        return .success(Money(ore: ore))
    }
}
