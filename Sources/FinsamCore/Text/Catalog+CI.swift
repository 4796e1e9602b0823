/// Messages of finsam as a CI check: inputs, waivers, receipts, `init`.
extension Catalog {
    static let ciEnglish: [String: String] = [
        "input.no_plans": "no *.json plan files in this directory",
        "receipt.unwritable": "cannot write the receipt {0}: {1}",
        "waiver.applied": "waived by the board ({0}): {1}",
        "waiver.bad_pointer": "{0} is not a JSON Pointer: one is empty or starts with /",
        "waiver.incomplete": "the waiver for {0} lacks {1}: a waiver needs the reason and the board decision it rests on; it is not applied",
        "waiver.expired": "the waiver for {0} ({1}) expired on {2}; it is no longer applied",
        "waiver.no_expiry": "the waiver for {0} ({1}) has no expiry date; a board decision should be reviewed by a set date",
        "waiver.unused": "the waiver for {0} matches no finding; remove it, or correct its year or pointer",
        "waiver.unknown_rule": "the waiver names {0}, which is not a finsam rule, so it matches nothing",
        "waiver.unknown_rule_suggest": "the waiver names {0}, which is not a finsam rule, so it matches nothing; did you mean {1}?",
        "waiver.applied_until": "waived by the board ({0}, until {2}): {1}",
    ]

    static let ciSwedish: [String: String] = [
        "input.no_plans": "inga planfiler (*.json) i denna katalog",
        "receipt.unwritable": "kan inte skriva kvittot {0}: {1}",
        "waiver.applied": "undantaget genom styrelsebeslut ({0}): {1}",
        "waiver.bad_pointer": "{0} är ingen JSON-pekare: en sådan är tom eller börjar med /",
        "waiver.incomplete": "undantaget för {0} saknar {1}: ett undantag behöver ett skäl och det styrelsebeslut det vilar på; det tillämpas inte",
        "waiver.expired": "undantaget för {0} ({1}) gick ut {2}; det tillämpas inte längre",
        "waiver.no_expiry": "undantaget för {0} ({1}) saknar slutdatum; ett styrelsebeslut bör omprövas till ett bestämt datum",
        "waiver.unused": "undantaget för {0} matchar inget fynd; ta bort det eller rätta dess år eller pekare",
        "waiver.unknown_rule": "undantaget anger {0}, som inte är någon regel i finsam, och matchar därför inget",
        "waiver.unknown_rule_suggest": "undantaget anger {0}, som inte är någon regel i finsam, och matchar därför inget; menade du {1}?",
        "waiver.applied_until": "undantaget genom styrelsebeslut ({0}, till och med {2}): {1}",
    ]
}
