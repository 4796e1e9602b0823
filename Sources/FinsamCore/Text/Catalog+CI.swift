/// Messages of finsam as a CI check: inputs, waivers, receipts, `init`.
extension Catalog {
    static let ciEnglish: [String: String] = [
        "input.no_plans": "no *.json plan files in this directory",
    ]

    static let ciSwedish: [String: String] = [
        "input.no_plans": "inga planfiler (*.json) i denna katalog",
    ]
}
