import Testing

@testable import FinsamCore

/// The room for new initiatives, by hand on small plans, and at its edges.
@Suite("Room for new initiatives")
struct RoomTests {
    /// A plan of 2024–2026 with contributions of 2 000 000 kr a year (cap 20 % = 400 000 kr)
    /// and the given yearly costs.
    static func plan(opening: String, costs: [Int], floor: String? = nil) -> String {
        let years = zip(2024..., costs).map { year, cost in
            """
            {"year": \(year), "status": "\(year == 2024 ? "budget" : "plan")",
             "contributions": {"staten": 1000000, "region": 500000, "a": 125000, "b": 375000},
             "costs": [{"name": "Insatser", "category": "operations", "amount": \(cost)}],
             "deficitReason": "planned"}
            """
        }
        return """
            {"formatVersion": 1, "federation": {"name": "Rum"},
             "members": [{"id": "staten", "name": "Staten", "kind": "state"},
                         {"id": "region", "name": "Regionen", "kind": "region"},
                         {"id": "a", "name": "A", "kind": "municipality", "population": 100},
                         {"id": "b", "name": "B", "kind": "municipality", "population": 300}],
             "policy": {\(floor.map { #""equityFloor": "# + $0 } ?? "")},
             "openingEquity": \(opening), "years": [\(years.joined(separator: ","))]}
            """
    }

    private func rooms(_ text: String) throws -> [YearRoom] {
        try #require(RoomCalculator.rooms(try loadText(text).ledger))
    }

    @Test("The lowest later year binds: closings 300 000, 100 000, 250 000")
    func lowestLaterYear() throws {
        // Results +300 000, −200 000, +150 000 from an opening of 0.
        let rooms = try rooms(Self.plan(opening: "0", costs: [1_700_000, 2_200_000, 1_850_000]))
        // 2024: min(300 000, 100 000, 250 000) = 100 000, in 2025. 2026: only itself, 250 000.
        #expect(rooms.map(\.room) == [kr(100_000), kr(100_000), kr(250_000)])
        #expect(rooms.map(\.bindingYear) == [2025, 2025, 2026])
        #expect(rooms.allSatisfy { $0.toReachCap.isZero && $0.shortfall.isZero })
    }

    @Test("Already over the cap: the amount to spend, and the earliest of equal years binds")
    func overCap() throws {
        // Equity 500 000 every year against a cap of 400 000: 100 000 over.
        let rooms = try rooms(Self.plan(opening: "500000", costs: [2_000_000, 2_000_000, 2_000_000]))
        #expect(rooms.map(\.toReachCap) == [kr(100_000), kr(100_000), kr(100_000)])
        #expect(rooms.map(\.room) == [kr(500_000), kr(500_000), kr(500_000)])
        #expect(rooms.map(\.bindingYear) == [2024, 2025, 2026])
        #expect(!rooms[0].conflicts)
    }

    @Test("Already negative: no room, and the shortfall to save")
    func negative() throws {
        // Opening −50 000, balanced years: −50 000 each year; later 2026 spends 10 000 more.
        let rooms = try rooms(Self.plan(opening: "-50000", costs: [2_000_000, 2_000_000, 2_010_000]))
        #expect(rooms.map(\.room) == [.zero, .zero, .zero])
        // The lowest is 2026's −60 000.
        #expect(rooms.map(\.shortfall) == [kr(60_000), kr(60_000), kr(60_000)])
        #expect(rooms.map(\.bindingYear) == [2026, 2026, 2026])
        let words = ProjectionReport.sentences(rooms[0])
        #expect(words.map(\.id) == ["room.none"])
    }

    @Test("A floor: room is measured down to it, and a cap out of reach conflicts")
    func floor() throws {
        // Equity 500 000 a year, floor 300 000: room 200 000; 100 000 over the cap of 400 000.
        let withFloor = try rooms(
            Self.plan(opening: "500000", costs: [2_000_000, 2_000_000, 2_000_000], floor: "300000"))
        #expect(withFloor.map(\.room) == [kr(200_000), kr(200_000), kr(200_000)])
        #expect(withFloor.allSatisfy { !$0.conflicts })
        // Floor 450 000: room 50 000 < 100 000 to reach the cap.
        let tight = try rooms(Self.plan(opening: "500000", costs: [2_000_000, 2_000_000, 2_000_000], floor: "450000"))
        #expect(tight.map(\.room) == [kr(50_000), kr(50_000), kr(50_000)])
        #expect(tight.allSatisfy { $0.conflicts })
        #expect(ProjectionReport.sentences(tight[0]).map(\.id) == ["room.available", "room.cap_conflict"])
    }

    @Test("Exact to the öre: Sunnerbo 2022 must spend 944 998 − 836 799,60 = 108 198,40 kr")
    func ore() throws {
        let rooms = try #require(RoomCalculator.rooms(try loadFixture("sunnerbo-2022.json").ledger))
        #expect(rooms[0].toReachCap == Money(ore: 10_819_840))
        #expect(rooms[0].room == kr(944_998))
        // Sundsvall: floor 400 tkr; closing equity 577 tkr every year (the document prints 613 for
        // 2024, its own slip) → room 577 − 400 = 177 tkr, and the earliest year, 2022, binds.
        let sundsvall = try #require(RoomCalculator.rooms(try loadFixture("sundsvall-2022.json").ledger))
        #expect(sundsvall[0].room == kr(177_000))
        #expect(sundsvall[0].bindingYear == 2022)
        // Cap 20 % of 7 378 tkr = 1 475,6 tkr: not over.
        #expect(sundsvall[0].cap == kr(1_475_600))
        #expect(sundsvall[0].toReachCap == .zero)
    }
}
