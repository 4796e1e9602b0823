/// Reads a budget table (rows of lines, columns of years) into a plan.
///
/// One pass over the rows after the header: each row is placed by the mapping, else by its
/// name (``RowNames``); what neither places is an issue with its row and column. Nothing is
/// guessed silently: a row the names do not cover is never taken as some income or cost.
public struct BudgetImporter: Sendable {
    public var mapping: ImportMapping
    /// `--unit`: wins over the mapping and the table's own `tkr`.
    public var unit: AmountUnit?
    /// `--federation`: wins over the mapping and a title row.
    public var federation: String?

    public init(mapping: ImportMapping = ImportMapping(), unit: AmountUnit? = nil, federation: String? = nil) {
        self.mapping = mapping
        self.unit = unit
        self.federation = federation
    }

    public func run(_ table: some BudgetTable) -> ImportResult {
        var reader = TableReader(importer: self, rows: table.rows)
        reader.read()
        var reconciliation = ImportReconciliation(reader: reader)
        return reconciliation.result()
    }
}

extension String {
    /// Without a trailing colon (`Intäkter:`).
    var trimmingColon: String { hasSuffix(":") ? String(dropLast()).trimmedText : self }
}
