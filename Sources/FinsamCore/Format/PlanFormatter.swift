/// `finsam fmt`: the canonical layout of a plan file, text in, text out.
///
/// Only the layout changes: known fields go in the order docs/plan-format.md documents (keys it
/// does not know follow, in their own order), indentation is two spaces, each cost line and each
/// contribution has a line of its own, short objects sit on one line, and the file ends in a
/// newline. Every number and string is copied from the source byte for byte, array items keep
/// their order, and `$schema` stays first, so the plan means exactly what it meant. A UTF-8
/// byte order mark is dropped. The same function serves the command line and an editor's
/// "format document".
public enum PlanFormatter {
    /// The widest line, in characters, that an object or list is put on one line within.
    public static let width = 100

    /// The canonical layout of the plan file `bytes`, or the input error (line, column and JSON
    /// Pointer) when they are not JSON finsam can read. `file` names the file in the error.
    public static func format(_ bytes: [UInt8], file: String) throws(InputError) -> [UInt8] {
        let body = JSONReader.strippingBOM(bytes)
        let document: JSONDocument
        do throws(JSONSyntaxError) {
            document = try JSONReader().parse(body)
        } catch {
            throw inputError(error, body: body, file: file)
        }
        var writer = LayoutWriter(width: width, capacity: body.count + body.count / 8 + 16)
        writer.write(document.root, shape: PlanLayout.plan, indent: 0, column: 0, trailing: 0)
        var out = writer.out
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The same for text, as an editor holds it: the formatted text, or the input error.
    public static func format(text: String, file: String) -> Result<String, InputError> {
        do throws(InputError) {
            return .success(String(decoding: try format(Array(text.utf8), file: file), as: UTF8.self))
        } catch {
            return .failure(error)
        }
    }

    private static func inputError(_ error: JSONSyntaxError, body: [UInt8], file: String) -> InputError {
        // Only the bytes before the error decide its line and column.
        let position = SourceMap(bytes: Array(body.prefix(max(0, error.offset)))).position(of: error.offset)
        return InputError(
            location: Finding.Location(
                file: file, line: position.line, column: position.column, pointer: error.pointer),
            message: PlanError(syntax: error).message)
    }
}
