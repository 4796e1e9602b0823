import Foundation
import Testing

@testable import FinsamCore

/// The repository's root, found from this file's path, so tests run from any directory.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bytes of a file under the repository root.
func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath)))
}

/// The date waivers are compared with in tests (the golden files were recorded as of it).
let testToday = PlanDate(year: 2026, month: 11, day: 23)

/// Bytes checked by the one pipeline, as `finsam validate` checks them.
func check(
    _ bytes: [UInt8], file: String, today: PlanDate = testToday, projection: ProjectionRequest? = nil,
    rules: [any Rule]? = nil
) throws(InputError) -> CheckedPlan {
    var options = CheckOptions(today: today, projection: projection)
    if let rules { options.rules = rules }
    return try Pipeline.check(bytes, file: file, options: options).get()
}

/// What `finsam validate` reports for one file's bytes.
func fileResult(_ bytes: [UInt8], file: String, today: PlanDate = testToday) -> FileResult {
    FileResult(Pipeline.check(bytes, file: file, options: CheckOptions(today: today)), file: file)
}

/// A seed plan fixture, checked the way `finsam validate` checks it.
func loadFixture(_ name: String, projection: ProjectionRequest? = nil) throws -> CheckedPlan {
    let path = "Fixtures/plans/" + name
    return try check(try fixtureBytes(path), file: path, projection: projection)
}

/// A plan from JSON text, checked.
func loadText(_ text: String, file: String = "test.json", projection: ProjectionRequest? = nil) throws -> CheckedPlan {
    try check(Array(text.utf8), file: file, projection: projection)
}

/// Whole kronor as money.
func kr(_ kronor: Int64) -> Money { Money(ore: kronor * 100) }

/// The input error for JSON text, or nil if it loads.
func inputError(_ text: String) -> InputError? {
    do throws(InputError) {
        _ = try check(Array(text.utf8), file: "test.json")
        return nil
    } catch {
        return error
    }
}
