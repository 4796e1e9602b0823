import Testing

@testable import FinsamCore

/// ``Contributions`` holds a year's contributions by column and shares the plan's member ids
/// while they follow the members: each must read back as the plain list it was made from.
@Suite struct ContributionsTests {
    static let memberIDs = ["staten", "region", "k1", "k2", "k3", "en kommun med ett långt namn"]

    static func contribution(
        _ id: String, _ ore: Int64, at offset: Int, digits: Int, derived: Bool = false
    )
        -> Contribution
    {
        var precision: Int64 = 1
        for _ in 0..<digits { precision *= 10 }
        return Contribution(
            memberID: id,
            amount: Amount(money: Money(ore: ore), ref: SourceRef(offset: offset), precision: Money(ore: precision)),
            derived: derived)
    }

    /// Every field of each contribution, as text, to compare lists.
    static func fields(_ list: some Sequence<Contribution>) -> [String] {
        list.map { c in
            "\(c.memberID) \(c.amount.money.ore) \(c.amount.ref.offset) \(c.amount.precision.ore) \(c.derived)"
        }
    }

    /// Random lists of ids: the members in order (whole or a prefix), with one out of place,
    /// one unknown, one twice, longer than the members, or empty.
    static func randomIDs(_ random: inout SplitMix64) -> [String] {
        var ids = Array(memberIDs.prefix(Int.random(in: 0...memberIDs.count, using: &random)))
        switch Int.random(in: 0..<5, using: &random) {
        case 0: break
        case 1: if ids.count > 2 { ids.swapAt(1, Int.random(in: 2..<ids.count, using: &random)) }
        case 2: ids.insert("okänd", at: Int.random(in: 0...ids.count, using: &random))
        case 3: ids += ids
        default: ids += ["k9", "staten"]
        }
        return ids
    }

    @Test("a year read by the builder gives back each contribution as written, shared or not")
    func builderReadsBack() {
        var random = SplitMix64(seed: 0xC0_17)
        for _ in 0..<300 {
            let ids = Self.randomIDs(&random)
            let plain = ids.enumerated().map { index, id in
                Self.contribution(
                    id, Int64.random(in: 0...1_000_000_000, using: &random), at: index * 17,
                    digits: Int.random(in: 0...18, using: &random))
            }
            var builder = Contributions.Builder(memberIDs: Self.memberIDs, areMembers: true, capacity: plain.count)
            for c in plain { builder.append(memberID: c.memberID, amount: c.amount) }
            let made = builder.contributions
            #expect(made.count == plain.count)
            #expect(Self.fields(made) == Self.fields(plain), "\(ids)")
            #expect(Self.fields(Contributions(plain)) == Self.fields(plain))
            // Marked as the members' own only when every id is the member's at its place.
            let followed = ids.count <= Self.memberIDs.count && ids == Array(Self.memberIDs.prefix(ids.count))
            #expect(made.followsMembers == followed, "\(ids)")
            #expect(!Contributions(plain).followsMembers)
        }
    }

    @Test("derived amounts and every precision keep their values")
    func derivedAndPrecision() {
        let plain = (0...18).map { digits in
            Self.contribution("k\(digits)", Int64(digits) * 100, at: digits, digits: digits, derived: digits % 2 == 1)
        }
        let made = Contributions(plain)
        #expect(Self.fields(made) == Self.fields(plain))
        // By hand: 10^3 öre is 10 kr; the 19th has 10^18 öre.
        #expect(made[3].amount.precision == Money(ore: 1_000))
        #expect(made[18].amount.precision == Money(ore: 1_000_000_000_000_000_000))
        #expect(made.filter(\.derived).count == 9)
        #expect(Contributions().isEmpty)
    }

    @Test("ids that follow the members share the members' list; one out of order is kept")
    func sharesMemberIDs() {
        func storage(_ ids: [String]) -> Int? {
            ids.withUnsafeBufferPointer { $0.baseAddress.map { Int(bitPattern: $0) } }
        }
        let members = Self.memberIDs
        var inOrder = Contributions.Builder(memberIDs: members, areMembers: true, capacity: 3)
        var outOfOrder = Contributions.Builder(memberIDs: members, areMembers: true, capacity: 3)
        for (index, id) in ["staten", "region", "k1"].enumerated() {
            inOrder.append(memberID: id, amount: Amount(money: Money(ore: 1), ref: SourceRef(offset: index)))
        }
        for (index, id) in ["staten", "k1", "region"].enumerated() {
            outOfOrder.append(memberID: id, amount: Amount(money: Money(ore: 1), ref: SourceRef(offset: index)))
        }
        #expect(inOrder.contributions.map(\.memberID) == ["staten", "region", "k1"])
        #expect(outOfOrder.contributions.map(\.memberID) == ["staten", "k1", "region"])
        #expect(inOrder.contributions.followsMembers && !outOfOrder.contributions.followsMembers)
        #expect(storage(inOrder.contributions.memberIDStorage) == storage(members))
        #expect(storage(outOfOrder.contributions.memberIDStorage) != storage(members))
    }

    @Test("every year of the fixtures and of random plans has the ids as written, and the same both ways")
    func decodedBothWays() throws {
        var texts = try ["sunnerbo-2022.json", "sodra-vatterbygden-2024.json", "sjobygden-plan-2025.json"].map {
            String(decoding: try fixtureBytes("Fixtures/plans/" + $0), as: UTF8.self)
        }
        var random = SplitMix64(seed: 0xC0_18)
        for _ in 0..<60 { texts.append(RandomPlan(using: &random).text) }
        var compared = 0
        for text in texts {
            let document = try JSONReader().parse(Array(JSONReader.strippingBOM(Array(text.utf8))))
            let fast = try PlanDecoder.decode(document.root, fastPaths: true).0
            let general = try PlanDecoder.decode(document.root, fastPaths: false).0
            let written = document.root.member("years")?.elements ?? []
            for (index, (one, other)) in zip(fast.years, general.years).enumerated() {
                #expect(Self.fields(one.contributions) == Self.fields(other.contributions))
                guard index < written.count, let object = written[index].member("contributions") else { continue }
                // The ids and places as the file writes them, key by key.
                #expect(one.contributions.map(\.memberID) == object.members.map(\.key))
                #expect(one.contributions.map(\.amount.ref.offset) == object.members.map(\.value.offset))
                compared += 1
            }
        }
        #expect(compared > 60)
    }

    @Test("each contribution's member found in order is the first member of its id, as a search finds")
    func positionsInOrder() throws {
        var random = SplitMix64(seed: 0xC0_19)
        var inOrder = 0
        for _ in 0..<80 {
            let plan = try loadText(RandomPlan(using: &random).text).plan
            for year in plan.years {
                var found: [Int?] = []
                plan.forEachMember(of: year.contributions) { _, _, position in found.append(position) }
                let plain = year.contributions.map { c in plan.members.firstIndex { $0.id == c.memberID } }
                #expect(found == plain)
                if year.contributions.followsMembers { inOrder += 1 }
            }
        }
        #expect(inOrder > 0)
    }
}
