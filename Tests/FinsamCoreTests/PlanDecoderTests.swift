import Testing

@testable import FinsamCore

@Suite("Decoding plan files")
struct PlanDecoderTests {
    @Test("A bad amount names file, line, column and pointer")
    func badAmount() {
        let text = ExamplePlan.plan(opening: #""12,345""#)
        let error = inputError(text)
        #expect(error?.message == Message("amount.too_many_decimals", [.code("12,345"), .integer(2)]))
        #expect(error?.location.pointer.description == "/openingEquity")
        #expect(error?.location.file == "test.json")
        #expect((error?.location.line ?? 0) > 1)
    }

    @Test("A negative contribution is an input error")
    func negativeContribution() {
        let year = ExamplePlan.year(2024, status: "budget", contributions: #"{"staten": -1}"#)
        let error = inputError(ExamplePlan.plan(first: year))
        #expect(error?.message.id == "plan.negative_amount")
        #expect(error?.location.pointer.description == "/years/0/contributions/staten")
    }

    @Test("Years must be unique and consecutive")
    func years() {
        let twice = inputError(ExamplePlan.plan(later: [ExamplePlan.year(2024), ExamplePlan.year(2025)]))
        #expect(twice?.message == Message("plan.duplicate_year", [.integer(2024)]))
        #expect(twice?.location.pointer.description == "/years/1")
        let gap = inputError(ExamplePlan.plan(later: [ExamplePlan.year(2026)]))
        #expect(gap?.message == Message("plan.years_not_consecutive", [.integer(2025), .integer(2026)]))
    }

    @Test("An unknown format version is refused")
    func version() {
        let text = ExamplePlan.plan().replacingOccurrences(#""formatVersion": 1"#, #""formatVersion": 2"#)
        #expect(inputError(text)?.message == Message("plan.unsupported_version", [.integer(2), .integer(1)]))
    }

    @Test("A wrong choice suggests the nearest")
    func choice() {
        let text = ExamplePlan.plan().replacingOccurrences(#""status": "plan""#, #""status": "plam""#)
        let error = inputError(text)
        #expect(error?.message.id == "plan.invalid_choice")
        #expect(error?.message.arguments.last == .code("plan"))
        let rendered = Catalog(language: .en).render(error?.message ?? Message("x"))
        #expect(rendered.hasSuffix("did you mean \"plan\"?"))
    }

    @Test("Unknown fields are collected with the nearest known name")
    func unknownFields() throws {
        let loaded = try loadText(ExamplePlan.plan(policy: #"{"maxAdminShar": 10}"#))
        #expect(loaded.loaded.unknownFields.map(\.name) == ["maxAdminShar"])
        #expect(loaded.loaded.unknownFields.first?.suggestion == "maxAdminShare")
        #expect(
            loaded.loaded.unknownFields.first.map { loaded.loaded.document.pointer(to: $0.ref.offset).description }
                == "/policy/maxAdminShar")
    }

    @Test("stateAllocation derives the matching contributions by the split key")
    func derived() throws {
        // 1 000 001 kr from the state: halves by largest remainder 500 001 / 500 000; the
        // municipal half by population 100 : 300 = 125 000 / 375 000.
        let year = #"{"year": 2024, "status": "budget", "stateAllocation": 1000001, "costs": []}"#
        let loaded = try loadText(ExamplePlan.plan(first: year))
        let contributions = loaded.plan.years[0].contributions
        #expect(contributions.map(\.memberID) == ["staten", "region", "a", "b"])
        #expect(contributions.map(\.amount.money) == [kr(1_000_001), kr(500_001), kr(125_000), kr(375_000)])
        #expect(contributions.map(\.derived) == [false, true, true, true])
        #expect(loaded.ledger.years[0].contributions == kr(2_000_002))
    }

    @Test("Declared figures in tkr carry their precision")
    func precision() throws {
        let loaded = try loadFixture("sunnerbo-2022.json")
        let closing = try #require(loaded.plan.years[0].declared?.closingEquity)
        #expect(closing.money == kr(945_000))
        #expect(closing.precision == kr(1_000))
        let sundsvall = try loadFixture("sundsvall-2022.json")
        #expect(sundsvall.plan.years[0].contributions[1].amount.precision == kr(100))
    }

    @Test("Dates are checked, leap years included")
    func dates() {
        #expect(PlanDate.parse("2024-02-29") != nil)
        #expect(PlanDate.parse("2023-02-29") == nil)
        #expect(PlanDate.parse("2022-12-31")?.description == "2022-12-31")
        #expect(PlanDate.parse("2022-1-31") == nil)
        #expect(PlanDate.parse("２０２２-01-01") == nil)
    }

    @Test("Edit distance and suggestions")
    func suggestions() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.nearest(to: "--fromat", in: ["--format", "--lang"]) == "--format")
        #expect(Suggestion.nearest(to: "zzz", in: ["--format", "--lang"]) == nil)
    }
}
