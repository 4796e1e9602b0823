import Testing

@testable import FinsamCore

@Suite("Largest-remainder allocation")
struct AllocationTests {
    @Test("1 046 000 kr in three equal parts: the two first get the extra krona")
    func sunnerbo() {
        // 1 046 000 / 3 = 348 666,67: floors 348 666 ×3 = 1 045 998, 2 kr left over, to the
        // two largest remainders (all equal: file order).
        let parts = Allocation.largestRemainder(kr(1_046_000), weights: [1, 1, 1])
        #expect(parts == [kr(348_667), kr(348_667), kr(348_666)])
    }

    @Test("By population: the exact shares where they are whole")
    func population() {
        // 500 000 by 100 : 300 = 125 000 and 375 000.
        #expect(Allocation.largestRemainder(kr(500_000), weights: [100, 300]) == [kr(125_000), kr(375_000)])
        // Södra Vätterbygden's agreed shares reproduce its amounts exactly.
        let weights: [Int64] = [204_600, 2_243_200, 116_200, 229_000]
        #expect(
            Allocation.largestRemainder(kr(2_793_000), weights: weights)
                == [kr(204_600), kr(2_243_200), kr(116_200), kr(229_000)])
    }

    @Test("Largest remainder, not file order, decides who gets the extra krona")
    func remainders() {
        // 10 kr by 1 : 2 : 4 (sum 7): exact 1,43 / 2,86 / 5,71; floors 1 + 2 + 5 = 8;
        // remainders 3/7, 6/7, 5/7: the 2 kr go to the second and the third.
        #expect(Allocation.largestRemainder(kr(10), weights: [1, 2, 4]) == [kr(1), kr(3), kr(6)])
    }

    @Test("A total that is not whole kronor is split in öre")
    func ore() {
        let parts = Allocation.largestRemainder(Money(ore: 100_001), weights: [1, 1])
        #expect(parts == [Money(ore: 50_001), Money(ore: 50_000)])
    }

    @Test("Unusable inputs give nil, not a trap")
    func unusable() {
        #expect(Allocation.largestRemainder(kr(100), weights: []) == nil)
        #expect(Allocation.largestRemainder(kr(100), weights: [0, 0]) == nil)
        #expect(Allocation.largestRemainder(kr(100), weights: [-1, 2]) == nil)
        #expect(Allocation.largestRemainder(kr(-100), weights: [1]) == nil)
        #expect(Allocation.largestRemainder(kr(100), weights: [Int64.max, 1]) == nil)
        let huge = Allocation.largestRemainder(Money(ore: Int64.max), weights: [Int64.max / 2, Int64.max / 2])
        #expect(huge.map { Money.sum($0) } == Money(ore: Int64.max))
    }

    @Test("Within one krona of the exact share")
    func withinOneKrona() {
        #expect(Allocation.isWithinOneKrona(kr(348_666), ofShare: 1, of: 3, total: kr(1_046_000)))
        #expect(Allocation.isWithinOneKrona(kr(348_667), ofShare: 1, of: 3, total: kr(1_046_000)))
        #expect(!Allocation.isWithinOneKrona(kr(348_665), ofShare: 1, of: 3, total: kr(1_046_000)))
        #expect(!Allocation.isWithinOneKrona(kr(124_999), ofShare: 1, of: 4, total: kr(500_000)))
    }
}
