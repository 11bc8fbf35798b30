import Foundation
import MadoCore
import MadoUI

/// `mado customer merge KEEP OTHER`, `mado customer unmerge ID`, `mado customer show ID [--json]`,
/// and the privacy actions (`export`, `erase`, `suppress`, `unsuppress`: CustomerPrivacyCommand).
enum CustomerCommand {
    static let usage = "Usage: mado customer merge KEEP OTHER | unmerge ID | show ID [--json] | export ID [--to DIR] | erase ID [--yes] | suppress ID | unsuppress ID"

    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["to"]), flags: ["json", "yes"])
        let positional = arguments.positional
        guard let action = positional.first else { throw Arguments.UsageError(description: usage) }
        let ids = try positional.dropFirst().map(customerID)
        switch (action, ids.count) {
        case ("merge", 2):
            let store = try Commands.openStore(arguments)
            let agent = try Commands.agent(arguments, store: store, config: try Config.load())
            let merge = try store.mergeCustomer(keep: ids[0], other: ids[1], by: agent)
            if arguments.has("json") {
                print(try ConversationJSON.encode(CustomerJSON.merge(merge)))
            } else {
                print("merged customer \(merge.otherID) into \(merge.keepID) (merge \(merge.id)): \(merge.movedSummary) moved")
                print("undo with: mado customer unmerge \(merge.otherID)")
            }
            return 0
        case ("unmerge", 1):
            let store = try Commands.openStore(arguments)
            let agent = try Commands.agent(arguments, store: store, config: try Config.load())
            let merge = try store.unmergeCustomer(ids[0], by: agent)
            if arguments.has("json") {
                print(try ConversationJSON.encode(CustomerJSON.merge(merge)))
            } else {
                print("unmerged customer \(merge.otherID) from \(merge.keepID) (merge \(merge.id)): \(merge.movedSummary) back")
            }
            return 0
        case ("show", 1):
            let store = try Commands.openStore(arguments)
            return try show(store, ids[0], json: arguments.has("json"))
        case ("export", 1):
            let store = try Commands.openStore(arguments)
            let agent = try Commands.agent(arguments, store: store, config: try Config.load())
            return try CustomerPrivacyCommand.export(store, ids[0], to: arguments["to"], agent: agent, json: arguments.has("json"))
        case ("erase", 1):
            let store = try Commands.openStore(arguments)
            let agent = try Commands.agent(arguments, store: store, config: try Config.load())
            return try CustomerPrivacyCommand.erase(store, ids[0], agent: agent, confirmed: arguments.has("yes"))
        case ("suppress", 1), ("unsuppress", 1):
            let store = try Commands.openStore(arguments)
            let agent = try Commands.agent(arguments, store: store, config: try Config.load())
            return try CustomerPrivacyCommand.suppress(store, ids[0], action == "suppress", agent: agent)
        default:
            throw Arguments.UsageError(description: usage)
        }
    }

    /// Customer ids may be written as "#12", as `mado list` shows conversation ids.
    static func customerID(_ word: String) throws -> Int64 {
        guard let id = Int64(word.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw Arguments.UsageError(description: "'\(word)' is not a customer id. \(usage)")
        }
        return id
    }

    static func show(_ store: Store, _ id: Int64, json: Bool) throws -> Int32 {
        guard let customer = try store.customer(id: id) else { throw StoreError.notFound("Customer \(id)") }
        let identities = try store.identities(ofCustomer: id)
        let alternatives = try store.alternatives(ofCustomer: id)
        let orders = try store.orders(ofCustomer: id, limit: 20)
        let conversations = try store.conversations(ofCustomer: id)
        let merges = try store.customerMerges(ofCustomer: id)
        if json {
            let object = CustomerJSON.full(customer, identities: identities, alternatives: alternatives, orders: orders,
                                           conversations: conversations, merges: merges)
            print(try ConversationJSON.encode(CustomerJSON.envelope([object])))
            return 0
        }
        for line in CustomerSummary.lines(customer: customer, identities: identities, alternatives: alternatives, orders: orders,
                                         conversations: conversations, merges: merges) {
            print(SafeText.line(line))
        }
        return 0
    }
}
