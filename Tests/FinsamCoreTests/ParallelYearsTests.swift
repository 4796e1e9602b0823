import Dispatch
import Foundation
import Synchronization
import Testing

@testable import FinsamCore

/// A large plan's years are decoded in batches on several threads; the plan, the unknown fields
/// and the first error must be exactly those of a reading from start to end.
@Suite("Years decoded in batches")
struct ParallelYearsTests {
    /// Real threads, from Dispatch (the tests may use it; FinsamCore does not).
    static let threads = Parallelism(width: 3) { jobs, body in
        DispatchQueue.concurrentPerform(iterations: jobs) { body($0) }
    }

    static func batched(_ parallelism: Parallelism) -> PlanDecoder {
        var decoder = PlanDecoder()
        decoder.parallelism = parallelism
        decoder.parallelThreshold = 0
        return decoder
    }

    static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let serial = FastPathTests.outcome(text, decoder: PlanDecoder())
        #expect(FastPathTests.outcome(text, decoder: batched(threads)) == serial, sourceLocation: sourceLocation)
        #expect(
            FastPathTests.outcome(text, decoder: batched(ParallelismTests.reversed)) == serial,
            sourceLocation: sourceLocation)
    }

    @Test("the years are cut into one batch per worker, balanced by bytes")
    func batchesAreCut() throws {
        var random = SplitMix64(seed: 11)
        var plan = RandomPlan(using: &random)
        while plan.years.count < 4 { plan = RandomPlan(using: &random) }
        let document = try JSONReader().parse(Array(plan.text.utf8))
        let years = try #require(document.root.member("years")?.elements)
        let calls = Mutex(0)
        let counting = Parallelism(width: 3) { jobs, body in
            calls.withLock { $0 = jobs }
            for job in 0..<jobs { body(job) }
        }
        let (serial, _) = try PlanDecoder.decode(document.root)
        var decoder = Self.batched(counting)
        decoder.unit = serial.unit
        let batches = decoder.yearBatches(years, members: serial.members, policy: serial.policy)
        #expect(calls.withLock { $0 } >= 2)
        #expect(batches.count == calls.withLock { $0 })
        #expect(batches.flatMap(\.years).map(\.year) == serial.years.map(\.year))
        #expect(batches.allSatisfy { $0.error == nil && !$0.years.isEmpty })
    }

    @Test("random plans, valid and broken, decode the same in batches as in one pass")
    func randomPlans() {
        var random = SplitMix64(seed: 42)
        for round in 0..<150 {
            let plan = RandomPlan(using: &random)
            Self.expectSame(plan.text)
            // Break one year: a wrong year number, an unknown field, a bad amount.
            var broken = plan.text
            switch round % 3 {
            case 0: broken = broken.replacingFirst(#""status": ""#, with: #""statu": ""#)
            case 1: broken = broken.replacingFirst(#""year": "#, with: #""year": 1"#)
            default: broken = broken.replacingFirst(#""amount": "#, with: #""amount": -"#)
            }
            Self.expectSame(broken)
        }
    }

    @Test("an error in a later batch loses to an earlier one, as in one pass")
    func firstErrorWins() {
        let years = (2020...2027).map { year in
            let status = year == 2022 ? "budgett" : "budget"
            let extra = year == 2026 ? #", "costz": []"# : ""
            return
                #"{"year": \#(year), "status": "\#(status)", "contributions": {"staten": 2, "region": 1, "k1": 1}\#(extra)}"#
        }
        let text = """
            {"formatVersion": 1, "federation": {"name": "F"},
             "members": [{"id": "staten", "name": "S", "kind": "state"}, {"id": "region", "name": "R", "kind": "region"},
                         {"id": "k1", "name": "K", "kind": "municipality"}],
             "openingEquity": 0, "years": [\(years.joined(separator: ", "))]}
            """
        let outcome = FastPathTests.outcome(text, decoder: PlanDecoder())
        #expect(outcome.first?.hasPrefix("error plan.invalid_choice") == true)
        Self.expectSame(text)
    }
}

extension String {
    /// The text with the first `target` replaced, or unchanged.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

@Suite("Ledger sums on several threads")
struct ParallelLedgerTests {
    static func figures(_ ledger: Ledger) -> [String] {
        ledger.years.map { year in
            [
                year.contributions, year.otherIncome, year.costs, year.administrationCosts, year.operationsCosts,
                year.individualCosts, year.structuralCosts, year.unlinkedOperationsCosts, year.result,
                year.openingEquity ?? Money(ore: -1), year.closingEquity ?? Money(ore: -1),
            ].map { String($0.ore) }.joined(separator: " ")
                + " initiatives \(year.costInitiatives) groups \(year.groupCosts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.ore)" })"
        }
    }

    @Test("the ledger of a random plan is the same summed on threads as in one pass")
    func sameFigures() throws {
        var random = SplitMix64(seed: 77)
        for _ in 0..<100 {
            let text = RandomPlan(using: &random).text
            let (plan, _) = try PlanDecoder.decode(try JSONReader().parse(Array(text.utf8)).root)
            let serial = try Ledger(plan: plan)
            let threaded = try Ledger(plan: plan, parallelism: ParallelYearsTests.threads, threshold: 0)
            let reversed = try Ledger(plan: plan, parallelism: ParallelismTests.reversed, threshold: 0)
            #expect(Self.figures(threaded) == Self.figures(serial))
            #expect(Self.figures(reversed) == Self.figures(serial))
        }
    }

    @Test("an overflow in a later year is reported for the first year that overflows, as in one pass")
    func firstOverflowWins() throws {
        let big = "92233720368547758"
        let years = (2020...2023).map { year in
            let costs =
                year >= 2022
                ? #"[{"name": "A", "category": "operations", "amount": \#(big)}, {"name": "B", "category": "operations", "amount": \#(big)}]"#
                : "[]"
            return
                #"{"year": \#(year), "status": "budget", "contributions": {"staten": 2, "region": 1, "k1": 1}, "costs": \#(costs)}"#
        }
        let text = """
            {"formatVersion": 1, "federation": {"name": "F"},
             "members": [{"id": "staten", "name": "S", "kind": "state"}, {"id": "region", "name": "R", "kind": "region"},
                         {"id": "k1", "name": "K", "kind": "municipality"}],
             "openingEquity": 0, "years": [\(years.joined(separator: ", "))]}
            """
        let (plan, _) = try PlanDecoder.decode(try JSONReader().parse(Array(text.utf8)).root)
        #expect(throws: PlanError.self) { try Ledger(plan: plan) }
        var serialError: PlanError?
        var threadedError: PlanError?
        do { _ = try Ledger(plan: plan) } catch { serialError = error }
        do { _ = try Ledger(plan: plan, parallelism: ParallelismTests.reversed, threshold: 0) } catch {
            threadedError = error
        }
        #expect(serialError?.message == Message("amount.sum_overflow", [.integer(2022)]))
        #expect(threadedError == serialError)
    }
}
