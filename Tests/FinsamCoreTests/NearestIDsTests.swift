import Testing

@testable import FinsamCore

/// "Did you mean" hints for unknown ids, within a budget of comparisons.
struct NearestIDsTests {
    @Test("A typo gets the known id it is nearest to; a word far from all gets none")
    func hints() {
        var hints = NearestIDs(known: ["region", "staten", "vaxjo", "alvesta"])
        #expect(hints.nearest(to: "regoin") == "region")
        #expect(hints.nearest(to: "alvsta") == "alvesta")
        #expect(hints.nearest(to: "göteborg") == nil)
    }

    @Test("Past the budget no new id is compared; an id asked before keeps its hint")
    func budget() {
        // Four known ids and a budget of ten comparisons: two ids are compared, the third is not.
        var hints = NearestIDs(known: ["i1", "i2", "i3", "i4"], budget: 10)
        #expect(hints.nearest(to: "i5") == "i1")
        #expect(hints.nearest(to: "x") == nil)
        #expect(hints.nearest(to: "i6") == nil, "the budget has room for only two ids")
        #expect(hints.nearest(to: "i5") == "i1", "asked again: the hint it got before")
    }

    @Test("Thousands of unknown initiatives among thousands of known ones: every one is found, the first with its hint")
    func manyUnknown() throws {
        let count = 2000
        let initiatives = (0..<count).map {
            #"{"id": "i\#($0)", "name": "I\#($0)", "target": "structural", "end": "2024-12-31"}"#
        }
        let costs = (0..<count).map {
            #"{"name": "L\#($0)", "category": "operations", "amount": 1, "initiative": "j\#($0)"}"#
        }
        let year =
            #"{"year": 2024, "status": "budget", "contributions": {}, "costs": [\#(costs.joined(separator: ","))]}"#
        let text = ExamplePlan.plan(first: year, initiatives: "[" + initiatives.joined(separator: ",") + "]")
        let checked = try loadText(text)
        let unknown = checked.findings.filter { $0.message.id == "ref.unknown_initiative" }
        #expect(unknown.count == count)
        // "j0" is one edit from "i0"; the budget (100 000 comparisons of 2 000 ids) gives hints to
        // the first 50 unknown ids only.
        #expect(unknown.first?.message.arguments == [.code("j0"), .code("i0")])
        #expect(unknown.filter { $0.message.arguments.count == 2 }.count == NearestIDs.budget / count)
    }
}
