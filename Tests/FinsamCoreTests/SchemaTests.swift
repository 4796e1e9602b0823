import Foundation
import Testing

@testable import FinsamCore

@Suite("The JSON Schema")
struct SchemaTests {
    @Test(
        "docs/plan.schema.json is what `finsam schema` prints (re-record with `finsam schema > docs/plan.schema.json`)")
    func committedCopy() throws {
        let committed = String(decoding: try fixtureBytes("docs/plan.schema.json"), as: UTF8.self)
        #expect(committed == PlanSchema.text)
    }

    @Test("The schema is JSON, draft 2020-12, and names every top-level field the decoder knows")
    func fields() throws {
        let value = try JSONReader().read(Array(PlanSchema.text.utf8))
        guard case .object(let members) = value.kind,
            let properties = members.first(where: { $0.key == "properties" }),
            case .object(let fields) = properties.value.kind
        else {
            Issue.record("schema has no properties")
            return
        }
        #expect(Set(fields.map(\.key)) == Set(PlanDecoder.topLevelFields.names))
        #expect(members.contains { $0.key == "$schema" })
    }
}
