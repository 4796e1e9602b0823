/// Messages of finsam as a CI check: inputs, waivers, receipts, `init`.
extension Catalog {
    static let ciEnglish: [String: String] = [
        "input.no_plans": "no *.json plan files in this directory",
        "waiver.applied": "waived by the board ({0}): {1}",
        "waiver.applied_until": "waived by the board ({0}, until {2}): {1}",
    ]

    static let ciSwedish: [String: String] = [
        "input.no_plans": "inga planfiler (*.json) i denna katalog",
        "waiver.applied": "undantaget genom styrelsebeslut ({0}): {1}",
        "waiver.applied_until": "undantaget genom styrelsebeslut ({0}, till och med {2}): {1}",
    ]
}
