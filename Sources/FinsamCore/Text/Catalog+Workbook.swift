/// Messages of `finsam import xlsx`: the workbook's ZIP package, its DEFLATE streams, its XML
/// and its sheets. Each says what is wrong with the file, since a user cannot see inside it.
extension Catalog {
    static let workbookEnglish: [String: String] = [
        "xlsx.not_zip":
            "not an Excel workbook (.xlsx): the file is not a ZIP archive (an old .xls must be saved as .xlsx first)",
        "xlsx.zip64":
            "the workbook is a ZIP64 archive, which finsam does not read (a budget workbook is far smaller than 4 GB; save it again from Excel or LibreOffice)",
        "xlsx.zip_split":
            "the workbook is split over several files (a multi-disk ZIP); finsam reads a single .xlsx file",
        "xlsx.zip_encrypted": "the workbook is encrypted or password-protected; save a copy without a password",
        "xlsx.zip_method":
            "the workbook uses compression method {0}; finsam reads stored (0) and deflated (8) entries, as Excel and LibreOffice write",
        "xlsx.zip_past_end": "{0} lies past the end of the file: the workbook is cut short or damaged",
        "xlsx.zip_directory_past_end":
            "the archive's table of contents (its central directory) lies past the end of the file: the workbook is cut short or damaged",
        "xlsx.zip_size": "the entry unpacks to {0} bytes, but the archive says {1}: the workbook is damaged",
        "xlsx.zip_crc": "the entry's CRC-32 checksum does not match its contents: the workbook is damaged",
        "xlsx.too_large":
            "the workbook unpacks to more than {0} MiB; refused, as no budget workbook is that large (a ZIP bomb?)",
        "xlsx.bomb": "the entry unpacks to more than {0} times its packed size; refused as a ZIP bomb",
        "xlsx.deflate_truncated": "the compressed data ends too early: the workbook is cut short or damaged",
        "xlsx.deflate_bad_block": "the compressed data has an invalid block type: the workbook is damaged",
        "xlsx.deflate_bad_stored": "an uncompressed block's length check fails: the workbook is damaged",
        "xlsx.deflate_bad_code": "the compressed data has an invalid Huffman code table: the workbook is damaged",
        "xlsx.deflate_bad_length": "the compressed data has an invalid length code: the workbook is damaged",
        "xlsx.deflate_bad_distance": "the compressed data refers back before its start: the workbook is damaged",
        "xlsx.xml_syntax": "the XML is not well-formed here",
        "xlsx.xml_unclosed": "the XML element {0} is never closed",
        "xlsx.xml_mismatch": "the XML end tag {0} does not close {1}",
        "xlsx.xml_deep": "the XML is nested more than {0} levels deep; refused",
        "xlsx.xml_doctype": "the XML has a DOCTYPE, which a workbook never has; refused",
        "xlsx.xml_entity": "unknown XML entity {0}",
        "xlsx.bad_reference": "{0} is not a cell of a worksheet",
        "xlsx.bad_shared_string": "the cell refers to shared string {0}, which the workbook does not have",
        "xlsx.too_many_cells":
            "the sheet has more than {0} cells with content; refused, as no budget sheet is that large",
        "xlsx.sheet_too_large":
            "the sheet's cells span {0} rows and {1} columns; refused, as no budget sheet is that large",
        "xlsx.formula_without_value":
            "this formula has no computed value saved in the workbook; open and save it in Excel or LibreOffice so the value is stored (finsam does not compute formulas)",
        "xlsx.merged_amount":
            "an amount in cells merged up to {0}: it cannot be told which year it belongs to; unmerge the cells",
        "xlsx.no_sheets": "the workbook has no sheets",
        "xlsx.missing_part": "the workbook lacks its part {0}: it is damaged",
        "xlsx.no_such_sheet": "the workbook has no sheet {0}; its sheets are: {1}",
        "xlsx.no_budget_sheet":
            "no sheet has a header row of years (such as Budget 2024, Plan 2025); the sheets are: {0}. Choose one with --sheet NAME",
        "xlsx.read_as": "sheet {0}",
    ]

    static let workbookSwedish: [String: String] = [
        "xlsx.not_zip":
            "inte en Excel-arbetsbok (.xlsx): filen är inget ZIP-arkiv (en gammal .xls måste först sparas som .xlsx)",
        "xlsx.zip64":
            "arbetsboken är ett ZIP64-arkiv, som finsam inte läser (en budgetarbetsbok är långt mindre än 4 GB; spara den på nytt från Excel eller LibreOffice)",
        "xlsx.zip_split":
            "arbetsboken är delad på flera filer (ett ZIP-arkiv på flera diskar); finsam läser en enda .xlsx-fil",
        "xlsx.zip_encrypted": "arbetsboken är krypterad eller lösenordsskyddad; spara en kopia utan lösenord",
        "xlsx.zip_method":
            "arbetsboken använder komprimeringsmetod {0}; finsam läser okomprimerade (0) och deflate-komprimerade (8) delar, som Excel och LibreOffice skriver",
        "xlsx.zip_past_end": "{0} ligger bortom filens slut: arbetsboken är avkortad eller skadad",
        "xlsx.zip_directory_past_end":
            "arkivets innehållsförteckning (dess centralkatalog) ligger bortom filens slut: arbetsboken är avkortad eller skadad",
        "xlsx.zip_size": "delen packas upp till {0} byte, men arkivet anger {1}: arbetsboken är skadad",
        "xlsx.zip_crc": "delens CRC-32-kontrollsumma stämmer inte med innehållet: arbetsboken är skadad",
        "xlsx.too_large":
            "arbetsboken packas upp till mer än {0} MiB; avvisas, eftersom ingen budgetarbetsbok är så stor (en ZIP-bomb?)",
        "xlsx.bomb": "delen packas upp till mer än {0} gånger sin packade storlek; avvisas som en ZIP-bomb",
        "xlsx.deflate_truncated": "de komprimerade data tar slut för tidigt: arbetsboken är avkortad eller skadad",
        "xlsx.deflate_bad_block": "de komprimerade data har en ogiltig blocktyp: arbetsboken är skadad",
        "xlsx.deflate_bad_stored": "längdkontrollen för ett okomprimerat block stämmer inte: arbetsboken är skadad",
        "xlsx.deflate_bad_code": "de komprimerade data har en ogiltig Huffmantabell: arbetsboken är skadad",
        "xlsx.deflate_bad_length": "de komprimerade data har en ogiltig längdkod: arbetsboken är skadad",
        "xlsx.deflate_bad_distance": "de komprimerade data hänvisar bakåt till före sin början: arbetsboken är skadad",
        "xlsx.xml_syntax": "XML-koden är felaktig här",
        "xlsx.xml_unclosed": "XML-elementet {0} avslutas aldrig",
        "xlsx.xml_mismatch": "XML-sluttaggen {0} avslutar inte {1}",
        "xlsx.xml_deep": "XML-koden är nästlad i mer än {0} nivåer; avvisas",
        "xlsx.xml_doctype": "XML-koden har en DOCTYPE, vilket en arbetsbok aldrig har; avvisas",
        "xlsx.xml_entity": "okänd XML-entitet {0}",
        "xlsx.bad_reference": "{0} är ingen cell i ett kalkylblad",
        "xlsx.bad_shared_string": "cellen hänvisar till delad sträng {0}, som arbetsboken inte har",
        "xlsx.too_many_cells":
            "bladet har fler än {0} celler med innehåll; avvisas, eftersom inget budgetblad är så stort",
        "xlsx.sheet_too_large":
            "bladets celler spänner över {0} rader och {1} kolumner; avvisas, eftersom inget budgetblad är så stort",
        "xlsx.formula_without_value":
            "formeln har inget beräknat värde sparat i arbetsboken; öppna och spara den i Excel eller LibreOffice så att värdet sparas (finsam räknar inte ut formler)",
        "xlsx.merged_amount":
            "ett belopp i celler som är sammanfogade till {0}: det går inte att avgöra vilket år det hör till; dela upp cellerna",
        "xlsx.no_sheets": "arbetsboken har inga blad",
        "xlsx.missing_part": "arbetsboken saknar sin del {0}: den är skadad",
        "xlsx.no_such_sheet": "arbetsboken har inget blad {0}; dess blad är: {1}",
        "xlsx.no_budget_sheet":
            "inget blad har en rubrikrad med år (som Budget 2024, Plan 2025); bladen är: {0}. Välj ett med --sheet NAMN",
        "xlsx.read_as": "bladet {0}",
    ]
}
