import Testing

@testable import FinsamCore

/// Inputs the import fuzzer (scripts/fuzz.sh import) found, kept with what finsam must do.
struct ImportRegressionTests {
    @Test func aMemberListedTwiceIsAnIssueNotAPlanThatCannotLoad() throws {
        // member-twice.csv: the table printed twice, its second half cut short. Försäkringskassan
        // (row 4), Region Kredit (5) and Kredits kommun (6) are listed again on rows 15–17; the
        // plan's contributions are keyed by member, so writing both made a plan with the key
        // "fk" twice. Now an issue at each repeated cell, 2024 (column B) then 2025 (column C),
        // and nothing complete is claimed.
        let result = try ImportReconcileTests.run("member-twice.csv")
        #expect(!result.complete)
        let twice = result.issues.filter { $0.message.id == "import.member_twice" }
        #expect(twice.map { [$0.row, $0.column] } == [[15, 2], [16, 2], [17, 2], [15, 3], [16, 3], [17, 3]])
        #expect(
            twice.first?.message
                == Message("import.member_twice", [.text("Försäkringskassan"), .integer(2024), .integer(4)]))
    }
}
