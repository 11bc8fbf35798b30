import Foundation
import MadoCore
import MadoUI

/// `mado customer export ID [--to DIR]`, `erase ID [--yes]`, `suppress ID`, `unsuppress ID`:
/// what a person's access or erasure request needs (see README, "Privacy").
enum CustomerPrivacyCommand {
    static func export(_ store: Store, _ id: Int64, to folder: String?, agent: Agent?, json: Bool) throws -> Int32 {
        let day = ConversationJSON.time(Date()).prefix(10)
        let target = folder ?? FileManager.default.currentDirectoryPath + "/mado-customer-\(id)-\(day)"
        let summary = try CustomerExport.export(customerID: id, store: store, to: target, by: agent?.login ?? unixUser)
        if json {
            print(try ConversationJSON.encode(["folder": summary.folder, "counts": summary.counts, "files": summary.files] as [String: Any]))
        } else {
            let counts = summary.counts
            print("exported customer \(id) to \(summary.folder): \(summary.files) files")
            print("  \(counts["conversations"] ?? 0) conversations, \(counts["messages"] ?? 0) messages (\(counts["eml_files"] ?? 0) .eml), "
                  + "\(counts["attachments"] ?? 0) attachments, \(counts["orders"] ?? 0) orders, \(counts["audit_events"] ?? 0) audit events")
            print("  see manifest.json; the files are readable by you only (0600)")
        }
        return 0
    }

    /// Shows what will go and asks (y/N) on a terminal; a script must say `--yes`.
    static func erase(_ store: Store, _ id: Int64, agent: Agent?, confirmed: Bool) throws -> Int32 {
        guard let customer = try store.customer(id: id) else { throw StoreError.notFound("Customer \(id)") }
        let counts = try store.erasureCounts(ofCustomer: id)
        print("Erasing customer \(id) (\(SafeText.line(customer.name))) removes for good:")
        for (label, count) in counts.items where count > 0 { print("  \(count) \(label)") }
        print("Kept: that an erasure happened (when, by whom), empty conversation shells (dates, status) and salted hashes of the identities,")
        print("so an old mail from them is reported instead of imported. Export first if they asked for a copy: mado customer export \(id)")
        if !confirmed {
            guard isatty(STDIN_FILENO) != 0 else {
                throw StoreError.invalid("Nothing erased: run again with --yes to erase customer \(id) from a script.")
            }
            FileHandle.standardError.write(Data("Erase customer \(id)? [y/N] ".utf8))
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                print("Nothing erased.")
                return 1
            }
        }
        try store.eraseCustomer(id, by: agent)
        print("erased customer \(id)")
        return 0
    }

    static func suppress(_ store: Store, _ id: Int64, _ suppressed: Bool, agent: Agent?) throws -> Int32 {
        try store.setCustomerSuppressed(id, suppressed, by: agent)
        print(suppressed
              ? "customer \(id) is suppressed: templates will not fill their name, reports name them \"suppressed customer\"; nothing is erased"
              : "customer \(id) is no longer suppressed")
        return 0
    }

    static var unixUser: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}
