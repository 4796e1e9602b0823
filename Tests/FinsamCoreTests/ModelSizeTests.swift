import Testing

@testable import FinsamCore

/// A large plan holds millions of amounts and hundreds of thousands of lines and initiatives:
/// these sizes are what keeps a 50 MB plan near three times its size in memory
/// (docs/performance.md, "Memory"). A field added in the wrong place shows here first.
@Suite struct ModelSizeTests {
    @Test("amounts, places and dates are as small as their values need")
    func smallValues() {
        #expect(MemoryLayout<SourceRef>.size == 4)
        #expect(MemoryLayout<Amount>.stride == 16)
        #expect(MemoryLayout<PlanDate?>.stride == 16)
        #expect(MemoryLayout<GrantedAmount>.stride == 24)
    }

    @Test("the parts a large plan holds many of keep their sizes")
    func partsOfAPlan() {
        print(
            "sizes", MemoryLayout<Contribution>.stride, MemoryLayout<CostLine>.stride,
            MemoryLayout<FollowUpLine>.stride, MemoryLayout<Initiative>.stride, MemoryLayout<Waiver>.stride)
        #expect(MemoryLayout<Contribution>.stride <= 32)
        #expect(MemoryLayout<CostLine>.stride <= 80)
        #expect(MemoryLayout<FollowUpLine>.stride <= 112)
        #expect(MemoryLayout<Initiative>.stride <= 112)
    }

    @Test("a precision is kept exactly where it is a power of ten öre")
    func precisionRoundTrips() {
        var ore: Int64 = 1
        for digits in 0...18 {
            let amount = Amount(money: Money(ore: 5), ref: SourceRef(offset: 7), precision: Money(ore: ore))
            #expect(amount.precision == Money(ore: ore), "10^\(digits)")
            #expect(amount.ref.offset == 7)
            if digits < 18 { ore *= 10 }
        }
        #expect(Amount(money: .zero, ref: SourceRef(offset: 0), precision: .zero).precision == Money(ore: 1))
    }

    @Test("a place past 4 GiB or before the file is held at the nearest end, never trapping")
    func placesClamp() {
        #expect(SourceRef(offset: -3).offset == 0)
        #expect(SourceRef(offset: Int(UInt32.max) + 10).offset == Int(UInt32.max))
        #expect(SourceRef(offset: 123_456).offset == 123_456)
    }
}
