/// Messages about inputs too large to read: the reader's limits.
extension Catalog {
    static let reliabilityEnglish: [String: String] = [
        "json.string_too_long": "a string longer than {0} bytes: no text in a plan is this long; is the file damaged?",
    ]

    static let reliabilitySwedish: [String: String] = [
        "json.string_too_long": "en sträng längre än {0} byte: ingen text i en plan är så lång; är filen skadad?",
    ]
}
