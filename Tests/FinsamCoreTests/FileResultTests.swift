import Foundation
import Testing

@testable import FinsamCore

/// `validate` asks the pipeline for a file's result directly (``Pipeline/fileResult(_:file:options:)``);
/// it must be exactly what the checked plan gives.
@Suite("A file's result straight from the pipeline")
struct FileResultTests {
    @Test("The same findings, or the same input error, as the checked plan's result, for every fixture")
    func sameAsCheckedPlan() throws {
        let folders = ["Fixtures/plans", "Fixtures/invalid"]
        var compared = 0
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: Reliability.root.appendingPathComponent(folder).path)
            for name in names.sorted() {
                let bytes = try Reliability.bytes(folder + "/" + name)
                let options = CheckOptions(today: testToday)
                let direct = Pipeline.fileResult(bytes, file: name, options: options)
                #expect(
                    direct == FileResult(Pipeline.check(bytes, file: name, options: options), file: name), "\(name)")
                compared += 1
            }
        }
        #expect(compared > 20)
    }
}
