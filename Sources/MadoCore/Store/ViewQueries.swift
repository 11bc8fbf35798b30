import Foundation

extension Store {
    /// Saves a search as a named view (replacing one of the same name).
    public func saveView(name: String, query: String, by agent: Agent?) throws {
        _ = try SearchQuery(query)   // refuse to save what cannot be searched
        try db.run("INSERT INTO saved_views (name, query, created_by, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET query = excluded.query",
                   [.text(name), .text(query), .text(agent?.login ?? Store.unixUser), .int(now)])
    }

    public func savedViews() throws -> [(name: String, query: String)] {
        try db.rows("SELECT name, query FROM saved_views ORDER BY name") { ($0.text(0), $0.text(1)) }
    }

    /// Every view the side bar lists: the built-in ones, one per channel, one per tag, and the
    /// saved searches.
    public func allViews(agentLogin: String?, replyTarget: TimeInterval) throws -> [InboxView] {
        var views = InboxView.builtIn(agentLogin: agentLogin, replyTarget: replyTarget)
        for channel in Channel.allCases {
            views.append(InboxView(name: channel.displayName, filter: ConversationFilter(statuses: [.open, .pending], channel: channel)))
        }
        for tag in try tagNames() {
            views.append(InboxView(name: "#" + tag, filter: ConversationFilter(statuses: [.open, .pending], tag: tag)))
        }
        for saved in try savedViews() {
            guard let query = try? SearchQuery(saved.query) else { continue }
            views.append(InboxView(name: saved.name, filter: .search(query)))
        }
        return views
    }
}
