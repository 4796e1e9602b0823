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
        #expect(MemoryLayout<Contribution>.stride <= 32)
        #expect(MemoryLayout<CostLine>.stride <= 72)
        #expect(MemoryLayout<FollowUpLine>.stride <= 112)
        #expect(MemoryLayout<Initiative>.stride <= 112)
    }

    @Test("a year and its ledger hold their follow-up and declared figures by reference")
    func yearsAreSmall() {
        // A forecast's plan and ledger copy every year once per followed-up year: at 1 192 and
        // 1 392 bytes a plan followed up in each of 1 000 years copied 2.6 GB.
        #expect(MemoryLayout<Year>.stride <= 192)
        #expect(MemoryLayout<YearLedger>.stride <= 392)
    }

    @Test("contributions and follow-up lines are held in fewer bytes than their values")
    func heldByColumn() {
        // A contribution by column: its sum, its place and one byte of precision and derived
        // (the member id shared with the plan's list while the year follows the members).
        #expect(Contributions.bytesPerContribution == 13)
        // A follow-up line: two sums (the forecast for the year is theirs), its label, two
        // places and six bytes, against the 112-byte line it gives back.
        #expect(FollowUpSide.bytesPerLine <= 40)
        #expect(FollowUpSide.bytesPerLine * 2 < MemoryLayout<FollowUpLine>.stride)
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

    @Test("an amount read with any number of decimals has one unit of its last digit as precision")
    func parsedPrecision() {
        // By hand: 945 tkr is exact to 1 tkr (100 000 öre), 1 844,5 tkr to 0,1 tkr (10 000 öre),
        // 12,50 kr to 1 öre; more decimals than öre allow cannot be finer than 1 öre.
        let cases: [(AmountUnit, Int, Int64)] = [
            (.tkr, 0, 100_000), (.tkr, 1, 10_000), (.tkr, 5, 1), (.tkr, 7, 1), (.kr, 0, 100), (.kr, 2, 1), (.kr, 3, 1),
            (.kr, -1, 100),
        ]
        for (unit, decimals, ore) in cases {
            let amount = Amount(parsed: (Money(ore: 5), decimals), unit: unit, ref: SourceRef(offset: 0))
            #expect(amount.precision == Money(ore: ore), "\(unit) \(decimals)")
        }
    }

    @Test("equal member lists share one array once past the first few; the lists are unchanged")
    func memberListsShare() {
        var lists = MemberLists()
        let pairs = [["region", "k1"], ["region", "k2"], ["staten", "region", "k1"]]
        var kept: [[String]] = []
        for index in 0..<200 {
            let ids = pairs[index % pairs.count].map { String($0) }
            kept.append(lists.shared(ids))
            #expect(kept[index] == pairs[index % pairs.count])
        }
        func storage(_ ids: [String]) -> UnsafeRawPointer? {
            ids.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        // Past the first lists, each combination is held once.
        let late = Set(kept[100...].compactMap { storage($0).map { Int(bitPattern: $0) } })
        #expect(late.count == pairs.count)
    }
}
