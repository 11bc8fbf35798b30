import Foundation
import MadoCore
import MadoUI

enum ShowCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued, flags: ["json"])
        guard arguments.positional.count == 1, let id = Int64(arguments.positional[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw Arguments.UsageError(description: "Usage: mado show ID [--json]")
        }
        let store = try Commands.openStore(arguments)
        guard let conversation = try store.conversation(id: id) else { throw StoreError.notFound("Conversation \(id)") }
        let messages = try store.messages(inConversation: id)
        let customer = try store.customer(id: conversation.customerID)
        let identities = try store.identities(ofCustomer: conversation.customerID)
        if arguments.has("json") {
            var object = ConversationJSON.full(conversation, customer: customer, identities: identities, messages: messages)
            // The customer's latest orders, and the one this conversation is about (mentioned, else the latest).
            object["orders"] = try store.orders(ofCustomer: conversation.customerID, limit: 10).map(OrderJSON.order)
            object["order"] = try store.order(aboutConversation: id).map(OrderJSON.order) ?? NSNull()
            print(try ConversationJSON.encode(ConversationJSON.envelope([object], total: 1)))
            return 0
        }
        let detail = ConversationDetail(conversation: conversation, messages: messages, customer: customer,
                                        identities: identities, customerConversations: [])
        // The same lines the reader draws, so scripts and people see one thing; made safe for a terminal.
        for line in ThreadLines.lines(detail, width: 100, strings: .english, asciiOnly: false) { print(line.text) }
        print("")
        print("Customer: \(SafeText.line(customer?.name ?? conversation.customerName)) — " +
              identities.map { "\($0.channel.rawValue) \(SafeText.line($0.shownAddress))" }.joined(separator: ", "))
        return 0
    }
}
