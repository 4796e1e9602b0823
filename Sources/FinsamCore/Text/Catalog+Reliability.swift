/// Messages of the reader's limits and of writing files.
extension Catalog {
    static let reliabilityEnglish: [String: String] = [
        "json.string_too_long": "a string longer than {0} bytes: no text in a plan is this long; is the file damaged?",
        "file.write_failed": "cannot write {0}: {1}; nothing was changed",
        "file.output_is_input": "{0} is an input: finsam never writes over a file it reads",
    ]

    static let reliabilitySwedish: [String: String] = [
        "json.string_too_long": "en sträng längre än {0} byte: ingen text i en plan är så lång; är filen skadad?",
        "file.write_failed": "kan inte skriva {0}: {1}; ingenting ändrades",
        "file.output_is_input": "{0} är en indatafil: finsam skriver aldrig över en fil som det läser",
    ]
}
