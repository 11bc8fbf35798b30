import Foundation
import MadoCore

/// Everything that can change the screen's state: a key, a new size, the passing of time, or data
/// arriving from the store.
public enum Input: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(Date)
    case listLoaded(ListPage)
    case conversationLoaded(ConversationDetail)
    case conversationMissing(id: Int64)
    case countsLoaded([String: Int])
    case applied([TriageChange], TriageAction)
    case undone([TriageChange])
    case allIDsLoaded(viewName: String, ids: [Int64])
    case pickerOptionsLoaded(PickerKind, [PickerItem])
    case viewsLoaded([InboxView])
    case flash(String)
    case agentChanged(Agent)
    /// Someone else is already answering this conversation.
    case replyBlocked(conversationID: Int64, by: [String])
    /// A draft to confirm, with the preview of what it would send (see `ReplyPreview`).
    case draftReady(ReplyDraft, window: String?, preview: ReplyPreview? = nil)
    case draftEdited(ReplyDraft, preview: ReplyPreview? = nil)
    case replyQueued(conversationID: Int64, message: String)
    case replyFailed(ReplyDraft, message: String, preview: ReplyPreview? = nil)
    /// Another process (or an import) changed the store.
    case storeChanged
    /// Another process (another agent, an import) changed the store: like `storeChanged`, and the
    /// status line says so if the conversation under the cursor went away.
    case storeChangedElsewhere
    /// A merge done from the customer pane (u right after undoes it), or undone.
    case customerMerged(CustomerMerge)
    case customerUnmerged(CustomerMerge)
    case reportLoaded(Report)
}

/// One page of a view, as the store returned it.
public struct ListPage: Sendable, Equatable {
    public var viewName: String
    public var total: Int
    public var offset: Int
    public var rows: [Conversation]
    /// Where the anchor conversation now stands in the view, when it is still there.
    public var anchorIndex: Int?

    public init(viewName: String, total: Int, offset: Int, rows: [Conversation], anchorIndex: Int? = nil) {
        self.viewName = viewName
        self.total = total
        self.offset = offset
        self.rows = rows
        self.anchorIndex = anchorIndex
    }
}

/// A conversation with its thread and its customer's whole history.
public struct ConversationDetail: Sendable, Equatable {
    public var conversation: Conversation
    public var messages: [Message]
    public var customer: Customer?
    public var identities: [Identity]
    public var customerConversations: [Conversation]
    /// The customer's latest orders, newest first (the pane shows a few).
    public var orders: [ShopOrder]
    /// Values kept in sight from customers merged into this one.
    public var alternatives: [CustomerAlternative]
    /// Other customers who may be this person, with why.
    public var suggestions: [MergeSuggestion]
    /// What the latest orders import changed for this customer.
    public var orderChanges: [OrderChangeNote]

    public init(conversation: Conversation, messages: [Message], customer: Customer?, identities: [Identity], customerConversations: [Conversation],
                orders: [ShopOrder] = [], alternatives: [CustomerAlternative] = [], suggestions: [MergeSuggestion] = [],
                orderChanges: [OrderChangeNote] = []) {
        self.conversation = conversation
        self.messages = messages
        self.customer = customer
        self.identities = identities
        self.customerConversations = customerConversations
        self.orders = orders
        self.alternatives = alternatives
        self.suggestions = suggestions
        self.orderChanges = orderChanges
    }
}
