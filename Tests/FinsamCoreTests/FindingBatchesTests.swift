import Foundation
import Synchronization
import Testing

@testable import FinsamCore

/// A file's findings written in batches side by side must be the same bytes as written in turn.
struct FindingBatchesTests {
    static func options(_ parallelism: Parallelism, size: Int) -> ReportOptions {
        var options = ReportOptions(language: .sv)
        options.parallelism = parallelism
        options.batches.threshold = 0
        options.batches.size = size
        return options
    }

    static func expectSame(_ results: [FileResult], _ label: String) {
        for reporter in [TextReporter(), GitHubReporter()] as [any Reporter] {
            let serial = reporter.report(results, options: ReportOptions(language: .sv))
            for (parallelism, size) in [
                (ParallelYearsTests.threads, 3), (ParallelismTests.reversed, 1), (ParallelYearsTests.threads, 1000),
            ] {
                #expect(reporter.report(results, options: options(parallelism, size: size)) == serial, "\(label)")
            }
        }
    }

    @Test("Every plan fixture, and all of them in one report, in text and GitHub's commands")
    func fixtures() throws {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/plans")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        let results = try names.sorted().map { try loadFixture($0).result }
        for (name, result) in zip(names.sorted(), results) { Self.expectSame([result], name) }
        Self.expectSame(results, "all fixtures")
    }

    @Test("A plan with thousands of findings, waived and not")
    func manyFindings() throws {
        let waiver =
            #""waivers": [{"rule": "initiative_end_date", "pointer": "/initiatives/7", "#
            + #""reason": "Utreds", "decision": "§ 3, 2026-01-20", "expires": "2999-12-31"}]"#
        let text = ParallelRulesTests.wideText(3000).replacingOccurrences(
            of: #""initiatives": ["#, with: waiver + #", "initiatives": ["#)
        let result = try loadText(text).result
        guard case .success(let findings) = result.outcome else {
            Issue.record("the plan did not load")
            return
        }
        #expect(findings.count > 2000)
        #expect(findings.contains { $0.waiver != nil })
        Self.expectSame([result], "wide plan")
    }

    @Test("Below the threshold the findings are written at once; above it, in rounds of one batch per worker")
    func rounds() {
        let seen = Mutex<[Range<Int>]>([])
        let rounds = Mutex<[Int]>([])
        let counting = Parallelism(width: 2) { jobs, body in
            rounds.withLock { $0.append(jobs) }
            for job in 0..<jobs { body(job) }
        }
        var batches = FindingBatches()
        (batches.threshold, batches.size) = (10, 4)
        let out = ReportOutput { _ in }
        batches.write(9, parallelism: counting, to: out) { range, _ in seen.withLock { $0.append(range) } }
        #expect(seen.withLock { $0 } == [0..<9])
        #expect(rounds.withLock { $0 }.isEmpty)
        seen.withLock { $0 = [] }
        batches.write(11, parallelism: counting, to: out) { range, _ in seen.withLock { $0.append(range) } }
        #expect(seen.withLock { $0 } == [0..<4, 4..<8, 8..<11])
        // Two rounds: two batches side by side, then the last alone (one job runs on the calling
        // thread, without the runner).
        #expect(rounds.withLock { $0 } == [2])
    }
}
