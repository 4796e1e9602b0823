import Testing

@testable import FinsamCore

@Suite("Suggestion variants in the message catalogue")
struct CatalogSuggestionTests {
    /// `Catalog.render` looks a `_suggest` variant up only when the arguments outnumber its
    /// template's placeholders by one; that is right only while this holds.
    @Test("Every _suggest variant has its plain template, with exactly one placeholder more")
    func oneMorePlaceholder() {
        for (name, table) in [("English", Catalog.english), ("Swedish", Catalog.swedish)] {
            for (id, variant) in table where id.hasSuffix("_suggest") {
                let plainID = String(id.dropLast("_suggest".count))
                guard let plain = table[plainID] else {
                    Issue.record("\(name): \(id) has no plain template \(plainID)")
                    continue
                }
                #expect(Catalog.placeholderCount(variant) == Catalog.placeholderCount(plain) + 1, "\(name): \(id)")
            }
        }
    }

    @Test("The variant is used when the suggestion is there, the plain template when it is not")
    func picksVariant() {
        let catalog = Catalog(language: .en)
        // Catalog+en.swift: "unknown field {0}; it is ignored", and "unknown field {0}; did you mean {1}?".
        #expect(catalog.render(Message("field.unknown", [.code("nmae")])) == "unknown field \"nmae\"; it is ignored")
        #expect(
            catalog.render(Message("field.unknown", [.code("nmae"), .code("name")]))
                == "unknown field \"nmae\"; did you mean \"name\"?")
        // A template whose braces do not hold an index is copied from there on as written.
        #expect(catalog.render(Message("a {x} {0}", [.text("b")])) == "a {x} {0}")
        #expect(catalog.render(Message("{0} and {1}", [.text("one")])) == "one and ")
    }
}
