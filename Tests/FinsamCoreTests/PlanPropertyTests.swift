import Testing

@testable import FinsamCore

@Suite("Properties of loading and checking plans, over seeded random plans and bytes")
struct PlanPropertyTests {
    @Test(
        "Every year of a random plan: closing = opening + income − costs, and the figures are the file's",
        arguments: PropertySeeds.all)
    func equityRollForward(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<150 {
            let generated = RandomPlan(using: &random)
            let loaded: CheckedPlan
            do throws(InputError) {
                loaded = try check(Array(generated.text.utf8), file: "random.json")
            } catch {
                Issue.record("seed \(seed): a valid plan was refused: \(error.message)\n\(generated.text)")
                continue
            }
            #expect(loaded.ledger.years.count == generated.years.count)
            var opening = generated.openingEquity
            for (ledger, expected) in zip(loaded.ledger.years, generated.years) {
                let income = expected.contributions + expected.otherIncome
                #expect(ledger.openingEquity.map { Int128($0.ore) } == opening, "seed \(seed), \(ledger.number)")
                #expect(Int128(ledger.contributions.ore) == expected.contributions, "seed \(seed), \(ledger.number)")
                #expect(Int128(ledger.income.ore) == income, "seed \(seed), \(ledger.number)")
                #expect(Int128(ledger.costs.ore) == expected.costs, "seed \(seed), \(ledger.number)")
                #expect(Int128(ledger.result.ore) == income - expected.costs)
                #expect(
                    ledger.closingEquity.map { Int128($0.ore) } == opening + income - expected.costs,
                    "seed \(seed), \(ledger.number)")
                // The identity in finsam's own figures, too.
                #expect(ledger.openingEquity?.adding(ledger.income)?.subtracting(ledger.costs) == ledger.closingEquity)
                #expect(ledger.administrationCosts.adding(ledger.operationsCosts) == ledger.costs)
                opening = opening + income - expected.costs
            }
        }
    }

    @Test("Reading never traps: random bytes", arguments: PropertySeeds.all)
    func randomBytes(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // Bytes drawn mostly from JSON's own alphabet, so the reader gets past the first byte.
        let alphabet =
            Array("{}[]:,\"\\ \n0123456789-.eE+truefalsnNaI/*u\u{00E5}".utf8) + [0x00, 0xFF, 0xC3, 0xEF, 0xBB, 0xBF]
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...200, using: &random)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &random)
                    ? alphabet.randomElement(using: &random) ?? 0 : UInt8.random(in: 0...255, using: &random)
            }
            Self.mustNotTrap(bytes)
        }
    }

    @Test("Reading never traps: fixtures mutated byte by byte", arguments: PropertySeeds.all)
    func mutatedFixtures(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let originals = try Self.fixtures.map { try Reliability.bytes($0) }.filter { !$0.isEmpty }
        let tokens = [
            "-0", "1e400", "NaN", "null", "[]", "{}", "\"\"", "92233720368547758.08", ",", "\"\\u", "\u{FEFF}",
        ].map { Array($0.utf8) }
        for _ in 0..<400 {
            guard var bytes = originals.randomElement(using: &random) else { return }
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let at = Int.random(in: 0..<max(1, bytes.count), using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8.random(in: 0...255, using: &random)
                case 1 where !bytes.isEmpty: bytes.remove(at: min(at, bytes.count - 1))
                case 2: bytes.insert(contentsOf: tokens.randomElement(using: &random) ?? [], at: min(at, bytes.count))
                default: bytes = Array(bytes.prefix(at))
                }
            }
            Self.mustNotTrap(bytes)
        }
    }

    static let fixtures: [String] = [
        "Fixtures/plans/sodra-vatterbygden-2024.json", "Fixtures/plans/sundsvall-2022.json",
        "Fixtures/plans/sunnerbo-2022.json", "Fixtures/invalid/valid-base.json",
        "Fixtures/invalid/unknown-field.json", "Fixtures/invalid/unknown-initiative.json",
    ]

    /// Runs the bytes through every stage; a trap ends the test process, which is the failure.
    /// Where an error comes back, its place must exist in the file.
    static func mustNotTrap(_ bytes: [UInt8]) {
        let body = JSONReader.strippingBOM(bytes)
        do throws(JSONSyntaxError) {
            _ = try JSONReader().read(body)
        } catch {
            #expect(error.offset >= 0 && error.offset <= body.count)
        }
        let result = fileResult(bytes, file: "bytes.json")
        if case .failure(let error) = result.outcome {
            #expect(error.location.line >= 1 && error.location.column >= 1)
            #expect(error.location.line <= body.filter { $0 == 0x0A }.count + 1)
        }
        for reporter in Reporters.all { _ = reporter.report([result], options: ReportOptions(language: .sv)) }
    }
}
