import Foundation
import Testing

@testable import FinsamCore

/// One file of `Fixtures/invalid/` and what finsam must make of it.
struct BadInput: Sendable, CustomTestStringConvertible {
    enum Outcome: Sendable {
        /// The file cannot be checked (exit code 2): the message id.
        case invalid(String)
        /// The file is checked and gives exactly this one finding.
        case finding(rule: String, severity: Severity)
        /// The file is checked and gives no finding.
        case clean
    }

    /// Where the message must point, found in the file's bytes by the test, not by finsam.
    enum Place: Sendable {
        case start
        case end
        /// The `occurrence`th match of `text`, `skip` bytes in.
        case text(String, occurrence: Int = 1, skip: Int = 0)
        case bytes([UInt8])
    }

    let file: String
    let outcome: Outcome
    let place: Place
    let pointer: String

    init(_ file: String, _ outcome: Outcome, at place: Place = .start, pointer: String = "") {
        self.file = file
        self.outcome = outcome
        self.place = place
        self.pointer = pointer
    }

    var testDescription: String { file }

    /// The byte offset (after any BOM) the message must point at.
    func offset(in body: [UInt8]) -> Int? {
        switch place {
        case .start: return 0
        case .end: return body.count
        case .text(let text, let occurrence, let skip):
            return Reliability.offset(of: Array(text.utf8), in: body, occurrence: occurrence).map { $0 + skip }
        case .bytes(let bytes): return Reliability.offset(of: bytes, in: body)
        }
    }

    /// Every fixture of `Fixtures/invalid/`. Places and pointers are read off the fixture text
    /// (scripts/make-invalid-fixtures.py says what each changes in valid-base.json).
    static let all: [BadInput] = [
        BadInput("valid-base.json", .clean),
        BadInput("utf8-bom.json", .clean),
        BadInput("empty.json", .invalid("json.empty")),
        BadInput("not-json.json", .invalid("json.unexpected_character")),
        BadInput("truncated.json", .invalid("json.unexpected_end"), at: .end, pointer: "/years/0/costs/0"),
        BadInput("invalid-utf8.json", .invalid("json.invalid_utf8"), at: .bytes([0xF6]), pointer: "/federation/name"),
        BadInput("utf16le-bom.json", .invalid("json.utf16_bom")),
        BadInput("utf16be-bom.json", .invalid("json.utf16_bom")),
        BadInput("utf16le-no-bom.json", .invalid("json.utf16")),
        BadInput("utf16be-no-bom.json", .invalid("json.utf16")),
        BadInput(
            "duplicate-key.json", .invalid("json.duplicate_key"),
            at: .text(#"500000, "staten""#, skip: 8), pointer: "/years/0/contributions"),
        BadInput(
            "trailing-comma.json", .invalid("json.trailing_comma"),
            at: .text("1800000},\n      ]", skip: 8), pointer: "/years/0/costs"),
        BadInput("comment.json", .invalid("json.comment"), at: .text("// from")),
        BadInput("nan.json", .invalid("json.non_finite"), at: .text("NaN"), pointer: "/openingEquity"),
        BadInput("infinity.json", .invalid("json.non_finite"), at: .text("Infinity"), pointer: "/openingEquity"),
        BadInput(
            "negative-infinity.json", .invalid("json.non_finite"), at: .text("-Infinity"), pointer: "/openingEquity"),
        BadInput("exponent-huge.json", .invalid("amount.exponent"), at: .text("1e400"), pointer: "/openingEquity"),
        BadInput("exponent.json", .invalid("amount.exponent"), at: .text("2.0E5"), pointer: "/years/0/costs/0/amount"),
        BadInput(
            "negative-zero.json", .invalid("plan.negative_amount"),
            at: .text("-0"), pointer: "/years/0/contributions/kommun"),
        BadInput(
            "three-decimals.json", .invalid("amount.too_many_decimals"),
            at: .text("200000.125"), pointer: "/years/0/costs/0/amount"),
        BadInput(
            "amount-beyond-int64.json", .invalid("amount.overflow"),
            at: .text("92233720368547758.08"), pointer: "/openingEquity"),
        BadInput(
            "amount-many-digits.json", .invalid("amount.overflow"),
            at: .text("123456789012345678901234567890"), pointer: "/openingEquity"),
        BadInput(
            "sum-overflow.json", .invalid("amount.sum_overflow"),
            at: .text("{\n      \"year\": 2025"), pointer: "/years/0"),
        BadInput(
            "negative-contribution.json", .invalid("plan.negative_amount"),
            at: .text("-500000"), pointer: "/years/0/contributions/kommun"),
        BadInput(
            "duplicate-member.json", .invalid("plan.duplicate_member"),
            at: .text(#""region", "name": "Region två""#), pointer: "/members/3/id"),
        BadInput(
            "duplicate-year.json", .invalid("plan.duplicate_year"),
            at: .text("{\n      \"year\": 2025", occurrence: 2), pointer: "/years/1"),
        BadInput(
            "unknown-version.json", .invalid("plan.unsupported_version"), at: .text("2,"), pointer: "/formatVersion"),
        BadInput(
            "unknown-initiative.json", .finding(rule: "unknown_reference", severity: .error),
            at: .text(#"{"name": "Insatser", "category": "operations", "amount": 1800000, "initiative""#),
            pointer: "/years/0/costs/1"),
        BadInput(
            "unknown-field.json", .finding(rule: "unknown_field", severity: .warning),
            at: .text(#""openingEqiuty""#), pointer: "/openingEqiuty"),
    ]
}

@Suite("Bad input: each fixture of Fixtures/invalid gives the right outcome and a located message")
struct InvalidInputTests {
    @Test("Outcome, message id, line, column and JSON Pointer", arguments: BadInput.all)
    func fixture(_ input: BadInput) throws {
        let path = "Fixtures/invalid/" + input.file
        let bytes = try Reliability.bytes(path)
        let body = JSONReader.strippingBOM(bytes)
        let result = fileResult(bytes, file: path)
        let location: Finding.Location
        switch (input.outcome, result.outcome) {
        case (.clean, .success(let findings)):
            #expect(findings.isEmpty, "\(findings.map(\.ruleID))")
            return
        case (.invalid(let id), .failure(let error)):
            #expect(error.message.id == id)
            location = error.location
        case (.finding(let rule, let severity), .success(let findings)):
            // The fixture differs from a clean plan by one mistake, so exactly one finding.
            #expect(findings.count == 1, "\(findings.map(\.ruleID))")
            let finding = try #require(findings.first { $0.ruleID == rule })
            #expect(finding.severity == severity)
            location = finding.location
        default:
            Issue.record("expected \(input.outcome), got \(result.outcome)")
            return
        }
        let offset = try #require(input.offset(in: body), "the marker is not in the fixture")
        let expected = Reliability.lineColumn(of: offset, in: body)
        #expect(location.file == path)
        #expect(location.line == expected.line)
        #expect(location.column == expected.column)
        #expect(location.pointer.description == input.pointer)
        try expectReadableReport(result, at: location)
    }

    /// Both languages render the message from the catalogue, with file, line, column and pointer.
    private func expectReadableReport(_ result: FileResult, at location: Finding.Location) throws {
        let messageID: String
        switch result.outcome {
        case .failure(let error): messageID = error.message.id
        case .success(let findings): messageID = try #require(findings.first).message.id
        }
        for language in Language.allCases {
            let text = TextReporter().report([result], options: ReportOptions(language: language))
            let place = "\(location.file):\(location.line):\(location.column): "
            let pointer = location.pointer.description.isEmpty ? "/" : location.pointer.description
            #expect(text.hasPrefix(place), "\(language): \(text)")
            #expect(text.contains(" [" + pointer + "]\n"))
            #expect(!text.contains(messageID), "\(language): the id was printed, not a message")
            #expect(!text.contains("{0}") && !text.contains("{1}"))
        }
    }

    @Test("The table covers every file of Fixtures/invalid")
    func tableIsComplete() throws {
        let directory = Reliability.root.appendingPathComponent("Fixtures/invalid")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(BadInput.all.map(\.file)))
    }

    @Test("The unknown field's warning names the field and the nearest known one")
    func unknownFieldSuggestion() throws {
        let path = "Fixtures/invalid/unknown-field.json"
        let result = fileResult(try Reliability.bytes(path), file: path)
        let text = TextReporter().report([result], options: ReportOptions(language: .en))
        #expect(text.contains(#""openingEqiuty""#))
        #expect(text.contains(#"did you mean "openingEquity"?"#))
    }

    @Test("Nesting 10 000 levels deep stops at the depth limit, at the first level too deep")
    func deepNesting() throws {
        // 256 levels are allowed, so the 257th bracket (offset 256, column 257) is refused, and
        // the pointer names the 256 arrays around it: "/0" 256 times.
        let arrays =
            Array(String(repeating: "[", count: 10_000).utf8) + Array(String(repeating: "]", count: 10_000).utf8)
        let arrayError = try #require(Reliability.loadError(arrays))
        #expect(arrayError.message == Message("json.too_deep", [.integer(256)]))
        #expect(arrayError.location.line == 1 && arrayError.location.column == 257)
        #expect(arrayError.location.pointer.description == String(repeating: "/0", count: 256))
        // Objects: `{"a":` is 5 bytes, so the 257th object opens at offset 256 × 5, column 1 281.
        let objects = Array(
            (String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)).utf8)
        let objectError = try #require(Reliability.loadError(objects))
        #expect(objectError.message.id == "json.too_deep")
        #expect(objectError.location.column == 1_281)
        #expect(objectError.location.pointer.description == String(repeating: "/a", count: 256))
    }

    @Test("A string of 100 MB is refused where it starts, as a value and as a key")
    func hugeString() throws {
        let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
        let value = Array(#"{"formatVersion": 1, "federation": {"name": ""#.utf8) + huge + Array(#""}}"#.utf8)
        let valueError = try #require(Reliability.loadError(value))
        #expect(valueError.message == Message("json.string_too_long", [.integer(1 << 20)]))
        // `{"formatVersion": 1, ` is 21 bytes, `"federation": {` 15, `"name": ` 8: the string's
        // opening quote is at offset 44, column 45. As a key, its quote is at offset 21.
        #expect(valueError.location.line == 1 && valueError.location.column == 45)
        #expect(valueError.location.pointer.description == "/federation/name")
        let key = Array(#"{"formatVersion": 1, ""#.utf8) + huge + Array(#"": 1}"#.utf8)
        let keyError = try #require(Reliability.loadError(key))
        #expect(keyError.message.id == "json.string_too_long")
        #expect(keyError.location.column == 22)
    }
}
