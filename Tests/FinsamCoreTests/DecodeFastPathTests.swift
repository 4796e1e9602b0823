import Testing

@testable import FinsamCore

/// The decoder's cheaper ways of reading strings, keys and member lists from the tape, each
/// against the plain way it replaces.
@Suite("Decoding fast paths against the plain readings")
struct DecodeFastPathTests {
    /// Scalars of every UTF-8 width, a combining accent and a precomposed letter among them.
    static let pieces = [
        "a", "Z", "0", " ", "-", "/", "§", "å", "ä", "Ö", "é", "e\u{301}", "€", "\u{FEFF}", "😀", "\u{10FFFF}",
        "Insats ", "k1", "region",
    ]

    static func randomText(_ random: inout SplitMix64) -> String {
        let count = Int.random(in: 0..<12, using: &random)
        return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
    }

    /// Each string element of the parsed array `text`, by the tape's reader and by
    /// `String(decoding:as:)` of its bytes.
    static func bothWays(_ text: String) throws -> [(fast: String?, plain: String)] {
        let document = try JSONReader().parse(Array(text.utf8))
        let elements = document.root.elements
        return CostLineTape.read(document, unit: .kr, fastPath: true) { tape in
            elements.map { element in
                let start = element.offset
                let end = JSONText.closingQuoteByteByByte(in: tape.bytes, after: start)
                let plain = String(
                    decoding: UnsafeBufferPointer(rebasing: tape.bytes[(start + 1)..<end]), as: UTF8.self)
                return (tape.string(element.index), plain)
            }
        }
    }

    @Test("strings made from validated bytes equal String(decoding:as:)'s: text, bytes, hash, order")
    func validatedStrings() throws {
        var random = SplitMix64(seed: 3_011)
        for _ in 0..<300 {
            let texts = (0..<8).map { _ in Self.randomText(&random) }
            let json = "[" + texts.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            let read = try Self.bothWays(json)
            #expect(read.count == texts.count)
            for ((fast, plain), text) in zip(read, texts) {
                let fast = try #require(fast)
                #expect(Array(fast.utf8) == Array(text.utf8))
                #expect(fast == plain && plain == text)
                #expect(fast.hashValue == plain.hashValue)
                #expect(fast.count == plain.count && fast.unicodeScalars.count == plain.unicodeScalars.count)
                // Canonical equivalence still holds whatever the string knows of itself.
                #expect((fast == "e\u{301}") == (plain == "é"))
                for other in texts { #expect((fast < other) == (plain < other)) }
            }
        }
    }

    @Test("an ASCII test eight bytes at a time agrees with a byte at a time")
    func asciiTest() {
        var random = SplitMix64(seed: 77)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0..<40, using: &random)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0x20..<0x7F, using: &random) }
            if !bytes.isEmpty && Bool.random(using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0x80...0xFF, using: &random)
            }
            let fast = bytes.withUnsafeBufferPointer { ValidatedUTF8.isASCII($0) }
            #expect(fast == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
        }
        #expect(ValidatedUTF8.isASCII(UnsafeBufferPointer(start: nil, count: 0)))
    }

    @Test("escaped strings are left to the general path, which unescapes them")
    func escapedStrings() throws {
        // By hand: \u00e5 is å, \n a line feed, \" a quote, \ud83d\ude00 the pair for U+1F600.
        let json = #"["a\u00e5\n\"", "\ud83d\ude00", "plain"]"#
        let read = try Self.bothWays(json)
        #expect(read.map(\.fast) == [nil, nil, "plain"])
        let document = try JSONReader().parse(Array(json.utf8))
        #expect(document.root.elements.map(\.string) == ["aå\n\"", "😀", "plain"])
    }

    @Test("the closing quote found eight bytes at a time is the one found a byte at a time")
    func closingQuotes() {
        var random = SplitMix64(seed: 1_234)
        let alphabet: [UInt8] = [0x61, 0x22, 0x5C, 0x20, 0xC3, 0xA5, 0x30]
        for _ in 0..<1_000 {
            let count = Int.random(in: 0..<40, using: &random)
            let bytes = (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            bytes.withUnsafeBufferPointer { buffer in
                for opening in 0..<buffer.count {
                    #expect(
                        JSONText.closingQuote(in: buffer, after: opening)
                            == JSONText.closingQuoteByteByByte(in: buffer, after: opening), "\(bytes) \(opening)")
                }
            }
        }
    }

    /// Keys that end like a known name, or are one, written with and without escapes.
    static let keys = [
        #""name""#, #""xname""#, #""nam""#, #""ame""#, #""na\"me""#, #""x\"name""#, #""\\name""#, #""\"name""#,
        #""n\u0061me""#, #""id""#, #""\"id""#, #""target""#, #""""#, #""2024""#, #""02024""#, #""\"2024""#,
        #""\\2024""#, #""x2024""#, #""1899""#, #""3000""#, #""20x4""#, #""2999""#, #""20\"4""#,
    ]
    static let spacing = [": ", ":", " : ", "\n:\n\t", " :"]

    @Test("a key read where it ends is the key found back from its value, for every hint")
    func keysWhereTheyEnd() throws {
        // The last name has a quote: never read where a key ends (the plain walk says nil).
        let known: KnownFields = ["id", "name", "target", "2024", "na\"me"]
        var random = SplitMix64(seed: 808)
        for _ in 0..<300 {
            let count = Int.random(in: 1..<6, using: &random)
            let members = (0..<count).map { index in
                ShapeFastPathTests.pick(Self.keys, &random) + ShapeFastPathTests.pick(Self.spacing, &random)
                    + "\(index)"
            }
            // Duplicate keys are refused by the reader: such an object is skipped.
            guard let document = try? JSONReader().parse(Array(("{" + members.joined(separator: ", ") + "}").utf8))
            else { continue }
            CostLineTape.read(document, unit: .kr, fastPath: true) { tape in
                for member in document.root.members {
                    for hint in -1...known.count {
                        let plain = tape.keyBytes(before: member.value.index) { known.position(of: $0, hint: hint) }
                        #expect(
                            tape.fieldPosition(before: member.value.index, in: known, hint: hint) == plain ?? nil,
                            "\(members) \(hint)")
                    }
                    let year = tape.keyBytes(before: member.value.index, CostLineTape.fourDigitYear) ?? nil
                    #expect(tape.yearKey(before: member.value.index) == year, "\(members)")
                }
            }
        }
    }

    @Test("member lists found by their bytes are the lists read, shared once past the first few")
    func memberListsByBytes() throws {
        let forms = [
            #"["region", "k1"]"#, #"["region","k1"]"#, #"[ "region" , "k1" ]"#, #"["k1"]"#, "[]", "[ ]",
            #"["k\u0031"]"#, #"["region", "k1", "k2"]"#, #"["region", "k1", "k2" ]"#, #"["å", "k]1"]"#,
        ]
        var random = SplitMix64(seed: 2_611)
        for _ in 0..<20 {
            let list = (0..<120).map { index in
                #"{"id": "i\#(index)", "name": "Insats", "target": "individual", "members": "#
                    + ShapeFastPathTests.pick(forms, &random) + "}"
            }
            let text = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
                .replacingOccurrences(
                    of: #""initiatives": [{"id": "i1", "name": "Insats", "target": "individual"}]"#,
                    with: #""initiatives": ["# + list.joined(separator: ",\n") + "]")
            let fast = ShapeFastPathTests.initiatives(text, fastPaths: true)
            #expect(fast == ShapeFastPathTests.initiatives(text, fastPaths: false))
            #expect(fast.count == 120)
        }
        // Past the first lists, each list of ids is held once, however it was written.
        let repeated = (0..<200).map { index in
            #"{"id": "i\#(index)", "name": "I", "target": "individual", "members": "#
                + [#"["region", "k1"]"#, #"["region","k1"]"#, #"["k1"]"#][index % 3] + "}"
        }
        let document = try JSONReader().parse(Array(("[" + repeated.joined(separator: ", ") + "]").utf8))
        let elements = document.root.elements
        let lists: [[String]] = CostLineTape.read(document, unit: .kr, fastPath: true) { tape in
            var grants: [GrantedAmount] = []
            var lists = MemberLists()
            return elements.compactMap {
                InitiativeTape(tape: tape, file: document.bytes).initiative(
                    at: $0.index, grants: &grants, lists: &lists)?.memberIDs
            }
        }
        #expect(lists.count == 200)
        #expect(lists.enumerated().allSatisfy { $0.element == ($0.offset % 3 == 2 ? ["k1"] : ["region", "k1"]) })
        let storages = Set(
            lists[100...].map { $0.withUnsafeBufferPointer { Int(bitPattern: UnsafeRawPointer($0.baseAddress)) } })
        #expect(storages.count == 2)
    }

    @Test("a key is read where it ends only when that is sound: names with quotes or backslashes never")
    func keysWithQuotesInTheName() throws {
        // By hand: the key before 2 is "k"; bytes ending at its closing quote spell `a": 1, "k`
        // back to the object's first quote, and a key written "a\nb" ends in the bytes `a\nb`.
        let text = #"{"a": 1, "k": 2, "a\nb": 3}"#
        let bytes = Array(text.utf8)
        let document = try JSONReader().parse(bytes)
        let members = document.root.members
        #expect(members.map(\.key) == ["a", "k", "a\nb"])
        bytes.withUnsafeBufferPointer { buffer in
            func isKey(_ name: String, before member: Int) -> Bool {
                let closing = JSONKey.closingQuote(in: buffer, valueAt: members[member].value.offset)
                return Array(name.utf8).withUnsafeBufferPointer {
                    JSONKey.isKey($0, closingAt: closing ?? 0, in: buffer)
                }
            }
            #expect(isKey("k", before: 1))
            #expect(!isKey(#"a": 1, "k"#, before: 1))
            #expect(!isKey(#"a\nb"#, before: 2))
            #expect(!isKey("a\nb", before: 2))
            #expect(isKey("a", before: 0) && !isKey("b", before: 0))
        }
        // Random names and keys: a key said to be a name is that name, decoded.
        var random = SplitMix64(seed: 4_242)
        let pieces = ["a", "k", "\"", "\\", ": ", ", ", "\\n", "å"]
        for _ in 0..<400 {
            let keys = (0..<3).map { index in
                (0..<Int.random(in: 0..<4, using: &random)).map { _ in
                    pieces[Int.random(in: 0..<pieces.count, using: &random)]
                }
                .joined() + "\(index)"
            }
            let json =
                "{" + keys.enumerated().map { "\(Self.quoted($0.element)): \($0.offset)" }.joined(separator: ", ") + "}"
            let bytes = Array(json.utf8)
            guard let document = try? JSONReader().parse(bytes) else { continue }
            let members = document.root.members
            bytes.withUnsafeBufferPointer { buffer in
                for member in members {
                    let closing = JSONKey.closingQuote(in: buffer, valueAt: member.value.offset) ?? 0
                    for name in keys + keys.map({ Self.quoted($0) }) + [member.key] {
                        let said = Array(name.utf8).withUnsafeBufferPointer {
                            JSONKey.isKey($0, closingAt: closing, in: buffer)
                        }
                        if said { #expect(member.key == name, "\(json) \(name)") }
                    }
                }
            }
        }
    }

    /// `text` as a JSON string token, quotes and backslashes escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    @Test("members read one by one from the tape are the general path's, errors and duplicates included")
    func membersOneByOne() {
        var random = SplitMix64(seed: 1_515)
        var general = PlanDecoder()
        general.useFastPaths = false
        for _ in 0..<300 {
            let count = Int.random(in: 0..<30, using: &random)
            let members = (0..<count).map { MemberBatchesTests.member($0, &random) }
            let list = ([#"{"id": "staten", "name": "S", "kind": "state"}"#] + members).joined(separator: ", ")
            let text = FastPathTests.plan(costLine: #"{"name": "X", "category": "operations", "amount": 1}"#)
                .replacingOccurrences(of: #"{"id": "staten", "name": "S", "kind": "state"}"#, with: list)
            #expect(
                MemberBatchesTests.outcome(text, decoder: PlanDecoder())
                    == MemberBatchesTests.outcome(text, decoder: general))
        }
    }

    @Test("a whole number read in the pass that finds its end is the plain reading's, whatever follows it")
    func wholeNumbersInOnePass() {
        var random = SplitMix64(seed: 16)
        let followers: [[UInt8]] = [
            [], Array(",".utf8), Array("}".utf8), Array(" ]".utf8), Array(".5".utf8), Array("e3".utf8),
        ]
        for _ in 0..<3_000 {
            let digits = Int.random(in: 1...18, using: &random)
            var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            if Int.random(in: 0..<8, using: &random) == 0 { text = "-" + text }
            let bytes = Array(text.utf8) + followers[Int.random(in: 0..<followers.count, using: &random)]
            for unit in AmountUnit.allCases {
                bytes.withUnsafeBufferPointer { buffer in
                    var end = 0
                    while end < buffer.count, JSONText.isNumberByte(buffer[end]) { end += 1 }
                    let token = UnsafeBufferPointer(rebasing: buffer[0..<end])
                    let plain = token.first == UInt8(ascii: "-") ? nil : CostLineTape.wholeNumber(token, unit: unit)
                    #expect(CostLineTape.wholeNumber(in: buffer, at: 0, unit: unit) == plain, "\(text) \(unit)")
                }
            }
        }
        // By hand: 1 844 kr is 184 400 öre; 1844.5 is no whole number.
        #expect(
            Array("1844,".utf8).withUnsafeBufferPointer { CostLineTape.wholeNumber(in: $0, at: 0, unit: .kr) }
                == Money(ore: 184_400))
        #expect(
            Array("1844.5".utf8).withUnsafeBufferPointer { CostLineTape.wholeNumber(in: $0, at: 0, unit: .kr) } == nil)
    }

    @Test("whole numbers read eight digits at a time are the byte-by-byte reading's, wherever they stand")
    func wholeNumbersEightAtATime() {
        var random = SplitMix64(seed: 17)
        let alphabet = Array("0123456789,.e }-\"".utf8)
        for _ in 0..<5_000 {
            let lead = Int.random(in: 0..<9, using: &random)
            let digits = Int.random(in: 0...20, using: &random)
            let tail = Int.random(in: 0..<20, using: &random)
            let bytes =
                (0..<lead).map { _ in UInt8(ascii: " ") }
                + (0..<digits).map { _ in UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &random) }
                + (0..<tail).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            for unit in [AmountUnit.kr, .tkr] {
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(
                        CostLineTape.wholeNumber(in: buffer, at: lead, unit: unit)
                            == CostLineTape.wholeNumberByteByByte(in: buffer, at: lead, unit: unit),
                        "\(String(decoding: bytes, as: UTF8.self)) at \(lead)")
                }
            }
        }
        // By hand: 300 000 000 000 kr (a state's contribution, twelve digits) is 3·10^13 öre.
        let state = Array("300000000000, ".utf8)
        #expect(
            state.withUnsafeBufferPointer { CostLineTape.wholeNumber(in: $0, at: 0, unit: .kr) }
                == Money(ore: 30_000_000_000_000))
    }

    @Test("the digits leading eight bytes are found and read whatever byte ends them")
    func leadingDigitsOfAWord() {
        for digits in 0...8 {
            for ending in 0...255 {
                var bytes = (0..<digits).map { UInt8(ascii: "1") + UInt8(($0 * 3) % 9) }
                if digits < 8 { bytes.append(UInt8(ending)) }
                while bytes.count < 8 { bytes.append(UInt8(ascii: "7")) }
                let word = bytes.withUnsafeBytes { $0.baseAddress.map { SWAR.load($0, at: 0) } ?? 0 }
                var count = 0
                var value: UInt64 = 0
                while count < 8, bytes[count] >= UInt8(ascii: "0"), bytes[count] <= UInt8(ascii: "9") {
                    value = value * 10 + UInt64(bytes[count] - UInt8(ascii: "0"))
                    count += 1
                }
                let read = SWAR.leadingDigits(word)
                #expect(read.count == count && read.value == value, "\(bytes)")
            }
        }
    }
}
