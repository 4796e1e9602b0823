/// Text synchronisation: open, change (whole text or ranges), save, close.
extension LanguageServer {
    mutating func didOpen(_ params: JSONValue?) -> String? {
        guard let document = params?.member("textDocument"), let uri = document.member("uri")?.string,
            let text = document.member("text")?.string
        else { return "didOpen needs textDocument.uri and textDocument.text" }
        documents[uri] = OpenDocument(version: document.member("version")?.lspInteger, text: Array(text.utf8))
        markDue(uri)
        return nil
    }

    /// Applies the changes in order; each either replaces the whole text or a range of it
    /// (positions in UTF-16 code units). An unusable change leaves the text as it was before
    /// the message, and is logged.
    mutating func didChange(_ params: JSONValue?) -> String? {
        guard let uri = params?.at("textDocument", "uri")?.string, var document = documents[uri] else {
            return "didChange for a document that is not open"
        }
        guard let changes = params?.member("contentChanges"), changes.isArray else {
            return "didChange needs contentChanges"
        }
        var text = document.text
        for change in changes.elements {
            guard let replacement = change.member("text")?.string else { return "a content change needs text" }
            guard let rangeValue = change.member("range") else {
                text = Array(replacement.utf8)
                continue
            }
            guard let range = rangeValue.lspRange else { return "a content change has an invalid range" }
            let lines = LineTable(text)
            let start = lines.offset(of: range.start)
            let end = max(start, lines.offset(of: range.end))
            text.replaceSubrange(start..<end, with: Array(replacement.utf8))
        }
        document.text = text
        document.version = params?.at("textDocument", "version")?.lspInteger ?? document.version
        document.checked = nil
        documents[uri] = document
        markDue(uri)
        return nil
    }

    mutating func didSave(_ params: JSONValue?) -> String? {
        guard let uri = params?.at("textDocument", "uri")?.string, var document = documents[uri] else {
            return "didSave for a document that is not open"
        }
        if let text = params?.member("text")?.string {
            document.text = Array(text.utf8)
            document.checked = nil
            documents[uri] = document
        }
        markDue(uri)
        return nil
    }

    mutating func didClose(_ params: JSONValue?) -> String? {
        guard let uri = params?.at("textDocument", "uri")?.string else { return "didClose needs textDocument.uri" }
        documents[uri] = nil
        // Published at the end of the batch: an empty list, which clears the editor's.
        markDue(uri)
        return nil
    }

    mutating func markDue(_ uri: String) {
        if !due.contains(uri) { due.append(uri) }
    }

    /// The check of an open document's current text, run now if the text changed since.
    mutating func checked(_ uri: String) -> CheckedText? {
        guard var document = documents[uri] else { return nil }
        if let checked = document.checked { return checked }
        let checked = CheckedText(bytes: document.text, file: DocumentURI.path(uri), today: options.today)
        checksRun += 1
        document.checked = checked
        documents[uri] = document
        return checked
    }

    /// Stores a checked text back after its plan was loaded, so the next request reuses it.
    mutating func store(_ checked: CheckedText, for uri: String) {
        guard var document = documents[uri], document.text == checked.bytes else { return }
        document.checked = checked
        documents[uri] = document
    }

    /// The diagnostics of a document: its findings, or an empty list once it is closed.
    mutating func diagnosticsParams(_ uri: String) -> JSONOutput {
        let version = documents[uri]?.version
        return Diagnostics(language: language).params(uri: uri, version: version, checked: checked(uri))
    }
}
