/// Renders many messages with one ``Catalog``, remembering each message id's template cut into
/// pieces: a report of many findings renders the same few messages over and over, and looking
/// a template up (its feature's table, then the `_suggest` variant) and finding its
/// placeholders cost more than putting the text together.
struct MessageRenderer {
    let catalog: Catalog
    /// A template cut at its placeholders: the text between them (one more than `slots`), and
    /// each placeholder's argument index, as ``Catalog/fill(_:with:)`` reads them.
    final class Pieces {
        let literals: [String]
        /// The literals' bytes, written without going through a string.
        let bytes: [[UInt8]]
        let slots: [Int]
        /// The escapings (bits by ``Escaping/id``) that leave every literal as it is, of those
        /// asked about so far (`asked`): decided on first asking, so a text report, which asks
        /// only about `.none`, never makes the six other escapings (30 K instructions).
        private var plainIn: UInt64 = 0
        private var asked: UInt64 = 0
        /// The argument count the template was chosen for (a `_suggest` variant has one more).
        let argumentCount: Int
        /// The same id's pieces for another argument count, if cut.
        var other: Pieces?

        init(literals: [String], slots: [Int], argumentCount: Int) {
            (self.literals, self.slots) = (literals, slots)
            self.argumentCount = argumentCount
            bytes = literals.map { Array($0.utf8) }
        }

        /// True when `escaping` leaves every literal as it is.
        func isPlain(in escaping: Escaping) -> Bool {
            let bit = UInt64(1) << UInt64(escaping.id)
            if asked & bit == 0 {
                asked |= bit
                if literals.allSatisfy(escaping.isPlain) { plainIn |= bit }
            }
            return plainIn & bit != 0
        }

        func write(literal index: Int, to out: ReportOutput) {
            bytes[index].withUnsafeBufferPointer { out.write(bytes: $0) }
        }
    }
    private var lastID = ""
    private var lastCount = -1
    private var lastPieces: Pieces?
    /// Every template cut so far, by id, each id's argument counts chained (one dictionary of
    /// a type the run has already made: a nested one was two more generic types, and a
    /// conformance looked up, at every start-up).
    private var cut: [String: Pieces] = [:]
    /// The arguments of the message being written, rendered (kept for their storage).
    private var rendered: [String] = []
    /// The last waiver note rendered and the texts it was made of (``note(of:)``), as plain
    /// fields: an optional struct here would be one more type to make at every start-up.
    private var lastNote = ""
    private var lastNoteDecision: String?
    private var lastNoteReason: String?
    private var lastNoteExpires: PlanDate?
    private var hasLastNote = false

    init(_ catalog: Catalog) { self.catalog = catalog }

    /// The same text as `catalog.render(message)`.
    mutating func render(_ message: Message) -> String {
        let pieces = prepare(message)
        var result = pieces.literals[0]
        for (position, slot) in pieces.slots.enumerated() {
            if let argument = message.argument(slot) { result += catalog.render(argument) }
            result += pieces.literals[position + 1]
        }
        return result
    }

    /// The same text written to `out`, escaped as `escaping` says: piece by piece when no
    /// piece has anything to escape, else rendered whole and escaped the plain way (an escape
    /// may read across pieces, as Markdown's reads `\r\n` as one line break).
    mutating func write(_ message: Message, _ escaping: Escaping = .none, to out: ReportOutput) {
        let pieces = prepare(message)
        guard pieces.isPlain(in: escaping) else {
            return out.write(escaping.plain(render(message)))
        }
        switch pieces.slots.count {
        case 0: pieces.write(literal: 0, to: out)
        case 1:
            // One argument (most messages): rendered once, checked, written.
            let text = message.argument(pieces.slots[0]).map(catalog.render) ?? ""
            guard escaping.isPlain(text) else { return out.write(escaping.plain(render(message))) }
            pieces.write(literal: 0, to: out)
            out.write(text)
            pieces.write(literal: 1, to: out)
        default: writeEach(message, pieces, escaping, to: out)
        }
    }

    /// A message of several arguments: each rendered and checked before any is written.
    private mutating func writeEach(_ message: Message, _ pieces: Pieces, _ escaping: Escaping, to out: ReportOutput) {
        rendered.removeAll(keepingCapacity: true)
        for slot in pieces.slots {
            let text = message.argument(slot).map(catalog.render) ?? ""
            guard escaping.isPlain(text) else { return out.write(escaping.plain(render(message))) }
            rendered.append(text)
        }
        pieces.write(literal: 0, to: out)
        for (position, text) in rendered.enumerated() {
            out.write(text)
            pieces.write(literal: position + 1, to: out)
        }
    }

    /// The template's pieces for `message`: the last message's again when its id and argument
    /// count are the same (ids are literals, so the same id compares equal at once), else
    /// those cut before for them, else cut now.
    private mutating func prepare(_ message: Message) -> Pieces {
        let count = message.argumentCount
        if let lastPieces, lastCount == count, lastID == message.id { return lastPieces }
        var found = cut[message.id]
        while let candidate = found, candidate.argumentCount != count { found = candidate.other }
        let pieces = found ?? Self.pieces(of: catalog.template(for: message), argumentCount: count)
        if found == nil {
            pieces.other = cut[message.id]
            cut[message.id] = pieces
        }
        (lastID, lastCount, lastPieces) = (message.id, count, pieces)
        return pieces
    }

    /// `template` cut at its placeholders `{n}`, up to the first brace pair that is not one
    /// (the rest is text), as ``Catalog/fill(_:with:)`` scans it.
    static func pieces(of template: String, argumentCount: Int) -> Pieces {
        var literals: [String] = []
        var slots: [Int] = []
        let utf8 = template.utf8
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
            let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")),
            let index = Int(template[utf8.index(after: open)..<close])
        {
            literals.append(String(template[rest..<open]))
            slots.append(index)
            rest = utf8.index(after: close)
        }
        literals.append(String(template[rest...]))
        return Pieces(literals: literals, slots: slots, argumentCount: argumentCount)
    }
}

extension MessageRenderer {
    /// `render(waiver.note)`, made once for a run of waivers with the same decision, reason and
    /// expiry: a board's decision usually covers many waivers, and their texts are shared
    /// strings (``Waiver/sharingText(with:)``), so the comparison is mostly of storage.
    mutating func note(of waiver: borrowing Waiver) -> String {
        if hasLastNote, waiver.decision == lastNoteDecision, waiver.reason == lastNoteReason,
            waiver.expires == lastNoteExpires
        {
            return lastNote
        }
        lastNote = render(waiver.note)
        (lastNoteDecision, lastNoteReason, lastNoteExpires) = (waiver.decision, waiver.reason, waiver.expires)
        hasLastNote = true
        return lastNote
    }
}
