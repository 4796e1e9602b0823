/// Where a part of the plan stands in its file: the byte offset of its value (or, for a field,
/// of its key). The line, column and JSON Pointer are worked out from the offset when a message
/// needs them, so decoding a large plan builds no pointer strings.
///
/// Held in 32 bits: a plan's tape already limits a file to 4 GiB (``JSONNode``), and a large
/// plan has millions of amounts, each with its place.
public struct SourceRef: Hashable, Sendable {
    private let stored: UInt32

    public var offset: Int { Int(stored) }

    public init(offset: Int) { self.stored = UInt32(clamping: offset) }
}

/// An amount of money and the place it was written: 16 bytes, since a large plan holds
/// millions (each cost line, contribution and grant has one).
public struct Amount: Hashable, Sendable {
    public let money: Money
    public let ref: SourceRef
    /// ``precision`` as a power of ten: 10^precisionDigits öre.
    let precisionDigits: UInt8

    /// `precision` is one unit of a decimal digit, a power of ten öre (another value is taken
    /// as the power of ten at or below it).
    public init(money: Money, ref: SourceRef, precision: Money = Money(ore: 1)) {
        self.money = money
        self.ref = ref
        self.precisionDigits = Self.digits(of: precision)
    }

    /// With the precision as the exponent of a power of ten öre (at most 18).
    init(money: Money, ref: SourceRef, precisionDigits: UInt8) {
        self.money = money
        self.ref = ref
        self.precisionDigits = min(precisionDigits, 18)
    }

    /// One unit of the last digit written: 100 000 öre for `945` in tkr, 10 000 öre for `1 844,5`
    /// in tkr, 100 öre for `348666` in kr. A printed figure is exact to half of this.
    public var precision: Money { Self.precision(digits: precisionDigits) }

    /// The power of ten at or below `precision` öre, as its exponent (0 for 1 öre or less).
    static func digits(of precision: Money) -> UInt8 {
        var digits: UInt8 = 0
        var rest = precision.ore
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }

    /// 10^`digits` öre (at most 10^18, which an `Int64` holds).
    static func precision(digits: UInt8) -> Money {
        var ore: Int64 = 1
        for _ in 0..<min(digits, 18) { ore &*= 10 }
        return Money(ore: ore)
    }

    /// How far the amount meant may be from the figure printed: half the last printed digit
    /// where the document prints coarser than whole kronor (`502,8` tkr: 50 kr); none for a
    /// figure in whole kronor or öre, which is the decided amount itself.
    public var printingSlack: Money {
        precision.ore > 100 ? Money(ore: precision.ore / 2) : .zero
    }
}
