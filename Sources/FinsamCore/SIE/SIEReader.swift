/// Reads an SIE 4 file (types 1–4; 4E exports and 4I imports) into ``SIEBooks``.
///
/// The file is code page 437 (`#FORMAT PC8`, the only character set the standard allows).
/// Labels finsam does not use are skipped, as the standard asks of every reader, so files from
/// newer programs still read. A voucher's rows follow its `#VER` between lines `{` and `}`;
/// an `#RTRANS` (a row added later) is followed by a `#TRANS` repeating it for older readers,
/// and the two count once; a `#BTRANS` (a row removed later) does not count.
public enum SIEReader {
    public static func read(_ bytes: [UInt8]) throws(SIEError) -> SIEBooks {
        var lexer = SIELexer(bytes)
        var books = SIEBooks()
        while let line = try lexer.next() {
            switch line.label {
            case "#VER":
                books.vouchers.append(try voucher(line, lexer: &lexer))
            case "{", "}", "#TRANS", "#RTRANS", "#BTRANS":
                throw SIEError(
                    Message("sie.outside_voucher", [.code(line.label)]), line: line.line, column: line.column)
            default:
                try record(SIEFields(line), into: &books)
            }
        }
        return books
    }

    /// One item outside a voucher; unknown labels are skipped.
    static func record(_ fields: SIEFields, into books: inout SIEBooks) throws(SIEError) {
        let line = fields.line.line
        if ["#FLAGGA", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#FNAMN"].contains(fields.line.label) {
            books.itemLines[fields.line.label] = line
        }
        switch fields.line.label {
        case "#FLAGGA": books.flag = try fields.integer(0, "flag")
        case "#PROGRAM": books.program = fields.line.fields.compactMap(\.text)
        case "#FORMAT": books.format = try fields.text(0, "format")
        case "#GEN": books.generated = try fields.date(0, "date")
        case "#SIETYP": books.type = try fields.integer(0, "type")
        case "#FNAMN": books.companyName = try fields.text(0, "name")
        case "#ORGNR":
            let number = try fields.text(0, "orgnr")
            books.organisationNumber = SIELocated(value: number, line: line, column: fields.line.fields[0].column)
        case "#RAR":
            let year = SIEFiscalYear(
                index: try fields.integer(0, "year"), start: try fields.date(1, "start"),
                end: try fields.date(2, "end"), line: line)
            guard year.start <= year.end else { throw fields.error("sie.year_backwards", at: 2) }
            books.fiscalYears.append(year)
        case "#KONTO":
            let number = try fields.text(0, "account")
            books.accounts[number, default: SIEAccount(number: number)].name = try fields.text(1, "name")
        case "#KTYP":
            let number = try fields.text(0, "account")
            books.accounts[number, default: SIEAccount(number: number)].type = try fields.text(1, "type").uppercased()
        case "#DIM": books.dimensions[try fields.text(0, "dimension")] = try fields.text(1, "name")
        case "#OBJEKT":
            let object = SIEObjectRef(dimension: try fields.text(0, "dimension"), object: try fields.text(1, "object"))
            books.objects[object] = try fields.text(2, "name")
        case "#IB", "#UB", "#RES":
            guard let kind = SIEBalance.Kind(rawValue: fields.line.label) else { return }
            books.balances.append(
                SIEBalance(
                    kind: kind, year: try fields.integer(0, "year"), account: try fields.text(1, "account"),
                    amount: try fields.amount(2), line: line))
        case "#PSALDO", "#PBUDGET":
            guard let kind = SIEPeriodAmount.Kind(rawValue: fields.line.label) else { return }
            books.periodAmounts.append(
                SIEPeriodAmount(
                    kind: kind, year: try fields.integer(0, "year"), period: try fields.period(1),
                    account: try fields.text(2, "account"), objects: try fields.objects(3),
                    amount: try fields.amount(4), line: line))
        default:
            return
        }
    }

    /// `#VER series number date [text]`, `{`, its rows, `}`.
    static func voucher(_ header: SIELine, lexer: inout SIELexer) throws(SIEError) -> SIEVoucher {
        let fields = SIEFields(header)
        var voucher = SIEVoucher(
            series: try fields.text(0, "series"), number: try fields.text(1, "number"),
            date: try fields.date(2, "date"),
            text: fields.optionalText(3) ?? "", rows: [], line: header.line, column: header.column)
        let open = try lexer.peek()
        guard let open, open.label == "{" else {
            // At the line that should have been `{`, or at the #VER when the file ends.
            let place = open ?? header
            throw SIEError(
                Message("sie.voucher_no_open", [.code(voucher.name)]), line: place.line, column: place.column)
        }
        _ = try lexer.next()
        while let line = try lexer.next() {
            switch line.label {
            case "}":
                return voucher
            case "#TRANS", "#BTRANS":
                voucher.rows.append(try row(SIEFields(line), kind: line.label == "#TRANS" ? .normal : .removed))
            case "#RTRANS":
                let added = try row(SIEFields(line), kind: .added)
                guard let next = try lexer.peek(), next.label == "#TRANS",
                    let repeated = try? row(SIEFields(next), kind: .added), repeated.sameRow(as: added)
                else {
                    throw SIEError(Message("sie.rtrans_without_trans"), line: line.line, column: line.column)
                }
                _ = try lexer.next()
                voucher.rows.append(added)
            case "{", "#VER":
                throw SIEError(
                    Message("sie.voucher_not_closed", [.code(voucher.name)]), line: line.line, column: line.column)
            default:
                continue
            }
        }
        throw SIEError(
            Message("sie.voucher_not_closed", [.code(voucher.name)]), line: header.line, column: header.column)
    }

    /// `#TRANS account {objects} amount [date] [text] ...`
    static func row(_ fields: SIEFields, kind: SIEVoucherRow.Kind) throws(SIEError) -> SIEVoucherRow {
        SIEVoucherRow(
            kind: kind, account: try fields.text(0, "account"), objects: try fields.objects(1),
            amount: try fields.amount(2),
            date: try fields.optionalDate(3, "date"), text: fields.optionalText(4) ?? "",
            line: fields.line.line, column: fields.line.column)
    }
}

extension SIEVoucherRow {
    /// The same account, objects, amount and date: the `#TRANS` that repeats an `#RTRANS`.
    func sameRow(as other: SIEVoucherRow) -> Bool {
        account == other.account && objects.sorted() == other.objects.sorted() && amount == other.amount
            && date == other.date
    }
}
