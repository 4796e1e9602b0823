/// Reading the `--accounts` file; every problem names its byte offset in the file.
extension SIEAccountMap {
    public static func decode(_ bytes: [UInt8]) throws(ImportMappingError) -> SIEAccountMap {
        let root = try ImportMappingError.root(of: bytes)
        guard root.isObject else { throw wrong(root, "object") }
        var map = SIEAccountMap()
        try checkFields(root, known: knownFields)
        if let dimension = root.member("projectDimension") { map.projectDimension = try identifier(dimension) }
        if let equity = root.member("equity") { map.equity = try ranges(equity) }
        if let ignore = root.member("ignore") { map.ignore = try ranges(ignore) }
        guard let lines = root.member("lines"), lines.isArray else {
            throw ImportMappingError(
                message: Message("sie.map_no_lines"), offset: root.member("lines")?.offset ?? root.offset)
        }
        for element in lines.elements { map.lines.append(try entry(element, projectDimension: map.projectDimension)) }
        return map
    }

    static func entry(_ value: JSONValue, projectDimension: String?) throws(ImportMappingError) -> SIEMapEntry {
        guard value.isObject else { throw wrong(value, "object") }
        try checkFields(value, known: entryFields)
        let targets: [(String, (String) -> SIEMapEntry.Target)] = [
            ("member", { .member($0) }), ("income", { .income($0) }), ("cost", { .cost($0) }),
            ("initiative", { .initiative($0) }),
        ]
        let given = targets.filter { value.member($0.0) != nil }
        guard given.count == 1, let (key, make) = given.first, let name = value.member(key)?.string, !name.isEmpty
        else {
            throw ImportMappingError(message: Message("sie.map_one_target"), offset: value.offset)
        }
        guard let accountsValue = value.member("accounts") else {
            throw ImportMappingError(message: Message("sie.map_no_accounts"), offset: value.offset)
        }
        let accounts = try ranges(accountsValue)
        guard let first = accounts.first else {
            throw ImportMappingError(message: Message("sie.map_no_accounts"), offset: accountsValue.offset)
        }
        var objects: [String] = []
        if let list = value.member("objects") {
            guard list.isArray, !list.elements.isEmpty else { throw wrong(list, "array of object ids") }
            for element in list.elements { objects.append(try identifier(element)) }
        }
        let dimension =
            try value.member("dimension").map { (v) throws(ImportMappingError) in try identifier(v) }
            ?? projectDimension
        if !objects.isEmpty && dimension == nil {
            throw ImportMappingError(
                message: Message("sie.map_objects_without_dimension"),
                offset: value.member("objects")?.offset ?? value.offset)
        }
        var category: CostCategory?
        if let text = value.member("category") {
            guard let parsed = text.string.flatMap(CostCategory.init(rawValue:)) else {
                throw wrong(text, "\"administration\" or \"operations\"")
            }
            category = parsed
        }
        let budgetAccount =
            try value.member("budgetAccount").map { (v) throws(ImportMappingError) in try identifier(v) } ?? first.low
        return SIEMapEntry(
            target: make(name), accounts: accounts, dimension: dimension, objects: objects,
            budgetAccount: budgetAccount, category: category, offset: value.offset)
    }

    /// `"4000-4999"` or a list of them.
    static func ranges(_ value: JSONValue) throws(ImportMappingError) -> [SIEAccountRange] {
        let items = value.isArray ? value.elements : [value]
        var result: [SIEAccountRange] = []
        for item in items {
            guard let text = item.string, let range = SIEAccountRange.parse(text) else {
                throw ImportMappingError(
                    message: Message("sie.map_bad_range", [.code(item.string ?? item.numberText ?? item.typeName)]),
                    offset: item.offset)
            }
            result.append(range)
        }
        return result
    }

    /// A dimension, object or account id: a string, or a whole number written bare.
    static func identifier(_ value: JSONValue) throws(ImportMappingError) -> String {
        if let text = value.string, !text.isEmpty { return text }
        if let number = value.numberText, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return number }
        throw wrong(value, "string")
    }

    static func checkFields(_ value: JSONValue, known: [String]) throws(ImportMappingError) {
        for member in value.members where !known.contains(member.key) {
            var arguments: [Message.Argument] = [.code(member.key)]
            if let near = Suggestion.nearest(to: member.key, in: known) { arguments.append(.code(near)) }
            throw ImportMappingError(
                message: Message("import.mapping_unknown_field", arguments), offset: member.keyOffset)
        }
    }

    static func wrong(_ value: JSONValue, _ expected: String) -> ImportMappingError {
        ImportMappingError(
            message: Message("import.mapping_wrong_type", [.text(expected), .text(value.typeName)]),
            offset: value.offset)
    }
}
