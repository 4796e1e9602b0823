/// Messages of the reader's limits and of writing files.
extension Catalog {
    static let reliabilityEnglish: [String: String] = [
        "json.string_too_long": "a string longer than {0} bytes: no text in a plan is this long; is the file damaged?",
        "file.write_failed": "cannot write {0}: {1}; nothing was changed",
        "file.output_is_input": "{0} is an input: finsam never writes over a file it reads",
        "file.too_large": "larger than {0} bytes, the most finsam reads from one input; give {1} to read more",
        "input.not_regular_file": "not a regular file (a device, pipe or socket): a directory's plans must be files",
    ]

    static let reliabilitySwedish: [String: String] = [
        "json.string_too_long": "en sträng längre än {0} byte: ingen text i en plan är så lång; är filen skadad?",
        "file.write_failed": "kan inte skriva {0}: {1}; ingenting ändrades",
        "file.output_is_input": "{0} är en indatafil: finsam skriver aldrig över en fil som det läser",
        "file.too_large": "större än {0} byte, det mesta finsam läser från en indata; ange {1} för att läsa mer",
        "input.not_regular_file":
            "ingen vanlig fil (en enhet, ett rör eller en socket): en katalogs planer måste vara filer",
    ]
}
