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

/// A seed plan fixture, loaded the way `finsam validate` loads it.
func loadFixture(_ name: String) throws -> LoadedPlan {
    let path = "Fixtures/plans/" + name
    return try LoadedPlan.load(try fixtureBytes(path), file: path)
}

/// A plan from JSON text.
func loadText(_ text: String, file: String = "test.json") throws -> LoadedPlan {
    try LoadedPlan.load(Array(text.utf8), file: file)
}

/// Whole kronor as money.
func kr(_ kronor: Int64) -> Money { Money(ore: kronor * 100) }

/// The input error for JSON text, or nil if it loads.
func inputError(_ text: String) -> InputError? {
    do throws(InputError) {
        _ = try LoadedPlan.load(Array(text.utf8), file: "test.json")
        return nil
    } catch {
        return error
    }
}
