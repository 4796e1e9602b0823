/// "Did you mean": the nearest candidate by edit distance, if it is near enough to be a typo.
public enum Suggestion {
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        // A typo is at most 3 edits away: a word many times longer than every candidate is no
        // typo, and comparing a megabyte-long key character by character would take minutes.
        let longest = candidates.map(\.utf8.count).max() ?? 0
        guard word.utf8.count <= longest * 4 + 3 else { return nil }
        let folded = FoldedWord(word)
        let limit = max(1, min(3, (folded.characterCount ?? word.count) / 3))
        var distance = BandedDistance(limit: limit)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let found = folded.distance(to: FoldedWord(candidate), within: &distance)
            if found < (best?.distance ?? Int.max) { best = (candidate, found) }
        }
        guard let best, best.distance <= limit else { return nil }
        return best.candidate
    }

    /// Levenshtein distance between two strings, by characters: every cell of the table, so
    /// the square of the length. The hints use ``BandedDistance``; this is what it is tested
    /// against.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// A word lowercased for comparing: its bytes when it is ASCII (a byte is then a character, and
/// lowercasing maps A–Z alone), else its characters. Most words and candidates (field names,
/// rule ids, member ids) are ASCII, and breaking text into characters was most of the time of a
/// suggestion: 10 000 instructions for each unknown field.
private enum FoldedWord {
    case ascii([UInt8])
    case characters([Character])

    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            // A carriage return and a line feed are one character, "\r\n".
            guard byte < 0x80, byte != UInt8(ascii: "\r") else {
                self = .characters(Array(text.lowercased()))
                return
            }
            bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        self = .ascii(bytes)
    }

    /// The number of characters, known without counting for an ASCII word.
    var characterCount: Int? {
        if case .ascii(let bytes) = self { return bytes.count }
        return nil
    }

    var characters: [Character] {
        switch self {
        case .ascii(let bytes): return bytes.map { Character(Unicode.Scalar($0)) }
        case .characters(let characters): return characters
        }
    }

    func distance(to other: FoldedWord, within band: inout BandedDistance) -> Int {
        if case .ascii(let mine) = self, case .ascii(let theirs) = other { return band.between(mine, theirs) }
        return band.between(characters, other.characters)
    }
}

/// The edit distance when it is at most `limit`, else `limit + 1`: a hint only wants distances
/// up to 3, and those lie within `limit` cells of the table's diagonal, so only that band is
/// worked out. The whole table was the square of the length: two plan ids of 100 000
/// characters one typo apart took minutes, the band takes a millisecond.
struct BandedDistance {
    let limit: Int
    /// The cells of the table worked out so far, at most `2 * limit + 1` a character.
    private(set) var cells = 0

    init(limit: Int) { self.limit = limit }

    mutating func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        let far = limit + 1
        guard abs(a.count - b.count) <= limit else { return far }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // A cell outside the band, or any distance past the limit, is `far`: farther is no
        // different for a hint.
        var previous = [Int](repeating: far, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var current = [Int](repeating: far, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, far) : far
            var nearest = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, far)
                current[j] = cell
                nearest = min(nearest, cell)
            }
            cells += high - low + 1
            if high < b.count { current[high + 1] = far }
            // Every way on passes through this row: past the limit here, past it at the end.
            if nearest == far { return far }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
