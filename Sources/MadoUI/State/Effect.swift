import MadoCore

/// Side effects the reducer asks for. Performed outside it (against the store), so every screen
/// behaviour can be tested without a terminal or a database.
public enum Effect: Equatable, Sendable {
    /// Load rows [offset, offset+limit) of the current view and its count; when `anchorID` is in the
    /// view, load the window around it instead so the selection stays on that conversation.
    case loadList(view: InboxView, offset: Int, limit: Int, anchorID: Int64?)
    /// Load a conversation's thread and its customer's history.
    case loadConversation(id: Int64)
    /// Count every view, for the side bar and the title.
    case loadCounts(views: [InboxView])
    /// Apply a triage action to conversations (one transaction, one event each).
    case apply(TriageAction, conversationIDs: [Int64])
    case undo([TriageChange])
    case markRead(conversationID: Int64)
    /// Every id in a view, for "select all".
    case loadAllIDs(view: InboxView)
    /// Choices for a picker: agents or tags.
    case loadPickerOptions(PickerKind)
    /// The template picker's choices for this draft: usable and suggested ones first.
    case loadTemplateOptions(ReplyDraft)
    case saveView(name: String, query: String)
    /// Start a reply: the draft (quote and signature in place) unless someone else is replying.
    case beginReply(conversationID: Int64, force: Bool)
    /// Open the draft in $EDITOR (the terminal is handed over meanwhile).
    case editDraft(ReplyDraft)
    case sendReply(ReplyDraft, then: ConversationStatus, split: Bool = false)
    /// Build what the draft would send (after the inline Instagram box), for the confirm screen.
    case previewReply(ReplyDraft)
    /// Put a failed reply back in the queue and send it again.
    case retryReply(outboxID: Int64)
    /// Withdraw a failed reply from the outbox and open its text in the composer.
    case editFailedReply(outboxID: Int64)
    case postponeDraft(ReplyDraft)
    case discardDraft(ReplyDraft)
    /// Fill a template (by name and language, "name|ja") into the draft.
    case insertTemplate(ReplyDraft, key: String)
    /// Save every attachment of a conversation into the attachments folder.
    case saveAttachments(conversationID: Int64)
    /// An internal note in the thread: for agents only, never sent on any channel.
    case addNote(conversationID: Int64, text: String)
    /// Change the signed-in agent: name customers see, From address, signatures ("signature" opens the editor).
    case updateAgent(field: String, value: String)
    case addAgent(login: String, name: String)
    case quit
    /// Ctrl-Z: give the terminal back to the shell until `fg` (the terminal layer stops the process).
    case suspend
    /// Ctrl-L: draw the whole screen again, whatever the terminal thinks is on it.
    case redraw
    /// Customers for the merge picker, by the words typed (name, address, @username, order number).
    case searchCustomers(query: String, excluding: Int64)
    /// Merge OTHER into KEEP (from the picker, or y on a suggestion); undo a merge; "not the same person".
    case mergeCustomers(keep: Int64, other: Int64)
    case unmergeCustomer(mergeID: Int64)
    case rejectMergeSuggestion(customerID: Int64, otherID: Int64)
    /// "Later": the suggestion is not shown again before tomorrow, kept in the store.
    case postponeMergeSuggestion(customerID: Int64, otherID: Int64)
    /// The customer's shared notes, signed by the agent.
    case setCustomerNotes(customerID: Int64, notes: String)
    /// Every view again (a tag was added or removed, so `v` and the counts change).
    case loadViews
    /// Work out the report over the last `days` days, per day (`:report`).
    case loadReport(days: Int)
}
