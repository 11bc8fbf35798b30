import MadoCore

/// Side effects the reducer asks for. Performed outside it (against the store), so every screen
/// behaviour can be tested without a terminal or a database.
public enum Effect: Equatable, Sendable {
    /// Load rows [offset, offset+limit) of the current view and its count; when `anchorID` is in the
    /// view, load the window around it instead so the selection stays on that conversation.
    case loadList(view: InboxView, offset: Int, limit: Int, anchorID: Int64?)
    /// Load a conversation's thread and its customer's history.
    case loadConversation(id: Int64)
    case setStatus(conversationID: Int64, status: ConversationStatus)
    case markRead(conversationID: Int64)
    case quit
}
