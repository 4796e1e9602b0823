import Testing

@testable import FinsamCore

@Suite("The message catalogue")
struct CatalogTests {
    @Test("Every message has an English and a Swedish text with the same placeholders")
    func bothLanguages() {
        let ids = Catalog.messageIDs
        #expect(ids.english == ids.swedish)
        for id in ids.english {
            let en = Catalog.placeholderCount(Catalog.english[id] ?? "")
            let sv = Catalog.placeholderCount(Catalog.swedish[id] ?? "")
            #expect(en == sv, "\(id): \(en) placeholders in English, \(sv) in Swedish")
        }
    }

    @Test("Every id starts with one of its table's prefixes, so the lookup finds it")
    func prefixes() {
        for feature in Catalog.features where !feature.prefixes.isEmpty {
            for id in Array(feature.english().keys) + Array(feature.swedish().keys) {
                #expect(feature.covers(id), "\(id) is not under \(feature.prefixes)")
            }
        }
    }

    @Test("No message id is in two features' tables (the first would hide the other)")
    func noIDTwice() {
        for language in Language.allCases {
            var seen: [String: Int] = [:]
            for (index, feature) in Catalog.features.enumerated() {
                for id in (language == .sv ? feature.swedish() : feature.english()).keys {
                    #expect(seen[id] == nil, "\(id) is in tables \(seen[id] ?? -1) and \(index)")
                    seen[id] = index
                }
            }
        }
    }

    @Test("Every finding on the fixtures renders from the catalogue, not as a bare id")
    func findingsRender() throws {
        for name in ["sunnerbo-2022.json", "sodra-vatterbygden-2024.json", "sundsvall-2022.json"] {
            for finding in try loadFixture(name).findings {
                for language in Language.allCases {
                    let text = Catalog(language: language).render(finding.message)
                    #expect(text != finding.message.id && !text.contains("{"), "\(finding.message.id)")
                }
            }
        }
    }

    @Test("Swedish text uses Swedish numbers")
    func swedish() {
        let message = Message(
            "floor.below", [.integer(2024), .money(kr(350_000)), .money(kr(400_000)), .money(kr(50_000))])
        #expect(
            Catalog(language: .sv).render(message)
                == "2024: utgående eget kapital 350 000 kr understiger policyns golv 400 000 kr med 50 000 kr")
        // A plan in tkr shows its amounts in tkr; an id with no template renders as itself.
        #expect(Catalog(language: .sv, unit: .tkr).render(Message("x {0}", [.money(kr(1_844_500))])) == "x 1 844,5 tkr")
    }

    @Test("Language comes from LC_ALL, then LANG")
    func environment() {
        #expect(Language.fromEnvironment(["LANG": "sv_SE.UTF-8"]) == .sv)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "sv_SE"]) == .sv)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}
