/// The shape of the hand-written demo conversations: who wrote, on which channel, what was said
/// and how long ago. `DemoStore` turns these into a real store.
struct DemoCustomer: Sendable {
    var name: String
    var email: String?
    /// Instagram username (without @); the demo invents a scoped id from it.
    var instagram: String?
}

struct DemoMessage: Sendable {
    enum Kind: Sendable { case customer, agent, note }
    var kind: Kind
    /// Minutes before the demo's "now".
    var minutesAgo: Int
    var text: String
    /// The agent login for agent replies and notes.
    var agent: String? = nil
}

struct DemoConversation: Sendable {
    /// Index into `DemoContent.customers`.
    var customer: Int
    var channel: Channel
    /// Empty for Instagram.
    var subject: String
    var status: ConversationStatus
    var assignee: String?
    var tags: [String]
    var priority: Int = 0
    var messages: [DemoMessage]
}
