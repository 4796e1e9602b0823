/// The requests the server answers: initialize, hover, code actions, formatting.
extension LanguageServer {
    /// Takes the language from `initializationOptions.language`, else the client's `locale`
    /// (`sv`, `sv-SE`), else the server's default; answers with what the server can do.
    mutating func initialize(_ params: JSONValue?) -> JSONOutput {
        phase = .running
        if let chosen = params?.at("initializationOptions", "language")?.string.flatMap(Language.init(rawValue:)) {
            language = chosen
        } else if let locale = params?.member("locale")?.string, !locale.isEmpty {
            language = locale.lowercased().hasPrefix("sv") ? .sv : .en
        }
        let capabilities = JSONOutput.object([
            ("positionEncoding", .string("utf-16")),
            (
                "textDocumentSync",
                .object([
                    ("openClose", .bool(true)), ("change", .integer(2)),
                    ("save", .object([("includeText", .bool(false))])),
                ])
            ),
            ("hoverProvider", .bool(true)),
            ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
            ("documentFormattingProvider", .bool(DocumentFormatting.isAvailable)),
        ])
        return .object([
            ("capabilities", capabilities),
            ("serverInfo", .object([("name", .string("finsam")), ("version", .string(FinsamVersion.current))])),
        ])
    }

    mutating func hover(_ params: JSONValue?) -> Result<JSONOutput, RPCError> {
        guard let uri = params?.at("textDocument", "uri")?.string,
            let position = params?.member("position")?.lspPosition
        else { return .failure(.invalidParams("hover needs textDocument.uri and a position")) }
        guard let checked = checked(uri) else { return .success(.null) }
        let loaded = checked.plan()
        store(checked, for: uri)
        guard let loaded else { return .success(.null) }
        // The document's offsets come after any byte order mark; the editor's text has it.
        let bom = checked.bytes.count - loaded.document.bytes.count
        let offset = LineTable(checked.bytes).offset(of: position) - bom
        guard offset >= 0, let markdown = PlanHover(loaded: loaded, language: language).markdown(at: offset) else {
            return .success(.null)
        }
        return .success(
            .object([("contents", .object([("kind", .string("markdown")), ("value", .string(markdown))]))]))
    }

    mutating func codeActions(_ params: JSONValue?) -> Result<JSONOutput, RPCError> {
        guard let uri = params?.at("textDocument", "uri")?.string, let range = params?.member("range")?.lspRange
        else { return .failure(.invalidParams("codeAction needs textDocument.uri and a range")) }
        // A client asking only for other kinds (`source.organizeImports`, say) gets none.
        if let only = params?.at("context", "only"), only.isArray,
            !only.elements.contains(where: { $0.string == "quickfix" || $0.string == "" })
        {
            return .success(.array([]))
        }
        guard let checked = checked(uri) else { return .success(.array([])) }
        let loaded = checked.plan()
        store(checked, for: uri)
        guard let loaded else { return .success(.array([])) }
        return .success(
            .array(QuickFixes(checked: checked, loaded: loaded, uri: uri, language: language).actions(in: range)))
    }

    /// One edit replacing the whole text with the formatted plan; an error while formatting is
    /// not available, or the plan cannot be read.
    mutating func formatting(_ params: JSONValue?) -> Result<JSONOutput, RPCError> {
        guard let uri = params?.at("textDocument", "uri")?.string else {
            return .failure(.invalidParams("formatting needs textDocument.uri"))
        }
        guard let text = documents[uri]?.text else { return .success(.array([])) }
        switch DocumentFormatting.formatted(text) {
        case .failure(let message):
            return .failure(.requestFailed(Catalog(language: language).render(message)))
        case .success(let formatted):
            guard formatted != text else { return .success(.array([])) }
            let lines = LineTable(text)
            let whole = LSPRange(start: LSPPosition(line: 0, character: 0), end: lines.position(of: text.count))
            let edit = JSONOutput.object([
                ("range", whole.output), ("newText", .string(String(decoding: formatted, as: UTF8.self))),
            ])
            return .success(.array([edit]))
        }
    }
}
