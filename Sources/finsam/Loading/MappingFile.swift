import FinsamCore

/// A JSON file that tells an import how to read its table or books (`import csv --mapping`,
/// `import sie --accounts`): read, decoded, and any problem printed at its line and column.
struct MappingFile {
    let console: Console
    let catalog: Catalog

    /// The decoded file and its bytes, or nil after printing why it cannot be had.
    func load<Mapping>(
        _ path: String, _ decode: ([UInt8]) throws(ImportMappingError) -> Mapping
    ) -> (mapping: Mapping, bytes: [UInt8])? {
        switch FileReader.read(path) {
        case .failure(let message):
            console.err(path + ":1:1: error[input]: " + catalog.render(message) + "\n")
            return nil
        case .success(let bytes):
            do throws(ImportMappingError) {
                return (try decode(bytes), bytes)
            } catch {
                let position = SourceMap(bytes: JSONReader.strippingBOM(bytes)).position(of: error.offset)
                console.err(
                    path + ":" + String(position.line) + ":" + String(position.column) + ": error[input]: "
                        + catalog.render(error.message) + "\n")
                return nil
            }
        }
    }
}
