/// The shared-strings part (`xl/sharedStrings.xml`, ECMA-376 §18.4): each `<si>` is one string,
/// its text the `<t>` elements in order, of rich-text runs too, without phonetic guides (`<rPh>`),
/// with `_xHHHH_` escapes decoded (``StringEscapes``).
enum SharedStrings {
    static func read(_ bytes: [UInt8]) throws(XMLError) -> [String] {
        var reader = XMLPullReader(bytes)
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var phonetic = 0
        while let event = try reader.next() {
            switch event {
            case .start(let name, _):
                if name == "si" {
                    inItem = true
                    current = ""
                }
                if name == "rPh" { phonetic += 1 }
                if name == "t" { inText = true }
            case .end(let name):
                if name == "si" {
                    strings.append(StringEscapes.decode(current))
                    inItem = false
                }
                if name == "rPh" { phonetic -= 1 }
                if name == "t" { inText = false }
            case .text(let text):
                if inItem && inText && phonetic == 0 { current += text }
            }
        }
        return strings
    }
}
